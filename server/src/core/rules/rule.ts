import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { FixDataByRule, RuleId } from '../fixData';
import type { Concept } from '../templateTraits';
import type { Severity } from '../types';

/**
 * How sure a rule is. A `hint` is a real-world variant the rule notices but does not hold against
 * the document (a 🟢 instead of ✅): it is reported at `info` whatever the rule's severity, and not at
 * all when the rule is off.
 */
export interface ReportOptions {
  readonly hint?: boolean;
  /** The finding is less certain than the rule's worst case: at most this severity (a warning where the rule is an error). */
  readonly atMost?: 'warning';
}

/** Reports one finding of the running rule, with the fix data its rule declares in fixData.ts. */
export type Report<Id extends RuleId = RuleId> = (range: Range, message: string, data?: FixDataByRule[Id], options?: ReportOptions) => void;

/**
 * A rule: one file under `core/rules/`, one line in `rules/index.ts`, one test file, one section in
 * `docs/rules.md`. `check` reads the analysis and reports; it never changes anything.
 */
export interface Rule<Id extends RuleId = RuleId> {
  readonly id: Id;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule checks (used in SARIF and docs). */
  readonly description: string;
  /** Whether the rule needs other documents (the workspace index). */
  readonly crossDocument?: boolean;
  /**
   * What the template must have for the rule to run: no tasks in the template means no task rules,
   * no phases no phase rules. A rule the configuration names (`rules` in `.rfc-author.json`) runs anyway.
   */
  readonly requires?: readonly Concept[];
  check(a: DocumentAnalysis, report: Report<Id>): void;
}
