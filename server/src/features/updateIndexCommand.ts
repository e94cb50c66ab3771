import type { CancellationToken, TextDocumentEdit } from 'vscode-languageserver/node';
import type { UpdateIndexArgs, UpdateIndexResult } from '../../../shared/protocol';
import { fitEdit } from '../clientEdits';
import type { ServerContext } from '../context';

/**
 * `rfcAuthor.server.updateIndex` ("RFC: Update Index"): each folder's index file gets its RFC table
 * regenerated, as `rfc-author index` writes it, through one `workspace/applyEdit` (versioned for an
 * open buffer). The folders are those of `uri`, else all; each once indexed in full.
 */
export async function updateIndexCommand(ctx: ServerContext, args: UpdateIndexArgs | undefined, token: CancellationToken): Promise<UpdateIndexResult> {
  const folders = args?.uri ? [ctx.folders.folderOf(args.uri)].filter((f) => f !== undefined) : ctx.folders.all();
  const result = { updated: [] as string[], current: [] as string[], problems: [] as string[] };
  const edits: TextDocumentEdit[] = [];
  for (const folder of folders) {
    const service = await folder.indexedService();
    const found = await service?.getIndexFileUpdate(token);
    if (!service || !found) continue;
    const { update, version } = found;
    const uri = service.uriOf(update.path);
    if (update.kind === 'problem') result.problems.push(update.message);
    else if (update.kind === 'current') result.current.push(uri);
    else {
      edits.push({ textDocument: { uri, version }, edits: [update.edit] });
      result.updated.push(uri);
    }
  }
  const edit = edits.length > 0 ? fitEdit({ documentChanges: edits }, ctx.client) : undefined;
  if (edit && !ctx.client.applyEdit) return { updated: [], current: result.current, problems: [...result.problems, 'This editor cannot apply edits the server sends; run `rfc-author index` instead.'] };
  if (edit && !(await ctx.connection.workspace.applyEdit({ label: 'Update the RFC index', edit })).applied) {
    return { updated: [], current: result.current, problems: [...result.problems, 'The editor did not apply the edit.'] };
  }
  return result;
}
