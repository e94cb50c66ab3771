import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { DocSummary } from '../index/summary';
import type { RfcWorkspace } from '../service';
import { displayTitle, kindLabel, referenceAt, referenceTargets } from './referenceTargets';

/** How many targets one hover describes (an id range can name dozens). */
const MAX_TARGETS = 5;

/**
 * Hover on a path or id reference: for each document it names, the id and title in bold, its status,
 * kind and path, and the first lines of its body. Only documents of the index are described, so a
 * path that leaves the workspace (or any file that is not one of ours) gets no hover and is never read.
 */
export function getHover(ws: RfcWorkspace, doc: SourceDocument, position: Position, token: Cancellation): Hover | undefined {
  if (token.isCancellationRequested) return undefined;
  const ref = referenceAt(ws.parse(doc), position);
  if (!ref) return undefined;
  const summaries: DocSummary[] = [];
  for (const target of referenceTargets(ws, doc.path, ref)) {
    if (target.summary && !summaries.includes(target.summary)) summaries.push(target.summary);
  }
  if (summaries.length === 0 || token.isCancellationRequested) return undefined;
  const parts = summaries.slice(0, MAX_TARGETS).map(describe);
  const more = summaries.length - MAX_TARGETS;
  if (more > 0) parts.push(`…and ${more} more.`);
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: ref.range };
}

/** The markdown that describes one document (shared with completion's documentation). */
export function describe(s: DocSummary): string {
  const title = displayTitle(s);
  const heading = [s.id, title].filter((x): x is string => !!x).join(': ') || s.path;
  const facts = [`Status: ${s.status ? escapeMarkdown(plainStatus(s.status)) : 'unknown'}`, kindLabel(s), `\`${s.path}\``];
  const lines = [`**${escapeMarkdown(heading)}**`, '', facts.join(' · ')];
  if (s.excerpt && s.excerpt !== s.title && s.excerpt !== title) lines.push('', s.excerpt);
  return lines.join('\n');
}

/** A status without the emphasis people put around it (`**In progress**`). */
export function plainStatus(status: string): string {
  return status.replace(/\*\*|__/g, '').trim();
}

/** Keeps text that came from a document from turning into emphasis or links inside our markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
