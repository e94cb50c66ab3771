import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { CodeActionContextLike } from '../codeActions/edits';
import { wanted } from '../codeActions/edits';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import { TextLines } from '../text';
import type { Finding } from '../types';
import { indexFilePath, renderIndexTable } from './indexTable';

/** The lines between which `rfc-author index` writes the table; the rest of the file is the team's. */
export const INDEX_START = '<!-- rfc-author:index:start -->';
export const INDEX_END = '<!-- rfc-author:index:end -->';

/** The code of the finding on an index file whose table is out of date (a notice, not a rule of the catalogue). */
export const INDEX_STALE_CODE = 'index-stale';

/** What regenerating an index file's table gives. */
export type IndexUpdate =
  | { readonly kind: 'current'; readonly path: string }
  | { readonly kind: 'updated'; readonly path: string; readonly text: string; readonly edit: TextEdit; readonly rows: number }
  | { readonly kind: 'problem'; readonly path: string; readonly message: string };

/**
 * The index file's text with its table regenerated between the two marker lines: `current` when it
 * already reads so, `problem` when the markers are missing. The table sits between blank lines so
 * that Markdown renders it whatever surrounds the markers; line ends follow the file's.
 */
export function updateIndexText(ws: RfcWorkspace, text: string, token: Cancellation): IndexUpdate | undefined {
  const path = indexFilePath(ws);
  const lines = new TextLines(text);
  const region = markerRegion(lines);
  if (!region) return { kind: 'problem', path, message: `${path} has no lines ${INDEX_START} and ${INDEX_END}: add them where the RFC table should go.` };
  const table = renderIndexTable(ws, path, token);
  if (!table) return undefined;
  const body = ['', ...table, ''];
  const current: string[] = [];
  for (let l = region.start + 1; l < region.end; l++) current.push(lines.line(l));
  if (current.length === body.length && current.every((l, i) => l === body[i])) return { kind: 'current', path };
  const range: Range = { start: { line: region.start + 1, character: 0 }, end: { line: region.end, character: 0 } };
  const newText = body.map((l) => l + lines.eol).join('');
  const from = lines.offsetAt(range.start);
  const to = lines.offsetAt(range.end);
  return { kind: 'updated', path, text: text.slice(0, from) + newText + text.slice(to), edit: { range, newText }, rows: table.length - 2 };
}

/**
 * The index file's update as the editor sees it: from its open buffer (with the buffer's version, so
 * a stale edit is refused) or else from disk. A missing file is a `problem`.
 */
export async function currentIndexUpdate(ws: RfcWorkspace, token: Cancellation): Promise<{ update: IndexUpdate; version: number | null } | undefined> {
  const path = indexFilePath(ws);
  const doc = await ws.currentDocument(path);
  if (!doc) return { update: { kind: 'problem', path, message: `${path} does not exist; create it with the lines ${INDEX_START} and ${INDEX_END} where the RFC table should go.` }, version: null };
  const update = updateIndexText(ws, doc.text, token);
  return update ? { update, version: ws.openDocument(path)?.version ?? null } : undefined;
}

/**
 * The finding on an open index file whose table no longer matches the RFCs: on the start marker,
 * naming the rows that differ. Nothing for a file without markers (it has no generated table).
 */
export function indexFileFindings(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): Finding[] {
  const update = updateIndexText(ws, doc.text, token);
  if (update?.kind !== 'updated') return [];
  const lines = new TextLines(doc.text);
  const region = markerRegion(lines);
  if (!region) return [];
  const before = new Set<string>();
  for (let l = region.start + 1; l < region.end; l++) before.add(lines.line(l));
  const changed = update.edit.newText.split(lines.eol).filter((l) => l.startsWith('| ') && !before.has(l)).length;
  const rows = changed === 1 ? '1 row differs' : `${changed} rows differ`;
  return [{
    rule: INDEX_STALE_CODE,
    severity: 'warning',
    range: lines.lineRange(region.start),
    message: `The RFC index table is out of date (${rows} from the RFCs); update it with "RFC: Update Index", its quick fix, or \`rfc-author index\`.`,
  }];
}

/** "Update the RFC index table" on the `index-stale` finding: the same edit as `rfc-author index`. */
export function indexFileActions(ws: RfcWorkspace, doc: SourceDocument, context: CodeActionContextLike, token: Cancellation): CodeAction[] {
  const stale = context.diagnostics.find((d) => d.code === INDEX_STALE_CODE);
  if (!stale || !wanted('quickfix', context.only)) return [];
  const update = updateIndexText(ws, doc.text, token);
  if (update?.kind !== 'updated') return [];
  return [{
    title: 'Update the RFC index table',
    kind: 'quickfix',
    isPreferred: true,
    diagnostics: [{ range: stale.range, message: stale.message ?? '', code: INDEX_STALE_CODE, source: 'rfc-author' }],
    edit: { documentChanges: [{ textDocument: { uri: ws.uriOf(doc.path), version: doc.version }, edits: [update.edit] }] },
  }];
}

/** The marker lines: the first start line, and the first end line after it. */
function markerRegion(lines: TextLines): { start: number; end: number } | undefined {
  let start = -1;
  for (let l = 0; l < lines.lineCount; l++) {
    const line = lines.line(l).trim();
    if (start < 0 && line === INDEX_START) start = l;
    else if (start >= 0 && line === INDEX_END) return { start, end: l };
  }
  return undefined;
}
