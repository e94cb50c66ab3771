import * as vscode from 'vscode';
import { folderModel, today } from '../folderModel';
import { askTitle, createDocument, openAtPlaceholder } from './newDocument';

/**
 * "RFC: New RFC": asks for a title and writes `RFC-NNNN-slug.md` from the active template into the
 * RFC folder with the next free number, then opens it at the first placeholder.
 */
export async function newRfc(): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  const model = await folderModel(folder);
  const title = await askTitle('Title of the new RFC', 'Capability-based IPC');
  if (title === undefined) return;
  const date = today();
  const created = await createDocument(model, 'rfc', title, 'docs/rfcs', (id) => model.service.newRfcText({ id, title, today: date }));
  await openAtPlaceholder(created, model.service.templatePlaceholders());
  vscode.window.setStatusBarMessage(`Created ${created.path}`, 5000);
}

/** The folder to write into: the only one, or the one the user picks in a multi-root workspace. */
async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage('RFC: New RFC needs an open folder: open the repository first.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const current = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  return vscode.window.showWorkspaceFolderPick({ placeHolder: `Folder for the new RFC${current ? ` (active: ${current.name})` : ''}`, ignoreFocusOut: true });
}
