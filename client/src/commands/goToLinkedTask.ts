import * as vscode from 'vscode';
import { activeRfc } from '../folderModel';

interface TaskItem extends vscode.QuickPickItem {
  readonly path: string;
}

/**
 * "RFC: Go to Linked Task…": a quick pick of the tasks the RFC links (by path or id, anywhere in the
 * document) with their title and status, read from the task files; opens the chosen one.
 */
export async function goToLinkedTask(): Promise<void> {
  const rfc = await activeRfc('RFC: Go to Linked Task');
  if (!rfc) return;
  const tasks = await rfc.model.service.getLinkedTasks(rfc.source);
  const items = tasks.map((t): TaskItem => {
    const id = t.id ?? t.path;
    return { label: t.title ? `${id}: ${t.title}` : id, description: t.status ?? 'no status', detail: t.path, path: t.path };
  });
  if (items.length === 0) {
    void vscode.window.showInformationMessage('This RFC links no existing task.');
    return;
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Tasks this RFC links', placeHolder: 'Open a linked task', matchOnDescription: true, matchOnDetail: true });
  if (!picked) return;
  const uri = vscode.Uri.joinPath(rfc.folder.uri, ...picked.path.split('/'));
  await vscode.window.showTextDocument(uri, { preview: false });
}
