import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckCache } from '../../../server/src/cli/cache';
import { cleanRfc, DONE_TASK, rfcWithTitleError, task } from './fixtures';
import { runCli, settle, workspaces } from './harness';

const workspace = workspaces();

const RFC = 'docs/rfcs/RFC-0001-clean.md';
const LINKED = 'tasks/TASK-0002-second-step.md';
/** An RFC whose Links name a second task, and whose phase 1 is done and names that task. */
const linkingRfc = cleanRfc('RFC-0001', 'Clean', {
  links: '  - Tasks: `tasks/TASK-0001-first-step.md` (execution + proof), `tasks/TASK-0002-second-step.md`',
  phases: '- **Phase 0 (contract)**: ✅ (TASK-0001)\n- **Phase 1 (hardening)**: ✅ (TASK-0002)\n- **Phase 2 (scale)**: ⬜',
});

async function json(root: string, args: readonly string[] = [], today?: string): Promise<{ code: number; findings: { file: string; rule: string; message: string }[] }> {
  const r = await runCli(['check', '--format', 'json', ...args], root, today ? { today } : {});
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: { file: string; rule: string; message: string }[] }).findings };
}
const cached = (root: string, today?: string): ReturnType<typeof json> => json(root, ['--cache'], today);
const rules = (r: Awaited<ReturnType<typeof json>>): string[] => r.findings.map((f) => `${f.file} ${f.rule}`);

/** Sets a file's times far in the past, so that a run cannot call them too recent to trust. */
function age(root: string, rel: string): void {
  const old = new Date('2020-01-01T00:00:00Z');
  fs.utimesSync(path.join(root, rel), old, old);
}

describe('--cache', () => {
  it('gives the same findings from the cache as without it, and writes the cache in the current folder', async () => {
    const root = workspace({ ...DONE_TASK, [RFC]: linkingRfc, 'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002') });
    const plain = await json(root);
    expect(await cached(root)).toEqual(plain);
    expect(fs.existsSync(path.join(root, '.rfc-author-cache'))).toBe(true);
    expect(await cached(root)).toEqual(plain);
  });

  it('does not read a file again whose size and time did not change (as ESLint\'s cache, by metadata)', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002') });
    settle(root, 0);
    expect(rules(await cached(root))).toEqual(['docs/rfcs/RFC-0002-dashed-title.md title-format']);
    // Same size, same time, another text: only a run that reads the file would see it.
    const file = path.join(root, 'docs/rfcs/RFC-0002-dashed-title.md');
    // " — " is five bytes in UTF-8, ":    " too: the file keeps its size.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# RFC-0002 — Dashed title', '# RFC-0002:    Dashed title'));
    expect(fs.statSync(file).size).toBe(Buffer.byteLength(rfcWithTitleError('RFC-0002')));
    age(root, 'docs/rfcs/RFC-0002-dashed-title.md');
    expect(rules(await cached(root))).toEqual(['docs/rfcs/RFC-0002-dashed-title.md title-format']);
    expect(rules(await json(root))).toEqual([]);
  });

  it('reads a file whose time changed, and keeps its findings when its content did not (a checkout, a touch)', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002') });
    await cached(root);
    const now = new Date();
    fs.utimesSync(path.join(root, 'docs/rfcs/RFC-0002-dashed-title.md'), now, now);
    expect(rules(await cached(root))).toEqual(['docs/rfcs/RFC-0002-dashed-title.md title-format']);
  });

  it('checks an RFC again when a file it links appears, changes status or goes', async () => {
    const root = workspace({ ...DONE_TASK, [RFC]: linkingRfc });
    expect(rules(await cached(root))).toEqual([`${RFC} broken-link`, `${RFC} unknown-id`]);
    fs.writeFileSync(path.join(root, LINKED), task('TASK-0002', 'Second step', 'in progress'));
    expect(rules(await cached(root))).toEqual([`${RFC} task-status-mismatch`]);
    fs.writeFileSync(path.join(root, LINKED), task('TASK-0002', 'Second step', 'done'));
    expect(rules(await cached(root))).toEqual([]);
    fs.rmSync(path.join(root, LINKED));
    expect(rules(await cached(root))).toEqual([`${RFC} broken-link`, `${RFC} unknown-id`]);
  });

  it('checks an RFC again when a linked file that is not a document appears', async () => {
    const root = workspace({ ...DONE_TASK, [RFC]: cleanRfc().replace('Samples need a design.', 'See [the plan](docs/notes/plan.md) and [the log](docs/notes/log.txt).') });
    expect(rules(await cached(root))).toEqual([`${RFC} broken-link`, `${RFC} broken-link`]);
    fs.mkdirSync(path.join(root, 'docs/notes'));
    fs.writeFileSync(path.join(root, 'docs/notes/plan.md'), '# Plan\n');
    expect(rules(await cached(root))).toEqual([`${RFC} broken-link`]);
    fs.writeFileSync(path.join(root, 'docs/notes/log.txt'), 'log\n');
    expect(rules(await cached(root))).toEqual([]);
    fs.rmSync(path.join(root, 'docs/notes/plan.md'));
    expect(rules(await cached(root))).toEqual([`${RFC} broken-link`]);
  });

  it('re-checks an RFC when a task it names changes status, not when only the task\'s text changes', async () => {
    const root = workspace({ ...DONE_TASK, [LINKED]: task('TASK-0002', 'Second step', 'in progress'), [RFC]: linkingRfc });
    settle(root, 0);
    expect(rules(await cached(root))).toEqual([`${RFC} task-status-mismatch`]);
    // The RFC changes under the cache without a trace (same size, same time): only a re-check shows it.
    const rfcFile = path.join(root, RFC);
    fs.writeFileSync(rfcFile, linkingRfc.replace('- Owners: @alice', '- Owners: alice1'));
    age(root, RFC);
    expect(fs.statSync(rfcFile).size).toBe(Buffer.byteLength(linkingRfc));
    fs.appendFileSync(path.join(root, LINKED), '\nMore notes on the second step.\n');
    expect(rules(await cached(root))).toEqual([`${RFC} task-status-mismatch`]);
    fs.writeFileSync(path.join(root, LINKED), task('TASK-0002', 'Second step', 'done'));
    expect(rules(await cached(root))).toEqual([`${RFC} owner-format`]);
  });

  it('does not carry over findings of an RFC that a run left out, once what they depend on changed', async () => {
    const root = workspace({ ...DONE_TASK, [LINKED]: task('TASK-0002', 'Second step', 'in progress'), [RFC]: linkingRfc, 'docs/rfcs/other/RFC-0009-x.md': cleanRfc('RFC-0009', 'X') });
    fs.writeFileSync(path.join(root, '.rfc-author.json'), JSON.stringify({ rfcGlobs: ['docs/rfcs/**/RFC-*.md'] }));
    settle(root, 0);
    expect(rules(await cached(root))).toEqual([`${RFC} task-status-mismatch`]);
    fs.writeFileSync(path.join(root, LINKED), task('TASK-0002', 'Second step', 'done'));
    settle(root, 1);
    // A run over another folder sees the task change, but does not check the RFC.
    expect(rules(await json(root, ['--cache', 'docs/rfcs/other']))).toEqual([]);
    expect(rules(await cached(root))).toEqual([]);
  });

  it('checks again the findings that depend on today\'s date when the date changes', async () => {
    const root = workspace({ ...DONE_TASK, [RFC]: cleanRfc().replace('- Last Updated: 2026-02-01', '- Last Updated: 2026-06-01') });
    expect(rules(await cached(root, '2026-03-01'))).toEqual([`${RFC} date-order`]);
    expect(rules(await cached(root, '2026-03-01'))).toEqual([`${RFC} date-order`]);
    expect(rules(await cached(root, '2026-07-01'))).toEqual([]);
  });

  it('is ignored when the configuration, the template or the tool version changes', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002') });
    expect(rules(await cached(root))).toHaveLength(1);
    fs.writeFileSync(path.join(root, '.rfc-author.json'), JSON.stringify({ rules: { 'title-format': 'off' } }));
    expect(rules(await cached(root))).toEqual([]);
    fs.rmSync(path.join(root, '.rfc-author.json'));
    fs.writeFileSync(path.join(root, 'docs/rfcs/RFC-TEMPLATE.md'), '# RFC-XXXX: <Title>\n\n## Only\n\nText.\n');
    expect(rules(await cached(root))).toContain('docs/rfcs/RFC-0002-dashed-title.md missing-section');
    const cacheFile = path.join(root, '.rfc-author-cache');
    expect(CheckCache.load(cacheFile, '0.0.0-other').previous(root, 'any')).toBeUndefined();
  });

  it('is ignored when a template beside the configured one changes (an RFC may be held to it)', async () => {
    const spike = '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Spike plan\n\nP.\n';
    const root = workspace({ 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Context\n\nC.\n\n## Goals\n\nG.\n', 'docs/rfcs/SPIKE-TEMPLATE.md': spike, [RFC]: '# RFC-0001: Clean\n\n- Status: Draft\n\n## Spike plan\n\nP.\n' });
    fs.writeFileSync(path.join(root, '.rfc-author.json'), JSON.stringify({ template: 'docs/rfcs/RFC-TEMPLATE.md' }));
    const sections = async (): Promise<string[]> => rules(await cached(root)).filter((r) => r.endsWith('missing-section'));
    // Held to the spike template, the RFC lacks no section.
    expect(await sections()).toEqual([]);
    fs.writeFileSync(path.join(root, 'docs/rfcs/SPIKE-TEMPLATE.md'), `${spike}\n## Spike results\n\nR.\n`);
    expect(await sections()).toEqual([`${RFC} missing-section`]);
  });

  it('is safe to delete or to find damaged', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002') });
    const plain = await json(root);
    await cached(root);
    fs.rmSync(path.join(root, '.rfc-author-cache'));
    expect(await cached(root)).toEqual(plain);
    fs.writeFileSync(path.join(root, '.rfc-author-cache'), '{"format":1,"tool":');
    expect(await cached(root)).toEqual(plain);
  });

  it('writes where --cache-location says, relative to the current folder', async () => {
    const root = workspace({ ...DONE_TASK, [RFC]: cleanRfc() });
    const r = await runCli(['check', '--cache', '--cache-location', 'build/rfc-cache.json'], root);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(root, 'build/rfc-cache.json'))).toBe(true);
    expect((await runCli(['check', '--cache-location', 'x'], root)).stderr).toContain('--cache-location goes with --cache.');
  });

  it('agrees with an uncached run after every change of a random sequence of edits', async () => {
    const root = workspace({
      ...DONE_TASK,
      'tasks/TASK-0002-second-step.md': task('TASK-0002', 'Second step', 'in progress'),
      [RFC]: linkingRfc,
      'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002').replace('Samples need a design.', 'See RFC-0001 and `docs/adr/0001-choice.md`.'),
      'docs/rfcs/RFC-0003-other.md': cleanRfc('RFC-0003', 'Other').replace('Samples need a design.', 'Builds on RFC-0002 and TASK-0003, see [notes](docs/notes/plan.md) and [more](NOTES.md).'),
    });
    settle(root, 0);
    const edits: ((r: () => number) => void)[] = [
      (r) => fs.writeFileSync(path.join(root, LINKED), task('TASK-0002', 'Second step', ['done', 'in progress', 'blocked'][Math.floor(r() * 3)])),
      () => fs.rmSync(path.join(root, LINKED), { force: true }),
      () => fs.writeFileSync(path.join(root, 'tasks/TASK-0003-third.md'), task('TASK-0003', 'Third', 'done')),
      () => fs.rmSync(path.join(root, 'tasks/TASK-0003-third.md'), { force: true }),
      () => {
        fs.mkdirSync(path.join(root, 'docs/adr'), { recursive: true });
        fs.writeFileSync(path.join(root, 'docs/adr/0001-choice.md'), '# ADR-0001: Choice\n\n- Status: Accepted\n');
      },
      () => fs.rmSync(path.join(root, 'docs/adr/0001-choice.md'), { force: true }),
      () => fs.writeFileSync(path.join(root, 'docs/rfcs/RFC-0004-dup.md'), cleanRfc('RFC-0004', 'Dup').replace('# RFC-0004', '# RFC-0002')),
      () => fs.rmSync(path.join(root, 'docs/rfcs/RFC-0004-dup.md'), { force: true }),
      () => fs.writeFileSync(path.join(root, 'docs/rfcs/RFC-0002-dashed-title.md'), rfcWithTitleError('RFC-0002').replace('Samples need a design.', 'See RFC-0001.')),
      () => fs.writeFileSync(path.join(root, RFC), linkingRfc.replace('- Status: In Progress', '- Status: Complete')),
      () => fs.writeFileSync(path.join(root, RFC), linkingRfc),
      () => {
        fs.mkdirSync(path.join(root, 'docs/notes'), { recursive: true });
        fs.writeFileSync(path.join(root, 'docs/notes/plan.md'), '# Plan\n');
      },
      () => fs.rmSync(path.join(root, 'docs/notes'), { recursive: true, force: true }),
      // A file beside the RFCs that a link relative to the RFC reaches first.
      () => {
        fs.mkdirSync(path.join(root, 'docs/rfcs/tasks'), { recursive: true });
        fs.writeFileSync(path.join(root, 'docs/rfcs/tasks/TASK-0002-second-step.md'), 'not a task\n');
      },
      () => fs.rmSync(path.join(root, 'docs/rfcs/tasks'), { recursive: true, force: true }),
      () => fs.writeFileSync(path.join(root, 'NOTES.md'), '# notes\n'),
      // Tasks are checked too: dependencies that name a missing task, or close a cycle.
      () => fs.writeFileSync(path.join(root, 'tasks/TASK-0003-third.md'), task('TASK-0003', 'Third', 'todo', 'depends-on:\n  - TASK-0002\n')),
      () => fs.writeFileSync(path.join(root, LINKED), task('TASK-0002', 'Second step', 'in progress', 'depends-on:\n  - TASK-0003\n')),
    ];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const done: string[] = [];
    for (let step = 0; step < 50; step++) {
      const edit = Math.floor(random() * edits.length);
      done.push(String(edit));
      edits[edit](random);
      // Every other step, with time stamps that the cache may trust; else as they come (racy).
      if (step % 2 === 0) settle(root, step + 1);
      // Now and then a run over one RFC only: what it leaves out must not be trusted later.
      if (step % 3 === 1) {
        const one = ['docs/rfcs/RFC-0003-other.md'];
        expect(await json(root, ['--cache', ...one]), `one RFC, after edits ${done.join(',')}`).toEqual(await json(root, one));
        continue;
      }
      const expected = await json(root);
      expect(await cached(root), `after edits ${done.join(',')}`).toEqual(expected);
    }
  }, 60_000);
});
