import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import { dirname, joinPath, relativePath } from '../index/paths';
import type { RfcWorkspace } from '../service';
import type { Reference } from '../types';
import { navigableReferences } from './referenceTargets';
import { collectIdEdits, EditPlan, filesNaming } from './renameEdits';

/** A file or folder the editor is about to move or rename (workspace paths). */
export interface FileMove {
  readonly oldPath: string;
  readonly newPath: string;
}

/**
 * `workspace/willRenameFiles`: the edits that keep every link when RFC, task or ADR files (or folders
 * holding some) move. Every path that names a moved document is rewritten to its new place, in the
 * form it was written (relative to the repository or to the linking file, suffixes and anchors
 * kept; a loose form that still finds the file is left as it is); a moved document's own relative
 * links are rewritten from its new folder; when a new file name carries a new, free id, every
 * mention of the old id follows. The edit applies before the move, so it edits files at their old
 * paths. Undefined when nothing links to what moves.
 */
export async function getFileMoveEdits(ws: RfcWorkspace, requested: readonly FileMove[], token: Cancellation): Promise<{ edit: WorkspaceEdit; notes: readonly string[] } | undefined> {
  const moves = documentMoves(ws, requested);
  if (moves.size === 0) return undefined;
  const to = (p: string): string => moves.get(p) ?? p;
  const plan = new EditPlan();
  for (const [oldPath, newPath] of moves) {
    const id = ws.index.get(oldPath)?.id;
    for (const path of await filesNaming(ws, id ? [id] : [], [oldPath])) {
      if (token.isCancellationRequested) return undefined;
      const doc = await ws.currentDocument(path);
      if (!doc) continue;
      for (const ref of navigableReferences(ws.parse(doc))) rewritePath(ws, doc, ref, to, plan);
    }
    await followIdChange(ws, oldPath, newPath, plan, token);
  }
  if (token.isCancellationRequested || plan.size === 0) return undefined;
  return { edit: plan.workspaceEdit(ws), notes: plan.notes };
}

/** The documents that move: a moved document, or every document under a moved folder. */
function documentMoves(ws: RfcWorkspace, requested: readonly FileMove[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { oldPath, newPath } of requested) {
    if (oldPath === newPath) continue;
    if (ws.index.has(oldPath)) {
      out.set(oldPath, newPath);
      continue;
    }
    for (const s of ws.index.all()) if (s.path.startsWith(`${oldPath}/`)) out.set(s.path, newPath + s.path.slice(oldPath.length));
  }
  return out;
}

/**
 * Rewrites `ref` in `doc` when its path names a document that moves, or when `doc` itself moves and
 * the path is relative to its folder (whatever it names). `to` gives each path's new place.
 */
function rewritePath(ws: RfcWorkspace, doc: SourceDocument, ref: Reference, to: (p: string) => string, plan: EditPlan): void {
  const written = ref.path;
  if (written === undefined || !ref.text.startsWith(written) || ref.range.start.line !== ref.range.end.line) return;
  const r = ws.resolver.resolvePath(written, doc.path);
  if (r.status !== 'resolved' || r.targets.length !== 1) return;
  const named = r.targets[0];
  const fromDocFolder = isDocRelative(written, doc.path, named);
  const namedMoves = to(named) !== named;
  const docMoves = to(doc.path) !== doc.path;
  if (!namedMoves && !(docMoves && fromDocFolder)) return;
  // A loose form (`tasks/TASK-0007-…`, a glob) that still finds the file after the move stays as written.
  if (r.loose && !(docMoves && fromDocFolder) && dirname(to(named)) === dirname(named) && idOf(ws, to(named)) === idOf(ws, named)) return;
  const newWritten = fromDocFolder ? relativeForm(written, dirname(to(doc.path)), to(named)) : `${written.startsWith('/') ? '/' : ''}${to(named)}`;
  if (newWritten === written) return;
  const { start } = ref.range;
  plan.add(doc, ws.openDocument(doc.path)?.version ?? null, { start, end: { line: start.line, character: start.character + written.length } }, newWritten);
}

/** Whether a written path found `named` relative to the linking file's folder (not the repository root). */
function isDocRelative(written: string, fromPath: string, named: string): boolean {
  if (written.startsWith('./') || written.startsWith('../')) return true;
  if (written.startsWith('/')) return false;
  return joinPath('', written) !== named && joinPath(dirname(fromPath), written) === named;
}

/** `to` relative to `fromDir`, with a leading `./` when the written form had one. */
function relativeForm(written: string, fromDir: string, to: string): string {
  const rel = relativePath(fromDir, to);
  return written.startsWith('./') && !rel.startsWith('../') ? `./${rel}` : rel;
}

function idOf(ws: RfcWorkspace, path: string): string | undefined {
  const kind = ws.kindOf(path);
  return ws.ids.idSpanInPath(path, kind === 'rfc' || kind === 'task' || kind === 'adr' ? kind : undefined)?.id;
}

/**
 * A move that gives the file a name with another id (`TASK-0007-x.md` → `TASK-0012-x.md`) renames
 * the document: its title and every mention of the old id follow, when the old id was its alone
 * and the new one is free (paths were rewritten above).
 */
async function followIdChange(ws: RfcWorkspace, oldPath: string, newPath: string, plan: EditPlan, token: Cancellation): Promise<void> {
  const oldId = ws.index.get(oldPath)?.id;
  const newId = idOf(ws, newPath);
  if (!oldId || !newId || oldId === newId || idOf(ws, oldPath) !== oldId) return;
  if (ws.index.byId(oldId).length !== 1) {
    plan.notes.push(`${oldId} is also the id of another file: its mentions were left as they are.`);
    return;
  }
  const taken = ws.index.byId(newId).map((s) => s.path);
  if (taken.length > 0) {
    plan.notes.push(`${newId} is taken by ${taken.join(', ')}: mentions of ${oldId} were left as they are.`);
    return;
  }
  await collectIdEdits(ws, { target: oldPath, oldId, newId, inPaths: false, unambiguousOnly: false }, plan, token);
}
