import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextLines } from '../../server/src/core/text';

/** Applies LSP text edits to a text (edits must not overlap, as LSP requires). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new TextLines(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

/** The text edits a workspace edit makes to `uri` (documentChanges or changes). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  out.push(...(edit.changes?.[uri] ?? []));
  return out;
}

/** Applies a code action's edit to the document at `uri`. */
export function applyAction(text: string, action: CodeAction | undefined, uri: string): string {
  if (!action) throw new Error('no action');
  return applyTextEdits(text, editsFor(action.edit, uri));
}
