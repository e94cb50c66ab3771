import type { Severity } from '../core';
import type { ReportView } from './reportView';

/** One finding in the JSON output. Positions are 1-based; columns count UTF-16 code units. */
export interface JsonFinding {
  /** Absolute path of the file's workspace root; only when the run spans several roots. */
  readonly root?: string;
  readonly file: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** The JSON output; `version` changes only when this shape does (additions keep it). */
export interface JsonReport {
  readonly version: 1;
  /** The workspace root (the first one, when the PATHs lie under several). */
  readonly root: string;
  /** Every workspace root; only when the run spans several. */
  readonly roots?: readonly string[];
  readonly filesChecked: number;
  readonly findings: readonly JsonFinding[];
}

export function toJsonReport(view: ReportView): JsonReport {
  const roots = view.report.roots.map((r) => r.root);
  const several = roots.length > 1;
  const findings: JsonFinding[] = [];
  for (const file of view.files) {
    for (const f of file.findings) {
      findings.push({
        ...(several ? { root: file.root } : {}),
        file: file.path,
        rule: f.rule,
        severity: f.severity,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        message: f.message,
      });
    }
  }
  return { version: 1, root: roots[0] ?? '', ...(several ? { roots } : {}), filesChecked: view.report.files.length, findings };
}

export function formatJson(view: ReportView): string {
  return `${JSON.stringify(toJsonReport(view), null, 2)}\n`;
}
