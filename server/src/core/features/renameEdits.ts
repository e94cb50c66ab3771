import type { Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import { idNumber, rewriteId } from '../ids';
import { findReferences, idSpansIn } from '../parser/references';
import type { RfcWorkspace } from '../service';
import type { Reference, RfcDocument } from '../types';
import { frontMatterReferences, navigableReferences } from './referenceTargets';

/**
 * Text edits gathered across files for one workspace edit (a rename, a move, a renumbering), with
 * the notes that tell the user what was left alone and why. An edit is added once per range: two
 * ways of finding the same reference (a mention and a title, two moves) give one edit.
 */
export class EditPlan {
  private readonly files = new Map<string, { version: number | null; edits: Map<string, TextEdit> }>();
  readonly notes: string[] = [];

  add(doc: SourceDocument, version: number | null, range: Range, newText: string): void {
    let file = this.files.get(doc.path);
    if (!file) this.files.set(doc.path, (file = { version, edits: new Map() }));
    const key = `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
    if (!file.edits.has(key)) file.edits.set(key, { range, newText });
  }

  get size(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.edits.size;
    return n;
  }

  /** One `TextDocumentEdit` per file (sorted by path; edits by position), as `documentChanges` lists them. */
  documentEdits(ws: RfcWorkspace): TextDocumentEdit[] {
    return [...this.files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, f]) => ({
        textDocument: { uri: ws.uriOf(path), version: f.version },
        edits: [...f.edits.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character),
      }));
  }

  workspaceEdit(ws: RfcWorkspace): WorkspaceEdit {
    return { documentChanges: this.documentEdits(ws) };
  }
}

/** A document's id changes from `oldId` to `newId`. */
export interface IdChange {
  /** Path of the document that carries the id. */
  readonly target: string;
  readonly oldId: string;
  readonly newId: string;
  /** Rewrite the id in path references too (the file is renamed with it); false when a move rewrites paths. */
  readonly inPaths: boolean;
  /**
   * Only references that can mean nothing but `target`, because another file carries the same id
   * (the `duplicate-id` fix): paths that resolve to `target` alone, and its own title. Bare ids,
   * lists and ranges of the shared id are left: they may mean either file.
   */
  readonly unambiguousOnly: boolean;
}

/**
 * The edits of an id change in every file that names it: the index's referrers of the id, the
 * target itself, and Markdown files outside the index that mention it (a README that links a task).
 * Each reference is rewritten where the id is written in it, in the form it is written in (prefix
 * case, hyphen, digits; a path keeps its folder, slug and suffixes). A range or list is rewritten
 * only when it then names exactly the same documents; otherwise a note says it was left.
 */
export async function collectIdEdits(ws: RfcWorkspace, change: IdChange, plan: EditPlan, token: Cancellation): Promise<void> {
  for (const path of await filesNaming(ws, [change.oldId], [change.target])) {
    if (token.isCancellationRequested) return;
    const doc = await ws.currentDocument(path);
    if (!doc) continue;
    const version = ws.openDocument(path)?.version ?? null;
    const parsed = ws.parse(doc);
    const own = path === change.target;
    const refs = [...(own ? [...frontMatterReferences(parsed, true), ...parsed.references] : navigableReferences(parsed)), ...(parsed.linkTextReferences ?? [])];
    for (const ref of refs) editReference(ws, change, doc, version, ref, plan);
    if (own) editTitle(ws, parsed, change, doc, version, plan);
  }
}

function editReference(ws: RfcWorkspace, change: IdChange, doc: SourceDocument, version: number | null, ref: Reference, plan: EditPlan): void {
  let spans: { text: string; range: Range }[];
  if (ref.path !== undefined) {
    if (!change.inPaths) return;
    const r = ws.resolver.resolvePath(ref.path, doc.path);
    if (r.status !== 'resolved' || !r.targets.includes(change.target)) return;
    if (change.unambiguousOnly && r.targets.length !== 1) return;
    spans = idRanges(ws, ref).filter((s) => s.id === change.oldId);
    // A path that names the file exactly without its id being readable from it (`0042-x.md` beside
    // the linking file): the id sits where it sits in the file's own name.
    if (spans.length === 0 && !r.loose) spans = nameIdRange(ws, ref, change.target);
    if (spans.length === 0) return;
  } else {
    if (!ref.ids.includes(change.oldId) || change.unambiguousOnly) return;
    spans = idRanges(ws, ref).filter((s) => s.id === change.oldId);
  }
  const where = `${doc.path}:${ref.line + 1}`;
  if (spans.length === 0) {
    plan.notes.push(`${where}: "${ref.text}" names ${change.oldId} inside a range; it was left as it is.`);
    return;
  }
  const edits = spans.map((s) => ({ range: s.range, newText: rewriteId(s.text, change.newId) ?? change.newId }));
  if (ref.path === undefined && !staysExact(ws, change, ref, edits)) {
    plan.notes.push(`${where}: "${ref.text}" would name other documents with ${change.newId} in it; it was left as it is.`);
    return;
  }
  for (const e of edits) plan.add(doc, version, e.range, e.newText);
}

/** The id's place in a written path whose file name is the target's own. */
function nameIdRange(ws: RfcWorkspace, ref: Reference, target: string): { text: string; range: Range }[] {
  const written = ref.path ?? '';
  const name = written.slice(written.lastIndexOf('/') + 1);
  const kind = ws.kindOf(target);
  const span = ws.ids.idSpanInPath(target, kind === 'rfc' || kind === 'task' || kind === 'adr' ? kind : undefined);
  const targetName = target.slice(target.lastIndexOf('/') + 1);
  const { start, end } = ref.range;
  if (!span || name !== targetName || !ref.text.startsWith(written) || start.line !== end.line) return [];
  const at = start.character + written.length - name.length + (span.start - (target.length - targetName.length));
  return [{ text: target.slice(span.start, span.end), range: { start: { line: start.line, character: at }, end: { line: start.line, character: at + span.end - span.start } } }];
}

/** An RFC's own id in its title (`# RFC-0004: …`), which the parser keeps out of its references. */
function editTitle(ws: RfcWorkspace, parsed: RfcDocument, change: IdChange, doc: SourceDocument, version: number | null, plan: EditPlan): void {
  const id = parsed.title?.id;
  if (!id || ws.ids.normalize(id.text) !== change.oldId) return;
  plan.add(doc, version, id.range, rewriteId(id.text, change.newId) ?? change.newId);
}

/** Each id written in a one-line reference, with its range in the document. */
export function idRanges(ws: RfcWorkspace, ref: Reference): { id: string; text: string; range: Range }[] {
  const { start, end } = ref.range;
  if (start.line !== end.line || end.character - start.character !== ref.text.length) return [];
  return idSpansIn(ref.text, ref.style, ws.ids).map((s) => ({
    id: s.id,
    text: ref.text.slice(s.start, s.end),
    range: { start: { line: start.line, character: start.character + s.start }, end: { line: start.line, character: start.character + s.end } },
  }));
}

/**
 * Whether a reference rewritten with `edits` names the same documents as before (the target by its
 * new id): `TASK-0001..0004` with its end renamed to `TASK-0005` stays exact only when no other
 * document carries an id the new range takes in.
 */
function staysExact(ws: RfcWorkspace, change: IdChange, ref: Reference, edits: readonly { range: Range; newText: string }[]): boolean {
  let text = ref.text;
  for (const e of [...edits].sort((a, b) => b.range.start.character - a.range.start.character)) {
    const from = e.range.start.character - ref.range.start.character;
    const to = e.range.end.character - ref.range.start.character;
    text = text.slice(0, from) + e.newText + text.slice(to);
  }
  const again = findReferences(text, ref.style === 'link' ? 'linkDest' : ref.style === 'backtick' ? 'backtick' : 'bare', ws.ids);
  if (again.length !== 1 || again[0].start !== 0 || again[0].end !== text.length) return false;
  const before = documentsOf(ws, ref.ids, change, false);
  const after = documentsOf(ws, again[0].ids, change, true);
  return before.size === after.size && [...before].every((p) => after.has(p));
}

function documentsOf(ws: RfcWorkspace, ids: readonly string[], change: IdChange, renamed: boolean): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    if (renamed && id === change.newId) out.add(change.target);
    for (const s of ws.index.byId(id)) if (!(renamed && s.path === change.target)) out.add(s.path);
  }
  return out;
}

/**
 * The files that may name the ids or the documents at `extra`: the ids' referrers in the index, the
 * documents whose paths end in one of their file names, the given paths, and Markdown files the index
 * does not hold (READMEs, guides) whose text holds an id's number or one of the file names.
 */
export async function filesNaming(ws: RfcWorkspace, ids: readonly string[], extra: readonly string[]): Promise<string[]> {
  const out = new Set<string>(extra);
  for (const id of ids) for (const p of ws.index.referrers(id)) out.add(p);
  // A path whose file name the index reads no id from (`0042-x.md` beside the file) still names it.
  const names = new Set(extra.map((p) => p.slice(p.lastIndexOf('/') + 1)));
  for (const s of ws.index.all()) {
    if (!out.has(s.path) && s.refs.some((r) => r.path !== undefined && names.has(r.path.slice(r.path.lastIndexOf('/') + 1)))) out.add(s.path);
  }
  // Any written form of an id holds its number without leading zeros (`TASK-7`, `TASK-0007`, `0007`).
  const numbers = ids.map((id) => String(idNumber(id))).filter((n) => n !== 'NaN');
  for (const p of await ws.host.listFiles(['**/*.md'], ws.config.ignore)) {
    if (out.has(p) || ws.index.has(p) || ws.isTemplatePath(p)) continue;
    const text = ws.openDocument(p)?.text ?? (await ws.host.readFile(p));
    if (text !== undefined && (numbers.some((n) => text.includes(n)) || [...names].some((n) => text.includes(n)))) out.add(p);
  }
  return [...out].sort();
}
