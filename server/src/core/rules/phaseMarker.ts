import type { DocumentAnalysis } from '../analysis';
import { CANONICAL_MARKERS, markerState } from '../parser/phases';
import type { PhaseLine } from '../types';
import { phaseName, phaseState, statusPhases } from './phaseLines';
import type { Report, Rule } from './rule';

const CHOICES = [CANONICAL_MARKERS.notStarted, CANONICAL_MARKERS.inProgress, CANONICAL_MARKERS.done];
const CHOICE_TEXT = CHOICES.join(' ');

/**
 * Each phase status line carries exactly one of ⬜ 🟨 ✅. Missing, contradicting and template
 * markers are findings; markers that real repositories use on purpose (🟢, `[x]`, "Complete",
 * ✅ followed by "Complete") and malformed bullets are only hints, since they are understood.
 */
export const phaseMarker: Rule<'phase-marker'> = {
  id: 'phase-marker',
  defaultSeverity: 'warning',
  description: 'Each phase line has exactly one of the markers ⬜ 🟨 ✅.',
  requires: ['phases'],
  check(a, report) {
    for (const p of statusPhases(a)) {
      if (p.malformed) reportMalformed(p, report);
      checkMarkers(a, p, report);
    }
  },
};

function checkMarkers(a: DocumentAnalysis, p: PhaseLine, report: Report<'phase-marker'>): void {
  const name = phaseName(p);
  if (p.templateTriple) {
    report(p.markerRange, `${name} still has the template's "${CHOICES.join(' / ')}"; keep the one marker that is true.`, { choices: [...CHOICES] });
    return;
  }
  if (p.markers.length === 0) {
    // A status word where the marker goes (`Re-scoped to …`, `Superseded`) is the team's own: a hint, not a missing marker.
    const written = p.line === p.markerRange.start.line ? a.doc.text.line(p.line).slice(p.markerRange.start.character).trim() : '';
    if (/^[*_]*(?:[A-Za-z]+-)?[A-Za-z]+ed\b/i.test(written)) report(p.labelRange, `${name} says "${written.split(/[.;(]/)[0].trim().slice(0, 40)}" instead of one of ${CHOICE_TEXT}.`, undefined, { hint: true });
    else report(p.labelRange, `${name} has no status marker; it needs one of ${CHOICE_TEXT}.`);
    return;
  }
  const state = phaseState(p);
  const written = p.markers.map((m) => m.text).join(' ');
  if (p.markers.length > 1) {
    const range = { start: p.markers[0].range.start, end: p.markers[p.markers.length - 1].range.end };
    if (state === undefined) {
      const choices = [...new Set(p.markers.map((m) => canonical(m.text) ?? m.text))];
      // Two symbols disagree for sure (`✅ 🟨`); words are the team's own account (`In progress / deferred`): a hint.
      const words = p.markers.some((m) => /^[A-Za-z]/.test(m.text));
      report(range, `${name} has contradicting markers "${written}"; keep the one of ${CHOICE_TEXT} that is true.`, { choices }, words ? { hint: true } : undefined);
    } else if (state === 'other') {
      report(range, `${name} is marked "${written}", which is not one of ${CHOICE_TEXT}; a note after the marker can say why.`, undefined, { hint: true });
    } else {
      const replacement = CANONICAL_MARKERS[state];
      report(range, `${name} says "${written}"; the marker ${replacement} alone says the same.`, { replacement }, { hint: true });
    }
    return;
  }
  const marker = p.markers[0];
  const replacement = canonical(marker.text);
  if (replacement === marker.text) return;
  if (replacement === undefined) {
    report(marker.range, `${name} is marked "${marker.text}", which is not one of ${CHOICE_TEXT}; a note after the marker can say why.`, undefined, { hint: true });
    return;
  }
  report(marker.range, `${name} is marked "${marker.text}"; the template's marker for that is ${replacement}.`, { replacement }, { hint: true });
}

function reportMalformed(p: PhaseLine, report: Report<'phase-marker'>): void {
  const range = { start: p.range.start, end: p.labelRange.end };
  report(range, `${phaseName(p)} is not written as a list item; start the line with "- " like the other phase lines.`, undefined, { hint: true });
}

/** The canonical marker for a marker's state, or undefined for states the template has no marker for (❌). */
function canonical(marker: string): string | undefined {
  const state = markerState(marker);
  return state === 'other' ? undefined : CANONICAL_MARKERS[state];
}
