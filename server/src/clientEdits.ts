import type { WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver/node';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ClientFeatures } from './clientFeatures';
import { fromCore } from './wire';

/**
 * A core workspace edit as the client can apply it: as it is when the client takes versioned
 * `documentChanges` and the file operations in it; the same text edits as a plain `changes` map when
 * it holds only text edits and the client takes no `documentChanges`; undefined when the client
 * could not apply it (it creates or renames files the client cannot), so that it is not offered.
 */
export function fitEdit(edit: WorkspaceEdit, client: ClientFeatures): LspWorkspaceEdit | undefined {
  const operations = edit.documentChanges;
  if (!operations) return fromCore<LspWorkspaceEdit>(edit);
  const needs = new Set(operations.flatMap((c) => ('kind' in c ? [c.kind] : [])));
  const canOperate = (!needs.has('create') || client.createFiles) && (!needs.has('rename') || client.renameFiles) && !needs.has('delete');
  if (client.documentChanges && canOperate) return fromCore<LspWorkspaceEdit>(edit);
  if (needs.size > 0) return undefined;
  const changes: Record<string, TextEdit[]> = {};
  for (const c of operations) {
    if ('edits' in c) (changes[c.textDocument.uri] ??= []).push(...c.edits.filter((e): e is TextEdit => 'newText' in e));
  }
  return { changes };
}
