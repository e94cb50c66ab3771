import type { CodeAction, CodeActionKind, Diagnostic, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { TextLines } from '../text';

/** A diagnostic as a code action request carries it: code = rule id, data = the rule's fix data. */
export interface DiagnosticRef {
  readonly range: Range;
  readonly code?: string | number;
  readonly data?: unknown;
  readonly message?: string;
}

export interface CodeActionContextLike {
  readonly diagnostics: readonly DiagnosticRef[];
  /** Requested kinds (`quickfix`, `source`, `source.fixAll`, …); all when absent. */
  readonly only?: readonly string[];
}

/**
 * Builds edits for one document. Text edits are versioned (`TextDocumentEdit` with the document's
 * version), so a client refuses to apply a fix a second time to a document that has changed since:
 * applying a fix twice is harmless.
 */
export class EditBuilder {
  constructor(
    readonly ws: RfcWorkspace,
    readonly doc: SourceDocument,
  ) {}

  get uri(): string {
    return this.ws.uriOf(this.doc.path);
  }

  edit(edits: TextEdit[]): WorkspaceEdit {
    return { documentChanges: [{ textDocument: { uri: this.uri, version: this.doc.version }, edits }] };
  }

  replace(range: Range, newText: string): WorkspaceEdit {
    return this.edit([{ range, newText }]);
  }

  /** Inserts `block` as whole lines before `line` (see blockInsertion). */
  insertBlock(text: TextLines, line: number, block: string): TextEdit {
    const { position, newText } = blockInsertion(text, line, block);
    return { range: { start: position, end: position }, newText };
  }

  /** An action with its edit, or without one (`undefined`) when a command does the work. */
  action(title: string, kind: CodeActionKind, edit: WorkspaceEdit | undefined, diagnostic?: DiagnosticRef, preferred = false): CodeAction {
    const action: CodeAction = edit ? { title, kind, edit } : { title, kind };
    if (diagnostic) action.diagnostics = [toDiagnostic(diagnostic)];
    if (preferred) action.isPreferred = true;
    return action;
  }
}

function toDiagnostic(d: DiagnosticRef): Diagnostic {
  const out: Diagnostic = { range: d.range, message: d.message ?? '' };
  if (d.code !== undefined) out.code = d.code;
  if (d.data !== undefined) out.data = d.data;
  out.source = 'rfc-author';
  return out;
}

/** Whether an action of `kind` was asked for (`only` lists kinds or parent kinds). */
export function wanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * Where and what to insert so that `block` becomes whole lines before line `line`, with the blank
 * lines around it that Markdown needs. A line at or past the end appends to the document.
 */
export function blockInsertion(text: TextLines, line: number, block: string): { position: Position; newText: string } {
  const eol = text.eol;
  const body = block.replace(/\r\n|\r|\n/g, eol);
  const last = text.lineCount - 1;
  const endsWithBreak = text.lineLength(last) === 0 && last > 0;
  if (line > last || (line === last && endsWithBreak)) {
    const end = { line: last, character: text.lineLength(last) };
    if (text.text.length === 0) return { position: end, newText: `${body}${eol}` };
    const prevBlank = endsWithBreak ? text.line(last - 1).trim() === '' : false;
    const lead = endsWithBreak ? (prevBlank ? '' : eol) : eol + eol;
    return { position: end, newText: `${lead}${body}${eol}` };
  }
  const before = line > 0 ? text.line(line - 1) : '';
  const lead = line > 0 && before.trim() !== '' ? eol : '';
  const trail = text.line(line).trim() === '' ? eol : eol + eol;
  return { position: lineStart(text, line), newText: `${lead}${body}${trail}` };
}

/** Where text inserted before line `line` goes: after a byte order mark, which must stay first. */
export function lineStart(text: TextLines, line: number): Position {
  return { line, character: line === 0 && text.text.charCodeAt(0) === 0xfeff ? 1 : 0 };
}
