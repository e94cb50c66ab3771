import { TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Feature } from './feature';

/**
 * Incremental text sync. An open buffer owns its file's index entry, so every edit updates the
 * index at once (requests see it) and the RFCs that depend on the file are re-checked; only the
 * edited document's own push diagnostics wait for typing to pause. Closing hands the file back to
 * the disk copy.
 */
export const documentSyncFeature: Feature = {
  capabilities: () => ({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } }),
  register(ctx) {
    const opened = new Set<string>();
    ctx.documents.onDidOpen(({ document }) => opened.add(document.uri));
    ctx.documents.onDidChangeContent(ctx.guard.notification('didChange', async ({ document }: { document: TextDocument }) => {
      const immediate = opened.delete(document.uri);
      const open = await ctx.open(document.uri);
      if (!open) return;
      const dependents = open.service.updateDocument(open.doc);
      ctx.diagnostics.documentChanged(document.uri, immediate);
      ctx.diagnostics.dependentsChanged(open.folder, dependents.filter((p) => p !== open.doc.path));
    }));
    ctx.documents.onDidClose(ctx.guard.notification('didClose', async ({ document }: { document: TextDocument }) => {
      opened.delete(document.uri);
      const folder = ctx.folders.folderOf(document.uri, false);
      const path = folder?.pathOf(document.uri);
      const service = await folder?.service();
      ctx.diagnostics.documentClosed(document.uri, path !== undefined && service?.kindOf(path) === 'rfc');
      if (!folder || path === undefined || !service) return;
      service.closeDocument(path);
      ctx.diagnostics.dependentsChanged(folder, await service.fileChanged(path));
    }));
  },
};
