import { describe, expect, it } from 'vitest';
import { getCodeActions } from '../../../server/src/core/codeActions';
import { applyAction } from '../applyEdit';
import { createRfcService, RULE_IDS, resolveConfig } from '../../../server/src/core/index';
import { check, findingsOf, MemoryHost, task, workspace } from '../helpers';

const rule = 'task-front-matter';
const PATH = 'tasks/TASK-0004-retry-budget.md';
const checkTask = (text: string, others: Record<string, string> = {}, config?: Parameters<typeof check>[4]) => check(text, rule, others, PATH, config);

describe('task-front-matter', () => {
  it('reports nothing for a task with the front matter of the template', async () => {
    expect(await checkTask(task('TASK-0004', 'Retry budget'))).toEqual([]);
  });

  it('reports each key the template gives a value that the front matter lacks, on the opening fence', async () => {
    const text = '---\ntitle: TASK-0004 Retry budget\nowner: "@runtime"\n---\n\nNo heading.\n';
    const f = await checkTask(text);
    expect(f.map((x) => x.message)).toEqual([
      'The front matter has no "status" key; add `status: todo` (from the task template).',
      'The front matter has no "created" key; add `created: YYYY-MM-DD` (from the task template).',
    ]);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(f[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    expect(f[0].data).toEqual({ key: 'status', line: 2, text: 'status: todo' });
    expect(f[1].data).toEqual({ key: 'created', line: 3, text: 'created: YYYY-MM-DD' });
  });

  it('does not ask for the keys the template leaves empty or lists (depends-on, follow-up-tasks, links)', async () => {
    const text = '---\ntitle: TASK-0004 Retry budget\nstatus: todo\nowner: "@runtime"\ncreated: 2026-01-10\n---\n';
    expect(await checkTask(text)).toEqual([]);
  });

  it('takes a key written in another form: a Status line, an Owners line, the H1 for the title', async () => {
    const text = '---\nlinks: [RFC-0001]\n---\n\n# TASK-0004: Retry budget\n\n- Status: done\n- Owners: @runtime\n- Date: 2026-01-10\n';
    expect(await checkTask(text)).toEqual([]);
  });

  it('reports a task without front matter only as a hint, for what it lacks in every form', async () => {
    const text = '# TASK-0004: Retry budget\n\n- Status: todo\n- Owner: @platform\n';
    const f = await checkTask(text);
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['info', 'The task has no "created": its template has `created: YYYY-MM-DD` in front matter, and this task has no front matter.'],
    ]);
    expect(f[0].range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 25 } });
  });

  it('reads invalid YAML key by key: an unquoted @owner and a title with a colon still count', async () => {
    const text = '---\ntitle: TASK-0004 Retry: budget\nstatus: in-progress\nowner: @runtime\ncreated: 2026-01-10\n---\n';
    expect(await checkTask(text)).toEqual([]);
  });

  it('follows the configured task template: its keys, not the built-in ones', async () => {
    const template = '---\nid: TASK-XXXX\nstate: open\nteam: <team>\n---\n\n# TASK-XXXX: <Title>\n';
    const text = '---\nid: TASK-0004\nstate: open\n---\n\n# TASK-0004: Retry budget\n';
    const f = await checkTask(text, { 'templates/task.md': template }, { taskTemplate: 'templates/task.md' });
    expect(f.map((x) => x.data)).toEqual([{ key: 'team', line: 3, text: 'team: <team>' }]);
  });

  it('does not run on RFCs or ADRs', async () => {
    expect(await check('# RFC-0001: Sample\n', rule)).toEqual([]);
    expect(await check('# ADR-0001: Sample\n', rule, {}, 'docs/adr/0001-sample.md')).toEqual([]);
  });

  it('adds the missing key from the task template, with the id filled in, where the template puts it', async () => {
    const text = '---\nstatus: todo\nowner: "@runtime"\ncreated: 2026-01-10\ndepends-on: []\n---\n\nNo heading here.\n';
    const ws = await workspace({ [PATH]: text });
    const [f] = await findingsOf(ws, PATH, rule);
    expect(f.data).toEqual({ key: 'title', line: 1, text: 'title: TASK-0004 <Title>' });
    const fix = getCodeActions(ws, { path: PATH, text, version: 1 }, f.range, { diagnostics: [{ range: f.range, code: f.rule, data: f.data }] }, { isCancellationRequested: false });
    expect(fix.map((a) => [a.title, a.isPreferred])).toEqual([['Add "title" from the task template', true]]);
    expect(applyAction(text, fix[0], ws.uriOf(PATH))).toBe(text.replace('---\nstatus', '---\ntitle: TASK-0004 <Title>\nstatus'));
    const status = '---\ntitle: TASK-0004 Retry budget\nowner: "@runtime"\r\n---\r\n'.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    const ws2 = await workspace({ [PATH]: status });
    const [g] = await findingsOf(ws2, PATH, rule);
    const fix2 = getCodeActions(ws2, { path: PATH, text: status, version: 1 }, g.range, { diagnostics: [{ range: g.range, code: g.rule, data: g.data }], only: ['quickfix'] }, { isCancellationRequested: false });
    expect(applyAction(status, fix2[0], ws2.uriOf(PATH))).toBe('---\r\ntitle: TASK-0004 Retry budget\r\nstatus: todo\r\nowner: "@runtime"\r\n---\r\n');
  });
});

describe('task-front-matter when the task template changes on disk', () => {
  it('reads the new template and names the tasks to check again', async () => {
    const template = '---\ntitle: TASK-XXXX <Title>\nstatus: todo\n---\n';
    const host = new MemoryHost(new Map([[PATH, '---\ntitle: TASK-0004 Retry budget\nstatus: todo\n---\n'], ['templates/task.md', template]]));
    const service = await createRfcService({ host, config: resolveConfig({ taskTemplate: 'templates/task.md' }, RULE_IDS).config });
    await service.indexWorkspace();
    const findings = async () => (await service.computeDiagnostics({ path: PATH, text: host.files.get(PATH) ?? '', version: 1 })).filter((f) => f.rule === rule);
    expect(await findings()).toEqual([]);
    host.files.set('templates/task.md', template.replace('status: todo', 'status: todo\nteam: kernel'));
    expect(await service.fileChanged('templates/task.md')).toEqual([PATH]);
    expect((await findings()).map((f) => f.data)).toEqual([{ key: 'team', line: 3, text: 'team: kernel' }]);
  });
});
