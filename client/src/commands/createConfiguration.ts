import * as vscode from 'vscode';
import { configFileOf, detectFolderLayout } from '../../../server/src/node/layout';
import { writeConfiguration } from '../offerConfiguration';

/**
 * "RFC: Create .rfc-author.json for this Folder": what `rfc-author init` does, on demand (also after
 * "Don't ask again"). A folder that has a configuration gets it opened instead.
 */
export async function createConfiguration(log: (line: string) => void): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  const folder = folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder to configure?' });
  if (!folder) {
    if (folders.length === 0) void vscode.window.showInformationMessage('RFC: open a folder first; .rfc-author.json goes at its top.');
    return;
  }
  const target = configFileOf(folder.uri.fsPath);
  if (target.exists) {
    await vscode.window.showTextDocument(vscode.Uri.file(target.file), { preview: false });
    void vscode.window.showInformationMessage(`${folder.name} already has .rfc-author.json.`);
    return;
  }
  const layout = await detectFolderLayout(folder.uri.fsPath);
  if (!layout.config) {
    void vscode.window.showInformationMessage(`RFC Author: ${layout.notes[0]?.text ?? layout.summary}`);
    return;
  }
  await writeConfiguration(folder, layout, log);
}
