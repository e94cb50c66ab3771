import * as vscode from 'vscode';
import { activeRfc, today } from '../folderModel';
import { commandArgs } from './args';
import { createDocument, openAtPlaceholder, titleFor } from './newDocument';

const COMMAND = 'RFC: New Task for this RFC';

/**
 * "RFC: New Task for this RFC": writes `TASK-NNNN-slug.md` from the task template with the RFC in
 * its `links`, links the task from the RFC's Links → Tasks item, and opens the task. An argument
 * `{ title }` answers the prompt. Resolves to the new task's URI, or undefined when nothing was made.
 */
export async function newTask(rawArgs?: unknown): Promise<vscode.Uri | undefined> {
  const args = commandArgs(rawArgs, COMMAND);
  const rfc = await activeRfc(COMMAND);
  if (!rfc) return undefined;
  const { service } = rfc.model;
  const rfcId = service.getDocumentId(rfc.source);
  if (!rfcId) {
    void vscode.window.showErrorMessage('RFC: New Task for this RFC: this RFC has no id in its title or file name to link the task to.');
    return undefined;
  }
  const title = await titleFor(args, COMMAND, `Title of the new task for ${rfcId}`, 'Wire the parser into the build');
  if (title === undefined) return undefined;
  const date = today();
  const created = await createDocument(rfc.model, 'task', title, 'tasks', (id) => service.newTaskText({ id, title, today: date, rfcId }));
  // The RFC may have changed while the input box was open: link against its current text.
  const current = { ...rfc.source, text: rfc.editor.document.getText(), version: rfc.editor.document.version };
  const link = service.getTaskLinkEdit(current, created.path, created.id);
  if (link) {
    const edit = new vscode.WorkspaceEdit();
    const r = link.range;
    edit.replace(rfc.editor.document.uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), link.newText);
    await vscode.workspace.applyEdit(edit);
  }
  await openAtPlaceholder(created, []);
  vscode.window.setStatusBarMessage(`Created ${created.path} and linked it from ${rfcId}`, 5000);
  return created.uri;
}
