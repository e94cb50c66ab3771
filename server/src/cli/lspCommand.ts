import type { Subcommand } from './args';
import { UsageError } from './args';

/**
 * `rfc-author lsp`: the language server on stdio, for Neovim, Helix, Zed, Emacs and any other LSP
 * client (docs/editors.md). It is the same server VS Code runs (`dist/server.js`); the command
 * only hands the process over to it.
 */
export const lspCommand: Subcommand = {
  name: 'lsp',
  operands: '',
  summary: 'Start the language server on stdio, for editors other than VS Code (see docs/editors.md).',
  details: ['The server speaks LSP over standard input and output until the client shuts it down. --stdio is accepted (and is the default), as clients often pass it.'],
  options: [
    { name: 'stdio', type: 'boolean', help: 'talk LSP over standard input and output (the default and only transport)' },
    { name: 'clientProcessId', type: 'string', arg: 'PID', help: 'stop when the editor process PID exits (clients pass it themselves)' },
  ],
  run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`"lsp" takes no PATH (got "${args.positionals[0]}").`);
    if (!io.startLanguageServer) throw new UsageError('"lsp" needs a real process: run `rfc-author lsp` from a terminal or an editor.');
    io.startLanguageServer();
    // The server owns the process from here; the exit code is the one the connection sets on exit.
    return new Promise<number>(() => undefined);
  },
};
