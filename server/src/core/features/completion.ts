import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { RfcDocument } from '../types';
import { markerCompletions, ownerCompletions, sectionCompletions, statusCompletions } from './completionFields';
import { linkCompletions } from './completionLinks';

/** What every completion provider reads: the document, the cursor's line and the analysis, made once. */
export interface CompletionRequest {
  readonly ws: RfcWorkspace;
  readonly doc: SourceDocument;
  readonly parsed: RfcDocument;
  readonly line: string;
  readonly lineNo: number;
  /** Cursor column, clamped to the line. */
  readonly cursor: number;
  readonly token: Cancellation;
  /** The document's analysis, built on first use (most requests never need it). */
  analysis(): DocumentAnalysis;
}

type Provider = (req: CompletionRequest) => CompletionItem[] | undefined;

/**
 * Providers that only make sense in an RFC (they complete the template's own structure), tried in
 * order; each returns undefined when the cursor is not in its place. Link completion is last and
 * serves every kind of document.
 */
const RFC_PROVIDERS: readonly Provider[] = [sectionCompletions, markerCompletions, statusCompletions, ownerCompletions];

/**
 * Completion at a position: link targets, statuses, phase markers, missing sections or owners,
 * depending on where the cursor is; nothing anywhere else (prose, code blocks).
 */
export function getCompletions(ws: RfcWorkspace, doc: SourceDocument, position: Position, token: Cancellation): CompletionItem[] {
  if (token.isCancellationRequested) return [];
  const parsed = ws.parse(doc);
  const lineNo = position.line;
  if (lineNo < 0 || lineNo >= parsed.text.lineCount || inCodeBlock(parsed, lineNo)) return [];
  const line = parsed.text.line(lineNo);
  let analysis: DocumentAnalysis | undefined;
  const req: CompletionRequest = {
    ws,
    doc,
    parsed,
    line,
    lineNo,
    cursor: Math.min(Math.max(position.character, 0), line.length),
    token,
    analysis: () => (analysis ??= ws.analyze(doc)),
  };
  const providers = ws.kindOf(doc.path) === 'rfc' ? [...RFC_PROVIDERS, linkCompletions] : [linkCompletions];
  for (const provide of providers) {
    const items = provide(req);
    if (items) return token.isCancellationRequested ? [] : items;
  }
  return [];
}

/** Whether a line lies in a code block (fences included): nothing there is ours to complete. */
function inCodeBlock(parsed: RfcDocument, line: number): boolean {
  return parsed.codeBlocks.some((b) => line >= b.range.start.line && line <= b.range.end.line);
}
