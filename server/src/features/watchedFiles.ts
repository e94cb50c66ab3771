import type { FileEvent, FileSystemWatcher } from 'vscode-languageserver/node';
import { DidChangeWatchedFilesNotification, FileChangeType, WatchKind } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import { SUPPRESSIONS_FILE } from '../core';
import type { FolderState } from '../folderState';
import { CONFIG_FILE } from '../node/config';
import type { Feature } from './feature';

/**
 * What the server watches. Markdown files for changes (documents, templates), the configuration
 * and the suppressions file for everything, and every file for creation and deletion: any file can be named by an RFC, and
 * the repository list (issue 9) follows what comes and goes. `kind` is part of every watcher in
 * LSP (there is no separate capability for it), so a client that registers watchers honours it and
 * does not report every save of every file.
 */
export const WATCHERS: FileSystemWatcher[] = [
  { globPattern: '**/*.md', kind: WatchKind.Change },
  { globPattern: `**/${CONFIG_FILE}` },
  { globPattern: `**/${SUPPRESSIONS_FILE}` },
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];

/** Per folder, what one batch of events changed. */
interface BatchEffect {
  /** Something that is not a document came or went: any open RFC may name it. */
  everything: boolean;
  /** Those files and folders: the RFCs that are not open are re-checked only where they may name one. */
  readonly cameOrWent: string[];
  readonly repoFilesBefore: number | undefined;
}

/**
 * Files changed on disk (`workspace/didChangeWatchedFiles`): the index and the repository list
 * follow, and the open RFCs that depend on a changed file are re-checked. A changed
 * `.rfc-author.json` reconfigures its folder. A batch (a checkout, a build) re-checks each folder
 * once, not once per file.
 */
export const watchedFilesFeature: Feature = {
  initialized(ctx) {
    if (!ctx.client.watchedFilesRegistration) return;
    ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHERS })
      .catch((e: unknown) => ctx.connection.console.warn(`[rfc-author] Cannot watch files: ${String(e)}`));
  },
  register(ctx) {
    ctx.connection.onDidChangeWatchedFiles(ctx.guard.notification('didChangeWatchedFiles', async ({ changes }) => {
      const effects = new Map<FolderState, BatchEffect>();
      for (const change of changes) await fileChanged(ctx, change, effects);
      for (const [folder, effect] of effects) {
        if (effect.everything) ctx.diagnostics.filesCameOrWent(folder, (await folder.service())?.rfcsNamingFiles(effect.cameOrWent) ?? []);
        await logRepositoryChange(ctx, folder, effect.repoFilesBefore);
      }
    }));
  },
};

async function fileChanged(ctx: ServerContext, change: FileEvent, effects: Map<FolderState, BatchEffect>): Promise<void> {
  const folder = ctx.folders.folderOf(change.uri, false);
  const path = folder?.pathOf(change.uri);
  if (!folder || path === undefined) return;
  if (path === CONFIG_FILE) {
    ctx.settings.forget(folder.rootUri);
    if (await folder.reload()) ctx.diagnostics.allChanged(folder);
    return;
  }
  // The file is read again on the next check (it is looked at each time); the open documents are checked now.
  if (path === SUPPRESSIONS_FILE) {
    ctx.diagnostics.allChanged(folder);
    return;
  }
  const service = await folder.service();
  if (!service) return;
  const created = change.type === FileChangeType.Created;
  const deleted = change.type === FileChangeType.Deleted && !ctx.documents.get(change.uri);
  // A changed file that is no document changes neither the index nor the repository list.
  if (!created && !deleted && change.type === FileChangeType.Changed && service.kindOf(path) === 'other') return;
  let effect = effects.get(folder);
  if (!effect) effects.set(folder, (effect = { everything: false, cameOrWent: [], repoFilesBefore: service.repositoryFileCount() }));
  if (created || deleted) folder.filesChanged();
  // Any file can be a link target; one that is not a document has no id to find its referrers by.
  if ((created || deleted) && service.kindOf(path) === 'other') {
    effect.everything = true;
    effect.cameOrWent.push(path);
  }
  const dependents = deleted ? service.fileDeleted(path) : await service.fileChanged(path);
  ctx.diagnostics.dependentsChanged(folder, dependents);
}

/** Says how the folder's repository list changed in this batch (nothing when it did not). */
async function logRepositoryChange(ctx: ServerContext, folder: FolderState, before: number | undefined): Promise<void> {
  const after = (await folder.service())?.repositoryFileCount();
  if (before === undefined || after === undefined || after === before) return;
  const delta = after - before;
  ctx.connection.console.info(`[rfc-author] Repository list of ${folder.rootPath}: ${delta > 0 ? `${delta} more` : `${-delta} fewer`}, ${after} files.`);
}
