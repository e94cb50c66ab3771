import * as vscode from 'vscode';
import type { UpdateIndexResult } from '../../../shared/protocol';
import { SERVER_COMMANDS } from '../../../shared/protocol';
import type { ServerHandle } from '../languageClient';

/**
 * "RFC: Update Index": the server rewrites the generated RFC table of every workspace folder's index
 * file (`indexFile`, between the `rfc-author:index` markers) through `workspace/applyEdit`, as
 * `rfc-author index` does on the command line; this command only asks and says what happened.
 */
export async function updateIndex(server: ServerHandle): Promise<void> {
  const result = await server.executeServerCommand<UpdateIndexResult | null>(SERVER_COMMANDS.updateIndex, []);
  if (!result) throw new Error('the language server gave no answer.');
  for (const problem of result.problems) void vscode.window.showWarningMessage(`RFC: ${problem}`);
  if (result.updated.length > 0) {
    const files = result.updated.map((uri) => vscode.Uri.parse(uri));
    const choice = await vscode.window.showInformationMessage(`RFC: Updated the RFC index in ${files.map(relative).join(', ')}.`, 'Open');
    if (choice) for (const file of files) await vscode.window.showTextDocument(file, { preview: files.length === 1 });
  } else if (result.current.length > 0) {
    void vscode.window.showInformationMessage(`RFC: The RFC index in ${result.current.map((uri) => relative(vscode.Uri.parse(uri))).join(', ')} is up to date.`);
  } else if (result.problems.length === 0) {
    void vscode.window.showInformationMessage('RFC: No workspace folder has an RFC index to update.');
  }
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
}
