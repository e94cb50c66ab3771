import type { Feature } from './feature';

/** Folders added to or removed from a multi-root workspace each get (or lose) their own service. */
export const workspaceFolderChangesFeature: Feature = {
  capabilities: (client) => (client.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
  initialized(ctx) {
    if (!ctx.client.workspaceFolders) return;
    ctx.connection.workspace.onDidChangeWorkspaceFolders(ctx.guard.notification('didChangeWorkspaceFolders', ({ added, removed }) => {
      ctx.folders.change(added, removed);
      ctx.diagnostics.allChanged();
    }));
  },
};
