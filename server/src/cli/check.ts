import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { ConfigProblem, Finding } from '../core';
import { missingParts, swappedParts } from '../core';
import { findWorkspaceRoot } from '../node/config';
import { UsageError } from './args';
import { explainEmptyTarget } from './emptyRun';
import type { CheckCache } from './cache';
import type { FixEdits } from './fix';
import { fixRoot } from './fix';
import type { FixSummary } from './reportView';
import type { CheckedFile, EmptyTarget, Target } from './workspaceRun';
import { isCheckable, notCheckedBecause, onceLogger, WorkspaceRun } from './workspaceRun';

export type { CheckedFile } from './workspaceRun';

/** What one workspace root contributed to a run. */
export interface RootReport {
  /** Absolute path of the workspace root. */
  readonly root: string;
  readonly configProblems: readonly ConfigProblem[];
  /** The configuration file read, when there was one. */
  readonly configFile?: string;
}

/** The outcome of a check run, before it is formatted. */
export interface CheckReport {
  /** Every workspace root the PATHs lie under, in the order of the PATHs. */
  readonly roots: readonly RootReport[];
  /** Every document (RFC, task, ADR) checked, by root (in `roots` order) then path (files without findings included). */
  readonly files: readonly CheckedFile[];
  /** Why nothing was checked, one line per PATH; empty when something was. */
  readonly emptyReasons: readonly string[];
  /** What `--fix` or `--fix-dry-run` did (the findings are those left after it). */
  readonly fixes?: FixSummary;
}

/** One document read from standard input, checked as if it were at `filename`. */
export interface StdinDocument {
  readonly text: string;
  readonly filename: string;
}

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly configFile?: string;
  /** Folder that relative paths are resolved against. */
  readonly cwd: string;
  /** Where warnings and "cannot read" notes go, one line each. */
  readonly note: (line: string) => void;
  /** `check -`: the document on stdin (then `paths` is ignored). */
  readonly stdin?: StdinDocument;
  readonly today?: () => string;
  /** `--fix` (write) or `--fix-dry-run`: the fixes to apply before the findings are reported. */
  readonly fix?: { readonly edits: FixEdits; readonly write: boolean };
  /** `--cache`: results of files that did not change are reused, and this run's are kept (the caller saves). */
  readonly cache?: CheckCache;
}

/**
 * Checks the documents (RFCs, tasks and ADRs) among and under `paths`. Each PATH belongs to the
 * workspace root found from it (the nearest folder holding `.rfc-author.json` or `.git`), and each
 * root is checked with its own configuration and index; the report holds them all. Within a root,
 * every document is indexed first (links and ids in a document point at other files); then each
 * selected document is read, checked and forgotten, so memory holds only the index, never every
 * parsed document at once.
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  boundHeapGrowth();
  if (options.stdin) return checkStdin(options, options.stdin);
  const groups = groupByRoot(options.paths.map((given) => ({ given, abs: path.resolve(options.cwd, given) })));
  const roots: RootReport[] = [];
  const files: CheckedFile[] = [];
  const empty: { run: WorkspaceRun; target: EmptyTarget }[] = [];
  const fixed: FixSummary['files'][number][] = [];
  const logger = onceLogger(options.note);
  for (const [root, targets] of groups) {
    const run = await WorkspaceRun.open(root, { configFile: configPath(options), logger, today: options.today, cache: options.cache });
    roots.push(rootReport(run));
    await run.service.indexWorkspace();
    run.cache?.root.indexed();
    const selection = await run.select(targets, options.note);
    for (const target of selection.empty) empty.push({ run, target });
    const checked: CheckedFile[] = [];
    for (const p of selection.paths) {
      const findings = await checkOne(run, p, options.note);
      if (findings) checked.push({ root, path: p, findings });
    }
    // Whether an RFC predates a section of the template (`sectionOnset`) is told from every RFC's
    // sections, which the index of a check does not read and the loop above reads as it goes: an RFC
    // it warned of a missing section (or two sections out of order) that it now knows it predates is
    // checked again.
    const warned = checked.some((f) => missingParts(f.findings).length > 0 || swappedParts(f.findings).length > 0);
    // A check of some of the files reads the sections of the other RFCs too, so that it tells the
    // same eras as a check of all of them.
    if (warned) await run.service.readMissingSections((p) => run.read(p));
    for (const [i, f] of checked.entries()) {
      if (!run.service.predatesParts(f.path, f.findings)) continue;
      const again = await checkOne(run, f.path, options.note);
      if (again) checked[i] = { ...f, findings: again };
    }
    if (options.fix) {
      const result = await fixRoot(run, checked, options.fix.edits, options.fix.write, options.note);
      fixed.push(...result.files);
      for (const [i, f] of checked.entries()) {
        const again = result.rechecked.get(f.path);
        if (again) checked[i] = { ...f, findings: again };
      }
      // What the fixes changed (on disk, or only in this report) is not what the cache saw.
      run.cache?.root.forget(result.rechecked.keys());
    }
    const section = run.cache?.root.section(run.cache.key, run.service);
    if (section) options.cache?.update(root, section);
    files.push(...checked);
  }
  const emptyReasons = files.length > 0 ? [] : empty.map(({ run, target }) => explainEmptyTarget(run, target, options.cwd));
  const fixes = options.fix ? { fixes: { dryRun: !options.fix.write, fixes: fixed.reduce((n, f) => n + f.fixes, 0), files: fixed } } : {};
  return { roots, files, emptyReasons, ...fixes };
}

/** One document's findings: kept from the cache when they still hold, else read and checked; undefined when unreadable. */
async function checkOne(run: WorkspaceRun, p: string, note: (line: string) => void): Promise<readonly Finding[] | undefined> {
  const kept = run.cache?.root.reuse(p, run.service);
  if (kept) return kept;
  const text = await run.read(p);
  if (text === undefined) {
    note(`cannot read ${p}; skipped.`);
    return undefined;
  }
  const doc = { path: p, text, version: 1 };
  return run.cache ? run.cache.root.track(p, () => run.service.computeDiagnosticsTracked(doc)) : run.diagnose(doc);
}

async function checkStdin(options: CheckOptions, stdin: StdinDocument): Promise<CheckReport> {
  const abs = path.resolve(options.cwd, stdin.filename);
  const root = findWorkspaceRoot(path.dirname(abs));
  const run = await WorkspaceRun.open(root, { configFile: configPath(options), logger: onceLogger(options.note), today: options.today });
  const rel = run.relative(abs);
  if (rel.startsWith('..') || rel === '') throw new UsageError(`--stdin-filename ${stdin.filename} is not a file under a workspace root.`);
  await run.service.indexWorkspace();
  if (!isCheckable(run.service.kindOf(rel))) {
    const reason = `${stdin.filename} ${notCheckedBecause(run, rel)}; nothing checked.`;
    return { roots: [rootReport(run)], files: [], emptyReasons: [reason] };
  }
  const doc = { path: rel, text: stdin.text, version: 1 };
  // The buffer stands for the file: other documents' links to it resolve, and its id is its own.
  run.service.updateDocument(doc);
  const file: CheckedFile = { root, path: rel, findings: await run.diagnose(doc) };
  if (!options.fix) return { roots: [rootReport(run)], files: [file], emptyReasons: [] };
  const result = await fixRoot(run, [file], options.fix.edits, false, options.note, stdin.text);
  const findings = result.rechecked.get(rel) ?? file.findings;
  return { roots: [rootReport(run)], files: [{ ...file, findings }], emptyReasons: [], fixes: { dryRun: true, fixes: result.files.reduce((n, f) => n + f.fixes, 0), files: result.files } };
}

function rootReport(run: WorkspaceRun): RootReport {
  return { root: run.root, configProblems: run.configProblems, ...(run.configFile !== undefined ? { configFile: run.configFile } : {}) };
}

function configPath(options: CheckOptions): string | undefined {
  return options.configFile === undefined ? undefined : path.resolve(options.cwd, options.configFile);
}

/** The PATHs grouped by their workspace root, roots in the order their first PATH comes. */
function groupByRoot(targets: readonly Target[]): Map<string, Target[]> {
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    if (!fs.existsSync(t.abs)) throw new UsageError(`${t.given} does not exist.`);
    const root = findWorkspaceRoot(t.abs);
    const group = groups.get(root);
    if (group) group.push(t);
    else groups.set(root, [t]);
  }
  return groups;
}

/**
 * A check is a batch job whose live data is small (the index) while what it allocates is large
 * (every RFC's parse, dropped at once). V8 lets the heap grow to about four times what survived the
 * last full collection before collecting again; for a batch job that is memory held for nothing
 * (10,000 RFCs: 406 MB resident, 230 MB with this). `--heap-growing-percent` is read at each
 * collection, so it takes effect when set here; 50 means the heap may grow by half.
 */
function boundHeapGrowth(): void {
  v8.setFlagsFromString('--heap-growing-percent=50');
}
