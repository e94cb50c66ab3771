import type { CodeAction } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction as CoreCodeAction } from 'vscode-languageserver-types';
import type { ClientFeatures } from '../clientFeatures';
import { fitEdit } from '../clientEdits';
import { FIX_ALL_KIND } from '../core';
import { fromCore } from '../wire';
import type { Feature } from './feature';

/**
 * Quick fixes on our diagnostics (matched by code and data in the core, never by message) and the
 * source actions, honouring `context.only`. Every action carries its edit: no resolve step.
 */
export const codeActionsFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source, FIX_ALL_KIND], resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCodeAction(ctx.guard.request('codeAction', [], async ({ textDocument, range, context }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return [];
      const ours = context.diagnostics.filter((d) => d.source === 'rfc-author');
      const actions = open.service.getCodeActions(open.doc, range, { diagnostics: ours, only: context.only }, token);
      return actions.flatMap((a) => fitForClient(a, ctx.client));
    }));
  },
};

/**
 * The action as the client can apply it (see `fitEdit`); an action whose edit the client could not
 * apply is not offered. An action without an edit runs a server command.
 */
export function fitForClient(action: CoreCodeAction, client: ClientFeatures): CodeAction[] {
  if (!action.edit) return [fromCore<CodeAction>(action)];
  const edit = fitEdit(action.edit, client);
  return edit ? [{ ...fromCore<CodeAction>(action), edit }] : [];
}
