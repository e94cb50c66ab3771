import { describe, expect, it } from 'vitest';
import { getCodeActions } from '../../../server/src/core/codeActions';
import { applyAction } from '../applyEdit';
import { check, findingsOf, task, workspace } from '../helpers';

const rule = 'task-status-value';
const PATH = 'tasks/TASK-0004-retry-budget.md';
const withStatus = (status: string): string => task('TASK-0004', 'Retry budget', status);
const checkTask = (text: string, config?: Parameters<typeof check>[4]) => check(text, rule, {}, PATH, config);

describe('task-status-value', () => {
  it('knows the usual task words in their many spellings, with notes after them', async () => {
    const statuses = [
      'todo', 'TODO', 'to-do', 'open', 'backlog', 'in-progress', 'in_progress', 'In Progress', '**In progress**', 'WIP', 'doing',
      'review', 'done', 'Done', 'Done (2026-05-02)', 'done.', 'Complete — phases 0–2', 'closed', 'merged', 'blocked', 'blocked by TASK-0003',
      'on-hold', 'On Hold', 'cancelled', 'canceled', 'wontfix', 'deferred', 'superseded', 'Accepted',
      // open-nexus-os: a marker after the word.
      'Done ✅ (Noise XK handshake complete; identity binding → TASK-0004)', 'done ✅', 'In progress 🟨',
    ];
    for (const s of statuses) expect(await checkTask(withStatus(s)), s).toEqual([]);
  });

  it('reports an unknown word as a hint, with the nearest known status', async () => {
    const f = await checkTask(withStatus('in-progess'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].range).toEqual({ start: { line: 2, character: 8 }, end: { line: 2, character: 18 } });
    expect(f[0].message).toBe('Task status "in-progess" is not a known status; use a usual task status such as todo, in-progress, done, blocked, cancelled, or list the team\'s statuses in "taskStatuses". Did you mean "in-progress"?');
    expect(f[0].data).toEqual({ written: 'in-progess', allowed: ['todo', 'in-progress', 'done', 'blocked', 'cancelled'], suggestion: 'in-progress' });
  });

  it('holds a task to the configured statuses, at the rule severity', async () => {
    const config = { taskStatuses: ['open', 'doing', 'shipped'] };
    expect(await checkTask(withStatus('doing (since March)'), config)).toEqual([]);
    const f = await checkTask(withStatus('done'), config);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['warning', 'Task status "done" is not a known status; use one of open, doing, shipped. Did you mean "shipped"?']]);
    expect(await checkTask(withStatus('queued'), { ...config, rules: { [rule]: 'error' } }).then((x) => x.map((y) => y.severity))).toEqual(['error']);
  });

  it('reads the status of a task written before front matter, from its Status line', async () => {
    const f = await checkTask('# TASK-0004: Retry budget\n\n- Status: parkd\n');
    expect(f.map((x) => x.data)).toEqual([{ written: 'parkd', allowed: ['todo', 'in-progress', 'done', 'blocked', 'cancelled'], suggestion: 'parked' }]);
    expect(f[0].range).toEqual({ start: { line: 2, character: 10 }, end: { line: 2, character: 15 } });
  });

  it('says nothing about an empty status or a task without one (task-front-matter asks for it)', async () => {
    expect(await checkTask('---\ntitle: TASK-0004 Retry budget\nstatus:\n---\n')).toEqual([]);
    expect(await checkTask('# TASK-0004: Retry budget\n')).toEqual([]);
  });

  it("takes the status key and the template's own status from the configured task template", async () => {
    const template = '---\ntitle: TASK-XXXX <Title>\nstate: open\n---\n';
    const text = '---\ntitle: TASK-0004 Retry budget\nstate: open\nstatus: nonsense\n---\n';
    const f = await check(text, rule, { 'templates/task.md': template }, PATH, { taskTemplate: 'templates/task.md' });
    expect(f).toEqual([]);
    const g = await check(text.replace('state: open', 'state: opne'), rule, { 'templates/task.md': template }, PATH, { taskTemplate: 'templates/task.md' });
    expect(g.map((x) => x.data)).toEqual([{ written: 'opne', allowed: ['open', 'todo', 'in-progress', 'done', 'blocked', 'cancelled'], suggestion: 'open' }]);
  });

  it('changes the status to the suggestion', async () => {
    const text = withStatus('in-progess');
    const ws = await workspace({ [PATH]: text });
    const [f] = await findingsOf(ws, PATH, rule);
    const fix = getCodeActions(ws, { path: PATH, text, version: 1 }, f.range, { diagnostics: [{ range: f.range, code: f.rule, data: f.data }], only: ['quickfix'] }, { isCancellationRequested: false });
    expect(fix.map((a) => a.title)).toEqual(['Change the status to "in-progress"']);
    expect(applyAction(text, fix[0], ws.uriOf(PATH))).toBe(withStatus('in-progress'));
  });

  it('does not run on RFCs', async () => {
    expect(await check('# RFC-0001: Sample\n\n- Status: nonsense\n', rule)).toEqual([]);
  });
});
