import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanRfc, DONE_TASK, mixedWorkspace, rfcWithDateWarning } from './fixtures';
import { runCli, workspaces } from './harness';

const workspace = workspaces();

const FILE = 'rfc-author-suppressions.json';
const read = (root: string, file = FILE): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
/** A second broken link, written above everything else in the RFC. */
const addBrokenLinkOnTop = (root: string, rel: string): void => {
  const file = path.join(root, rel);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('\n', '\n\nSee `tasks/TASK-0404-nowhere.md`.\n'));
};

describe('--suppress-all and later runs', () => {
  it('records every finding per file and rule at the root; the next run reports nothing and exits 0', async () => {
    const root = workspace(mixedWorkspace());
    const first = await runCli(['check', '--suppress-all'], root);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('4 files checked, 0 errors, 0 warnings, 0 infos (2 findings suppressed)\n');
    expect(first.stderr).toBe(`rfc-author: wrote ${FILE}.\n`);
    expect(read(root)).toEqual({
      'docs/rfcs/RFC-0002-dashed-title.md': { 'title-format': { count: 1 } },
      'docs/rfcs/RFC-0003-dates-swapped.md': { 'date-order': { count: 1 } },
    });
    const again = await runCli(['check', '--format', 'json'], root);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ filesChecked: 4, findings: [] });
  });

  it('reports exactly the new finding when a new broken link is written above existing text', async () => {
    const root = workspace(mixedWorkspace());
    await runCli(['check', '--suppress-all'], root);
    addBrokenLinkOnTop(root, 'docs/rfcs/RFC-0002-dashed-title.md');
    const r = await runCli(['check', '--format', 'json'], root);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { file: string; rule: string; line: number }[] }).findings;
    expect(findings.map((f) => [f.file, f.rule, f.line])).toEqual([['docs/rfcs/RFC-0002-dashed-title.md', 'broken-link', 3]]);
  });

  it('reports every finding of a (file, rule) pair whose count went up, as ESLint does', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0001-a.md': cleanRfc('RFC-0001', 'A').replace('\n', '\n\nSee `tasks/TASK-0401-gone.md`.\n') });
    await runCli(['check', '--suppress-all'], root);
    addBrokenLinkOnTop(root, 'docs/rfcs/RFC-0001-a.md');
    const r = await runCli(['check', '--format', 'json'], root);
    expect((JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['broken-link', 'broken-link']);
  });

  it('writes the same bytes for the same findings, files and rules sorted', async () => {
    const root = workspace(mixedWorkspace());
    await runCli(['check', '--suppress-all'], root);
    const once = fs.readFileSync(path.join(root, FILE), 'utf8');
    await runCli(['check', '--suppress-all'], root);
    expect(fs.readFileSync(path.join(root, FILE), 'utf8')).toBe(once);
    expect(once.endsWith('}\n')).toBe(true);
  });
});

describe('--suppress-rule, --prune-suppressions and unused suppressions', () => {
  it('--suppress-rule records only the named rule', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', '--suppress-rule', 'date-order'], root);
    expect(r.code).toBe(1);
    expect(read(root)).toEqual({ 'docs/rfcs/RFC-0003-dates-swapped.md': { 'date-order': { count: 1 } } });
    expect(r.stdout).toContain('title-format');
    expect(r.stdout).not.toContain('date-order');
  });

  it('exits 2 with ESLint\'s message when a suppressed finding no longer occurs, unless --pass-on-unpruned-suppressions', async () => {
    const root = workspace(mixedWorkspace());
    await runCli(['check', '--suppress-all'], root);
    fs.writeFileSync(path.join(root, 'docs/rfcs/RFC-0003-dates-swapped.md'), cleanRfc('RFC-0003', 'Dates swapped'));
    const r = await runCli(['check'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe([
      'rfc-author: There are suppressions left that do not occur anymore. Consider re-running the command with `--prune-suppressions`.',
      'rfc-author:   docs/rfcs/RFC-0003-dates-swapped.md: date-order (1 fewer than suppressed)',
      '',
    ].join('\n'));
    expect((await runCli(['check', '--pass-on-unpruned-suppressions'], root)).code).toBe(0);
  });

  it('--prune-suppressions lowers the counts to what still occurs, and the run passes', async () => {
    const root = workspace(mixedWorkspace());
    await runCli(['check', '--suppress-all'], root);
    fs.writeFileSync(path.join(root, 'docs/rfcs/RFC-0003-dates-swapped.md'), cleanRfc('RFC-0003', 'Dates swapped'));
    const r = await runCli(['check', '--prune-suppressions'], root);
    expect(r.code).toBe(0);
    expect(read(root)).toEqual({ 'docs/rfcs/RFC-0002-dashed-title.md': { 'title-format': { count: 1 } } });
    expect((await runCli(['check'], root)).code).toBe(0);
  });

  it('does not call suppressions of files outside the checked PATHs unused', async () => {
    const root = workspace({ ...mixedWorkspace(), 'docs/rfcs/other/RFC-0004-dates.md': rfcWithDateWarning('RFC-0004') });
    fs.writeFileSync(path.join(root, '.rfc-author.json'), JSON.stringify({ rfcGlobs: ['docs/rfcs/**/RFC-*.md'] }));
    await runCli(['check', '--suppress-all'], root);
    const r = await runCli(['check', 'docs/rfcs/other'], root);
    expect(r.code).toBe(0);
  });
});

describe('--suppressions-location', () => {
  it('reads and writes the named file, keyed by paths from its folder', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', '--suppress-all', '--suppressions-location', '.github/rfc-suppressions.json'], root);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(root, FILE))).toBe(false);
    expect(Object.keys(read(root, '.github/rfc-suppressions.json') as object)).toEqual(['../docs/rfcs/RFC-0002-dashed-title.md', '../docs/rfcs/RFC-0003-dates-swapped.md']);
    expect((await runCli(['check', '--suppressions-location', '.github/rfc-suppressions.json'], root)).code).toBe(0);
    // Without the option, the default file (absent) applies: the findings are back.
    expect((await runCli(['check'], root)).code).toBe(1);
  });

  it('is an error when the named file does not exist and nothing is being recorded', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', '--suppressions-location', 'nope.json'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The suppressions file nope.json does not exist; run with --suppress-all or --suppress-rule to create it.');
  });

  it('refuses a suppressions file it cannot read whole, rather than hide findings no one chose to hide', async () => {
    const root = workspace({ ...mixedWorkspace(), [FILE]: '{ "docs/rfcs/RFC-0002-dashed-title.md": { "title-format": 1 } }' });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot be used: "docs/rfcs/RFC-0002-dashed-title.md" → "title-format" must be { "count": N }');
  });
});

describe('suppression options that contradict each other', () => {
  it.each([
    [['--suppress-all', '--suppress-rule', 'mojibake'], '--suppress-all and --suppress-rule cannot be used together.'],
    [['--suppress-all', '--prune-suppressions'], '--suppress-all and --prune-suppressions cannot be used together.'],
    [['--suppress-rule', 'mojibake', '--prune-suppressions'], '--suppress-rule and --prune-suppressions cannot be used together.'],
    [['--suppress-rule', 'brokn-link'], 'Unknown rule "brokn-link" for --suppress-rule; did you mean "broken-link"?'],
  ])('%j is a usage error', async (args, message) => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', ...args], root);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `rfc-author: ${message}\nRun \`rfc-author --help\` for usage.\n` });
    expect(fs.existsSync(path.join(root, FILE))).toBe(false);
  });
});
