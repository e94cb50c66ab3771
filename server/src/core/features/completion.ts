import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
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

/**
 * What a provider answers: its items, and, for listings whose items all replace the same range, that
 * range (sent once as the list's `itemDefaults.editRange`; the items carry only `textEditText`).
 */
export interface CompletionResult {
  readonly items: CompletionItem[];
  readonly editRange?: Range;
}

type Provider = (req: CompletionRequest) => CompletionResult | undefined;

const fields = (provide: (req: CompletionRequest) => CompletionItem[] | undefined): Provider => (req) => {
  const items = provide(req);
  return items ? { items } : undefined;
};

/**
 * Providers that only make sense in an RFC (they complete the template's own structure), tried in
 * order; each returns undefined when the cursor is not in its place. Link completion is last and
 * serves every kind of document.
 */
const RFC_PROVIDERS: readonly Provider[] = [sectionCompletions, markerCompletions, statusCompletions, ownerCompletions].map(fields);

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/**
 * Completion at a position: link targets, statuses, phase markers, missing sections or owners,
 * depending on where the cursor is; nothing anywhere else (prose, code blocks). Link listings come
 * with `itemDefaults.editRange` and items shared between requests (see `completionLinks.ts`).
 */
export function getCompletionList(ws: RfcWorkspace, doc: SourceDocument, position: Position, token: Cancellation): CompletionList {
  if (token.isCancellationRequested) return EMPTY;
  const parsed = ws.parse(doc);
  const lineNo = position.line;
  if (lineNo < 0 || lineNo >= parsed.text.lineCount || inCodeBlock(parsed, lineNo)) return EMPTY;
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
    const result = provide(req);
    if (!result) continue;
    if (token.isCancellationRequested) return EMPTY;
    return result.editRange ? { isIncomplete: false, itemDefaults: { editRange: result.editRange }, items: result.items } : { isIncomplete: false, items: result.items };
  }
  return EMPTY;
}

/** The same completion as items that each carry their edit, for clients without `itemDefaults`. */
export function getCompletions(ws: RfcWorkspace, doc: SourceDocument, position: Position, token: Cancellation): CompletionItem[] {
  return expandCompletionList(getCompletionList(ws, doc, position, token));
}

/** Moves a list's default edit range into each item that relies on it. */
export function expandCompletionList(list: CompletionList): CompletionItem[] {
  const range = list.itemDefaults?.editRange;
  if (!range || !('start' in range)) return list.items;
  return list.items.map((item) => {
    if (item.textEdit || item.textEditText === undefined) return item;
    const { textEditText, ...rest } = item;
    return { ...rest, textEdit: { range, newText: textEditText } };
  });
}

/** Whether a line lies in a code block (fences included): nothing there is ours to complete. */
function inCodeBlock(parsed: RfcDocument, line: number): boolean {
  return parsed.codeBlocks.some((b) => line >= b.range.start.line && line <= b.range.end.line);
}
