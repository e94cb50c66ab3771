import type { Finding } from './types';

/**
 * Bulk suppressions, the way ESLint 9 keeps them (`eslint-suppressions.json`): for each file, for
 * each rule, how many findings existed when they were suppressed. A later run suppresses a (file,
 * rule) pair's findings while their count is at or below the recorded one, and reports all of them
 * once it is above: the count cannot tell which finding is new, so none is hidden. The CLI and the
 * language server share this module, so a finding hidden in CI is a hint in the editor.
 *
 * One deliberate difference from ESLint: every finding counts, whatever its severity. ESLint
 * suppresses only errors, because its warnings never fail a run; here `--max-warnings` makes
 * warnings fail a run too, and a team adopting the tool wants a clean run from day one.
 */

/** The suppressions file's name at a workspace root (ESLint's is `eslint-suppressions.json`). */
export const SUPPRESSIONS_FILE = 'rfc-author-suppressions.json';

/** The suppressions file: file path → rule id → the count of findings suppressed. */
export type Suppressions = Readonly<Record<string, Readonly<Record<string, { readonly count: number }>>>>;

/** One checked file's findings, by the path the suppressions file uses for it. */
export interface FileFindings {
  readonly path: string;
  readonly findings: readonly Finding[];
}

/** What applying the suppressions left. */
export interface SuppressionResult {
  /** Each file's findings that are still reported, in the input's order. */
  readonly files: readonly (FileFindings & { readonly suppressed: readonly Finding[] })[];
  /**
   * Suppressions that no longer occur, with the counts by which they exceed the findings. Only
   * files that were checked count: a file outside this run's PATHs is not unused, only unchecked.
   */
  readonly unused: Suppressions;
}

/** The findings of one file counted by rule. */
export function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

/**
 * Moves the suppressed findings aside. For each (file, rule): at or below the recorded count, all of
 * the pair's findings are suppressed and the difference is unused; above it, all are reported and
 * nothing of the pair is unused.
 */
export function applySuppressions(files: readonly FileFindings[], suppressions: Suppressions): SuppressionResult {
  const unused: Record<string, Record<string, { count: number }>> = {};
  const out = files.map((file) => {
    const recorded = suppressions[file.path];
    if (!recorded) return { ...file, suppressed: [] };
    const counts = countByRule(file.findings);
    const hidden = new Set<string>();
    const left: Record<string, { count: number }> = {};
    for (const [rule, entry] of Object.entries(recorded)) {
      const found = counts.get(rule) ?? 0;
      if (found <= entry.count) hidden.add(rule);
      if (found < entry.count) left[rule] = { count: entry.count - found };
    }
    if (Object.keys(left).length > 0) unused[file.path] = left;
    return {
      path: file.path,
      findings: file.findings.filter((f) => !hidden.has(f.rule)),
      suppressed: file.findings.filter((f) => hidden.has(f.rule)),
    };
  });
  return { files: out, unused };
}

/** The rules of a file whose findings are suppressed (for the editor, which has one file at a time). */
export function suppressedRules(path: string, findings: readonly Finding[], suppressions: Suppressions): ReadonlySet<string> {
  const [result] = applySuppressions([{ path, findings }], suppressions).files;
  return new Set(result.suppressed.map((f) => f.rule));
}

/**
 * Records the current findings: every rule's count for every file, or only `rules`' when given.
 * Entries of other files and other rules stay as they were (ESLint's `--suppress-rule` adds, it does
 * not replace the file).
 */
export function suppress(existing: Suppressions, files: readonly FileFindings[], rules?: readonly string[]): Suppressions {
  const out = copy(existing);
  for (const file of files) {
    for (const [rule, count] of countByRule(file.findings)) {
      if (rules && !rules.includes(rule)) continue;
      (out[file.path] ??= {})[rule] = { count };
    }
  }
  return out;
}

/** Lowers each count by what is unused, dropping entries and files that reach zero. */
export function prune(existing: Suppressions, unused: Suppressions): Suppressions {
  const out = copy(existing);
  for (const [path, rules] of Object.entries(unused)) {
    const entry = out[path];
    if (!entry) continue;
    for (const [rule, { count }] of Object.entries(rules)) {
      const recorded = entry[rule];
      if (!recorded) continue;
      if (recorded.count <= count) delete entry[rule];
      else entry[rule] = { count: recorded.count - count };
    }
    if (Object.keys(entry).length === 0) delete out[path];
  }
  return out;
}

/** How many (file, rule) pairs and findings a set of suppressions names. */
export function suppressionTotals(s: Suppressions): { files: number; pairs: number; findings: number } {
  let pairs = 0;
  let findings = 0;
  for (const rules of Object.values(s)) {
    for (const { count } of Object.values(rules)) {
      pairs++;
      findings += count;
    }
  }
  return { files: Object.keys(s).length, pairs, findings };
}

/**
 * The file's text: files and rules in sorted order, two-space indentation, a final newline. The same
 * suppressions always give the same bytes, so the file diffs cleanly in review.
 */
export function serializeSuppressions(s: Suppressions): string {
  const sorted: Record<string, Record<string, { count: number }>> = {};
  for (const path of Object.keys(s).sort(compareCodeUnits)) {
    const rules: Record<string, { count: number }> = {};
    for (const rule of Object.keys(s[path]).sort(compareCodeUnits)) rules[rule] = { count: s[path][rule].count };
    if (Object.keys(rules).length > 0) sorted[path] = rules;
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/**
 * Reads the file's text. Anything that is not the documented shape is a problem, reported whole:
 * a suppressions file read half-way would hide findings no one chose to hide.
 */
export function parseSuppressions(text: string): { suppressions: Suppressions } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { problem: `it is not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(json)) return { problem: 'it must be a JSON object of file paths' };
  const out: Record<string, Record<string, { count: number }>> = {};
  for (const [path, rules] of Object.entries(json)) {
    if (!isObject(rules)) return { problem: `"${path}" must map rule ids to { "count": N }` };
    const entry: Record<string, { count: number }> = {};
    for (const [rule, value] of Object.entries(rules)) {
      const count = isObject(value) ? value.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return { problem: `"${path}" → "${rule}" must be { "count": N } with N a whole number` };
      if (count > 0) entry[rule] = { count };
    }
    if (Object.keys(entry).length > 0) out[path] = entry;
  }
  return { suppressions: out };
}

function copy(s: Suppressions): Record<string, Record<string, { count: number }>> {
  const out: Record<string, Record<string, { count: number }>> = {};
  for (const [path, rules] of Object.entries(s)) {
    out[path] = {};
    for (const [rule, { count }] of Object.entries(rules)) out[path][rule] = { count };
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
