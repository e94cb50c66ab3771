import { describe, expect, it } from 'vitest';
import type { OverviewRfc, OverviewTask, WorkspaceOverview } from '../../../shared/protocol';
import type { ExplorerNode, GroupNode, RfcNode } from '../../../client/src/explorer/explorerModel';
import {
  childrenOf, explorerRoots, filterDescription, filterFrom, hasNoRfcs, isFiltered, NO_FILTER, ownersOf, phaseNodeLabel, problemsText, rfcAccessibilityLabel, rfcDescription, rfcLabel, rfcName, rfcTooltip,
  statusClassCounts, taskDescription, taskLabel,
} from '../../../client/src/explorer/explorerModel';
import { phaseRollUp } from '../../../client/src/phaseSummaryText';

const ROOT = 'file:///repo';

function task(id: string, statusClass: OverviewTask['statusClass'], status: string | null, title: string | null = `Task ${id}`): OverviewTask {
  return { id, title, status, statusClass, uri: `${ROOT}/tasks/${id}.md` };
}

function rfc(id: string | null, statusClass: OverviewRfc['statusClass'], extra: Partial<OverviewRfc> = {}): OverviewRfc {
  return {
    id,
    title: `Title of ${id ?? 'nothing'}`,
    status: { draft: 'Draft', active: 'In Progress', done: 'Complete', other: 'Superseded' }[statusClass],
    statusClass,
    uri: `${ROOT}/docs/rfcs/${id ?? 'notes'}-x.md`,
    owners: ['@kernel-team'],
    phases: [
      { label: '0', name: 'contract', marker: '✅', state: 'done', line: 13 },
      { label: '1', name: '', marker: '🟨', state: 'inProgress', line: 14 },
    ],
    counts: { done: 1, inProgress: 1, notStarted: 0, other: 0 },
    tasks: [task('TASK-0001', 'done', 'Done (2026-05-02)')],
    problems: { errors: 2, warnings: 1 },
    ...extra,
  };
}

const ONE_FOLDER: WorkspaceOverview = {
  folders: [{
    uri: ROOT,
    rfcs: [
      rfc('RFC-0001', 'active', { owners: ['@mara', '@kernel-team'] }),
      rfc('RFC-0002', 'done'),
      rfc('RFC-0003', 'draft', { owners: ['@platform'] }),
      rfc('RFC-0004', 'other'),
      rfc('RFC-0006', 'draft'),
    ],
  }],
};

function labels(nodes: readonly ExplorerNode[]): string[] {
  return nodes.map((n) => (n.kind === 'group' ? `${n.label} (${n.rfcs.length})` : n.kind === 'rfc' ? rfcLabel(n.rfc) : n.kind === 'folder' ? n.uri : n.kind === 'phase' ? phaseNodeLabel(n.phase) : taskLabel(n.task)));
}

describe('explorerRoots', () => {
  it('groups the RFCs of one folder by status class in lifecycle order, each group in the server\'s order', () => {
    const roots = explorerRoots(ONE_FOLDER, NO_FILTER);
    expect(labels(roots)).toEqual(['Draft (2)', 'In Progress (1)', 'Complete (1)', 'Other (1)']);
    expect(labels(childrenOf(roots[0]))).toEqual(['RFC-0003 ✅1 🟨1 ⬜0', 'RFC-0006 ✅1 🟨1 ⬜0']);
  });

  it('leaves out groups without RFCs', () => {
    const overview: WorkspaceOverview = { folders: [{ uri: ROOT, rfcs: [rfc('RFC-0001', 'active')] }] };
    expect(labels(explorerRoots(overview, NO_FILTER))).toEqual(['In Progress (1)']);
  });

  it('puts one node per folder that holds RFCs above the groups in a workspace of several folders', () => {
    const overview: WorkspaceOverview = { folders: [ONE_FOLDER.folders[0], { uri: 'file:///other', rfcs: [] }, { uri: 'file:///third', rfcs: [rfc('RFC-0009', 'done')] }] };
    const roots = explorerRoots(overview, NO_FILTER);
    expect(labels(roots)).toEqual([ROOT, 'file:///third']);
    expect(labels(childrenOf(roots[1]))).toEqual(['Complete (1)']);
  });

  it('gives every node a key of its own, so VS Code keeps what is expanded across refreshes', () => {
    const overview: WorkspaceOverview = { folders: [{ uri: ROOT, rfcs: [rfc('RFC-0001', 'active'), rfc('RFC-0002', 'active')] }] };
    const keys: string[] = [];
    const walk = (nodes: readonly ExplorerNode[]): void => {
      for (const n of nodes) {
        keys.push(n.key);
        walk(childrenOf(n));
      }
    };
    walk(explorerRoots(overview, NO_FILTER));
    // The same task under two RFCs is two rows.
    expect(keys.filter((k) => k.startsWith('task:'))).toHaveLength(2);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('filters', () => {
  it('shows only the status classes picked', () => {
    const filter = { statusClasses: ['draft', 'done'] as const, owners: [] };
    expect(labels(explorerRoots(ONE_FOLDER, filter))).toEqual(['Draft (2)', 'Complete (1)']);
  });

  it('shows only RFCs with one of the owners picked, and combines with the status filter', () => {
    expect(labels(explorerRoots(ONE_FOLDER, { statusClasses: [], owners: ['@mara', '@platform'] }))).toEqual(['Draft (1)', 'In Progress (1)']);
    expect(labels(explorerRoots(ONE_FOLDER, { statusClasses: ['active'], owners: ['@platform'] }))).toEqual([]);
  });

  it('words the filter for the view\'s description, and nothing without one', () => {
    expect(filterDescription(NO_FILTER)).toBe('');
    expect(isFiltered(NO_FILTER)).toBe(false);
    // The groups' order, whatever the order of picking.
    expect(filterDescription({ statusClasses: ['active', 'draft'], owners: ['@mara'] })).toBe('Status: Draft, In Progress · Owner: @mara');
    expect(filterDescription({ statusClasses: [], owners: ['@a', '@b'] })).toBe('Owners: @a, @b');
  });

  it('reads a stored filter back, dropping what it does not know', () => {
    expect(filterFrom({ statusClasses: ['draft', 'bogus', 3], owners: ['@a', null] })).toEqual({ statusClasses: ['draft'], owners: ['@a'] });
    expect(filterFrom(undefined)).toEqual(NO_FILTER);
    expect(filterFrom('draft')).toEqual(NO_FILTER);
  });

  it('offers every owner once, sorted, with how many RFCs name each', () => {
    expect(ownersOf(ONE_FOLDER)).toEqual([{ owner: '@kernel-team', count: 4 }, { owner: '@mara', count: 1 }, { owner: '@platform', count: 1 }]);
    expect(statusClassCounts(ONE_FOLDER)).toEqual({ draft: 2, active: 1, done: 1, other: 1 });
  });
});

describe('the rows', () => {
  const node = explorerRoots(ONE_FOLDER, NO_FILTER)[1] as GroupNode;
  const rfcNode: RfcNode = node.rfcs[0];

  it('shows an RFC by id and roll-up, with its title beside', () => {
    expect(rfcLabel(rfcNode.rfc)).toBe('RFC-0001 ✅1 🟨1 ⬜0');
    expect(rfcDescription(rfcNode.rfc)).toBe('Title of RFC-0001');
    const noPhases = rfc('RFC-0001', 'draft', { phases: [], counts: { done: 0, inProgress: 0, notStarted: 0, other: 0 } });
    expect(rfcLabel(noPhases)).toBe('RFC-0001');
    expect(rfcTooltip(noPhases)).toContain('Phases: none');
  });

  it('names an RFC without an id by its file name, and leaves out a missing title', () => {
    const unnamed = rfc(null, 'draft', { title: null, uri: `${ROOT}/docs/rfcs/my%20notes.md` });
    expect(rfcLabel(unnamed)).toBe('my notes.md ✅1 🟨1 ⬜0');
    expect(rfcDescription(unnamed)).toBe('');
    expect(rfcName(unnamed)).toBe('my notes.md');
    expect(rfcName(rfc('RFC-0007', 'draft'))).toBe('RFC-0007 Title of RFC-0007');
  });

  it('lists the phases, then the tasks with their status as written', () => {
    const children = childrenOf(rfcNode);
    expect(labels(children)).toEqual(['✅ Phase 0 (contract)', '🟨 Phase 1', 'TASK-0001 Task TASK-0001']);
    expect(children[0]).toMatchObject({ kind: 'phase', rfcUri: rfcNode.rfc.uri, phase: { line: 13 } });
    expect(taskDescription(task('TASK-0002', 'active', 'in-progress'))).toBe('in-progress');
    expect(taskDescription(task('TASK-0002', 'other', null))).toBe('no status');
    expect(taskLabel(task('TASK-0002', 'other', null, null))).toBe('TASK-0002');
  });

  it('words the problem counts, and says so when the server has not checked the RFC', () => {
    expect(problemsText({ errors: 2, warnings: 1 })).toBe('2 errors, 1 warning');
    expect(problemsText({ errors: 0, warnings: 3 })).toBe('3 warnings');
    expect(problemsText({ errors: 0, warnings: 0 })).toBe('no errors or warnings');
    expect(problemsText(null)).toBe('not checked yet');
  });

  it('puts status, owners, roll-up and problems in the tooltip, escaping the document\'s text', () => {
    const tip = rfcTooltip(rfc('RFC-0001', 'active', { title: 'A *bold* [link](x)' }));
    expect(tip).toBe(['**RFC-0001 A \\*bold\\* \\[link\\]\\(x\\)**', '', 'Status: In Progress', '', 'Owners: @kernel-team', '', 'Phases: ✅1 🟨1 ⬜0', '', 'Problems: 2 errors, 1 warning'].join('\n'));
  });

  it('reads the roll-up and the problems in words for a screen reader', () => {
    expect(rfcAccessibilityLabel(rfcNode.rfc)).toBe('RFC-0001 Title of RFC-0001: 1 phase done, 1 in progress, 0 not started; 2 errors, 1 warning');
    const other = rfc('RFC-0002', 'done', { counts: { done: 2, inProgress: 0, notStarted: 0, other: 1 }, problems: null });
    expect(rfcAccessibilityLabel(other)).toBe('RFC-0002 Title of RFC-0002: 2 phases done, 0 in progress, 0 not started, 1 with other markers; not checked yet');
  });

  it('counts other markers in the roll-up only when there are some', () => {
    expect(phaseRollUp({ done: 3, inProgress: 1, notStarted: 0, other: 0 })).toBe('✅3 🟨1 ⬜0');
    expect(phaseRollUp({ done: 0, inProgress: 0, notStarted: 0, other: 2 })).toBe('✅0 🟨0 ⬜0 ❔2');
  });
});

describe('hasNoRfcs', () => {
  it('is true only when no folder holds an RFC (the welcome view), not when a filter hides them all', () => {
    // No folder (or a server that could not answer) says nothing about RFCs.
    expect(hasNoRfcs({ folders: [] })).toBe(false);
    expect(hasNoRfcs({ folders: [{ uri: ROOT, rfcs: [] }, { uri: 'file:///b', rfcs: [] }] })).toBe(true);
    expect(hasNoRfcs(ONE_FOLDER)).toBe(false);
  });
});
