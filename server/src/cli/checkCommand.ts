import * as fs from 'node:fs';
import * as path from 'node:path';
import { version as packageVersion } from '../../../package.json';
import { describeConfigProblem } from '../node/config';
import type { Subcommand } from './args';
import { CheckCache } from './cache';
import type { CheckReport } from './check';
import { runCheck } from './check';
import type { CheckRequest } from './checkRequest';
import { CHECK_OPTIONS, checkRequest } from './checkRequest';
import { fixAllEdits } from './fix';
import { formatGithub } from './formatGithub';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { fixLine, formatText } from './formatText';
import type { CliIo } from './io';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './io';
import type { ReportView } from './reportView';
import { plural, severityCounts } from './reportView';
import { applySuppressionFiles } from './suppressionsFile';

/** `rfc-author check`: the rules of the language server over files and folders, for CI and hooks. */
export const checkCommand: Subcommand = {
  name: 'check',
  operands: '[PATH...]',
  summary: 'Check the RFCs, tasks and ADRs among and under each PATH (default: the current folder).',
  details: [
    'Each PATH is a file or a folder; `-` checks standard input (with --stdin-filename). The workspace root of a PATH is the nearest folder at or above it that holds .rfc-author.json or .git (else the PATH itself); every RFC, task and ADR under the root is indexed, so links and ids are checked against the whole repository. PATHs under different roots are each checked with their own root and configuration, in one report.',
    'Findings recorded in rfc-author-suppressions.json at the root are not reported while their count per file and rule does not grow.',
  ],
  options: CHECK_OPTIONS,
  run: (args, io) => runCheckCommand(checkRequest(args), io),
};

async function runCheckCommand(req: CheckRequest, io: CliIo): Promise<number> {
  const note = (line: string): void => io.stderr(`rfc-author: ${line}\n`);
  const stdin = req.stdinFilename !== undefined ? { text: await io.readStdin(), filename: req.stdinFilename } : undefined;
  // A buffer on stdin is not a file that stays: it is never cached.
  const cache = req.cache !== undefined && !stdin ? CheckCache.load(path.resolve(io.cwd, req.cache), packageVersion) : undefined;
  const report = await runCheck({
    paths: req.paths,
    cwd: io.cwd,
    note,
    ...(req.configFile !== undefined ? { configFile: req.configFile } : {}),
    ...(stdin ? { stdin } : {}),
    ...(io.today ? { today: io.today } : {}),
    ...(req.fix !== 'off' ? { fix: { edits: fixAllEdits, write: req.fix === 'apply' } } : {}),
    ...(cache ? { cache } : {}),
  });
  if (cache) saveCache(cache, note);
  for (const root of report.roots) {
    for (const p of root.configProblems) note(describeConfigProblem(root.configFile ? path.relative(io.cwd, root.configFile) || root.configFile : undefined, p));
  }

  // Standard input is one buffer, not the corpus: like ESLint, no suppressions apply to it.
  const location = req.suppressions.location;
  const suppressions = location !== undefined ? { ...req.suppressions, location: path.resolve(io.cwd, location), shownLocation: location } : req.suppressions;
  const suppression = stdin ? undefined : applySuppressionFiles(report.files, suppressions);
  for (const file of suppression?.written ?? []) note(`wrote ${path.relative(io.cwd, file) || file}.`);
  const view = viewOf(report, req, suppression);

  const toFile = req.output !== undefined;
  const rendered = render(view, req, io, useColor(req.color, io, toFile));
  const fixes = fixLine(view, displayPath(io.cwd));
  if (fixes && req.format !== 'text') io.stderr(`${fixes}\n`);
  if (toFile) {
    const file = path.resolve(io.cwd, req.output ?? '');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, rendered);
  } else {
    io.stdout(fixes && req.format === 'text' ? `${fixes}\n\n${rendered}` : rendered);
  }

  return exitCode(view, req, report, suppression?.unused ?? [], note);
}

/** The cache only speeds runs up: one that cannot be written is said, and the run goes on. */
function saveCache(cache: CheckCache, note: (line: string) => void): void {
  try {
    cache.save();
  } catch (e) {
    note(`cannot write the cache ${cache.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the next run checks everything again.`);
  }
}

function viewOf(report: CheckReport, req: CheckRequest, suppression: ReturnType<typeof applySuppressionFiles> | undefined): ReportView {
  const reported = suppression?.files ?? report.files;
  const counts = severityCounts(reported);
  const shown = req.quiet ? reported.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) : reported;
  return { report, files: shown, counts, suppressed: suppression?.suppressed ?? 0, quiet: req.quiet, ...(report.fixes ? { fixes: report.fixes } : {}) };
}

/**
 * The exit code, from the most to the least telling: a configuration problem, nothing checked, or
 * suppressions left over (2); an error or too many warnings (1); else 0.
 */
function exitCode(view: ReportView, req: CheckRequest, report: CheckReport, unused: readonly string[], note: (line: string) => void): number {
  let code = EXIT_OK;
  if (view.counts.error > 0) code = EXIT_FINDINGS;
  if (req.maxWarnings !== undefined && view.counts.warning > req.maxWarnings) {
    note(`${plural(view.counts.warning, 'warning')} found; at most ${req.maxWarnings} allowed (--max-warnings).`);
    code = EXIT_FINDINGS;
  }
  if (unused.length > 0 && !req.passOnUnprunedSuppressions) {
    note('There are suppressions left that do not occur anymore. Consider re-running the command with `--prune-suppressions`.');
    for (const line of unused.slice(0, 20)) note(`  ${line}`);
    if (unused.length > 20) note(`  … and ${unused.length - 20} more.`);
    code = EXIT_USAGE;
  }
  if (report.files.length === 0) {
    for (const reason of report.emptyReasons) note(reason);
    note('No file was checked.');
    code = EXIT_USAGE;
  }
  if (report.roots.some((r) => r.configProblems.length > 0)) code = EXIT_USAGE;
  return code;
}

function render(view: ReportView, req: CheckRequest, io: CliIo, color: boolean): string {
  switch (req.format) {
    case 'json':
      return formatJson(view);
    case 'sarif':
      return formatSarif(view, packageVersion);
    case 'github':
      return formatGithub(view, io.cwd);
    case 'text':
      return formatText(view, { color, displayPath: displayPath(io.cwd) });
  }
}

/** A checked file as the user would open it from the current folder. */
function displayPath(cwd: string): (root: string, p: string) => string {
  return (root, p) => path.relative(cwd, path.join(root, ...p.split('/'))).split(path.sep).join('/');
}

/**
 * Colours: `--color` / `--no-color` first; then `FORCE_COLOR` (set and not `0` or `false`: on;
 * `0` or `false`: off), which Node's own tools let win over `NO_COLOR`; then `NO_COLOR` (set and
 * not empty: off); else on a terminal only, and never into a file.
 */
export function useColor(explicit: boolean | undefined, io: CliIo, toFile: boolean): boolean {
  if (explicit !== undefined) return explicit;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY && !toFile;
}
