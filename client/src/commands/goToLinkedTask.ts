import * as vscode from 'vscode';
import { referenceTargets } from '../../../server/src/core/features/referenceTargets';
import { isGlob } from '../../../server/src/core/index/globs';
import type { DocSummary } from '../../../server/src/core/index/summary';
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
      items.push({ label: taskLabel(s), description: s.status ?? 'no status', detail: s.path, path: s.path });
    }
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('This RFC links no existing task.');
    return;
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Tasks this RFC links', placeHolder: 'Open a linked task', matchOnDescription: true, matchOnDetail: true });
  if (!picked) return;
  const uri = vscode.Uri.joinPath(rfc.folder.uri, ...picked.path.split('/'));
  await vscode.window.showTextDocument(uri, { preview: false });
}

/** `TASK-0005: Title`; a front-matter title that repeats the id (`TASK-0005 Title`) is not doubled. */
function taskLabel(s: DocSummary): string {
  const id = s.id ?? s.path;
  const title = s.title && s.id && s.title.startsWith(s.id) ? s.title.slice(s.id.length).replace(/^\s*[:\u2014\u2013-]?\s*/, '') : s.title;
  return title ? `${id}: ${title}` : id;
}
