import * as vscode from 'vscode';
import { activeRfc, today } from '../folderModel';
import { askTitle, createDocument, openAtPlaceholder } from './newDocument';

/**
 * "RFC: New Task for this RFC": writes `TASK-NNNN-slug.md` from the task template with the RFC in
 * its `links`, links the task from the RFC's Links → Tasks item, and opens the task.
 */
export async function newTask(): Promise<void> {
  const rfc = await activeRfc('RFC: New Task for this RFC');
  if (!rfc) return;
  const { service } = rfc.model;
  const rfcId = service.getDocumentId(rfc.source);
  if (!rfcId) {
    void vscode.window.showErrorMessage('RFC: New Task for this RFC: this RFC has no id in its title or file name to link the task to.');
    return;
  }
  const title = await askTitle(`Title of the new task for ${rfcId}`, 'Wire the parser into the build');
  if (title === undefined) return;
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
}
