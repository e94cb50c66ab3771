import * as vscode from 'vscode';
import { activeRfc } from '../folderModel';
import { commandArgs, stringArg } from './args';

interface TaskItem extends vscode.QuickPickItem {
  readonly path: string;
  readonly id: string | undefined;
}

const COMMAND = 'RFC: Go to Linked Task';

/**
 * "RFC: Go to Linked Task…": a quick pick of the tasks the RFC links (by path or id, anywhere in the
 * document) with their title and status, read from the task files; opens the chosen one. An
 * argument `{ task }` (a linked task's id or workspace-relative path) answers the pick. Resolves to
 * the opened task's URI.
 */
export async function goToLinkedTask(rawArgs?: unknown): Promise<vscode.Uri | undefined> {
  const args = commandArgs(rawArgs, COMMAND);
  const given = stringArg(args, 'task', COMMAND);
  const rfc = await activeRfc(COMMAND);
  if (!rfc) return undefined;
  const tasks = await rfc.model.service.getLinkedTasks(rfc.source);
  const items = tasks.map((t): TaskItem => {
    const id = t.id ?? t.path;
    return { label: t.title ? `${id}: ${t.title}` : id, description: t.status ?? 'no status', detail: t.path, path: t.path, id: t.id ?? undefined };
  });
  if (given !== undefined) {
    const named = items.find((i) => i.id === given || i.path === given);
    if (!named) throw new Error(`This RFC links no existing task "${given}" (it links: ${items.map((i) => i.id ?? i.path).join(', ') || 'none'}).`);
    return open(rfc.folder, named);
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('This RFC links no existing task.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Tasks this RFC links', placeHolder: 'Open a linked task', matchOnDescription: true, matchOnDetail: true });
  return picked ? open(rfc.folder, picked) : undefined;
}

async function open(folder: vscode.WorkspaceFolder, item: TaskItem): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder.uri, ...item.path.split('/'));
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
