import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../server/src/core/rules';
import { cleanup, runCli, tempDir } from './cli/harness';

/**
 * Issue 9, item 7: a repository written the way real ones are (test/fixtures/messy-repo), checked
 * by the CLI, against what a careful reader of it says (test/fixtures/messy-repo.expect.json). The
 * specification is data: each case names its file, a snippet that finds its line, and the pattern
 * of issue 9 it stands for, so a failure reads as "this line, this rule, because …".
 */

const FIXTURE = path.resolve(__dirname, '../fixtures/messy-repo');
const SPEC_FILE = path.resolve(__dirname, '../fixtures/messy-repo.expect.json');

type Severity = 'error' | 'warning' | 'info';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LOUD: readonly Severity[] = ['error', 'warning'];

interface MustReport {
  readonly file: string;
  readonly line: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly mentioning?: string;
  readonly why: string;
}
interface MustNotReport {
  readonly file: string;
  readonly line?: string;
  readonly rules?: readonly string[];
  readonly mentioning?: string;
  readonly silent?: boolean;
  readonly why: string;
}
interface Group {
  readonly pattern: string;
  readonly issue: string;
  readonly mustReport: readonly MustReport[];
  readonly mustNotReport: readonly MustNotReport[];
}
interface Spec {
  readonly clean: readonly string[];
  readonly groups: readonly Group[];
}
interface Finding {
  readonly file: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly line: number;
  readonly message: string;
}

const spec = JSON.parse(fs.readFileSync(SPEC_FILE, 'utf8')) as Spec;
const fixtureLines = new Map<string, string[]>();

/** The lines of a fixture file, read once. */
function linesOf(file: string): string[] {
  let lines = fixtureLines.get(file);
  if (!lines) {
    lines = fs.readFileSync(path.join(FIXTURE, file), 'utf8').split(/\r?\n/);
    fixtureLines.set(file, lines);
  }
  return lines;
}

/** 1-based numbers of the lines of `file` that contain `snippet`. */
function linesMatching(file: string, snippet: string): number[] {
  return linesOf(file).flatMap((text, i) => (text.includes(snippet) ? [i + 1] : []));
}

/** Every file of the fixture, repository-relative, with `/` separators. */
function fixtureFiles(dir = FIXTURE): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? fixtureFiles(abs) : [path.relative(FIXTURE, abs).split(path.sep).join('/')];
  });
}

/** The RFCs a must-not case is about: its file, or every fixture file its glob matches. */
function filesOf(c: { file: string }): string[] {
  if (!/[*?[{]/.test(c.file)) return [c.file];
  const match = picomatch(c.file);
  return fixtureFiles().filter((f) => match(f));
}

const show = (f: Finding): string => `${f.severity} ${f.rule} "${f.message}"`;

let root = '';
let exitCode = 0;
let filesChecked = 0;
let stderr = '';
let findings: Finding[] = [];

beforeAll(async () => {
  root = tempDir('rfc-author-messy-');
  fs.cpSync(FIXTURE, root, { recursive: true });
  // A real repository: the file list may come from `git ls-files`. The author is fixed and the
  // user's git configuration (hooks, signing) is kept out, so the commit is the same everywhere.
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.org', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.org', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: root, env, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'fixture');
  // A build artifact that git ignores (`/target/` in the fixture's .gitignore): a second
  // `parser/decls.rs` on disk that a reader never means.
  const artifact = path.join(root, 'target/debug/build/halyard-kernel/src/parser/decls.rs');
  fs.mkdirSync(path.dirname(artifact), { recursive: true });
  fs.copyFileSync(path.join(root, 'kernel/src/parser/decls.rs'), artifact);

  const run = await runCli(['check', '--format', 'json'], root);
  exitCode = run.code;
  stderr = run.stderr;
  const report = JSON.parse(run.stdout) as { filesChecked: number; findings: Finding[] };
  filesChecked = report.filesChecked;
  findings = report.findings;
}, 60_000);

afterAll(() => {
  if (root) cleanup(root);
});

/** Why a must-report case is not met, or undefined when it is. */
function missing(c: MustReport): string | undefined {
  const [line] = linesMatching(c.file, c.line);
  const here = findings.filter((f) => f.file === c.file && f.line === line && f.rule === c.rule && (!c.mentioning || f.message.includes(c.mentioning)));
  const hit = here.some((f) => f.severity === c.severity);
  const louder = here.filter((f) => SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(c.severity));
  if (hit && louder.length === 0) return undefined;
  const onLine = findings.filter((f) => f.file === c.file && f.line === line).map(show);
  const got = louder.length > 0 ? `too loud: ${louder.map(show).join('; ')}` : `found on that line: ${onLine.length > 0 ? onLine.join('; ') : 'nothing'}`;
  return `NOT REPORTED ${c.file}:${line} ${c.severity} ${c.rule}${c.mentioning ? ` about ${c.mentioning}` : ''} — ${got} — why: ${c.why}`;
}

/** The false alarms of a must-not case. */
function falseAlarms(c: MustNotReport): string[] {
  const out: string[] = [];
  for (const file of filesOf(c)) {
    const line = c.line === undefined ? undefined : linesMatching(file, c.line)[0];
    const bad = findings.filter(
      (f) =>
        f.file === file &&
        (line === undefined || f.line === line) &&
        (!c.rules || c.rules.includes(f.rule)) &&
        (!c.mentioning || f.message.includes(c.mentioning)) &&
        (c.silent === true || LOUD.includes(f.severity)),
    );
    for (const f of bad) out.push(`FALSE ALARM ${file}:${f.line} ${show(f)} — why not: ${c.why}`);
  }
  return out;
}

describe('test/fixtures/messy-repo, a repository as messy as real ones (issue 9)', () => {
  it('is a self-consistent specification: every snippet finds exactly one line, and every rule and file exists', () => {
    const problems: string[] = [];
    const cases = spec.groups.flatMap((g) => [...g.mustReport, ...g.mustNotReport]);
    for (const c of cases) {
      const files = filesOf(c);
      if (files.length === 0 || !files.every((f) => fs.existsSync(path.join(FIXTURE, f)))) problems.push(`${c.file}: no such file`);
      for (const f of files) {
        const n = c.line === undefined ? 1 : linesMatching(f, c.line).length;
        if (n !== 1) problems.push(`${f}: "${c.line}" is on ${n} lines, not 1`);
      }
      const rules = 'rule' in c ? [c.rule] : (c.rules ?? []);
      for (const r of rules) if (!RULE_IDS.includes(r)) problems.push(`${c.file}: unknown rule ${r}`);
      if ('severity' in c && !SEVERITIES.includes(c.severity)) problems.push(`${c.file}: unknown severity ${c.severity}`);
      if (c.why.trim() === '') problems.push(`${c.file}: "${c.line}" says not why`);
    }
    for (const g of spec.groups) {
      if (g.mustReport.length === 0 || g.mustNotReport.length === 0) problems.push(`pattern "${g.pattern}" needs a must-report and a must-not-report case`);
      for (const c of g.mustReport) if (spec.clean.includes(c.file)) problems.push(`${c.file} is listed as clean but plants ${c.rule}`);
    }
    for (const f of spec.clean) if (!fs.existsSync(path.join(FIXTURE, f))) problems.push(`${f}: clean document does not exist`);
    expect(problems).toEqual([]);
  });

  it('is checked by the CLI as one repository of fifteen RFCs and their tasks and ADRs, without a problem of its own', () => {
    expect(stderr).toBe('');
    expect(filesChecked).toBe(64);
    // Its tasks and ADRs are checked too; the one loud finding there is the id two tasks share.
    expect(findings.filter((f) => !f.file.startsWith('docs/rfcs/RFC-0')).map((f) => `${f.file} ${f.rule}`)).toEqual(['tasks/TASK-0240-virtio-net-rx.md duplicate-id', 'tasks/TASK-0240-virtio-net-tx-rework.md duplicate-id']);
    // The fixture plants real errors (broken Markdown links), so the run fails as CI would.
    expect(exitCode).toBe(1);
  });

  for (const g of spec.groups) {
    it(`${g.pattern}: reports what a careful reader would, and nothing a careful reader would call wrong`, () => {
      const failures = [...g.mustReport.map(missing).filter((m): m is string => m !== undefined), ...g.mustNotReport.flatMap(falseAlarms)];
      expect(failures, `\nPattern: ${g.issue}\n${failures.join('\n')}\n`).toEqual([]);
    });
  }

  it('gives zero loud findings on the clean documents, messy as they are', () => {
    const loud = findings.filter((f) => spec.clean.includes(f.file) && LOUD.includes(f.severity));
    expect(loud.map((f) => `${f.file}:${f.line} ${show(f)}`)).toEqual([]);
  });

  it('reports no loud finding anywhere that the specification does not expect', () => {
    const expected = spec.groups.flatMap((g) => g.mustReport).map((c) => ({ ...c, at: linesMatching(c.file, c.line)[0] }));
    const unexpected = findings.filter(
      (f) => LOUD.includes(f.severity) && !expected.some((c) => c.file === f.file && c.at === f.line && c.rule === f.rule && (!c.mentioning || f.message.includes(c.mentioning))),
    );
    expect(unexpected.map((f) => `${f.file}:${f.line} ${show(f)}`)).toEqual([]);
  });
});
