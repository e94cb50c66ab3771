import { describe, expect, it } from 'vitest';
import { getPhaseSummary } from '../../../server/src/core/features/phaseSummary';
import { cleanRfc } from '../helpers';
import { FILES, open, repo, RFC_PATH } from './fixtures';

async function summaryOf(text: string, path = RFC_PATH) {
  const ws = await repo();
  return getPhaseSummary(ws, open(ws, path, text));
}

describe('phase summary', () => {
  it('gives id, title, status, each phase of the phase section and the counts', async () => {
    expect(await summaryOf(cleanRfc())).toEqual({
      id: 'RFC-0001',
      title: 'Sample design',
      status: 'In Progress',
      phases: [
        { number: '0', name: 'contract', marker: '✅', state: 'done', line: 11 },
        { number: '1', name: 'hardening', marker: '🟨', state: 'inProgress', line: 12 },
        { number: '2', name: 'scale', marker: '⬜', state: 'notStarted', line: 13 },
      ],
      counts: { done: 1, inProgress: 1, notStarted: 1, other: 0 },
    });
  });

  it('reads markers teams use beyond the three, sub-phases, and phases with no marker', async () => {
    const phases = '- **Phase 0 (a)**: 🟢\n- **Phase 1a (b)**: [x]\n- **Phase 1b (c)**: 🟡 (half)\n- **Phase 2 (d)**: ❌\n- **Phase 3 (e)**:';
    const s = await summaryOf(cleanRfc('RFC-0001', 'Sample design', { phases, status: '**In progress** (phase 1 proven)' }));
    expect(s?.phases.map((p) => [p.number, p.marker, p.state])).toEqual([
      ['0', '🟢', 'done'], ['1a', '[x]', 'done'], ['1b', '🟡', 'inProgress'], ['2', '❌', 'other'], ['3', '', 'other'],
    ]);
    expect(s?.counts).toEqual({ done: 2, inProgress: 1, notStarted: 0, other: 2 });
    expect(s?.status).toBe('In progress (phase 1 proven)');
  });

  it('counts only the phase section, not the milestones of the design section', async () => {
    const s = await summaryOf(cleanRfc());
    expect(s?.phases.every((p) => p.line < 15)).toBe(true);
  });

  it('answers null for tasks, ADRs and other files, and copes with an empty RFC', async () => {
    expect(await summaryOf(FILES['tasks/TASK-0001-first-step.md'], 'tasks/TASK-0001-first-step.md')).toBeNull();
    expect(await summaryOf(FILES['docs/adr/0005-use-markdown.md'], 'docs/adr/0005-use-markdown.md')).toBeNull();
    expect(await summaryOf('# Notes', 'README.md')).toBeNull();
    expect(await summaryOf('')).toEqual({ id: 'RFC-0001', title: null, status: null, phases: [], counts: { done: 0, inProgress: 0, notStarted: 0, other: 0 } });
  });
});
