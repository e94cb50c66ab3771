import type { Severity } from '../core';
import type { CheckReport } from './check';

export interface TextOptions {
  /** ANSI colours: only for a terminal, and never when NO_COLOR is set (decided by the caller). */
  readonly color: boolean;
  /** How a workspace-relative path is shown (the CLI shows it relative to the current folder). */
  readonly displayPath: (workspacePath: string) => string;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', reset: '\x1b[0m' };
const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue };

/** Counts of findings by severity over a whole report. */
export function severityCounts(report: CheckReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.files) for (const x of f.findings) counts[x.severity]++;
  return counts;
}

/**
 * `file:line:col severity rule-id message`, one finding a line, grouped by file with a blank line
 * between files, then a summary. Lines and columns are 1-based (columns in UTF-16 units, as editors
 * count them), so terminals and editors can jump to the spot.
 */
export function formatText(report: CheckReport, options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const groups: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const shown = paint(ANSI.bold, options.displayPath(file.path));
    const lines = file.findings.map((f) => {
      const where = `${shown}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      return `${where} ${paint(SEVERITY_COLOR[f.severity], f.severity)} ${paint(ANSI.dim, f.rule)} ${f.message}`;
    });
    groups.push(lines.join('\n'));
  }
  const c = severityCounts(report);
  const summary = `${report.files.length} files checked, ${c.error} errors, ${c.warning} warnings, ${c.info} infos`;
  return groups.length > 0 ? `${groups.join('\n\n')}\n\n${summary}\n` : `${summary}\n`;
}
