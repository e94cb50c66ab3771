import type { PhaseState, PhaseSummary, PhaseSummaryEntry } from '../../../../shared/protocol';
import type { SourceDocument } from '../host';
import { markerState } from '../parser/phases';
import type { RfcWorkspace } from '../service';
import { plainStatus } from './hover';
import { ownId } from './referenceTargets';

/**
 * What the status bar shows for an RFC: its id, title, status and each phase of the template's phase
 * section with the state its first marker stands for, and how many phases are in each state. Null for
 * any document that is not an RFC, so the client hides the item.
 */
export function getPhaseSummary(ws: RfcWorkspace, doc: SourceDocument): PhaseSummary | null {
  if (ws.kindOf(doc.path) !== 'rfc') return null;
  const a = ws.analyze(doc);
  const counts: Record<PhaseState, number> = { done: 0, inProgress: 0, notStarted: 0, other: 0 };
  const phases = a.phases.map((p): PhaseSummaryEntry => {
    const marker = p.markers[0]?.text ?? '';
    const state = markerState(marker);
    counts[state]++;
    return { number: p.label, name: p.name, marker, state, line: p.line };
  });
  const status = a.field(a.template.roles.statusField)?.value;
  return {
    id: ownId(ws, a.doc) ?? null,
    title: a.doc.title?.title?.text ?? null,
    status: status ? plainStatus(status) : null,
    phases,
    counts,
  };
}
