import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, Severity } from '../core';
import type { CheckedFile, CheckReport } from './check';

/** What `--fix` / `--fix-dry-run` did, for the line before the report. */
export interface FixSummary {
  readonly dryRun: boolean;
  readonly fixes: number;
  /** Files changed (or that would be), with the fixes applied to each. */
  readonly files: readonly { readonly root: string; readonly path: string; readonly fixes: number }[];
}

/**
 * A run's outcome as the formatters show it: the files with the findings still reported (after
 * suppressions, and with `--quiet` only errors), the counts that decide the exit code, how many
 * findings the suppressions file hid, and what `--fix` did.
 */
export interface ReportView {
  readonly report: CheckReport;
  /** Every checked file with the findings to show. */
  readonly files: readonly CheckedFile[];
  /** Reported findings by severity, before `--quiet` filters what is shown. */
  readonly counts: Readonly<Record<Severity, number>>;
  readonly suppressed: number;
  readonly quiet: boolean;
  readonly fixes?: FixSummary;
}

/** Counts of findings by severity. */
export function severityCounts(files: readonly { readonly findings: readonly Finding[] }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of files) for (const x of f.findings) counts[x.severity]++;
  return counts;
}

/** The view of a report as it stands (no suppressions, nothing hidden). */
export function plainView(report: CheckReport): ReportView {
  return { report, files: report.files, counts: severityCounts(report.files), suppressed: 0, quiet: false };
}

/** `n thing` or `n things`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The repository's top folder for a workspace root: the nearest folder at or above it that holds
 * `.git` (a folder, or the file a worktree has), else the root itself. Code scanning and GitHub
 * annotations place files by their path from there, wherever `.rfc-author.json` sits.
 */
export function repositoryTop(root: string): string {
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return root;
  }
}

/** Path of a checked file relative to `base`, with forward slashes; undefined when it lies outside. */
export function relativeTo(base: string, file: CheckedFile): string | undefined {
  const rel = path.relative(base, path.join(file.root, ...file.path.split('/')));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Absolute path of a checked file. */
export function absolutePath(file: CheckedFile): string {
  return path.join(file.root, ...file.path.split('/'));
}
