import { describe, expect, it } from 'vitest';
import { CLIENT_COMMANDS } from '../../../shared/protocol';
import { getPhaseTaskLenses } from '../../../server/src/core/features/codeLens';
import { cleanRfc } from '../helpers';
import { CANCELLED, open, repo, RFC_PATH } from './fixtures';

const PHASES = '- **Phase 0 (contract)**: ✅ (TASK-0001)\n- **Phase 1 (network)**: 🟨 (TASK-0002, TASK-0099, handoff to TASK-0003)\n- **Phase 2 (scale)**: ⬜';

describe('phase-line CodeLens', () => {
  it('shows each task a phase line names with its status, opening the task on click', async () => {
    const ws = await repo();
    const doc = open(ws, RFC_PATH, cleanRfc('RFC-0001', 'Sample design', { phases: PHASES }));
    const lenses = getPhaseTaskLenses(ws, doc, { isCancellationRequested: false });
    expect(lenses.map((l) => [l.range.start.line, l.command?.title])).toEqual([
      [11, 'TASK-0001 done'],
      [12, 'TASK-0002 in-progress'],
      [12, 'TASK-0003 todo'],
    ]);
    expect(lenses[0].command).toEqual({ title: 'TASK-0001 done', command: CLIENT_COMMANDS.openDocument, arguments: [ws.uriOf('tasks/TASK-0001-first-step.md')] });
  });

  it('has none for a phase line without tasks, outside the phase section, for a task file, or when cancelled', async () => {
    const ws = await repo();
    const rfc = open(ws, RFC_PATH, cleanRfc());
    // The built-in fixture names TASK-0001 on a milestone line of the design section only.
    expect(getPhaseTaskLenses(ws, rfc, { isCancellationRequested: false })).toEqual([]);
    expect(getPhaseTaskLenses(ws, open(ws, 'tasks/TASK-0002-networking.md', '# TASK-0002: X\n\n- **Phase 0**: ✅ (TASK-0001)\n'), { isCancellationRequested: false })).toEqual([]);
    expect(getPhaseTaskLenses(ws, open(ws, RFC_PATH, cleanRfc('RFC-0001', 'Sample design', { phases: PHASES }), 2), CANCELLED)).toEqual([]);
  });
});
