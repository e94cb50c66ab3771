/**
 * How the status bar and "RFC: Show Phases" put a phase summary into words. Pure (no editor API),
 * so the exact text is unit-tested.
 */
import type { PhaseState, PhaseSummary, PhaseSummaryEntry } from '../../shared/protocol';

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
  const counts = COUNTED.map(([state, marker]) => `${marker}${summary.counts[state]}`);
  if (summary.counts.other > 0) counts.push(`❔${summary.counts.other}`);
  return `${name} ${counts.join(' ')}`;
}

/** One phase as a line: `✅ Phase 0 (contract)`; a phase without a marker shows `·`. */
export function phaseLabel(phase: PhaseSummaryEntry): string {
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

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`);
}
