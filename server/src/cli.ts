/**
 * `rfc-author check`: the rules of the language server over a folder, for CI and pre-commit hooks;
 * `rfc-author index`: the generated RFC table of the index file (cli/indexCommand.ts).
 * `main` does the work against injected streams and returns the exit code, so tests run it
 * in-process; the bundle (`dist/cli.js`) runs it when started as a program.
 */
import * as path from 'node:path';
import { version as packageVersion } from '../../package.json';
import type { OutputFormat } from './cli/args';
import { parseCommandLine, USAGE } from './cli/args';
import type { CheckReport } from './cli/check';
import { runCheck, UsageError } from './cli/check';
import { formatJson } from './cli/formatJson';
import { formatSarif } from './cli/formatSarif';
import { formatText, severityCounts } from './cli/formatText';
import { runIndexCommand } from './cli/indexCommand';

/** What the CLI talks to: the process's streams and surroundings, or a test's. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours are used only then). */
  readonly isTTY: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug in RFC Author itself, kept apart from the documented outcomes so CI logs make it plain. */
export const EXIT_INTERNAL = 3;

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${packageVersion}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`rfc-author: ${command.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    case 'check':
      return check(command.paths, command.format, command.configFile, io);
    case 'index':
      return runIndexCommand(command, io);
  }
}

async function check(paths: readonly string[], format: OutputFormat, configFile: string | undefined, io: CliIo): Promise<number> {
  let report: CheckReport;
  try {
    report = await runCheck({ paths, configFile, cwd: io.cwd, note: (line) => io.stderr(`rfc-author: ${line}\n`) });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`rfc-author: ${e.message}\n`);
    return EXIT_USAGE;
  }
  for (const p of report.configProblems) {
    io.stderr(`rfc-author: ${report.configFile ?? '.rfc-author.json'}: "${p.key}": ${p.message}\n`);
  }
  io.stdout(render(report, format, io));
  if (report.configProblems.length > 0) return EXIT_USAGE;
  return severityCounts(report).error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function render(report: CheckReport, format: OutputFormat, io: CliIo): string {
  if (format === 'json') return formatJson(report);
  if (format === 'sarif') return formatSarif(report, packageVersion);
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return formatText(report, {
    color: io.isTTY && !noColor,
    displayPath: (p) => path.relative(io.cwd, path.join(report.root, ...p.split('/'))).split(path.sep).join('/'),
  });
}

/** The real process's streams. Output is written, not logged, so piping to a file keeps it exact. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  };
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
