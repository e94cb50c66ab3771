import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getWorkspaceOverview } from '../../../server/src/core/features/overview';
import { getPhaseSummary } from '../../../server/src/core/features/phaseSummary';
import { cleanRfc, task, workspace } from '../helpers';
import { CANCELLED, FILES, open, repo, RFC_PATH, swap } from './fixtures';

const NONE = (): undefined => undefined;

describe('workspace overview', () => {
  it('lists every RFC by id with status, class, owners, phases of the phase section, roll-up and the tasks it names', async () => {
    const ws = await repo({ [RFC_PATH]: cleanRfc() });
    const rfcs = getWorkspaceOverview(ws, NONE, { isCancellationRequested: false }) ?? [];
    expect(rfcs.map((r) => r.id)).toEqual(['RFC-0001', 'RFC-0002']);
    const first = rfcs[0];
    expect(first).toMatchObject({ id: 'RFC-0001', title: 'Sample design', status: 'In Progress', statusClass: 'active', owners: ['@alice', '@bob'], problems: null });
    expect(first.uri).toBe(ws.uriOf(RFC_PATH));
    expect(first.phases).toEqual([
      { label: '0', name: 'contract', marker: '✅', state: 'done', line: 11 },
      { label: '1', name: 'hardening', marker: '🟨', state: 'inProgress', line: 12 },
      { label: '2', name: 'scale', marker: '⬜', state: 'notStarted', line: 13 },
    ]);
    expect(first.counts).toEqual({ done: 1, inProgress: 1, notStarted: 1, other: 0 });
    expect(first.tasks).toEqual([{ id: 'TASK-0001', title: 'First step', status: 'done', statusClass: 'done', uri: ws.uriOf('tasks/TASK-0001-first-step.md') }]);
    expect(rfcs[1].owners).toEqual(['@carol']);
  });

  it('reports the problem counts the caller knows, and null for an RFC without them', async () => {
    const ws = await repo({ [RFC_PATH]: cleanRfc() });
    const rfcs = getWorkspaceOverview(ws, (p) => (p === RFC_PATH ? { errors: 2, warnings: 1 } : undefined), { isCancellationRequested: false }) ?? [];
    expect(rfcs.map((r) => r.problems)).toEqual([{ errors: 2, warnings: 1 }, null]);
  });

  it('names each task once in the order first written, with its own status, and leaves out ids that name no task', async () => {
    const links = '  - Tasks: `tasks/TASK-0002-networking.md`, TASK-0003, TASK-0099, TASK-0002';
    const ws = await repo({ [RFC_PATH]: cleanRfc('RFC-0001', 'Sample design', { links }) });
    const [rfc] = getWorkspaceOverview(ws, NONE, { isCancellationRequested: false }) ?? [];
    expect(rfc.tasks.map((t) => [t.id, t.status, t.statusClass])).toEqual([
      ['TASK-0002', 'in-progress', 'active'],
      ['TASK-0003', 'todo', 'draft'],
      ['TASK-0001', 'done', 'done'],
    ]);
  });

  it('follows an open buffer: the edited marker and status are in the next answer', async () => {
    const ws = await repo({ [RFC_PATH]: cleanRfc() });
    const edited = swap(swap(cleanRfc(), '- **Phase 2 (scale)**: ⬜', '- **Phase 2 (scale)**: ✅'), '- Status: In Progress', '- Status: **Complete** (2026-11-20)');
    open(ws, RFC_PATH, edited, 2);
    const [rfc] = getWorkspaceOverview(ws, NONE, { isCancellationRequested: false }) ?? [];
    expect(rfc.phases[2]).toMatchObject({ marker: '✅', state: 'done' });
    expect(rfc).toMatchObject({ status: 'Complete (2026-11-20)', statusClass: 'done' });
  });

  it('takes the phase lines of a renamed phase section through sectionAliases, and marked phase lines when there is none', async () => {
    const renamed = swap(cleanRfc(), '## Status at a Glance', '## Where we are');
    const aliased = await workspace({ ...FILES, [RFC_PATH]: renamed }, { sectionAliases: { 'Where we are': 'Status at a Glance' } });
    const [withAlias] = getWorkspaceOverview(aliased, NONE, { isCancellationRequested: false }) ?? [];
    expect(withAlias.phases.map((p) => p.label)).toEqual(['0', '1', '2']);
    const plain = await repo({ [RFC_PATH]: renamed });
    const [without] = getWorkspaceOverview(plain, NONE, { isCancellationRequested: false }) ?? [];
    // Without the section, the milestone lines ("- **Phase 0**: the contract") carry no marker: only the three status lines count.
    expect(without.phases.map((p) => [p.label, p.marker])).toEqual([['0', '✅'], ['1', '🟨'], ['2', '⬜']]);
  });

  it('keeps RFCs without an id, last, and answers nothing once cancelled', async () => {
    const ws = await repo({ [RFC_PATH]: cleanRfc(), 'docs/rfcs/RFC-draft-notes.md': '# Notes\n\n- Status: Draft\n' });
    const rfcs = getWorkspaceOverview(ws, NONE, { isCancellationRequested: false }) ?? [];
    expect(rfcs.map((r) => r.id)).toEqual(['RFC-0001', 'RFC-0002', null]);
    expect(rfcs[2]).toMatchObject({ title: 'Notes', status: 'Draft', statusClass: 'draft', phases: [], tasks: [] });
    expect(getWorkspaceOverview(ws, NONE, CANCELLED)).toBeUndefined();
  });

  it('sorts ids by number, not as text', async () => {
    const ws = await workspace({ 'docs/rfcs/RFC-10000-big.md': cleanRfc('RFC-10000', 'Big'), 'docs/rfcs/RFC-0999-small.md': cleanRfc('RFC-0999', 'Small'), 'tasks/TASK-0001-x.md': task('TASK-0001', 'X') });
    expect((getWorkspaceOverview(ws, NONE, { isCancellationRequested: false }) ?? []).map((r) => r.id)).toEqual(['RFC-0999', 'RFC-10000']);
  });
});

describe('the overview agrees with the status bar', () => {
  /** Every RFC of examples/ (both workspaces): the line reader's phases are the parser's. */
  for (const root of ['examples', 'examples/custom-template']) {
    it(`gives the same phases as the phase summary for every RFC of ${root}/`, async () => {
      const base = join(__dirname, '..', '..', '..', root);
      const files: Record<string, string> = {};
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const full = join(dir, name);
          if (statSync(full).isDirectory()) {
            if (!(root === 'examples' && name === 'custom-template')) walk(full);
          } else if (name.endsWith('.md') || name === '.rfc-author.json') files[relative(base, full).split('\\').join('/')] = readFileSync(full, 'utf8');
        }
      };
      walk(base);
      const config = files['.rfc-author.json'] ? (JSON.parse(files['.rfc-author.json']) as Record<string, unknown>) : undefined;
      const ws = await workspace(files, config);
      const rfcs = getWorkspaceOverview(ws, NONE, { isCancellationRequested: false }) ?? [];
      expect(rfcs.length).toBeGreaterThan(0);
      for (const rfc of rfcs) {
        const path = ws.pathOf(rfc.uri) ?? '';
        const bar = getPhaseSummary(ws, { path, text: files[path], version: 1 });
        expect(rfc.phases.map((p) => [p.label, p.marker, p.line]), path).toEqual(bar?.phases.map((p) => [p.number, p.marker, p.line]));
        expect(rfc.status, path).toBe(bar?.status);
      }
    });
  }
});
