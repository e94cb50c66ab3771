import { parseArgs } from 'node:util';
import type { CliIo } from './io';

/** One option of a subcommand, as the help text shows it and as Node's `parseArgs` reads it. */
export interface OptionSpec {
  /** The long name, without the dashes. */
  readonly name: string;
  readonly short?: string;
  readonly type: 'boolean' | 'string';
  /** The option may be given several times (`--suppress-rule a --suppress-rule b`). */
  readonly multiple?: boolean;
  /** What the value is called in the help text (`FILE`, `N`); string options only. */
  readonly arg?: string;
  /** Another spelling shown on the same help line (`--no-color` beside `--color`). */
  readonly pairedWith?: string;
  readonly help: string;
}

export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What the command line says once the option syntax is read: the subcommand decides what it means. */
export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

/**
 * A subcommand of `rfc-author`: its place in the help text, its options, and what it does. Adding a
 * subcommand is one entry in `SUBCOMMANDS` (commands.ts).
 */
export interface Subcommand {
  readonly name: string;
  /** What follows the name in the synopsis (`[PATH...]`). */
  readonly operands: string;
  readonly summary: string;
  /** Paragraphs of the help text under the synopsis. */
  readonly details: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Runs the subcommand and returns the exit code; throws `UsageError` for a usage mistake. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A usage mistake: told in one line, followed by a pointer to `--help`. */
export class UsageError extends Error {}

/** Options every subcommand takes. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', help: 'show this help' },
  { name: 'version', short: 'v', type: 'boolean', help: 'show the version' },
];

/** What the command line asks for, before anything runs. */
export type CommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly subcommand: Subcommand; readonly args: ParsedArgs }
  | { readonly kind: 'usage-error'; readonly message: string };

/**
 * Reads the command line (without `node` and the script) against the table of subcommands. Node's
 * `parseArgs` does the option syntax (`--format json`, `--format=json`, `-f json`); its long error
 * messages are replaced by one line that names the option and, for a typo, the option meant.
 */
export function parseCommandLine(argv: readonly string[], table: readonly Subcommand[]): CommandLine {
  const first = argv.findIndex((a) => !a.startsWith('-'));
  const name = first === -1 ? undefined : argv[first];
  const subcommand = table.find((s) => s.name === name);
  const rest = subcommand ? [...argv.slice(0, first), ...argv.slice(first + 1)] : [...argv];
  const options = [...GLOBAL_OPTIONS, ...(subcommand?.options ?? [])];
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: parseArgsConfig(options) });
  } catch (e) {
    return { kind: 'usage-error', message: explainParseError(e as Error & { code?: string }, options, subcommand, table) };
  }
  if (parsed.values.help === true || name === 'help') return { kind: 'help' };
  if (parsed.values.version === true) return { kind: 'version' };
  if (name === undefined) return { kind: 'usage-error', message: `No command given; the commands are ${commandList(table)}.` };
  if (!subcommand) {
    const near = closest(name, table.map((s) => s.name));
    return { kind: 'usage-error', message: `Unknown command "${name}"${near ? `; did you mean "${near}"?` : `; the commands are ${commandList(table)}.`}` };
  }
  return { kind: 'run', subcommand, args: parsed };
}

/** `check, init and lsp`. */
function commandList(table: readonly Subcommand[]): string {
  const names = table.map((s) => s.name);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function parseArgsConfig(options: readonly OptionSpec[]): NonNullable<Parameters<typeof parseArgs>[0]>['options'] {
  const config: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const o of options) {
    config[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
    if (o.pairedWith) config[o.pairedWith] = { type: 'boolean' };
  }
  return config;
}

/** One line for what `parseArgs` refused: the unknown option (and the one meant), or the missing value. */
function explainParseError(e: Error & { code?: string }, options: readonly OptionSpec[], subcommand: Subcommand | undefined, table: readonly Subcommand[]): string {
  const where = subcommand ? `of "${subcommand.name}"` : 'here';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const written = /'([^']+)'/.exec(e.message)?.[1] ?? '';
    const bare = written.replace(/^-+/, '').replace(/=.*$/, '');
    const names = options.flatMap((o) => [o.name, ...(o.pairedWith ? [o.pairedWith] : [])]);
    const near = closest(bare, names);
    const elsewhere = subcommand ? undefined : table.find((s) => s.options.some((o) => o.name === bare || o.pairedWith === bare));
    if (elsewhere) return `Option --${bare} belongs to a command; write it after "${elsewhere.name}".`;
    return `Unknown option ${written} ${where}${near ? `; did you mean --${near}?` : '.'}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const written = /'([^']+)'/.exec(e.message)?.[1] ?? '';
    const spec = options.find((o) => written.includes(`--${o.name}`));
    if (spec?.type === 'string') return `Option --${spec.name} needs a value (${spec.arg ?? 'a value'}).`;
    if (spec) return `Option --${spec.name} takes no value.`;
  }
  return e.message.split('\n')[0];
}

/** The candidate nearest to `written` by edit distance, when near enough to be a typo. */
export function closest(written: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(written.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(written.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

/** A string option's value ('' when given empty), or undefined when absent. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function stringsOption(values: OptionValues, name: string): readonly string[] {
  const v = values[name];
  return Array.isArray(v) ? (v as readonly string[]) : typeof v === 'string' ? [v] : [];
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
