import { editorSetting } from '../../../shared/settings';
import { fromCore } from '../wire';
import type { CodeLens } from 'vscode-languageserver/node';
import type { Feature } from './feature';

/**
 * `textDocument/codeLens` on an RFC's phase lines: each linked task with its status, a click opens it
 * (`rfcAuthor.openDocument`, a client command). Off when the folder's `rfcAuthor.codeLens.phaseTasks`
 * is false; the lenses are asked again (`workspace/codeLens/refresh`) when a task or the setting changes.
 */
export const codeLensFeature: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCodeLens(ctx.guard.request('codeLens', [], async ({ textDocument }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open || !editorSetting(await ctx.settings.forFolder(open.folder.rootUri), 'codeLens.phaseTasks')) return [];
      return fromCore<CodeLens[]>(open.service.getCodeLenses(open.doc, token));
    }));
  },
};
