import { describe, expect, it } from 'vitest';
import type { PhaseSummary, PhaseSummaryEntry } from '../../../shared/protocol';
import { phaseLabel, stateName, statusBarText, statusBarTooltip } from '../../../client/src/phaseSummaryText';

function phase(number: string, name: string, marker: string, state: PhaseSummaryEntry['state'], line = 10): PhaseSummaryEntry {
  return { number, name, marker, state, line };
}

function summary(phases: PhaseSummaryEntry[], extra: Partial<PhaseSummary> = {}): PhaseSummary {
  const counts = { done: 0, inProgress: 0, notStarted: 0, other: 0 };
  for (const p of phases) counts[p.state]++;
  return { id: 'RFC-0004', title: 'Page allocator', status: 'In Progress', phases, counts, ...extra };
}

const typical = summary([phase('0', 'contract', '✅', 'done'), phase('1', 'hardening', '🟨', 'inProgress')]);

describe('statusBarText', () => {
  it('shows the id and the count of each of the three markers, zeros included', () => {
    expect(statusBarText(typical)).toBe('RFC-0004 ✅1 🟨1 ⬜0');
  });

  it('adds a count for markers outside the three only when there are some', () => {
    const s = summary([phase('0', 'a', '✅', 'done'), phase('1', 'b', '❌', 'other'), phase('2', 'c', '', 'other')]);
    expect(statusBarText(s)).toBe('RFC-0004 ✅1 🟨0 ⬜0 ❔2');
  });

  it('says so when the RFC has no phase lines', () => {
    expect(statusBarText(summary([]))).toBe('RFC-0004 no phases');
  });

  it('falls back to "RFC" when the document has no id', () => {
    expect(statusBarText(summary([phase('0', 'a', '⬜', 'notStarted')], { id: null }))).toBe('RFC ✅0 🟨0 ⬜1');
  });
});

describe('phaseLabel', () => {
  it('shows marker, number and name', () => {
    expect(phaseLabel(phase('1a', 'hardening', '🟢', 'done'))).toBe('🟢 Phase 1a (hardening)');
  });

  it('shows a dot for a phase without a marker and leaves out an empty name', () => {
    expect(phaseLabel(phase('2', '', '', 'other'))).toBe('· Phase 2');
  });

  it('names every state in words', () => {
    expect(['done', 'inProgress', 'notStarted', 'other'].map((s) => stateName(s as PhaseSummaryEntry['state']))).toEqual(['done', 'in progress', 'not started', 'other marker']);
  });
});

describe('statusBarTooltip', () => {
  it('lists id, title, status and each phase with its marker', () => {
    expect(statusBarTooltip(typical)).toBe(
      ['**RFC-0004: Page allocator**', '', 'Status: In Progress', '', '- ✅ Phase 0 \\(contract\\)', '- 🟨 Phase 1 \\(hardening\\)', '', 'Click to jump to a phase.'].join('\n'),
    );
  });

  it('escapes Markdown in text taken from the document', () => {
    const s = summary([phase('0', '[link](http://x) *bold*', '✅', 'done')], { title: '<img src=x> `code`' });
    const tip = statusBarTooltip(s);
    expect(tip).toContain('\\<img src=x\\> \\`code\\`');
    expect(tip).toContain('\\[link\\]\\(http://x\\) \\*bold\\*');
  });

  it('says so when there are no phases, and leaves out a missing status', () => {
    const tip = statusBarTooltip(summary([], { status: null }));
    expect(tip).toContain('No phase lines');
    expect(tip).not.toContain('Status:');
  });
});
