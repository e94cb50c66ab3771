import type { DocumentAnalysis } from '../analysis';
import type { PhaseState } from '../parser/phases';
import { markerState } from '../parser/phases';
import type { PhaseLine } from '../types';

/**
 * The phase status lines of a document, without prose bullets that merely start with "Phase N"
 * ("- Phase 2 follow-ups are tracked in TASK-0100."). A line with a marker is always a phase line;
 * one without is a phase line only when its label is set off like the template's: emphasis closed
 * after it or a colon (`**Phase 2**: …`, `Phase 2: …`). Everything else is prose the team wrote.
 */
export function statusPhases(a: DocumentAnalysis): PhaseLine[] {
  return a.phases.filter((p) => p.markers.length > 0 || p.templateTriple || !isProse(a, p));
}

/** The state a phase line states, or undefined when it states none or contradicts itself. */
export function phaseState(p: PhaseLine): PhaseState | undefined {
  if (p.templateTriple || p.markers.length === 0) return undefined;
  const states = new Set(p.markers.map((m) => markerState(m.text)));
  return states.size === 1 ? [...states][0] : undefined;
}

/** Markers and words that say a phase is not done (it failed, was re-opened, blocked or reverted). */
const UNDONE_MARKER_RE = /^(?:❌|🟥|🔴|⛔|blocked|reverted|re-?opened)/i;
const UNDONE_NOTE_RE = /\b(?:re-?opened|reverted)\b/i;

/**
 * Whether a phase line says the phase is not done although its marker is none of the three: ❌,
 * "re-opened", "blocked", "reverted" (PRODUCT.md: markers that mean "not done").
 */
export function isUndone(a: DocumentAnalysis, p: PhaseLine): boolean {
  if (phaseState(p) !== 'other') return false;
  if (p.markers.some((m) => UNDONE_MARKER_RE.test(m.text))) return true;
  return UNDONE_NOTE_RE.test(a.doc.text.line(p.line).slice(p.markerRange.end.character));
}

/** "Phase 1" or "Phase 1a": how messages name a phase. */
export function phaseName(p: PhaseLine): string {
  return `Phase ${p.label}`;
}

function isProse(a: DocumentAnalysis, p: PhaseLine): boolean {
  let between = a.doc.text.line(p.line).slice(p.labelRange.end.character, p.markerRange.start.character);
  // The phase name in parentheses may hold any character; only what follows it tells the form.
  if (p.name !== '') between = between.slice(between.lastIndexOf(')') + 1);
  return !/[:*_]/.test(between);
}
