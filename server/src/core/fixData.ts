import type { Range } from 'vscode-languageserver-types';

/**
 * The `data` each rule attaches to its findings: the contract between rules and quick fixes. Code
 * actions match on the diagnostic code (the rule id) and read this data, never the message text.
 * A field marked optional may be absent when the rule has nothing to offer.
 */
export interface FixDataByRule {
  /**
   * `problem`: what is wrong with the title (no heading, a heading of another level, no id, a
   * separator other than a colon, no title text); `fileId`: the id the file name carries.
   */
  'title-format': { problem: 'missing' | 'level' | 'no-id' | 'separator' | 'no-title'; fileId?: string; title?: string };
  'id-mismatch': { fileId: string; titleId: string };
  'duplicate-id': { id: string; others: string[] };
  /** `line`: where the missing field goes (insert before it); `text`: the template's field line. */
  'header-field': { field: string; missing: boolean; line?: number; text?: string };
  /** `expected`: the allowed values; `suggestion`: the closest allowed value, if any. */
  'status-value': { written: string; allowed: string[]; suggestion?: string };
  /** `iso`: the same date written as YYYY-MM-DD when it could be read unambiguously. */
  'date-format': { field: string; value: string; iso?: string };
  'date-order': { field: string; problem: 'before-created' | 'future'; lastUpdatedRange?: Range };
  'owner-format': { owner: string; suggestion?: string };
  /**
   * `kind`: `id` (`RFC-XXXX`; `replacement` is the file's id), `date` (`YYYY-MM-DD`; filled with
   * today by the fix), `text` (angle-bracket or other template text), `value` (a header value left as
   * the template has it).
   */
  placeholder: { placeholder: string; kind: 'id' | 'date' | 'text' | 'value'; replacement?: string };
  /** `line`: where "Insert section" puts the template body (before this line). */
  'missing-section': { section: string; key: string; line: number };
  /** `order`: the keys of the two sections written the other way round, in the template's order (for the CLI's second look at eras). */
  'section-order': { section: string; after?: string; order?: [string, string] };
  'duplicate-section': { section: string; firstLine: number };
  'empty-section': { section: string; key: string };
  /** `replacement`: the canonical marker for a non-canonical one (🟢 → ✅); `choices` for the template triple. */
  'phase-marker': { replacement?: string; choices?: string[] };
  'phase-numbering': { label: string; expected?: string };
  /** `expected`: the status that agrees with the phases; `statusRange`: the status words to replace. */
  'status-phase-mismatch': { expected: string; statusRange?: Range };
  'no-task-link': { linksLine?: number };
  /**
   * `suggestions`: files it may have meant (same id, same name elsewhere, or — `ambiguous` — every file
   * the name matches); `unsure`: a bare name found nowhere (reported at most as a warning).
   */
  'broken-link': { path: string; target?: string; suggestions?: string[]; outside?: boolean; ambiguous?: boolean; unsure?: boolean };
  /** `createPath`: where "create the missing task" would create the file. */
  'unknown-id': { id: string; kind: 'rfc' | 'task' | 'adr'; createPath?: string };
  'task-status-mismatch': { taskId: string; taskPath: string; taskStatus: string };
  'checklist-open': { item: string };
  /** `line`: where the template's proof block would be inserted. */
  'proof-missing': { section: string; line: number; text: string };
  /** `replacement`: the command line without the machine path (`cd /home/x/repo && ` removed). */
  'proof-absolute-path': { path: string; replacement?: string };
  /** `replacement`: the characters this damaged sequence stands for. */
  mojibake: { replacement: string };
  /** `missing`: labels of the template's security section that are absent; `line`: where to add them. */
  'security-section': { missing: string[]; line: number; text: string };
  /**
   * `key`: the task template's key the task lacks; `line`: where "add the key" inserts `text` (the
   * template's lines for it, the task's id filled in); both absent when the task has no front matter.
   */
  'task-front-matter': { key: string; line?: number; text?: string };
  /** `allowed`: the statuses named in the message; `suggestion`: the known status nearest to what was written. */
  'task-status-value': { written: string; allowed: string[]; suggestion?: string };
  /** `problem`: the dependency names no document (`missing`), the task itself (`self`), or closes a `cycle` (the ids around it). */
  'task-dependency': { dependency: string; problem: 'missing' | 'self' | 'cycle'; cycle?: string[] };
}

export type RuleId = keyof FixDataByRule;

/** Every rule id that declares fix data (a unit test checks they are the registry's ids). */
const RULE_ID_SET: ReadonlySet<string> = new Set<RuleId>([
  'title-format', 'id-mismatch', 'duplicate-id', 'header-field', 'status-value', 'date-format', 'date-order', 'owner-format',
  'placeholder', 'missing-section', 'section-order', 'duplicate-section', 'empty-section', 'phase-marker', 'phase-numbering',
  'status-phase-mismatch', 'no-task-link', 'broken-link', 'unknown-id', 'task-status-mismatch', 'checklist-open',
  'proof-missing', 'proof-absolute-path', 'mojibake', 'security-section', 'task-front-matter', 'task-status-value', 'task-dependency',
] satisfies RuleId[]);

/** Whether a diagnostic code names a rule with declared fix data. */
export function isRuleId(code: string): code is RuleId {
  return RULE_ID_SET.has(code);
}
