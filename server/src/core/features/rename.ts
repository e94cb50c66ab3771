import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { DocKindWithId } from '../ids';
import { rewriteId } from '../ids';
import type { RfcWorkspace } from '../service';
import { rangeContains } from '../text';
import type { Reference } from '../types';
import { collectIdEdits, EditPlan, idRanges } from './renameEdits';
import { frontMatterReferences, referenceAt, referenceTargets } from './referenceTargets';

/** What a rename is about: the id under the cursor and the one document that carries it. */
export interface RenameTarget {
  /** Where the id is written (what the editor selects). */
  readonly range: Range;
  /** The id as written there. */
  readonly placeholder: string;
  readonly id: string;
  /** The document whose id it is. */
  readonly path: string;
}

/** The answer to a rename: the edit and what it left alone, or why there is none. */
export type RenameResult = { readonly edit: WorkspaceEdit; readonly notes: readonly string[] } | { readonly refused: string };

const KIND_NAME: Readonly<Record<DocKindWithId, string>> = { rfc: 'RFC', task: 'task', adr: 'ADR' };

/**
 * `textDocument/prepareRename`: the id under the cursor (in an RFC's title, a mention, a range or
 * list item, a path's file name, front matter) and the document it names. Undefined when the cursor
 * is on no id; refused when the id names no document, or several (then the mention is ambiguous).
 */
export function renameTargetAt(ws: RfcWorkspace, doc: SourceDocument, position: Position): RenameTarget | { refused: string } | undefined {
  const parsed = ws.parse(doc);
  // Navigation leaves out a link's text that repeats its destination and a task's own id in its
  // front matter (`title: TASK-0003 …`); a rename starts from those too.
  const title = parsed.title?.id;
  if (title && rangeContains(title.range, position)) {
    const id = ws.ids.normalize(title.text);
    if (id) return { range: title.range, placeholder: title.text, id, path: doc.path };
  }
  const onLine = (r: Reference): boolean => r.line === position.line && rangeContains(r.range, position);
  const ref = referenceAt(parsed, position) ?? parsed.linkTextReferences?.find(onLine) ?? frontMatterReferences(parsed, true).find(onLine);
  if (!ref) return undefined;
  const spans = idRanges(ws, ref);
  const span = spans.find((s) => rangeContains(s.range, position)) ?? (spans.length === 1 ? spans[0] : undefined);
  if (!span) return undefined;
  const carriers = ref.path !== undefined
    ? referenceTargets(ws, doc.path, ref).filter((t) => t.summary?.id === span.id).map((t) => t.path)
    : ws.index.byId(span.id).map((s) => s.path);
  if (carriers.length === 0) return { refused: `${span.id} names no document in the workspace, so there is nothing to rename.` };
  if (carriers.length > 1) {
    return { refused: `${span.id} is the id of ${carriers.length} files (${carriers.join(', ')}): rename it from the title or a path of the one you mean, or use the duplicate-id quick fix.` };
  }
  return { range: span.range, placeholder: span.text, id: span.id, path: carriers[0] };
}

/**
 * `textDocument/rename`: the document gets `newName` as its id. One edit changes its title, every
 * reference in every file (paths, bare ids, abbreviated slugs, list items, range ends where the
 * range stays exact) and renames its file when the file name carries the id. A new id that is not
 * an id of the same kind, or that another file carries, is refused.
 */
export async function getRenameEdit(ws: RfcWorkspace, doc: SourceDocument, position: Position, newName: string, token: Cancellation): Promise<RenameResult> {
  const target = renameTargetAt(ws, doc, position);
  if (!target) return { refused: 'Put the cursor on an RFC, task or ADR id to rename it.' };
  if ('refused' in target) return target;
  return renameDocument(ws, target.path, target.id, newName, false, token);
}

/**
 * Gives the document at `path` (carrying `oldId`) the id `newName`: the edit of a rename, or of the
 * `duplicate-id` fix (`unambiguousOnly`: only references that cannot mean the other file).
 */
export async function renameDocument(ws: RfcWorkspace, path: string, oldId: string, newName: string, unambiguousOnly: boolean, token: Cancellation): Promise<RenameResult> {
  const kind = ws.ids.kindOfId(oldId);
  const newId = ws.ids.normalize(newName);
  if (!kind || !newId || ws.ids.kindOfId(newId) !== kind) return { refused: `"${newName}" is not ${article(kind)} id: write it like ${ws.ids.display(oldId)}.` };
  if (newId === oldId) return { refused: `${path} already carries ${oldId}.` };
  const taken = ws.index.byId(newId).map((s) => s.path);
  if (taken.length > 0) return { refused: `${newId} is taken by ${taken.join(', ')}; pick a free id.` };
  const newPath = renamedPath(ws, path, oldId, newId);
  if (newPath && ws.host.probe(newPath)) return { refused: `${newPath} exists already; ${path} cannot be renamed to it.` };
  const plan = new EditPlan();
  await collectIdEdits(ws, { target: path, oldId, newId, inPaths: newPath !== undefined, unambiguousOnly }, plan, token);
  const edit: WorkspaceEdit = {
    documentChanges: [
      ...plan.documentEdits(ws),
      ...(newPath ? [{ kind: 'rename' as const, oldUri: ws.uriOf(path), newUri: ws.uriOf(newPath), options: { overwrite: false, ignoreIfExists: false } }] : []),
    ],
  };
  return { edit, notes: plan.notes };
}

/** The path of the file once its name carries `newId` instead of `oldId`; undefined when its name carries no id. */
export function renamedPath(ws: RfcWorkspace, path: string, oldId: string, newId: string): string | undefined {
  const kind = ws.kindOf(path);
  const span = ws.ids.idSpanInPath(path, kind === 'rfc' || kind === 'task' || kind === 'adr' ? kind : undefined);
  if (!span || span.id !== oldId) return undefined;
  const written = rewriteId(path.slice(span.start, span.end), newId);
  return written === undefined ? undefined : path.slice(0, span.start) + written + path.slice(span.end);
}

function article(kind: DocKindWithId | undefined): string {
  if (!kind) return 'an RFC, task or ADR';
  return kind === 'task' ? 'a task' : `an ${KIND_NAME[kind]}`;
}
