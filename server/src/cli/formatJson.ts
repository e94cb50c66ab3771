import type { Severity } from '../core';
import type { CheckReport } from './check';

/** One finding in the JSON output. Positions are 1-based; columns count UTF-16 code units. */
export interface JsonFinding {
  readonly file: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** The JSON output; `version` changes only when this shape does. */
export interface JsonReport {
  readonly version: 1;
  readonly root: string;
  readonly filesChecked: number;
  readonly findings: readonly JsonFinding[];
}

export function toJsonReport(report: CheckReport): JsonReport {
  const findings: JsonFinding[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      findings.push({
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
  return { version: 1, root: report.root, filesChecked: report.files.length, findings };
}

export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
