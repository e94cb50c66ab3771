import type { DocumentAnalysis } from '../analysis';
import { openingPhaseNumber } from '../parser/phases';
import { upperBoundBy } from '../sorted';
import type { PhaseLine } from '../types';
import { phaseName, statusPhases } from './phaseLines';
import type { Report, Rule } from './rule';
import { longestIncreasing } from './sequence';

/**
 * Phases are numbered 0, 1, 2 … (or 1, 2, 3 …) in order, without gaps or repeats. Sub-phases
 * (`1a`, `1b`) share their phase's number; only a repeated label is a repeat. Each problem is
 * reported once, on the label that breaks the sequence; `expected` is set only when one label change
 * repairs it.
 */
export const phaseNumbering: Rule<'phase-numbering'> = {
  id: 'phase-numbering',
  defaultSeverity: 'warning',
  description: 'Phases are numbered 0, 1, 2 … without gaps or repeats.',
  requires: ['phases'],
  check(a, report) {
    const phases = statusPhases(a);
    if (phases.length === 0) return;
    const labels = new Set(phases.map((p) => p.label));
    const numbers = new Set(phases.map((p) => p.number));
    const firsts: PhaseLine[] = [];
    const seen = new Set<string>();
    for (const p of phases) {
      if (!seen.has(p.label)) {
        seen.add(p.label);
        firsts.push(p);
        continue;
      }
      const expected = repairOfRepeat(p, labels, numbers);
      if (expected !== undefined) {
        labels.add(expected);
        numbers.add(Number.parseInt(expected, 10));
      }
      const fix = expected !== undefined ? ` (this one is probably ${expected})` : '';
      report(p.labelRange, `${phaseName(p)} appears twice${fix}; number phases 0, 1, 2 … without repeats.`, expected !== undefined ? { label: p.label, expected } : { label: p.label });
    }
    const reported = checkOrder(firsts, report);
    checkGaps(a, firsts, numbers, reported, report);
  },
};

/** Reports the fewest phases whose move restores number order, saying where each belongs; returns them. */
function checkOrder(phases: readonly PhaseLine[], report: Report<'phase-numbering'>): Set<PhaseLine> {
  const inOrder = longestIncreasing(phases.map((p) => p.number), false);
  const kept = phases.filter((_, i) => inOrder.has(i));
  const reported = new Set<PhaseLine>();
  phases.forEach((p, i) => {
    if (inOrder.has(i)) return;
    reported.add(p);
    const after = lastAtMost(kept, p.number);
    const where = after ? `after ${phaseName(after)}` : `before ${phaseName(kept[0])}`;
    report(p.labelRange, `${phaseName(p)} is out of order; list it ${where}.`, { label: p.label });
  });
  return reported;
}

/** The last of `sorted` (in non-decreasing number order) whose number is at most `n`. */
function lastAtMost(sorted: readonly PhaseLine[], n: number): PhaseLine | undefined {
  const i = upperBoundBy(sorted, n, (p) => p.number);
  return i > 0 ? sorted[i - 1] : undefined;
}

/** Reports a start above 1 and every gap, on the first phase after it. */
function checkGaps(a: DocumentAnalysis, phases: readonly PhaseLine[], numbers: ReadonlySet<number>, reported: ReadonlySet<PhaseLine>, report: Report<'phase-numbering'>): void {
  const sorted = [...numbers].sort((x, y) => x - y);
  const firstWith = new Map<number, PhaseLine>();
  const count = new Map<number, number>();
  for (const p of phases) {
    if (!firstWith.has(p.number)) firstWith.set(p.number, p);
    count.set(p.number, (count.get(p.number) ?? 0) + 1);
  }
  const start = firstWith.get(sorted[0]);
  if (start && sorted[0] > 1 && !reported.has(start)) {
    report(start.labelRange, `Phases start at ${phaseName(start)}; number them from 0 (or 1).`, { label: start.label });
  }
  for (let i = 1; i < sorted.length; i++) {
    const [prev, n] = [sorted[i - 1], sorted[i]];
    const p = firstWith.get(n);
    if (n === prev + 1 || !p || reported.has(p)) continue;
    // The missing phases may be there, written over several lines that no phase line reads whole
    // (`- **Phase 3 (windowd: …` wrapped before its `**`): a reader sees no gap, so neither do we.
    if (writtenBetween(a, firstWith.get(prev)?.line ?? -1, p.line, prev + 1, n - 1)) continue;
    const missing = n - prev === 2 ? `Phase ${prev + 1} is missing` : `Phases ${prev + 1}–${n - 1} are missing`;
    // Renumbering this phase repairs the gap only when it is the last one and the only one of its number.
    const alone = i === sorted.length - 1 && count.get(n) === 1 && p.label === String(n);
    const data = alone && n - prev === 2 ? { label: p.label, expected: String(prev + 1) } : { label: p.label };
    report(p.labelRange, `${phaseName(p)} follows Phase ${prev}: ${missing}; number phases without gaps.`, data);
  }
}

/** Whether every phase number from `lo` to `hi` opens a line between `from` and `to` (exclusive). */
function writtenBetween(a: DocumentAnalysis, from: number, to: number, lo: number, hi: number): boolean {
  if (from < 0) return false;
  const opened = new Set<number>();
  for (let l = from + 1; l < to; l++) {
    const n = openingPhaseNumber(a.doc.text.line(l));
    if (n !== undefined) opened.add(n);
  }
  for (let k = lo; k <= hi; k++) if (!opened.has(k)) return false;
  return true;
}

/** The label a repeated one most likely meant: the next free number, or the next free sub-phase letter. */
function repairOfRepeat(p: PhaseLine, labels: ReadonlySet<string>, numbers: ReadonlySet<number>): string | undefined {
  const letter = /[a-z]$/.exec(p.label)?.[0] ?? '';
  if (letter === '') return numbers.has(p.number + 1) ? undefined : String(p.number + 1);
  const next = `${p.number}${String.fromCharCode(letter.charCodeAt(0) + 1)}`;
  return labels.has(next) || letter === 'z' ? undefined : next;
}
