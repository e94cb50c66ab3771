import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { DocSummary } from '../index/summary';
import { CANONICAL_MARKERS } from '../parser/phases';
import type { TaskMention } from './phaseOwners';
import { firstOwner } from './phaseOwners';
import { phaseName, phaseState, statusPhases } from './phaseLines';
import type { Rule } from './rule';

/**
 * A phase marked done names tasks that are done — where the text says which task did the phase:
 * the first task named after the marker (`✅ — TASK-0292 (Done 2026-07-19)`), the task its
 * milestone line gives it (`- **Phase 2** (TASK-0293): …`), or a task whose own text names the
 * phase (`RFC-0082 Phase 0`). A task the line hands work to (a follow-up, a successor, an owner of
 * something out of scope: see phaseOwners.ts) is not the phase's task. Only tasks whose status
 * plainly says "not yet" (a draft or active status) are reported: a task without a status, with a
 * word the vocabulary does not know, or an id shared by several files of which one is done, says too
 * little to hold against the RFC; so does a line that names the same task both ways.
 */
export const taskStatusMismatch: Rule<'task-status-mismatch'> = {
  id: 'task-status-mismatch',
  defaultSeverity: 'warning',
  description: 'A phase marked done names only tasks that are done.',
  requires: ['tasks', 'phases'],
  crossDocument: true,
  check(a, report) {
    const done = statusPhases(a).filter((p) => phaseState(p) === 'done');
    if (done.length === 0) return;
    const statusLines = new Set(a.phases.map((p) => p.line));
    // A milestone is a list item or a labelled line (`- **Phase 2** (TASK-0293): …`); a sentence that
    // merely starts with "Phase 1 left …" is prose about the phase, not its milestone.
    const milestones = a.doc.phases.filter((p) => !statusLines.has(p.line) && MILESTONE_LINE_RE.test(a.doc.text.line(p.line)));
    const namedByTasks = tasksNamingPhases(a);
    for (const p of done) {
      // The most specific evidence wins: the phase line, else its milestone, else the tasks themselves.
      let owner: Owner | undefined = ownerOn(a, p.line, p.markerRange.end.character, 'line');
      for (const m of milestones) if (!owner && m.label === p.label) owner = ownerOn(a, m.line, m.labelRange.end.character, 'milestone');
      const named = namedByTasks.get(p.label.toLowerCase());
      owner ??= named ? { ids: named, mixed: false, how: 'task' as const } : undefined;
      if (!owner || owner.mixed) continue;
      for (const id of owner.ids) {
        const task = openTask(a, id);
        if (!task) continue;
        const where = owner.how === 'milestone' ? ' (named on its milestone line)' : owner.how === 'task' ? ' (which names this phase)' : '';
        report(
          owner.range ?? p.markers[0]?.range ?? p.labelRange,
          `${phaseName(p)} is marked done but ${id}${where} is "${task.status}"; finish the task and set its status to done, or mark the phase ${CANONICAL_MARKERS.inProgress}.`,
          { taskId: id, taskPath: task.path, taskStatus: task.status },
        );
      }
    }
  },
};

/** The tasks that did a phase, by what says so, and where a phase line names them. */
interface Owner {
  readonly ids: readonly string[];
  readonly mixed: boolean;
  readonly how: 'line' | 'milestone' | 'task';
  readonly range?: Range;
}

/** The task that did the phase according to one line (see `firstOwner`), with where it is named on a phase line. */
function ownerOn(a: DocumentAnalysis, line: number, from: number, how: 'line' | 'milestone'): Owner | undefined {
  const mentions = taskMentionsOn(a, line);
  const found = firstOwner(a.doc.text.line(line), mentions, from);
  if (!found) return undefined;
  const at = how === 'line' ? mentions.find((m) => m.ids === found.ids) : undefined;
  return { ...found, how, ...(at ? { range: { start: { line, character: at.start }, end: { line, character: at.end } } } : {}) };
}

/** The task mentions on a line, with their columns. */
function taskMentionsOn(a: DocumentAnalysis, line: number): TaskMention[] {
  const out: TaskMention[] = [];
  for (const r of a.doc.references) {
    if (r.line !== line || r.range.end.line !== line) continue;
    const ids = r.ids.filter((id) => a.ids.kindOfId(id) === 'task');
    if (ids.length > 0) out.push({ ids, start: r.range.start.character, end: r.range.end.character });
  }
  return out;
}

/** The tasks whose own text names a phase of this RFC (`RFC-0082 Phase 0`), by phase label. */
function tasksNamingPhases(a: DocumentAnalysis): ReadonlyMap<string, readonly string[]> {
  const rfcId = a.fileId ?? a.doc.title?.canonicalId;
  return rfcId ? a.index.tasksNamingPhases(rfcId) : new Map();
}

/** The task's summary when its status plainly says it is not done yet; undefined otherwise. */
function openTask(a: DocumentAnalysis, id: string): (DocSummary & { status: string }) | undefined {
  const tasks = a.index.byId(id);
  const withStatus = tasks.filter((t): t is DocSummary & { status: string } => t.status !== undefined);
  if (withStatus.length === 0 || withStatus.length < tasks.length) return undefined;
  const classes = withStatus.map((t) => a.statuses.classify(t.status));
  if (classes.includes('done') || classes.includes('other')) return undefined;
  return withStatus[0];
}

/** How a milestone line opens: a list bullet or number, or an emphasised label. */
const MILESTONE_LINE_RE = /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s|\*\*|__)/;
