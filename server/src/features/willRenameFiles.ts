import type { CancellationToken, FileRename } from 'vscode-languageserver/node';
import { MessageType } from 'vscode-languageserver/node';
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { editorSetting } from '../../../shared/settings';
import { fitEdit } from '../clientEdits';
import type { ServerContext } from '../context';
import type { FileMove } from '../core';
import type { FolderState } from '../folderState';
import type { Feature } from './feature';

/**
 * `workspace/willRenameFiles` for Markdown files and folders: before the editor moves an RFC, task
 * or ADR (or a folder of them), the server answers the edit that keeps every link to it, unless the
 * folder's `rfcAuthor.updateLinksOnFileMove` is `never`. `prompt` and `always` answer the same edit:
 * asking is the client's part (VS Code asks "OK / Show Preview / Skip Changes" before applying any
 * extension's edit to a move; the extension's middleware may ask first, see docs/extension.md).
 * Change annotations that need confirmation are not used: VS Code shows such edits unticked in its
 * refactor preview, where "Apply" applies nothing until each is ticked.
 */
export const willRenameFilesFeature: Feature = {
  capabilities: () => ({
    workspace: { fileOperations: { willRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*.md', matches: 'file' } }, { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } }] } } },
  }),
  register(ctx) {
    ctx.connection.workspace.onWillRenameFiles(ctx.guard.request('willRenameFiles', null, async ({ files }, token) => {
      const edit = await moveEdits(ctx, files, token);
      return edit.documentChanges?.length ? (fitEdit(edit, ctx.client) ?? null) : null;
    }));
  },
};

/** The link edits of every folder's moves (none for a folder whose setting is `never`). */
async function moveEdits(ctx: ServerContext, files: readonly FileRename[], token: CancellationToken): Promise<WorkspaceEdit> {
  const changes: TextDocumentEdit[] = [];
  for (const [folder, moves] of byFolder(ctx, files)) {
    const setting = editorSetting(await ctx.settings.forFolder(folder.rootUri), 'updateLinksOnFileMove');
    const result = setting === 'never' ? undefined : await (await folder.service())?.getFileMoveEdits(moves, token);
    if (!result) continue;
    changes.push(...(result.edit.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'edits' in c));
    for (const note of result.notes) void ctx.connection.sendNotification('window/showMessage', { type: MessageType.Info, message: `RFC Author: ${note}` });
  }
  return { documentChanges: changes };
}

/** The moves grouped by the workspace folder that holds the old path (a move out of its folder is not followed). */
function byFolder(ctx: ServerContext, files: readonly FileRename[]): Map<FolderState, FileMove[]> {
  const out = new Map<FolderState, FileMove[]>();
  for (const { oldUri, newUri } of files) {
    const folder = ctx.folders.folderOf(oldUri, false);
    const oldPath = folder?.pathOf(oldUri);
    const newPath = folder?.pathOf(newUri);
    if (!folder || oldPath === undefined || newPath === undefined) continue;
    out.set(folder, [...(out.get(folder) ?? []), { oldPath, newPath }]);
  }
  return out;
}
