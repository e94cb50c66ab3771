import { isRuleId, LIMIT_CODE, RULE_IDS } from '../core';
import type { OptionSpec, ParsedArgs } from './args';
import { closest, flag, stringOption, stringsOption, UsageError } from './args';
import type { SuppressionRequest } from './suppressionsFile';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';

export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

/** The options of `rfc-author check`, in the order `--help` lists them. */
export const CHECK_OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', type: 'string', arg: 'FORMAT', help: 'text (default), json, sarif, or github (workflow commands that annotate a pull request)' },
  { name: 'output', short: 'o', type: 'string', arg: 'FILE', help: 'write the report to FILE instead of standard output' },
  { name: 'config', short: 'c', type: 'string', arg: 'FILE', help: 'configuration file (default: .rfc-author.json at each workspace root)' },
  { name: 'quiet', short: 'q', type: 'boolean', help: 'report errors only (warnings still count for --max-warnings)' },
  { name: 'max-warnings', type: 'string', arg: 'N', help: 'exit with 1 when more than N warnings are reported' },
  { name: 'color', type: 'boolean', pairedWith: 'no-color', help: 'colours on or off (default: on a terminal; FORCE_COLOR and NO_COLOR are honoured)' },
  { name: 'fix', type: 'boolean', help: 'apply every unambiguous fix, print what changed, then report what remains' },
  { name: 'fix-dry-run', type: 'boolean', help: 'the same report as --fix, without writing any file' },
  { name: 'stdin-filename', type: 'string', arg: 'PATH', help: 'with PATH `-`: check standard input as the file at PATH' },
  { name: 'suppress-all', type: 'boolean', help: 'record every finding in rfc-author-suppressions.json; later runs report only what is new' },
  { name: 'suppress-rule', type: 'string', multiple: true, arg: 'ID', help: "record only this rule's findings (repeatable)" },
  { name: 'prune-suppressions', type: 'boolean', help: 'lower the recorded counts to what still occurs' },
  { name: 'suppressions-location', type: 'string', arg: 'FILE', help: 'the suppressions file to read and write (default: rfc-author-suppressions.json at each root)' },
  { name: 'pass-on-unpruned-suppressions', type: 'boolean', help: 'do not fail when recorded findings no longer occur' },
  { name: 'cache', type: 'boolean', help: 'reuse the results of files that did not change since the last run' },
  { name: 'cache-location', type: 'string', arg: 'FILE', help: 'where --cache keeps its file (default: .rfc-author-cache in the current folder)' },
];

/** What `rfc-author check` was asked to do, validated. */
export interface CheckRequest {
  /** The PATHs; `['-']` for standard input. */
  readonly paths: readonly string[];
  readonly stdinFilename?: string;
  readonly format: OutputFormat;
  readonly output?: string;
  readonly configFile?: string;
  readonly quiet: boolean;
  /** Warnings allowed before the run fails; undefined for no limit. */
  readonly maxWarnings?: number;
  /** `--color` (true), `--no-color` (false), or neither. */
  readonly color?: boolean;
  readonly fix: 'off' | 'apply' | 'dry-run';
  readonly suppressions: SuppressionRequest;
  readonly passOnUnprunedSuppressions: boolean;
  /** `--cache`: the cache file (relative to the current folder), or undefined without a cache. */
  readonly cache?: string;
}

export const DEFAULT_CACHE_FILE = '.rfc-author-cache';

/**
 * Turns the parsed options into a request, or throws a `UsageError` for the first thing that is
 * wrong: an unknown format or rule, a bad number, or options that contradict each other (the same
 * pairs ESLint refuses).
 */
export function checkRequest(args: ParsedArgs): CheckRequest {
  const v = args.values;
  const paths = args.positionals.length > 0 ? [...args.positionals] : ['.'];
  const format = stringOption(v, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}"; use ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]}.`);
  for (const name of ['config', 'output', 'stdin-filename', 'suppressions-location', 'cache-location']) {
    if (stringOption(v, name) === '') throw new UsageError(`--${name} needs a file name.`);
  }
  const stdin = paths.includes('-');
  const stdinFilename = stringOption(v, 'stdin-filename');
  if (stdin && paths.length > 1) throw new UsageError('`-` (standard input) cannot be checked together with other PATHs.');
  if (stdin && stdinFilename === undefined) throw new UsageError('Checking standard input needs --stdin-filename PATH: where the document would be, for its rules and links.');
  if (!stdin && stdinFilename !== undefined) throw new UsageError('--stdin-filename goes with the PATH `-` (standard input).');
  const maxWarnings = numberOption(stringOption(v, 'max-warnings'));
  if (flag(v, 'color') && flag(v, 'no-color')) throw new UsageError('--color and --no-color contradict each other; give one.');
  if (flag(v, 'fix') && flag(v, 'fix-dry-run')) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  if (stdin && flag(v, 'fix')) throw new UsageError('--fix does not write to standard input; use --fix-dry-run to see the fixes.');
  const rules = stringsOption(v, 'suppress-rule');
  for (const rule of rules) {
    if (isRuleId(rule) || rule === LIMIT_CODE) continue;
    const near = closest(rule, RULE_IDS);
    throw new UsageError(`Unknown rule "${rule}" for --suppress-rule${near ? `; did you mean "${near}"?` : '; the rules are listed in docs/rules.md.'}`);
  }
  const suppressAll = flag(v, 'suppress-all');
  const prune = flag(v, 'prune-suppressions');
  if (suppressAll && rules.length > 0) throw new UsageError('--suppress-all and --suppress-rule cannot be used together.');
  if (suppressAll && prune) throw new UsageError('--suppress-all and --prune-suppressions cannot be used together.');
  if (rules.length > 0 && prune) throw new UsageError('--suppress-rule and --prune-suppressions cannot be used together.');
  if (stdin && (suppressAll || rules.length > 0 || prune)) throw new UsageError('--suppress-all, --suppress-rule and --prune-suppressions cannot be used with standard input.');
  const cacheLocation = stringOption(v, 'cache-location');
  if (cacheLocation !== undefined && !flag(v, 'cache')) throw new UsageError('--cache-location goes with --cache.');
  const location = stringOption(v, 'suppressions-location');
  const color = flag(v, 'color') ? true : flag(v, 'no-color') ? false : undefined;
  const output = stringOption(v, 'output');
  const configFile = stringOption(v, 'config');
  return {
    paths,
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    format: format as OutputFormat,
    ...(output !== undefined ? { output } : {}),
    ...(configFile !== undefined ? { configFile } : {}),
    quiet: flag(v, 'quiet'),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(color !== undefined ? { color } : {}),
    fix: flag(v, 'fix') ? 'apply' : flag(v, 'fix-dry-run') ? 'dry-run' : 'off',
    suppressions: { record: suppressAll ? 'all' : rules.length > 0 ? 'rules' : 'none', rules, prune, ...(location !== undefined ? { location } : {}) },
    passOnUnprunedSuppressions: flag(v, 'pass-on-unpruned-suppressions'),
    ...(flag(v, 'cache') ? { cache: cacheLocation ?? DEFAULT_CACHE_FILE } : {}),
  };
}

function numberOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more), not "${value}".`);
  return Number(value);
}
