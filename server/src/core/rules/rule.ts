import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Severity } from '../types';

/**
 * How sure a rule is. A `hint` is a real-world variant the rule notices but does not hold against
 * the document (a 🟢 instead of ✅): it is reported at `info` whatever the rule's severity, and not at
 * all when the rule is off.
 */
export interface ReportOptions {
  readonly hint?: boolean;
}

/** Reports one finding of the running rule. */
export type Report = (range: Range, message: string, data?: Record<string, unknown>, options?: ReportOptions) => void;

/**
 * A rule: one file under `core/rules/`, one line in `rules/index.ts`, one test file, one section in
 * `docs/rules.md`. `check` reads the analysis and reports; it never changes anything.
 */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule checks (used in SARIF and docs). */
  readonly description: string;
  /** Whether the rule needs other documents (the workspace index). */
  readonly crossDocument?: boolean;
  check(a: DocumentAnalysis, report: Report): void;
}
