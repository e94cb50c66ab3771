import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { kindOfId } from '../ids';
import type { DocSummary } from '../index/summary';
import { CANONICAL_MARKERS } from '../parser/phases';
import type { PhaseLine, Reference } from '../types';
import { phaseName, phaseState, statusPhases } from './phaseLines';
import type { Report, Rule } from './rule';

/**
 * A phase marked done names tasks that are done. The task is named on the phase line itself, or on
 * the milestone line of the same phase elsewhere (`- **Phase 1**: … (TASK-0007)` under "Phases /
 * milestones"). Only tasks whose status plainly says "not yet" (a draft or active status) are
 * reported: a task without a status, with a word the vocabulary does not know, or an id shared by
 * several files of which one is done, says too little to hold against the RFC.
 */
export const taskStatusMismatch: Rule<'task-status-mismatch'> = {
  id: 'task-status-mismatch',
  defaultSeverity: 'warning',
  description: 'A phase marked done names only tasks that are done.',
  crossDocument: true,
  check(a, report) {
    const phases = statusPhases(a);
    const done = phases.filter((p) => phaseState(p) === 'done');
    if (done.length === 0) return;
    // Milestones are phase lines outside the phase section; prose bullets in it are not milestones.
    const statusLines = new Set(a.phases.map((p) => p.line));
    const milestones = a.doc.phases.filter((p) => !statusLines.has(p.line));
    const refsByLine = taskReferencesOn(a, new Set([...done.map((p) => p.line), ...milestones.map((p) => p.line)]));
    const milestoneRefs = new Map<string, Reference[]>();
    for (const m of milestones) {
      const refs = refsByLine.get(m.line);
      if (!refs) continue;
      const list = milestoneRefs.get(m.label);
      if (list) list.push(...refs);
      else milestoneRefs.set(m.label, [...refs]);
    }
    for (const p of done) {
      const own = refsByLine.get(p.line) ?? [];
      const named = own.length > 0 ? own : (milestoneRefs.get(p.label) ?? []);
      const at = own.length > 0 ? undefined : (p.markers[0]?.range ?? p.labelRange);
      for (const ref of named) {
        for (const id of ref.ids) {
          if (kindOfId(id) !== 'task') continue;
          const open = openTask(a, id);
          if (open) reportOpen(p, id, open, at ?? ref.range, at !== undefined, report);
        }
      }
    }
  },
};

function reportOpen(p: PhaseLine, id: string, task: DocSummary & { status: string }, range: Range, viaMilestone: boolean, report: Report<'task-status-mismatch'>): void {
  const where = viaMilestone ? ' (named on its milestone line)' : '';
  report(
    range,
    `${phaseName(p)} is marked done but ${id}${where} is "${task.status}"; finish the task and set its status to done, or mark the phase ${CANONICAL_MARKERS.inProgress}.`,
    { taskId: id, taskPath: task.path, taskStatus: task.status },
  );
}

/** References naming a task, grouped by line, for the given lines only. */
function taskReferencesOn(a: DocumentAnalysis, lines: ReadonlySet<number>): Map<number, Reference[]> {
  const out = new Map<number, Reference[]>();
  for (const r of a.doc.references) {
    if (!lines.has(r.line) || !r.ids.some((id) => kindOfId(id) === 'task')) continue;
    const list = out.get(r.line);
    if (list) list.push(r);
    else out.set(r.line, [r]);
  }
  return out;
}

/** The task's summary when its status plainly says it is not done yet; undefined otherwise. */
function openTask(a: DocumentAnalysis, id: string): (DocSummary & { status: string }) | undefined {
  const tasks = a.index.byId(id);
  const withStatus = tasks.filter((t): t is DocSummary & { status: string } => t.status !== undefined);
  if (withStatus.length === 0) return undefined;
  const classes = withStatus.map((t) => a.statuses.classify(t.status));
  if (classes.includes('done') || classes.includes('other')) return undefined;
  return withStatus[0];
}
