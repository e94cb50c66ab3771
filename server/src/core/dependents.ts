import { indexFilePath } from './features/indexTable';
import { isDocumentKind } from './index/globs';
import type { DocSummary } from './index/summary';
import type { RfcWorkspace } from './service';

/**
 * Documents whose diagnostics may change when `path` changed from `before` (its summary then;
 * omitted for a deletion): `path` itself (the index file too when it is an RFC), the documents that
 * reference its id (before or after), and those that share the id (whether they are duplicates
 * changes with it) — unless what other documents' rules read of it stayed the same, as when a
 * buffer is opened or prose is typed.
 */
export function dependentsOf(ws: RfcWorkspace, path: string, before?: DocSummary): string[] {
  const after = ws.index.get(path);
  const out = new Set<string>();
  const kind = ws.kindOf(path);
  if (isDocumentKind(kind)) out.add(path);
  if (kind === 'rfc') out.add(indexFilePath(ws));
  if (before && after && sameForOthers(before, after)) return [...out];
  const ids = new Set<string>();
  if (after?.id) ids.add(after.id);
  if (before?.id) ids.add(before.id);
  for (const i of ids) {
    for (const p of ws.index.referrers(i)) if (p !== path && isDocumentKind(ws.kindOf(p))) out.add(p);
    for (const s of ws.index.byId(i)) if (s.path !== path) out.add(s.path);
  }
  return [...out];
}

/** See `RfcService.rfcsNamingFiles`: the RFCs whose written paths may name one of these files. */
export function rfcsNamingFiles(ws: RfcWorkspace, paths: readonly string[]): string[] {
  const names = paths.map((p) => p.slice(p.lastIndexOf('/') + 1)).filter((n) => n !== '');
  if (names.length === 0) return [];
  const mayName = (written: string): boolean => /…|\.\.\.|[*?[]/.test(written) || names.some((n) => written.endsWith(n) || written.includes(`${n}/`));
  const out: string[] = [];
  for (const s of ws.index.all('rfc')) if (s.refs.some((r) => r.path !== undefined && mayName(r.path))) out.push(s.path);
  return out;
}

/**
 * Whether another document's rules see no difference between two summaries of a file: no rule reads
 * more of another file than its id, title, status, the RFC phases a task names and a task's
 * dependencies (the CLI's `rules` index detail keeps only these).
 */
function sameForOthers(a: DocSummary, b: DocSummary): boolean {
  return a.loaded === b.loaded && a.id === b.id && a.title === b.title && a.status === b.status && a.kind === b.kind && sameList(a.phases, b.phases) && sameList(a.dependsOn, b.dependsOn);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}
