import type { OverviewRfc, OverviewTask, ProblemCounts } from '../../../../shared/protocol';
import type { Cancellation } from '../cancellation';
import { compareIds } from '../ids';
import type { DocSummary } from '../index/summary';
import type { RfcWorkspace } from '../service';
import { plainStatus } from './hover';
import { displayTitle } from './referenceTargets';
import { rfcFacts, tasksOf } from './rfcFacts';

/** Counts of the diagnostics the editor shows for an RFC (by workspace path); undefined when it shows none. */
export type ProblemsOf = (path: string) => ProblemCounts | undefined;

/**
 * The RFC explorer's view of one workspace root (`rfcAuthor/workspaceOverview`): every RFC of the
 * index with its status, phases, roll-up, the tasks it names and its problem counts, sorted by id.
 * Everything comes from the index summaries, so the answer costs no file read and no parse: at
 * 1,000 RFCs it is a walk over 1,000 summaries. Undefined when cancelled.
 */
export function getWorkspaceOverview(ws: RfcWorkspace, problemsOf: ProblemsOf, token: Cancellation): OverviewRfc[] | undefined {
  const summaries = [...ws.index.all('rfc')].sort((a, b) => byId(a.id, b.id) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out: OverviewRfc[] = [];
  for (const summary of summaries) {
    if (token.isCancellationRequested) return undefined;
    const facts = rfcFacts(ws, summary);
    out.push({
      id: facts.id,
      title: facts.title,
      status: facts.status,
      statusClass: facts.statusClass,
      uri: facts.uri,
      owners: facts.owners,
      phases: facts.phases,
      counts: facts.counts,
      tasks: tasksOf(ws, facts).map(({ id, summary: task }) => overviewTask(ws, id, task)),
      problems: problemsOf(summary.path) ?? null,
    });
  }
  return out;
}

/** A task as the explorer shows it; kept per task summary (most tasks are named by several RFCs). */
function overviewTask(ws: RfcWorkspace, id: string, task: DocSummary): OverviewTask {
  const cached = taskCache.get(task);
  if (cached && cached.statuses === ws.statuses && cached.entry.id === id) return cached.entry;
  const entry: OverviewTask = {
    id,
    title: displayTitle(task) ?? null,
    status: task.status ? plainStatus(task.status) : null,
    statusClass: ws.statuses.classify(task.status),
    uri: ws.uriOf(task.path),
  };
  taskCache.set(task, { statuses: ws.statuses, entry });
  return entry;
}

const taskCache = new WeakMap<DocSummary, { readonly statuses: object; readonly entry: OverviewTask }>();

/** By id (`compareIds`); documents without one go last. */
export function byId(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareIds(a, b);
}
