import { describe, expect, it } from 'vitest';
import { check, findingsOf, task, workspace } from '../helpers';

const rule = 'task-dependency';
const path = (id: string): string => `tasks/${id}-x.md`;
const withDeps = (id: string, deps: string, status = 'todo'): string => task(id, `Task ${id}`, status, `depends-on: ${deps}\n`);

async function findings(files: Record<string, string>, at: string) {
  return findingsOf(await workspace(files), at, rule);
}

describe('task-dependency', () => {
  it('reports nothing when every dependency exists and none leads back', async () => {
    const files = {
      [path('TASK-0001')]: withDeps('TASK-0001', '[]', 'done'),
      [path('TASK-0002')]: withDeps('TASK-0002', '[TASK-0001]'),
      [path('TASK-0003')]: withDeps('TASK-0003', '[TASK-0001, TASK-0002]'),
    };
    for (const p of Object.keys(files)) expect(await findings(files, p)).toEqual([]);
  });

  it('reports a dependency that names no task, on the id, in a flow list and in a block list', async () => {
    const flow = { [path('TASK-0001')]: withDeps('TASK-0001', '[]'), [path('TASK-0002')]: withDeps('TASK-0002', '[TASK-0001, TASK-0099]') };
    const f = await findings(flow, path('TASK-0002'));
    expect(f.map((x) => [x.severity, x.message])).toEqual([['warning', 'TASK-0099 matches no task in the workspace; create it or remove it from depends-on.']]);
    expect(f[0].range).toEqual({ start: { line: 5, character: 24 }, end: { line: 5, character: 33 } });
    expect(f[0].data).toEqual({ dependency: 'TASK-0099', problem: 'missing' });
    const block = { [path('TASK-0002')]: withDeps('TASK-0002', '\n  - TASK-0098\n  - "TASK-0097"') };
    expect((await findings(block, path('TASK-0002'))).map((x) => [x.range.start.line, x.data])).toEqual([
      [6, { dependency: 'TASK-0098', problem: 'missing' }],
      [7, { dependency: 'TASK-0097', problem: 'missing' }],
    ]);
  });

  it('is the one finding on a missing dependency: unknown-id leaves it alone, and still checks other front matter keys', async () => {
    const text = task('TASK-0002', 'Two', 'todo', 'depends-on: [TASK-0099]\nlinks: [RFC-0042]\n');
    const ws = await workspace({ [path('TASK-0002')]: text, 'docs/rfcs/RFC-0001-a.md': '# RFC-0001: A\n' });
    const all = await findingsOf(ws, path('TASK-0002'));
    expect(all.map((f) => `${f.rule} ${f.range.start.line}`)).toEqual(['task-dependency 5', 'unknown-id 6']);
  });

  it('reports a task that depends on itself', async () => {
    const f = await findings({ [path('TASK-0002')]: withDeps('TASK-0002', '[TASK-0002]') }, path('TASK-0002'));
    expect(f.map((x) => x.message)).toEqual(['TASK-0002 depends on itself; remove it from its own depends-on.']);
  });

  it('reports a cycle on the dependency that closes it, in every task of the cycle, with the way round', async () => {
    const files = {
      [path('TASK-0001')]: withDeps('TASK-0001', '[TASK-0003]'),
      [path('TASK-0002')]: withDeps('TASK-0002', '[TASK-0001]'),
      [path('TASK-0003')]: withDeps('TASK-0003', '[TASK-0002]'),
      [path('TASK-0004')]: withDeps('TASK-0004', '[TASK-0003]'),
    };
    const f = await findings(files, path('TASK-0001'));
    expect(f.map((x) => x.message)).toEqual(['Depending on TASK-0003 closes a cycle (TASK-0001 → TASK-0003 → TASK-0002 → TASK-0001): none of these tasks can be done first; remove one of the dependencies.']);
    expect(f[0].data).toEqual({ dependency: 'TASK-0003', problem: 'cycle', cycle: ['TASK-0001', 'TASK-0003', 'TASK-0002', 'TASK-0001'] });
    expect(await findings(files, path('TASK-0002'))).toHaveLength(1);
    // Depending on a cycle is not being in it.
    expect(await findings(files, path('TASK-0004'))).toEqual([]);
  });

  it('reads depends_on and dependsOn, and a path to the task file', async () => {
    const files = {
      [path('TASK-0001')]: task('TASK-0001', 'One', 'todo', 'depends_on: [TASK-0002]\n'),
      [path('TASK-0002')]: task('TASK-0002', 'Two', 'todo', 'dependsOn:\n  - tasks/TASK-0001-x.md\n'),
    };
    expect((await findings(files, path('TASK-0001'))).map((x) => (x.data as { problem: string }).problem)).toEqual(['cycle']);
    expect((await findings(files, path('TASK-0002'))).map((x) => (x.data as { problem: string }).problem)).toEqual(['cycle']);
  });

  it('does not run when the task template has no dependency key', async () => {
    const template = '---\ntitle: TASK-XXXX <Title>\nstatus: todo\n---\n';
    const text = withDeps('TASK-0002', '[TASK-0099]');
    expect(await check(text, rule, { 'templates/task.md': template }, path('TASK-0002'), { taskTemplate: 'templates/task.md' })).toEqual([]);
  });

  it('does not read ids elsewhere in the task as dependencies', async () => {
    const text = `${task('TASK-0002', 'Two', 'todo', 'follow-up-tasks: [TASK-0001]\n')}\nBlocked by TASK-0001 in practice.\n`;
    const files = { [path('TASK-0001')]: withDeps('TASK-0001', '[TASK-0002]'), [path('TASK-0002')]: text };
    expect(await findings(files, path('TASK-0002'))).toEqual([]);
  });
});
