import type { Position } from 'vscode-languageserver-types';
import { idFromFileName } from '../ids';
import { isDocumentKind } from '../index/globs';
import type { DocSummary } from '../index/summary';
import { basename } from '../index/paths';
import { allReferences, documentFrontMatterReferences } from '../parser/frontMatterReferences';
import type { RfcWorkspace } from '../service';
import { rangeContains } from '../text';
import type { Reference, RfcDocument } from '../types';

/** A place a reference leads to: a document of the index, another file, or a folder. */
export interface ReferenceTarget {
  readonly path: string;
  /** Set when the target is a document the index knows (title, status, excerpt). */
  readonly summary?: DocSummary;
  readonly directory?: boolean;
}

/** Every reference of a parsed document, front matter included (cached per parsed version). */
export const navigableReferences = allReferences;

/** The references in a document's front matter; its own id only with `includeOwn` (see `documentFrontMatterReferences`). */
export const frontMatterReferences = documentFrontMatterReferences;

/** The reference under the cursor (its end counts, so a cursor just after an id finds it). */
export function referenceAt(parsed: RfcDocument, position: Position): Reference | undefined {
  // Reference definitions are collected after the blocks, so the list is not strictly in line order.
  for (const ref of navigableReferences(parsed)) if (ref.line === position.line && rangeContains(ref.range, position)) return ref;
  return undefined;
}

/**
 * Where a reference leads. A path goes through the resolver (outside paths and broken paths lead
 * nowhere); an id, a range or a list leads to every document of each id that exists, in the order
 * written. `firstOnly` stops at the first target (document links need one).
 */
export function referenceTargets(ws: RfcWorkspace, fromPath: string, ref: Reference, firstOnly = false): ReferenceTarget[] {
  if (ref.path !== undefined) {
    const r = ws.resolver.resolvePath(ref.path, fromPath);
    if (r.status !== 'resolved') return [];
    const targets = firstOnly ? r.targets.slice(0, 1) : r.targets;
    return targets.map((path) => {
      const summary = ws.index.get(path);
      if (summary) return { path, summary };
      return r.directory ? { path, directory: true } : { path };
    });
  }
  const out: ReferenceTarget[] = [];
  for (const id of ref.ids) {
    for (const summary of ws.index.byId(id)) {
      out.push({ path: summary.path, summary });
      if (firstOnly) return out;
    }
  }
  return out;
}

/**
 * The one id the cursor is on inside a reference: the segment of a shorthand list
 * (`TASK-0286/0287`), the end of a range the cursor is nearer, a path's file id (or its resolved
 * document's id), or the id itself.
 */
export function idAt(ws: RfcWorkspace, fromPath: string, ref: Reference, position: Position): string | undefined {
  if (ref.path !== undefined) {
    const target = referenceTargets(ws, fromPath, ref, true)[0];
    return target?.summary?.id ?? ref.ids[0];
  }
  if (ref.ids.length <= 1) return ref.ids[0];
  const offset = position.character - ref.range.start.character;
  if (ref.rangeEnds) return offset > ref.text.length / 2 ? ref.rangeEnds[1] : ref.rangeEnds[0];
  let segment = 0;
  for (let i = 0; i < Math.min(offset, ref.text.length); i++) if (ref.text[i] === '/') segment++;
  return ref.ids[Math.min(segment, ref.ids.length - 1)];
}

/** The id a document carries: its index entry's, else its file name's. */
export function ownId(ws: RfcWorkspace, parsed: RfcDocument): string | undefined {
  const fromIndex = ws.index.get(parsed.path)?.id;
  if (fromIndex) return fromIndex;
  if (parsed.title?.canonicalId) return parsed.title.canonicalId;
  const kind = ws.kindOf(parsed.path);
  return idFromFileName(basename(parsed.path), isDocumentKind(kind) ? kind : undefined);
}

/** A reader's name for a document kind. */
export function kindLabel(summary: DocSummary): string {
  if (summary.kind === 'rfc') return 'RFC';
  if (summary.kind === 'adr') return 'ADR';
  return summary.kind === 'task' ? 'Task' : 'Document';
}

/**
 * A document's title for display, without its own id in front: task front matter often repeats it
 * (`title: TASK-0003 Networking`), and the id is shown beside the title anyway.
 */
export function displayTitle(s: DocSummary): string | undefined {
  if (!s.title || !s.id) return s.title;
  const written = s.title.replace(/[\u2010\u2011]/g, '-');
  if (!written.toUpperCase().startsWith(s.id) || /[A-Za-z0-9]/.test(written[s.id.length] ?? '')) return s.title;
  const rest = s.title.slice(s.id.length).replace(/^[\s:\u2014\u2013-]+/, '').trim();
  return rest || s.title;
}
