import { parseArgs } from 'node:util';
import type { IndexCommand } from './indexCommand';

export type OutputFormat = 'text' | 'json' | 'sarif';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly paths: readonly string[]; readonly format: OutputFormat; readonly configFile?: string }
  | IndexCommand
  | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `Usage: rfc-author check [PATH...] [--format text|json|sarif] [--config FILE]
       rfc-author index [PATH] [--check] [--config FILE]

check: checks the RFCs among and under each PATH (default: the current folder) with the rules of RFC
Author. The workspace root is the nearest folder at or above the first PATH that holds
.rfc-author.json or .git (else the PATH itself); every RFC, task and ADR under it is indexed so links
can be checked.

index: writes the table of every RFC (id, title, status, owners, phases, last update; "indexColumns")
between the lines <!-- rfc-author:index:start --> and <!-- rfc-author:index:end --> of the index file
("indexFile", default README.md in the RFC folder). With --check it writes nothing: a stale table
prints its diff and exits 1.

Options:
  -f, --format FORMAT  text (default), json or sarif
  -c, --config FILE    configuration file (default: .rfc-author.json at the workspace root)
      --check          index: exit 1 and show the diff when the table is out of date
  -h, --help           show this help
  -v, --version        show the version

Exit codes:
  0  no error-level finding; index: the table is current (or was written)
  1  at least one error-level finding; index --check: the table is out of date
  2  a usage error or a problem in the configuration (the command still runs, with defaults)
`;

/**
 * Reads the command line (without `node` and the script). Node's own `parseArgs` does the option
 * syntax (`--format json`, `--format=json`, `-f json`), so only the meaning is checked here.
 */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (e) {
    return { kind: 'usage-error', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: 'No command given.' };
  if (command === 'help') return { kind: 'help' };
  if (values.config === '') return { kind: 'usage-error', message: '--config needs a file name.' };
  if (command === 'index') return values.format !== undefined ? { kind: 'usage-error', message: '--format belongs to "rfc-author check".' } : indexCommand(paths, values.check === true, values.config);
  if (command !== 'check') return { kind: 'usage-error', message: `Unknown command "${command}"; the commands are "check" and "index".` };
  if (values.check) return { kind: 'usage-error', message: '--check belongs to "rfc-author index".' };
  const format = values.format ?? 'text';
  if (!isFormat(format)) return { kind: 'usage-error', message: `Unknown format "${format}"; use text, json or sarif.` };
  return {
    kind: 'check',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    ...(values.config !== undefined ? { configFile: values.config } : {}),
  };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      check: { type: 'boolean' },
    },
  });
}

function indexCommand(paths: readonly string[], check: boolean, configFile: string | undefined): CliCommand {
  if (paths.length > 1) return { kind: 'usage-error', message: '"index" takes one PATH (a folder of the repository).' };
  return { kind: 'index', path: paths[0] ?? '.', check, ...(configFile !== undefined ? { configFile } : {}) };
}

function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}
