import type { FileEvent } from 'vscode-languageserver/node';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import { SUPPRESSIONS_FILE } from '../core';
import { CONFIG_FILE } from '../node/config';
import type { Feature } from './feature';

/** What the server watches: every Markdown file (documents, templates), the configuration and the suppressions. */
export const WATCHED_GLOBS = ['**/*.md', `**/${CONFIG_FILE}`, `**/${SUPPRESSIONS_FILE}`];

/**
 * Files changed on disk (`workspace/didChangeWatchedFiles`): the index follows, and the open RFCs
 * that depend on a changed file are re-checked. A changed `.rfc-author.json` reconfigures its folder.
 */
export const watchedFilesFeature: Feature = {
  initialized(ctx) {
    if (!ctx.client.watchedFilesRegistration) return;
    ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) })
      .catch((e: unknown) => ctx.connection.console.warn(`[rfc-author] Cannot watch files: ${String(e)}`));
  },
  register(ctx) {
    ctx.connection.onDidChangeWatchedFiles(ctx.guard.notification('didChangeWatchedFiles', async ({ changes }) => {
      for (const change of changes) await fileChanged(ctx, change);
    }));
  },
};

async function fileChanged(ctx: ServerContext, change: FileEvent): Promise<void> {
  const folder = ctx.folders.folderOf(change.uri, false);
  const path = folder?.pathOf(change.uri);
  if (!folder || path === undefined) return;
  if (path === CONFIG_FILE) {
    ctx.settings.forget(folder.rootUri);
    if (await folder.reload()) ctx.diagnostics.allChanged(folder);
    return;
  }
  // The file is read again on the next check (it is looked at each time); the open RFCs are checked now.
  if (path === SUPPRESSIONS_FILE) {
    ctx.diagnostics.allChanged(folder);
    return;
  }
  const service = await folder.service();
  if (!service) return;
  const created = change.type === FileChangeType.Created;
  const deleted = change.type === FileChangeType.Deleted && !ctx.documents.get(change.uri);
  if (created || deleted) folder.filesChanged();
  // Any file can be a link target; one that is not a document has no id to find its referrers by.
  if ((created || deleted) && service.kindOf(path) === 'other') ctx.diagnostics.allChanged(folder);
  const dependents = deleted ? service.fileDeleted(path) : await service.fileChanged(path);
  ctx.diagnostics.dependentsChanged(folder, dependents);
}
