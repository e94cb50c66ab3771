/**
 * What the extension tests share: opening and editing the workspace's documents through the editor,
 * restoring them, reading diagnostics, and polling. Only the public `vscode` API and the extension's
 * own API are used; the workspace itself is `workspace.ts`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RfcAuthorApi } from '../../client/src/api';
import { fixtureText, root } from './workspace';

export { fixtureText, root };

export const EXTENSION_ID = 'rfc-author.rfc-author';

/** How long one wait may take: the server starts and indexes inside the first ones. */
const WAIT_MS = 30_000;

export function extension(): vscode.Extension<RfcAuthorApi> {
  const ext = vscode.extensions.getExtension<RfcAuthorApi>(EXTENSION_ID);
  if (!ext) throw new Error(`The extension ${EXTENSION_ID} is not loaded: start VS Code with this repository as the extension under development.`);
  return ext;
}

export function uri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), ...rel.split('/'));
}

/** A file of the repository (the extension under test), such as the built-in template. */
export function repoText(rel: string): string {
  return fs.readFileSync(path.join(extension().extensionPath, ...rel.split('/')), 'utf8');
}

/** The extension's API, activating the extension when needed. */
export async function api(): Promise<RfcAuthorApi> {
  return extension().activate();
}

/** Polls `probe` until it returns something other than undefined or false; fails naming `what`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = undefined;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Opens a workspace file in the editor (not as a preview) and makes it the active editor. */
export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The position of the `occurrence`-th `needle` in the document, `offset` characters into it. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + offset);
}

/** The 0-based line of the first line equal to `line`. */
export function lineOf(doc: vscode.TextDocument, line: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text === line) return i;
  throw new Error(`No line "${line}" in ${doc.uri.path}`);
}

/** A diagnostic's rule id (the `code`, which carries a link to the rule's documentation). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Our diagnostics for a file (other extensions' are left out). */
export function findings(target: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(target).filter((d) => d.source === 'rfc-author');
}

/** The rule ids reported for a file, sorted. */
export function codes(target: vscode.Uri): string[] {
  return findings(target).map((d) => codeOf(d) ?? '?').sort();
}

/** Waits until the file's findings satisfy `test`, and returns them. */
export async function waitForFindings(target: vscode.Uri, what: string, test: (found: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return until(what, () => {
    const found = findings(target);
    return test(found) ? found : undefined;
  });
}

/**
 * The quick fixes offered on one of the file's findings, once the finding is there (the editor asks
 * with the diagnostics under the range, as it does for Ctrl+.), with their edits resolved.
 */
export async function quickFixes(target: vscode.Uri, code: string): Promise<vscode.CodeAction[]> {
  const found = await waitForFindings(target, `a ${code} finding`, (f) => f.some((d) => codeOf(d) === code));
  const diagnostic = found.find((d) => codeOf(d) === code) as vscode.Diagnostic;
  return until(`quick fixes for ${code}`, async () => {
    const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', target, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 100);
    const fixes = all.filter((a): a is vscode.CodeAction => a instanceof vscode.CodeAction);
    return fixes.length > 0 ? fixes : undefined;
  });
}

/** Replaces `range` (or inserts at a position) in the document through a workspace edit. */
export async function edit(doc: vscode.TextDocument, range: vscode.Range | vscode.Position, text: string): Promise<void> {
  const e = new vscode.WorkspaceEdit();
  if (range instanceof vscode.Position) e.insert(doc.uri, range, text);
  else e.replace(doc.uri, range, text);
  assert.equal(await vscode.workspace.applyEdit(e), true, `the edit of ${doc.uri.path} was refused`);
}

/** Replaces the first `needle` in the document with `text`. */
export async function replaceText(doc: vscode.TextDocument, needle: string, text: string): Promise<void> {
  const start = positionOf(doc, needle);
  await edit(doc, new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + needle.length)), text);
}

/**
 * Puts a fixture file back as the run found it, in the buffer when it is open (then saved) and on
 * disk, so the next test starts from the same workspace.
 */
export async function restore(rel: string): Promise<void> {
  const original = fixtureText(rel);
  const target = uri(rel);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (doc) {
    if (doc.getText() !== original) await edit(doc, new vscode.Range(0, 0, doc.lineCount, 0), original);
    if (doc.isDirty) await doc.save();
  }
  if (fs.readFileSync(target.fsPath, 'utf8') !== original) fs.writeFileSync(target.fsPath, original);
}

/** Deletes files the tests created (ignoring ones already gone), closing their editors first. */
export async function remove(...targets: vscode.Uri[]): Promise<void> {
  for (const t of targets) {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === t.toString());
    await vscode.window.tabGroups.close(tabs);
    try {
      await vscode.workspace.fs.delete(t);
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) throw e;
    }
  }
}

/** The files of a workspace folder (relative paths of its entries). */
export function listFolder(rel: string): string[] {
  return fs.readdirSync(uri(rel).fsPath).sort();
}

/** Today in local time as `YYYY-MM-DD`, as the extension writes it. */
export function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The plain text of a hover's contents. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
