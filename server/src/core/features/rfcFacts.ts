import type { OverviewPhase, PhaseCounts, StatusClass } from '../../../../shared/protocol';
import type { DocSummary, SummaryPhase } from '../index/summary';
import { fieldKey as keyOfField } from '../parser/header';
import { markerState } from '../parser/phases';
import type { RfcWorkspace } from '../service';
import { sectionKey } from '../template';
import { plainStatus } from './hover';
import { displayTitle } from './referenceTargets';

/** A task an RFC names, as the index knows it. */
export interface TaskFact {
  readonly id: string;
  readonly summary: DocSummary;
}

/**
 * What the workspace overview and the generated index table show of one RFC, read from its index
 * summary (so no RFC is read or parsed to answer): its status and class, owners, the phase lines of
 * the template's phase section with their roll-up, the tasks it names, and its header dates.
 */
export interface RfcFacts {
  readonly summary: DocSummary;
  readonly uri: string;
  readonly id: string | null;
  readonly title: string | null;
  readonly status: string | null;
  readonly statusClass: StatusClass;
  readonly owners: readonly string[];
  readonly phases: readonly OverviewPhase[];
  readonly counts: PhaseCounts;
  /** The task ids the RFC names, once each, in the order first named (resolve them with `tasksOf`). */
  readonly taskIds: readonly string[];
}

/**
 * The facts of an RFC. Phase lines are those of the template's phase section, as `DocumentAnalysis`
 * picks them (the section found by key or alias); when the RFC has no such section, every phase
 * line that carries a marker.
 */
export function rfcFacts(ws: RfcWorkspace, summary: DocSummary): RfcFacts {
  // A summary is replaced, never changed, when its file changes; the template and the status
  // vocabulary are replaced together when the template changes. So the pair keys the facts, and
  // an overview of 1,000 RFCs recomputes only the RFCs that changed since the last one.
  const cached = factsCache.get(summary);
  if (cached && cached.statuses === ws.statuses) return cached.facts;
  const facts = computeFacts(ws, summary);
  factsCache.set(summary, { statuses: ws.statuses, facts });
  return facts;
}

const factsCache = new WeakMap<DocSummary, { readonly statuses: object; readonly facts: RfcFacts }>();

function computeFacts(ws: RfcWorkspace, summary: DocSummary): RfcFacts {
  const reading = summary.status ? ws.statuses.read(summary.status) : undefined;
  const phases = phaseLinesOf(ws, summary).map((p): OverviewPhase => ({ label: p.label, name: p.name, marker: p.marker, state: markerState(p.marker), line: p.line }));
  const counts = { done: 0, inProgress: 0, notStarted: 0, other: 0 };
  for (const p of phases) counts[p.state]++;
  return {
    summary,
    uri: ws.uriOf(summary.path),
    id: summary.id ?? null,
    title: displayTitle(summary) ?? null,
    status: summary.status ? plainStatus(summary.status) : null,
    statusClass: reading?.statusClass ?? 'other',
    owners: summary.owners,
    phases,
    counts,
    taskIds: taskIdsNamed(ws, summary),
  };
}

/** The RFC's value of a template header field (`last updated`) when it starts with a date; else undefined. */
export function headerDate(ws: RfcWorkspace, summary: DocSummary, fieldKey: string | undefined): string | undefined {
  if (!fieldKey || !summary.dates) return undefined;
  const aliases = fieldAliasesTo(ws, fieldKey);
  return summary.dates.find(([k]) => k === fieldKey || aliases.has(k))?.[1];
}

function phaseLinesOf(ws: RfcWorkspace, summary: DocSummary): readonly SummaryPhase[] {
  const all = summary.phaseLines ?? [];
  const key = ws.template.roles.phaseSection;
  const sections = summary.sections ?? [];
  const aliases = sectionAliases(ws);
  const index = key === undefined ? -1 : sections.findIndex((k) => k === key || aliases.get(k) === key);
  return index >= 0 ? all.filter((p) => p.section === index) : all.filter((p) => p.marked);
}

/** The task files an RFC names (every file carrying each id, in the order the ids are first named). */
export function tasksOf(ws: RfcWorkspace, facts: RfcFacts): TaskFact[] {
  const out: TaskFact[] = [];
  for (const id of facts.taskIds) for (const task of ws.index.byId(id)) if (task.kind === 'task') out.push({ id, summary: task });
  return out;
}

function taskIdsNamed(ws: RfcWorkspace, summary: DocSummary): string[] {
  const seen = new Set<string>();
  for (const ref of summary.refs) for (const id of ref.ids) if (!seen.has(id) && ws.ids.kindOfId(id) === 'task') seen.add(id);
  return [...seen];
}

/** `sectionAliases` as section keys (alias key → template key), built once per configuration. */
const aliasCache = new WeakMap<object, Map<string, string>>();

function sectionAliases(ws: RfcWorkspace): Map<string, string> {
  let map = aliasCache.get(ws.config);
  if (!map) {
    map = new Map(Object.entries(ws.config.sectionAliases).map(([a, t]) => [sectionKey(a), sectionKey(t)]));
    aliasCache.set(ws.config, map);
  }
  return map;
}

/** The field keys configured as aliases of `key` (`updated` for `last updated`). */
function fieldAliasesTo(ws: RfcWorkspace, key: string): Set<string> {
  return new Set(Object.entries(ws.config.fieldAliases).filter(([, t]) => keyOfField(t) === key).map(([a]) => keyOfField(a)));
}
