/**
 * How the status bar and "RFC: Show Phases" put a phase summary into words. Pure (no editor API),
 * so the exact text is unit-tested.
 */
import type { PhaseCounts, PhaseState, PhaseSummary, PhaseSummaryEntry } from '../../shared/protocol';

/** The marker shown for each state in the counts, in the order the counts are shown. */
const COUNTED: readonly (readonly [Exclude<PhaseState, 'other'>, string])[] = [
  ['done', '✅'],
  ['inProgress', '🟨'],
  ['notStarted', '⬜'],
];

const STATE_NAMES: Readonly<Record<PhaseState, string>> = {
  done: 'done',
  inProgress: 'in progress',
  notStarted: 'not started',
  other: 'other marker',
};

/** `RFC-0004 ✅1 🟨1 ⬜0`, with `❔n` appended only when phases carry markers outside the three. */
export function statusBarText(summary: PhaseSummary): string {
  const name = summary.id ?? 'RFC';
  if (summary.phases.length === 0) return `${name} no phases`;
  return `${name} ${phaseRollUp(summary.counts)}`;
}

/** The roll-up `✅1 🟨1 ⬜0` (the status bar and the RFC explorer), `❔n` only when some phases carry other markers. */
export function phaseRollUp(counts: PhaseCounts): string {
  const parts = COUNTED.map(([state, marker]) => `${marker}${counts[state]}`);
  if (counts.other > 0) parts.push(`❔${counts.other}`);
  return parts.join(' ');
}

/** One phase as a line: `✅ Phase 0 (contract)`; a phase without a marker shows `·`. */
export function phaseLabel(phase: Pick<PhaseSummaryEntry, 'marker' | 'name' | 'number'>): string {
  const name = phase.name ? ` (${phase.name})` : '';
  return `${phase.marker || '·'} Phase ${phase.number}${name}`;
}

export function stateName(state: PhaseState): string {
  return STATE_NAMES[state];
}

/**
 * The tooltip, as Markdown: the RFC's id, title and status, then each phase with its marker, then
 * what a click does. Text from the document is escaped so it cannot turn into links or markup.
 */
export function statusBarTooltip(summary: PhaseSummary): string {
  const head = [summary.id, summary.title].filter((s): s is string => Boolean(s)).map(escapeMarkdown).join(': ') || 'RFC';
  const lines = [`**${head}**`];
  if (summary.status) lines.push('', `Status: ${escapeMarkdown(summary.status)}`);
  lines.push('');
  if (summary.phases.length === 0) lines.push('No phase lines in "Status at a Glance".');
  for (const p of summary.phases) lines.push(`- ${escapeMarkdown(phaseLabel(p))}`);
  lines.push('', 'Click to jump to a phase.');
  return lines.join('\n');
}

/** Escapes Markdown in text taken from a document, so it cannot turn into links or markup in a tooltip. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`);
}
