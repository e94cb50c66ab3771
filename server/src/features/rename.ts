import { LSPErrorCodes, MessageType, ResponseError } from 'vscode-languageserver/node';
import { fitEdit } from '../clientEdits';
import type { Feature } from './feature';

/**
 * `textDocument/prepareRename` and `textDocument/rename` on an RFC, task or ADR id: the core finds
 * the document and builds one edit (text edits in every file, then the file's rename). A refusal
 * (no such document, a taken id, an editor that cannot rename files) is a ResponseError whose
 * message the editor shows; what the edit left alone is said in a message.
 */
export const renameFeature: Feature = {
  capabilities: (client) => ({ renameProvider: client.prepareRename ? { prepareProvider: true } : true }),
  register(ctx) {
    ctx.connection.onPrepareRename(ctx.guard.requestOrError('prepareRename', async ({ textDocument, position }, token) => {
      const open = await ctx.open(textDocument.uri);
      const target = open?.service.prepareRename(open.doc, position, token);
      if (target && 'refused' in target) throw new ResponseError(LSPErrorCodes.RequestFailed, target.refused);
      return target ? { range: target.range, placeholder: target.placeholder } : null;
    }));
    ctx.connection.onRenameRequest(ctx.guard.requestOrError('rename', async ({ textDocument, position, newName }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return null;
      const result = await open.service.getRenameEdit(open.doc, position, newName, token);
      if ('refused' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.refused);
      const edit = fitEdit(result.edit, ctx.client);
      if (!edit) throw new ResponseError(LSPErrorCodes.RequestFailed, 'This rename renames a file, and this editor cannot rename files in an edit (workspace.workspaceEdit.resourceOperations lacks "rename"); rename the file first, then the id.');
      for (const note of result.notes) void ctx.connection.sendNotification('window/showMessage', { type: MessageType.Info, message: `RFC Author: ${note}` });
      return edit;
    }));
  },
};
