import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { CANONICAL_MARKERS } from '../parser/phases';
import type { PhaseLine } from '../types';
import { isUndone, phaseName, phaseState, statusPhases } from './phaseLines';
import { rangeInValue } from './fieldValue';
import type { Rule } from './rule';

/**
 * The Status agrees with the phases: not complete while a phase is still open, not a draft once a
 * phase is done. A phase marked ❌, "re-opened", "blocked" or "reverted" is not done; phases whose
 * marker says something else (none, contradicting) are `phase-marker`'s and count neither way. A status whose note speaks of phases ("Complete — phases
 * 0–2") is the team being explicit about the scope, so it gets a hint, not a warning.
 */
export const statusPhaseMismatch: Rule<'status-phase-mismatch'> = {
  id: 'status-phase-mismatch',
  defaultSeverity: 'warning',
  description: 'The Status agrees with the phase markers.',
  requires: ['status', 'phases'],
  check(a, report) {
    const status = a.status;
    const lifecycle = a.template.statuses;
    if (!status || lifecycle.length < 2) return;
    const phases = statusPhases(a);
    if (phases.length === 0) return;
    const statusRange = statusWords(a);
    if (!statusRange) return;
    const done = phases.filter((p) => phaseState(p) === 'done');
    const open = phases.filter((p) => {
      const s = phaseState(p);
      return s === 'inProgress' || s === 'notStarted' || isUndone(a, p);
    });
    const middle = lifecycle[Math.max(lifecycle.length - 2, 0)];
    const options = /phase/i.test(status.note) ? { hint: true } : undefined;
    if (status.statusClass === 'done' && open.length > 0) {
      const data = { expected: middle, statusRange };
      report(statusRange, `Status is "${status.written}" but ${list(open)} ${open.length > 1 ? 'are' : 'is'} not done; set Status to "${middle}", or mark ${open.length > 1 ? 'them' : 'it'} ${CANONICAL_MARKERS.done} once done.`, data, options);
    } else if (status.statusClass === 'draft' && done.length > 0) {
      const all = done.length === phases.length;
      const expected = all ? lifecycle[lifecycle.length - 1] : middle;
      const data = { expected, statusRange };
      report(statusRange, `Status is "${status.written}" but ${list(done)} ${done.length > 1 ? 'are' : 'is'} done (${CANONICAL_MARKERS.done}); set Status to "${expected}".`, data, options);
    }
  },
};

/** The range of the status words as written (not their emphasis or note), on the field's first line. */
function statusWords(a: DocumentAnalysis): Range | undefined {
  const field = a.field(a.template.roles.statusField);
  const status = a.status;
  if (!field || !status) return undefined;
  // Where the words are written: the value may be quoted (`status: "Complete"`) or wrap onto the
  // next line (`- Status:` then `  Complete`).
  return rangeInValue(a.doc.text, field, status.start, status.start + status.written.length);
}

function list(phases: readonly PhaseLine[]): string {
  const names = phases.slice(0, 3).map(phaseName);
  const more = phases.length > 3 ? ` and ${phases.length - 3} more` : '';
  return names.length > 1 && !more ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : `${names.join(', ')}${more}`;
}
