/**
 * `rfc-author`: the command line. `check` runs the rules of the language server over files and
 * folders, for CI and pre-commit hooks; `index` writes the generated RFC table of the index file;
 * `init` writes a configuration for the repository's layout; `lsp` starts the language server for
 * other editors. `main`
 * does the work against injected streams and returns the exit code, so tests run it in-process;
 * the bundle (`dist/cli.js`) runs it when started as a program.
 */
import * as path from 'node:path';
import { version as packageVersion } from '../../package.json';
import { parseCommandLine, UsageError } from './cli/args';
import { SUBCOMMANDS } from './cli/commands';
import type { CliIo } from './cli/io';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, usageErrorText } from './cli/io';
import { usageText } from './cli/usage';

export type { CliIo } from './cli/io';
export { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './cli/io';

/** The `--help` text. */
export const USAGE = usageText(SUBCOMMANDS);

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv, SUBCOMMANDS);
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${packageVersion}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(usageErrorText(command.message));
      return EXIT_USAGE;
    case 'run':
      try {
        return await command.subcommand.run(command.args, io);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        io.stderr(usageErrorText(e.message));
        return EXIT_USAGE;
      }
  }
}

/** The real process's streams. Output is written, not logged, so piping to a file keeps it exact. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    readStdin,
    startLanguageServer,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Hands the process to the language server bundle beside this one (`dist/server.js`, the server
 * VS Code runs). It reads its transport from the command line, so `--stdio` is added when the
 * client did not pass it. The server stays a separate bundle so that `check` does not load it.
 */
function startLanguageServer(): void {
  if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
  // A computed path: the bundler leaves it to Node, which loads the sibling bundle at run time.
  const serverBundle = path.join(__dirname, 'server.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(serverBundle);
}

/**
 * Whether this module is the program: started directly (`node dist/cli.js`) or through the
 * package's `bin/rfc-author.js`, which only requires the bundle. Under a test runner it is neither,
 * and importing it runs nothing.
 */
function isProgram(): boolean {
  if (typeof require === 'undefined' || typeof module === 'undefined') return false;
  const entry = require.main;
  return entry !== undefined && (entry === module || /[\\/]bin[\\/]rfc-author(\.js)?$/.test(entry.filename));
}

if (isProgram()) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`rfc-author: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
