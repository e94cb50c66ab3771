import type { Severity } from '../core';
import type { ReportView } from './reportView';
import { plural } from './reportView';

export interface TextOptions {
  /** ANSI colours (decided by the caller from --color, FORCE_COLOR, NO_COLOR and the terminal). */
  readonly color: boolean;
  /** How a checked file is shown (the CLI shows it relative to the current folder). */
  readonly displayPath: (root: string, workspacePath: string) => string;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', reset: '\x1b[0m' };
const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue };

/**
 * `file:line:col severity rule-id message`, one finding a line, grouped by file with a blank line
 * between files, then a summary. Lines and columns are 1-based (columns in UTF-16 units, as editors
 * count them), so terminals and editors can jump to the spot.
 */
export function formatText(view: ReportView, options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const groups: string[] = [];
  for (const file of view.files) {
    if (file.findings.length === 0) continue;
    const shown = paint(ANSI.bold, options.displayPath(file.root, file.path));
    const lines = file.findings.map((f) => {
      const where = `${shown}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      return `${where} ${paint(SEVERITY_COLOR[f.severity], f.severity)} ${paint(ANSI.dim, f.rule)} ${f.message}`;
    });
    groups.push(lines.join('\n'));
  }
  const summary = summaryLine(view);
  return groups.length > 0 ? `${groups.join('\n\n')}\n\n${summary}\n` : `${summary}\n`;
}

/** `3 files checked, 1 error, 2 warnings, 0 infos` (and what suppressions and --quiet left out). */
export function summaryLine(view: ReportView): string {
  const c = view.counts;
  const parts = [plural(view.report.files.length, 'file checked', 'files checked'), plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.info, 'info')];
  let line = parts.join(', ');
  if (view.suppressed > 0) line += ` (${plural(view.suppressed, 'finding')} suppressed)`;
  if (view.quiet && c.warning + c.info > 0) line += '; only errors shown (--quiet)';
  return line;
}

/** The line `--fix` prints before the report: what it changed, or would change. */
export function fixLine(view: ReportView, displayPath: (root: string, p: string) => string): string | undefined {
  const fixes = view.fixes;
  if (!fixes) return undefined;
  const head = `${plural(fixes.fixes, 'fix', 'fixes')} in ${plural(fixes.files.length, 'file')}`;
  const files = fixes.files.map((f) => `  ${displayPath(f.root, f.path)}: ${plural(f.fixes, 'fix', 'fixes')}`);
  return [`${head}${fixes.dryRun ? ' (dry run: nothing written)' : ''}${files.length > 0 ? ':' : '.'}`, ...files].join('\n');
}
