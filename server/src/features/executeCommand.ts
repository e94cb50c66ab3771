import type { CancellationToken } from 'vscode-languageserver/node';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { RenumberArgs, UpdateIndexArgs } from '../../../shared/protocol';
import { SERVER_COMMANDS } from '../../../shared/protocol';
import type { ServerContext } from '../context';
import type { Feature } from './feature';
import { renumberCommand } from './renumberCommand';
import { updateIndexCommand } from './updateIndexCommand';

type ServerCommand = (ctx: ServerContext, arg: unknown, token: CancellationToken) => Promise<unknown>;

/** The commands the server implements, by id (shared/protocol.ts documents their arguments and results). */
const COMMANDS: Readonly<Record<string, ServerCommand>> = {
  [SERVER_COMMANDS.renumber]: (ctx, arg, token) => renumberCommand(ctx, arg as RenumberArgs, token),
  [SERVER_COMMANDS.updateIndex]: (ctx, arg, token) => updateIndexCommand(ctx, arg as UpdateIndexArgs | undefined, token),
};

/** `workspace/executeCommand`: runs one of the server's commands; an unknown one is an error. */
export const executeCommandFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: Object.keys(COMMANDS) } }),
  register(ctx) {
    ctx.connection.onExecuteCommand(ctx.guard.requestOrError('executeCommand', async ({ command, arguments: args }, token) => {
      const run = COMMANDS[command];
      if (!run) throw new ResponseError(ErrorCodes.InvalidParams, `rfc-author: unknown command "${command}".`);
      return run(ctx, args?.[0], token);
    }));
  },
};
