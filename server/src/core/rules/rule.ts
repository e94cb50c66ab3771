import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Severity } from '../types';

/** Reports one finding of the running rule. */
export type Report = (range: Range, message: string, data?: Record<string, unknown>) => void;

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
