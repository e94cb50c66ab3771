import type { CancellationToken } from 'vscode-languageserver/node';
import { MessageType } from 'vscode-languageserver/node';
import type { RenumberArgs, RenumberResult } from '../../../shared/protocol';
import { fitEdit } from '../clientEdits';
import type { ServerContext } from '../context';

/**
 * `rfcAuthor.server.renumber` (the `duplicate-id` quick fix): the core builds the rename of the later
 * file to the next free id; the server asks the client to apply it (`workspace/applyEdit`) and says
 * why when it cannot.
 */
export async function renumberCommand(ctx: ServerContext, args: RenumberArgs, token: CancellationToken): Promise<RenumberResult> {
  const place = await ctx.folders.place(args.uri);
  const result = place ? await place.service.getRenumberEdit(place.path, args.id, args.newId, token) : { refused: `${args.uri} is not in a workspace folder.` };
  const edit = 'refused' in result ? undefined : fitEdit(result.edit, ctx.client);
  const refused = 'refused' in result ? result.refused : edit ? undefined : 'this editor cannot rename files in an edit; rename the file by hand.';
  if (refused || !edit || !ctx.client.applyEdit) {
    const message = `RFC Author: cannot renumber ${args.id}: ${refused ?? 'this editor cannot apply edits the server sends.'}`;
    void ctx.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message });
    return { applied: false, message };
  }
  const answer = await ctx.connection.workspace.applyEdit({ label: `Renumber ${args.id} to ${args.newId}`, edit });
  return answer.applied ? { applied: true } : { applied: false, message: answer.failureReason ?? 'The editor did not apply the edit.' };
}
