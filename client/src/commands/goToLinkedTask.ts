import * as vscode from 'vscode';
import { referenceTargets } from '../../../server/src/core/features/referenceTargets';
import { isGlob } from '../../../server/src/core/index/globs';
import type { DocSummary } from '../../../server/src/core/index/summary';
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
  const { ws } = rfc.model;
  const parsed = ws.parse(rfc.source);
  await ws.ensureLoaded(parsed.references.flatMap((r) => r.ids));
  const seen = new Set<string>();
  const items: TaskItem[] = [];
  for (const ref of parsed.references) {
    // A glob (`tasks/TASK-*.md`) describes where tasks live; it links no task in particular.
    if (ref.path !== undefined && isGlob(ref.path)) continue;
    for (const target of referenceTargets(ws, rfc.source.path, ref)) {
      const s = target.summary;
      if (!s || s.kind !== 'task' || seen.has(s.path)) continue;
      seen.add(s.path);
      items.push({ label: taskLabel(s), description: s.status ?? 'no status', detail: s.path, path: s.path, id: s.id });
    }
  }
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

/** `TASK-0005: Title`; a front-matter title that repeats the id (`TASK-0005 Title`) is not doubled. */
function taskLabel(s: DocSummary): string {
  const id = s.id ?? s.path;
  const title = s.title && s.id && s.title.startsWith(s.id) ? s.title.slice(s.id.length).replace(/^\s*[:\u2014\u2013-]?\s*/, '') : s.title;
  return title ? `${id}: ${title}` : id;
}
