import { CONFIG_KEYS, configKeysOfKind } from '../../../shared/settings';
import type { ConfigKey, ConfigKeySpec } from '../../../shared/settings';
import { editDistance } from './index/editDistance';
import type { SeveritySetting } from './types';

/**
 * `.rfc-author.json`: one source of truth for the server and the CLI. VS Code settings
 * (`rfcAuthor.*`) override it per workspace folder. Every key is optional; defaults work with no
 * file at all.
 */
export interface RfcAuthorConfig {
  readonly rfcGlobs: readonly string[];
  readonly taskGlobs: readonly string[];
  readonly adrGlobs: readonly string[];
  /** Globs never indexed or checked. */
  readonly ignore: readonly string[];
  /** Workspace-relative path of the RFC template; the built-in one when absent and none is found. */
  readonly template?: string;
  /** Workspace-relative path of the task template (for "create missing task" and "New Task"). */
  readonly taskTemplate?: string;
  /** Allowed status values; empty means "the template's statuses and the usual terminal ones". */
  readonly statuses: readonly string[];
  /** Other words for allowed statuses: `{ "Done": "Complete" }`. */
  readonly statusSynonyms: Readonly<Record<string, string>>;
  /**
   * Allowed task statuses; empty means the task template's status, the usual task words (`todo`,
   * `in-progress`, `done`, `blocked`, …) and the RFC statuses, and an unknown word is only a hint.
   */
  readonly taskStatuses: readonly string[];
  /** Other names for template sections: `{ "Implementation Checklist": "Checklist (keep current)" }`. */
  readonly sectionAliases: Readonly<Record<string, string>>;
  /** Template sections an RFC may leave out, besides those the template itself marks optional. */
  readonly optionalSections: readonly string[];
  /** Other names for header fields: `{ "Authors": "Owners" }`. */
  readonly fieldAliases: Readonly<Record<string, string>>;
  /**
   * Where a kind's documents carry their number, for layouts file names do not tell: a regular
   * expression over the workspace-relative path whose group `number` (or first group) is the number,
   * by kind: `{ "rfc": "keps/[^/]+/(\\d+)-[^/]+/README\\.md$" }`.
   */
  readonly idPattern: Readonly<Partial<Record<'rfc' | 'task' | 'adr', string>>>;
  /** Rule severities: `{ "<rule-id>": "off" | "info" | "warning" | "error" }`. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /**
   * Workspace-relative path of the file whose generated RFC table `rfc-author index` rewrites;
   * `<folder of the first RFC glob>/README.md` when absent.
   */
  readonly indexFile?: string;
  /** The columns of the generated RFC table, in order (`INDEX_COLUMNS`). */
  readonly indexColumns: readonly string[];
}

export const DEFAULT_TEMPLATE_PATH = 'docs/rfcs/RFC-TEMPLATE.md';

/** Statuses teams use on purpose besides the template's lifecycle ones. */
export const TERMINAL_STATUSES: readonly string[] = ['Accepted', 'Superseded', 'Rejected', 'Withdrawn', 'Deprecated', 'Abandoned', 'On Hold', 'Blocked', 'Postponed'];

export const DEFAULT_CONFIG: RfcAuthorConfig = {
  rfcGlobs: ['docs/rfcs/RFC-*.md'],
  taskGlobs: ['tasks/TASK-*.md'],
  adrGlobs: ['docs/adr/[0-9]*.md'],
  ignore: ['**/node_modules/**', '**/.git/**'],
  statuses: [],
  statusSynonyms: {
    Done: 'Complete',
    Completed: 'Complete',
    Implemented: 'Complete',
    Finished: 'Complete',
    Shipped: 'Complete',
    Proposed: 'Draft',
    'In Review': 'Draft',
    WIP: 'In Progress',
    Active: 'In Progress',
    Ongoing: 'In Progress',
    Started: 'In Progress',
  },
  taskStatuses: [],
  sectionAliases: {},
  optionalSections: [],
  fieldAliases: { Authors: 'Owners', Author: 'Owners', Owner: 'Owners', Updated: 'Last Updated', 'Last Modified': 'Last Updated', Date: 'Created' },
  idPattern: {},
  rules: {},
  indexColumns: ['id', 'title', 'status', 'owners', 'phases', 'updated'],
};

/** A problem with the configuration, naming the key it is about. */
export interface ConfigProblem {
  readonly key: string;
  readonly message: string;
  /** Where in the file (1-based), when the problem comes from a file. */
  readonly line?: number;
  readonly column?: number;
}

/** `RfcAuthorConfig` and the shared key table name the same keys: the compiler checks both ways. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const KEYS_MATCH: SameKeys<ConfigKey, keyof RfcAuthorConfig> = true;
void KEYS_MATCH;

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const STRING_LIST_KEYS = configKeysOfKind('strings');
const STRING_MAP_KEYS = configKeysOfKind('stringMap');
const STRING_KEYS = configKeysOfKind('path');
const KNOWN_KEYS = new Set<string>([...Object.keys(CONFIG_KEYS), '$schema']);

/**
 * Validates a configuration object (from JSON or editor settings) over a base configuration. Each
 * invalid key is reported and left at the base value; valid keys override. `knownRules` lists the
 * rule ids that `rules` may name.
 */
export function resolveConfig(input: unknown, knownRules: readonly string[], base: RfcAuthorConfig = DEFAULT_CONFIG): { config: RfcAuthorConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (input === undefined || input === null) return { config: base, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config: base, problems: [{ key: '(root)', message: 'The configuration must be a JSON object; using the defaults.' }] };
  }
  const obj = input as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ key, message: `Unknown key "${key}" is ignored${didYouMean(key, [...KNOWN_KEYS]) || '.'}` });
  }
  for (const key of STRING_LIST_KEYS) {
    const v = obj[key];
    if (v === undefined) continue;
    const values = (CONFIG_KEYS[key] as ConfigKeySpec).values;
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) problems.push({ key, message: `"${key}" must be a list of strings; using the default.` });
    else if (values && v.some((s) => !values.includes(s))) {
      const unknown = v.filter((s) => !values.includes(s));
      problems.push({ key, message: `"${key}" may hold only ${values.map((x) => `"${x}"`).join(', ')}; ${unknown.map((x) => `"${x}"`).join(', ')} ignored.` });
      out[key] = v.filter((s) => values.includes(s));
    } else out[key] = v;
  }
  for (const key of STRING_MAP_KEYS) {
    const v = obj[key];
    if (v === undefined) continue;
    if (isStringMap(v)) out[key] = (CONFIG_KEYS[key] as ConfigKeySpec).merge === true ? { ...(base[key] as Record<string, string>), ...v } : v;
    else problems.push({ key, message: `"${key}" must map strings to strings; using the default.` });
  }
  const patterns = out.idPattern as Record<string, string>;
  for (const [kind, pattern] of Object.entries(patterns)) {
    const problem = kind !== 'rfc' && kind !== 'task' && kind !== 'adr' ? `"idPattern" names the kinds "rfc", "task" and "adr", not "${kind}"` : patternProblem(pattern);
    if (!problem) continue;
    problems.push({ key: `idPattern.${kind}`, message: `${problem}; it is ignored.` });
    const rest = { ...patterns };
    delete rest[kind];
    out.idPattern = rest;
  }
  for (const key of STRING_KEYS) {
    const v = obj[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'string') out[key] = v;
    else problems.push({ key, message: `"${key}" must be a path (a string); using the default.` });
  }
  if (obj.rules !== undefined) {
    const rules: Record<string, SeveritySetting> = { ...base.rules };
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push({ key: 'rules', message: '"rules" must map rule ids to "off", "info", "warning" or "error".' });
    } else {
      for (const [id, sev] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!knownRules.includes(id)) problems.push({ key: `rules.${id}`, message: `Unknown rule "${id}"${didYouMean(id, knownRules) || ` (known: ${knownRules.join(', ')}).`}` });
        else if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) problems.push({ key: `rules.${id}`, message: `"rules.${id}" must be "off", "info", "warning" or "error".` });
        else rules[id] = sev as SeveritySetting;
      }
    }
    out.rules = rules;
  }
  return { config: out as unknown as RfcAuthorConfig, problems };
}

/** Why a pattern cannot number documents: not a regular expression, or no group for the number. */
function patternProblem(pattern: string): string | undefined {
  try {
    const re = new RegExp(pattern);
    return /\((?!\?[:=!<])|\(\?<[A-Za-z]/.test(re.source) ? undefined : `the pattern ${JSON.stringify(pattern)} has no group for the number`;
  } catch (e) {
    return `the pattern ${JSON.stringify(pattern)} is not a regular expression (${(e as Error).message})`;
  }
}

function isStringMap(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string');
}

/** `; did you mean "rfcGlobs"?` for a near miss (a typo or a wrong case), else nothing. */
function didYouMean(written: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  const max = Math.max(1, Math.floor(written.length / 3));
  for (const k of known) {
    const d = editDistance(written.toLowerCase(), k.toLowerCase(), max);
    if (d >= 0 && d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : `; did you mean "${best}"?`;
}
