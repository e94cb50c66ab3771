/**
 * What "New RFC" and "New Task" share: asking for a title, writing a new file without ever
 * overwriting one or leaving the intended folder, and opening it at the first placeholder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DocKindWithId } from '../../../server/src/core';
import { firstPlaceholder, sanitizeTitle } from '../../../server/src/core';
import type { FolderModel } from '../folderModel';
import type { CommandArgs } from './args';
import { stringArg } from './args';

/** How many numbers past the computed next one are tried when files appear meanwhile. */
const MAX_ATTEMPTS = 50;

/** Asks for a title; undefined when the user cancels or leaves it empty. */
export async function askTitle(prompt: string, placeHolder: string): Promise<string | undefined> {
  const raw = await vscode.window.showInputBox({
    title: prompt,
    prompt: `${prompt}: the file name is made from it`,
    placeHolder,
    ignoreFocusOut: true,
    // An empty box is not an error yet: the message would greet the user before they typed.
    validateInput: (value) => {
      if (value.trim() === '') return undefined;
      const check = sanitizeTitle(value);
      return check.ok ? undefined : check.reason;
    },
  });
  if (raw === undefined) return undefined;
  const check = sanitizeTitle(raw);
  return check.ok ? check.title : undefined;
}

/**
 * The title given in the command's arguments (`{ title }`), checked exactly as a typed one, else
 * asked for. A given title that names no file is an error: nothing is written and no box opens.
 */
export async function titleFor(args: CommandArgs, command: string, prompt: string, placeHolder: string): Promise<string | undefined> {
  const given = stringArg(args, 'title', command);
  if (given === undefined) return askTitle(prompt, placeHolder);
  const check = sanitizeTitle(given);
  if (!check.ok) throw new Error(`${check.reason} Nothing was written.`);
  return check.title;
}

export interface CreatedDocument {
  readonly id: string;
  /** Workspace-relative path. */
  readonly path: string;
  readonly uri: vscode.Uri;
  readonly text: string;
}

/**
 * Writes a new `<ID>-<slug>.md` document of `kind` into the kind's folder (created when missing)
 * with the next free number. The file is created exclusively: when a file of that name appears
 * meanwhile, the next number is taken, and an existing file is never overwritten.
 */
export async function createDocument(model: FolderModel, kind: DocKindWithId, title: string, fallbackFolder: string, render: (id: string) => string): Promise<CreatedDocument> {
  const { service } = model;
  const existing = await service.listDocuments(kind);
  const plan = service.planNewDocument(kind, title, existing, fallbackFolder);
  const folder = plan.folder;
  const root = path.resolve(model.folder.uri.fsPath);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { id, path: rel } = plan.candidate(attempt);
    const abs = rel === undefined ? undefined : path.resolve(root, ...rel.split('/'));
    if (rel === undefined || abs === undefined || !abs.startsWith(root + path.sep)) {
      throw new Error(`The ${kind} folder "${folder}" is outside the workspace folder; nothing was written.`);
    }
    const text = render(id);
    await fs.promises.mkdir(path.dirname(abs), { recursive: true });
    try {
      await fs.promises.writeFile(abs, text, { encoding: 'utf8', flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw e;
    }
    return { id, path: rel, uri: vscode.Uri.file(abs), text };
  }
  throw new Error(`No free ${kind} number found after ${MAX_ATTEMPTS} tries in "${folder}"; nothing was written.`);
}

/** Opens a new document with the first `<…>` placeholder selected, so typing replaces it. */
export async function openAtPlaceholder(created: CreatedDocument, placeholders: readonly string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(created.uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const at = firstPlaceholder(doc.getText(), placeholders);
  if (at) {
    const range = new vscode.Range(at.start.line, at.start.character, at.end.line, at.end.character);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}
