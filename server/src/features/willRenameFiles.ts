import type { CancellationToken, FileRename } from 'vscode-languageserver/node';
import { MessageType } from 'vscode-languageserver/node';
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { editorSetting } from '../../../shared/settings';
import { fitEdit, needingConfirmation } from '../clientEdits';
import type { ServerContext } from '../context';
import type { FileMove } from '../core';
import type { FolderState } from '../folderState';
import type { Feature } from './feature';

/**
 * `workspace/willRenameFiles` for Markdown files and folders: before the editor moves an RFC, task
 * or ADR (or a folder of them), the server answers the edit that keeps every link to it, as
 * `rfcAuthor.updateLinksOnFileMove` says: `never` answers nothing, `always` the edit, `prompt` the
 * edit with every change needing confirmation (VS Code asks, with a preview; a client without
 * change annotations applies it as with `always`).
 */
export const willRenameFilesFeature: Feature = {
  capabilities: () => ({
    workspace: { fileOperations: { willRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*.md', matches: 'file' } }, { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } }] } } },
  }),
  register(ctx) {
    ctx.connection.workspace.onWillRenameFiles(ctx.guard.request('willRenameFiles', null, async ({ files }, token) => {
      const { edit, prompt } = await moveEdits(ctx, files, token);
      if (!edit.documentChanges?.length) return null;
      return fitEdit(prompt && ctx.client.changeAnnotations ? needingConfirmation(edit, 'Update the links to the moved files') : edit, ctx.client) ?? null;
    }));
  },
};

/** The link edits of every folder's moves, and whether one of those folders wants them confirmed. */
async function moveEdits(ctx: ServerContext, files: readonly FileRename[], token: CancellationToken): Promise<{ edit: WorkspaceEdit; prompt: boolean }> {
  const changes: TextDocumentEdit[] = [];
  let prompt = false;
  for (const [folder, moves] of byFolder(ctx, files)) {
    const setting = editorSetting(await ctx.settings.forFolder(folder.rootUri), 'updateLinksOnFileMove');
    const result = setting === 'never' ? undefined : await (await folder.service())?.getFileMoveEdits(moves, token);
    if (!result) continue;
    prompt ||= setting === 'prompt';
    changes.push(...(result.edit.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'edits' in c));
    for (const note of result.notes) void ctx.connection.sendNotification('window/showMessage', { type: MessageType.Info, message: `RFC Author: ${note}` });
  }
  return { edit: { documentChanges: changes }, prompt };
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
