import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanRfc, DONE_TASK, task } from './fixtures';
import { runCli, settle, workspaces } from './harness';

const workspace = workspaces();

const TASK = 'tasks/TASK-0002-retry.md';
const ADR = 'docs/adr/0001-use-markdown.md';
/** A task whose link names the first task under a misspelt slug: one broken-link error, with one suggestion. */
const taskWithBrokenLink = task('TASK-0002', 'Retry', 'todo') + '\nBuilds on `tasks/TASK-0001-first-stpe.md`.\n';
/** An ADR whose Markdown link names an RFC that does not exist: one broken-link error, nothing to suggest. */
const adrWithBrokenLink = '# ADR-0001: Use Markdown\n\n- Status: Accepted\n\nSee [the RFC](../rfcs/RFC-0009-gone.md).\n';
const files = (): Record<string, string> => ({ ...DONE_TASK, 'docs/rfcs/RFC-0001-clean.md': cleanRfc(), [TASK]: taskWithBrokenLink, [ADR]: adrWithBrokenLink });

interface JsonOut {
  filesChecked: number;
  findings: { file: string; rule: string; line: number; severity: string }[];
}
const json = async (root: string, args: readonly string[] = []): Promise<JsonOut> => JSON.parse((await runCli(['check', '--format', 'json', ...args], root)).stdout) as JsonOut;
const found = (out: JsonOut): string[] => out.findings.map((f) => `${f.file}:${f.line} ${f.rule}`);

describe('rfc-author check: tasks and ADRs', () => {
  it('checks every RFC, task and ADR under the PATHs, and counts them', async () => {
    const root = workspace(files());
    const out = await json(root);
    expect(out.filesChecked).toBe(4);
    expect(found(out)).toEqual([`${ADR}:5 broken-link`, `${TASK}:12 broken-link`]);
    const text = await runCli(['check', 'tasks'], root);
    expect(text.stdout).toMatch(/^tasks\/TASK-0002-retry\.md:12:12 error broken-link `tasks\/TASK-0001-first-stpe\.md` does not exist/m);
    expect(text.stdout.trimEnd().endsWith('2 files checked, 1 error, 0 warnings, 0 infos')).toBe(true);
  });

  it('checks a task or an ADR named as a file PATH, and one on standard input', async () => {
    const root = workspace(files());
    expect(found(await json(root, [ADR]))).toEqual([`${ADR}:5 broken-link`]);
    const stdin = await runCli(['check', '-', '--stdin-filename', 'tasks/TASK-0003-new.md', '--format', 'json'], root, { stdin: task('TASK-0003', 'New', 'doing', 'depends-on:\n  - TASK-0404\n') });
    expect(stdin.code).toBe(0);
    expect((JSON.parse(stdin.stdout) as JsonOut).findings.map((f) => [f.file, f.rule])).toEqual([['tasks/TASK-0003-new.md', 'task-dependency']]);
  });

  it('prints the findings of tasks and ADRs in the github and sarif formats', async () => {
    const root = workspace(files());
    const github = await runCli(['check', '--format', 'github'], root);
    expect(github.stdout.split('\n').filter((l) => l.startsWith('::error file=tasks/') || l.startsWith('::error file=docs/adr/'))).toHaveLength(2);
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif'], root)).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([ADR, TASK]);
  });

  it('--fix repairs a task: damaged characters and the one task its broken link can mean; the ADR link it cannot settle stays', async () => {
    const damaged = taskWithBrokenLink.replace('Does the thing.', 'Does the â€œthingâ€.');
    const root = workspace({ ...files(), [TASK]: damaged });
    const r = await runCli(['check', '--fix'], root);
    expect(r.stdout.startsWith(`3 fixes in 1 file:\n  ${TASK}: 3 fixes\n`)).toBe(true);
    expect(fs.readFileSync(path.join(root, TASK), 'utf8')).toBe(damaged.replace('â€œthingâ€', '“thing”').replace('first-stpe', 'first-step'));
    expect(r.stdout).toMatch(/^docs\/adr\/0001-use-markdown\.md:5:\d+ error broken-link/m);
    expect(r.stdout).not.toMatch(/^tasks\/TASK-0002-retry\.md:\d+/m);
    expect((await runCli(['check', '--fix'], root)).stdout.startsWith('0 fixes in 0 files.\n')).toBe(true);
  });

  it('--suppress-all records the findings of tasks and ADRs, and a later run reports only a new one', async () => {
    const root = workspace(files());
    expect((await runCli(['check', '--suppress-all'], root)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'rfc-author-suppressions.json'), 'utf8'))).toEqual({
      [ADR]: { 'broken-link': { count: 1 } },
      [TASK]: { 'broken-link': { count: 1 } },
    });
    expect(found(await json(root))).toEqual([]);
    fs.appendFileSync(path.join(root, TASK), 'And `tasks/TASK-0001-frist-step.md`.\n');
    expect(found(await json(root)).map((f) => f.split(':')[0])).toEqual([TASK, TASK]);
    expect((await runCli(['check'], root)).code).toBe(1);
  });
});

describe('rfc-author check --cache: tasks and ADRs', () => {
  it("keeps a task's findings in the cache: a file whose size and time did not change is not checked again", async () => {
    const root = workspace(files());
    settle(root, 0);
    expect(found(await json(root, ['--cache']))).toEqual([`${ADR}:5 broken-link`, `${TASK}:12 broken-link`]);
    const cache = JSON.parse(fs.readFileSync(path.join(root, '.rfc-author-cache'), 'utf8')) as { roots: Record<string, { files: Record<string, { checked?: { findings: unknown[] } }> }> };
    expect(cache.roots['.'].files[TASK].checked?.findings).toHaveLength(1);
    // The same size and time, another text: only a run that checks the task again sees the link fixed.
    fs.writeFileSync(path.join(root, TASK), taskWithBrokenLink.replace('first-stpe', 'first-step'));
    settle(root, 0);
    expect(found(await json(root, ['--cache']))).toEqual([`${ADR}:5 broken-link`, `${TASK}:12 broken-link`]);
    expect(found(await json(root))).toEqual([`${ADR}:5 broken-link`]);
  });

  it('checks a task again when a task it depends on changes its own dependencies (a cycle appears and goes)', async () => {
    const first = 'tasks/TASK-0003-first.md';
    const second = 'tasks/TASK-0004-second.md';
    const root = workspace({ ...DONE_TASK, [first]: task('TASK-0003', 'First', 'todo', 'depends-on:\n  - TASK-0004\n'), [second]: task('TASK-0004', 'Second', 'todo') });
    settle(root, 0);
    expect(found(await json(root, ['--cache']))).toEqual([]);
    fs.writeFileSync(path.join(root, second), task('TASK-0004', 'Second', 'todo', 'depends-on:\n  - TASK-0003\n'));
    settle(root, 1);
    const cycle = [`${first}:7 task-dependency`, `${second}:7 task-dependency`];
    expect(found(await json(root, ['--cache']))).toEqual(cycle);
    expect(found(await json(root))).toEqual(cycle);
    fs.writeFileSync(path.join(root, second), task('TASK-0004', 'Second', 'todo'));
    settle(root, 2);
    expect(found(await json(root, ['--cache']))).toEqual([]);
  });
});
