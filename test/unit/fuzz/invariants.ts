/**
 * What every answer of the core must satisfy, whatever the input: positions inside the document,
 * ranges that do not run backwards, and workspace edits a client can apply (versioned, valid,
 * non-overlapping). Each check throws a message that names what was wrong, so a shrunk failure
 * explains itself.
 */
import type { Position, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextLines } from '../../../server/src/core/text';

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** A position inside the text: an existing line, at most at that line's end. */
export function expectPosition(lines: TextLines, p: Position, what: string): void {
  const ok = Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0
    && p.line < lines.lineCount && p.character <= lines.lineLength(p.line);
  if (!ok) throw new Error(`${what}: position ${show(p)} is outside the document (${lines.lineCount} lines; line length ${lines.lineLength(p.line)})`);
}

/** A range inside the text whose start is not after its end. */
export function expectRange(lines: TextLines, r: Range, what: string): void {
  expectPosition(lines, r.start, `${what} (start)`);
  expectPosition(lines, r.end, `${what} (end)`);
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) {
    throw new Error(`${what}: range ${show(r)} ends before it starts`);
  }
}

/** Edits with valid ranges that do not overlap (inserts at one point are allowed, as LSP says). */
export function expectApplicable(lines: TextLines, edits: readonly TextEdit[], what: string): void {
  edits.forEach((e, i) => expectRange(lines, e.range, `${what}, edit ${i}`));
  const spans = edits.map((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) throw new Error(`${what}: edits overlap (${show(edits)})`);
  }
}

function isTextDocumentEdit(change: NonNullable<WorkspaceEdit['documentChanges']>[number]): change is TextDocumentEdit {
  return 'textDocument' in change;
}

/**
 * The edits a workspace edit makes to the open document at `uri`, after checking that they are
 * versioned with the document's version (so a client refuses them once the document changed), and
 * that an edit to any other file only fills a file the same edit creates.
 */
export function expectVersionedEdits(edit: WorkspaceEdit | undefined, uri: string, version: number, lines: TextLines, what: string): TextEdit[] {
  if (!edit) throw new Error(`${what}: a code action without an edit`);
  if (edit.changes && Object.keys(edit.changes).length > 0) throw new Error(`${what}: unversioned "changes" instead of documentChanges`);
  const created = new Set<string>();
  const out: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (!isTextDocumentEdit(change)) {
      if (change.kind !== 'create') throw new Error(`${what}: unexpected resource operation ${change.kind}`);
      created.add(change.uri);
      continue;
    }
    const edits = change.edits as TextEdit[];
    if (change.textDocument.uri === uri) {
      if (change.textDocument.version !== version) throw new Error(`${what}: edit of the open document carries version ${show(change.textDocument.version)}, not ${version}`);
      out.push(...edits);
    } else if (!created.has(change.textDocument.uri)) {
      throw new Error(`${what}: edits ${change.textDocument.uri}, which the edit neither opens nor creates`);
    }
  }
  expectApplicable(lines, out, what);
  return out;
}

/** Applies non-overlapping text edits (the last first, so earlier offsets stay valid). */
export function applyEdits(lines: TextLines, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i, start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let out = lines.text;
  for (const s of sorted) out = out.slice(0, s.start) + s.e.newText + out.slice(s.end);
  return out;
}

/**
 * The files a client holds, as an editor applies workspace edits: atomically, refusing the whole
 * edit when a versioned change names a version the document no longer has, or when it would
 * create a file that exists (unless the operation says to ignore or overwrite it).
 */
export class SimulatedClient {
  private readonly files = new Map<string, { text: string; version: number }>();

  constructor(uri: string, text: string, version: number) {
    this.files.set(uri, { text, version });
  }

  text(uri: string): string | undefined {
    return this.files.get(uri)?.text;
  }

  version(uri: string): number | undefined {
    return this.files.get(uri)?.version;
  }

  /** Applies the whole edit, or nothing (returns false) when any part of it is refused. */
  apply(edit: WorkspaceEdit): boolean {
    const next = new Map([...this.files].map(([uri, f]) => [uri, { ...f }]));
    for (const change of edit.documentChanges ?? []) {
      if (!isTextDocumentEdit(change)) {
        if (change.kind !== 'create') return false;
        const exists = next.has(change.uri);
        if (exists && !change.options?.overwrite && !change.options?.ignoreIfExists) return false;
        if (!exists || change.options?.overwrite) next.set(change.uri, { text: '', version: 0 });
        continue;
      }
      const file = next.get(change.textDocument.uri);
      if (!file || (change.textDocument.version !== null && change.textDocument.version !== file.version)) return false;
      file.text = applyEdits(new TextLines(file.text), change.edits as TextEdit[]);
      file.version++;
    }
    for (const [uri, f] of next) this.files.set(uri, f);
    return true;
  }
}
