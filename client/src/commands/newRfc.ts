import * as vscode from 'vscode';
import { folderModel, today } from '../folderModel';
import { commandArgs, stringArg } from './args';
import { createDocument, openAtPlaceholder, titleFor } from './newDocument';

const COMMAND = 'RFC: New RFC';

/**
 * "RFC: New RFC": asks for a title and writes `RFC-NNNN-slug.md` from the active template into the
 * RFC folder with the next free number, then opens it at the first placeholder. Arguments
 * `{ title, folder }` answer the prompts (folder: a workspace folder's name or path). Resolves to
 * the new file's URI, or undefined when the user cancelled.
 */
export async function newRfc(rawArgs?: unknown): Promise<vscode.Uri | undefined> {
  const args = commandArgs(rawArgs, COMMAND);
  const folder = await pickFolder(stringArg(args, 'folder', COMMAND));
  if (!folder) return undefined;
  const model = await folderModel(folder);
  const title = await titleFor(args, COMMAND, 'Title of the new RFC', 'Capability-based IPC');
  if (title === undefined) return undefined;
  const date = today();
  const created = await createDocument(model, 'rfc', title, 'docs/rfcs', (id) => model.service.newRfcText({ id, title, today: date }));
  await openAtPlaceholder(created, model.service.templatePlaceholders());
  vscode.window.setStatusBarMessage(`Created ${created.path}`, 5000);
  return created.uri;
}

/**
 * The folder to write into: the one named in the arguments, else the only one, else the one the
 * user picks in a multi-root workspace.
 */
async function pickFolder(given: string | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage('RFC: New RFC needs an open folder: open the repository first.');
    return undefined;
  }
  if (given !== undefined) {
    const named = folders.find((f) => f.name === given || f.uri.fsPath === given || f.uri.toString() === given);
    if (!named) throw new Error(`"${given}" is not a workspace folder (open: ${folders.map((f) => f.name).join(', ')}); nothing was written.`);
    return named;
  }
  if (folders.length === 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const current = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  return vscode.window.showWorkspaceFolderPick({ placeHolder: `Folder for the new RFC${current ? ` (active: ${current.name})` : ''}`, ignoreFocusOut: true });
}
