import type { SymbolInformation } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { DocSummary } from '../index/summary';
import type { RfcWorkspace } from '../service';
import { displayTitle, kindLabel } from './referenceTargets';

/** Editors show a few dozen; a cap keeps a one-letter query on a big repository cheap to send. */
export const MAX_WORKSPACE_SYMBOLS = 500;

interface Entry {
  readonly name: string;
  readonly s: DocSummary;
  readonly key: string;
}

const KIND: Readonly<Record<string, SymbolKind>> = { rfc: SymbolKind.Module, task: SymbolKind.Event, adr: SymbolKind.Interface };

/**
 * Every RFC, task and ADR of the index as `ID: title`, at the top of its file. The query matches
 * case-insensitively as a substring or, failing that, as a subsequence (`t12net` finds
 * `TASK-0012: Networking`); substring matches come first, each group in id order.
 */
export function getWorkspaceSymbols(ws: RfcWorkspace, query: string, token: Cancellation): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const exact: Entry[] = [];
  const fuzzy: Entry[] = [];
  let n = 0;
  for (const s of ws.index.all()) {
    if ((++n & 1023) === 0 && token.isCancellationRequested) return [];
    if (KIND[s.kind] === undefined) continue;
    const name = symbolName(s);
    const lower = name.toLowerCase();
    if (q === '' || lower.includes(q) || s.path.toLowerCase().includes(q)) exact.push({ name, s, key: sortKey(s) });
    else if (isSubsequence(q, lower)) fuzzy.push({ name, s, key: sortKey(s) });
  }
  if (token.isCancellationRequested) return [];
  const byId = (a: Entry, b: Entry): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const top = [...exact.sort(byId), ...fuzzy.sort(byId)].slice(0, MAX_WORKSPACE_SYMBOLS);
  const start = { line: 0, character: 0 };
  return top.map(({ name, s }) => ({
    name,
    kind: KIND[s.kind],
    location: { uri: ws.uriOf(s.path), range: { start, end: start } },
    containerName: kindLabel(s),
  }));
}

function symbolName(s: DocSummary): string {
  const title = displayTitle(s);
  if (s.id && title) return `${s.id}: ${title}`;
  return s.id ?? title ?? s.path;
}

/** Ids sort by kind and number; documents without an id after them, by path. */
function sortKey(s: DocSummary): string {
  return s.id ? `0${s.id.replace(/\d+/, (d) => d.padStart(6, '0'))}` : `1${s.path}`;
}

/** Whether the characters of `q` appear in `text` in order (spaces in the query are ignored). */
function isSubsequence(q: string, text: string): boolean {
  let i = 0;
  for (let j = 0; j < text.length && i < q.length; j++) {
    while (q[i] === ' ') i++;
    if (text[j] === q[i]) i++;
  }
  while (q[i] === ' ') i++;
  return i >= q.length;
}
