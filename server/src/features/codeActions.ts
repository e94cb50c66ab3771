import type { CodeAction } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction as CoreCodeAction, TextEdit } from 'vscode-languageserver-types';
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
      return actions.flatMap((a) => fitForClient(a, ctx.client.documentChanges, ctx.client.createFiles));
    }));
  },
};

/**
 * The action as the client can apply it: as it is when the client takes versioned `documentChanges`
 * (and file creation, when the action creates a file), else the same text edits as a plain `changes`
 * map; an action the client could not apply is not offered.
 */
export function fitForClient(action: CoreCodeAction, documentChanges: boolean, createFiles: boolean): CodeAction[] {
  const operations = action.edit?.documentChanges;
  if (!operations) return [fromCore<CodeAction>(action)];
  const onlyText = operations.every((c) => 'edits' in c);
  if (documentChanges && (onlyText || createFiles)) return [fromCore<CodeAction>(action)];
  if (!onlyText) return [];
  const changes: Record<string, TextEdit[]> = {};
  for (const c of operations) {
    if ('edits' in c) (changes[c.textDocument.uri] ??= []).push(...c.edits.filter((e): e is TextEdit => 'newText' in e));
  }
  return [fromCore<CodeAction>({ ...action, edit: { changes } })];
}
