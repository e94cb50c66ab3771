/**
 * The RFC explorer's tree, made from the server's `rfcAuthor/workspaceOverview` answer and the
 * user's filter. Pure (no editor API), so what the tree shows is unit-tested: it only arranges and
 * words what the server computed (status classes, roll-ups, problem counts); it parses nothing.
 */
import type { OverviewPhase, OverviewRfc, OverviewTask, ProblemCounts, StatusClass, WorkspaceOverview } from '../../../shared/protocol';
import { escapeMarkdown, phaseLabel, phaseRollUp, stateName } from '../phaseSummaryText';

/** What the user asked to see. An empty list means "no restriction". */
export interface ExplorerFilter {
  /** RFCs whose status falls in one of these classes. */
  readonly statusClasses: readonly StatusClass[];
  /** RFCs with at least one of these owners (`@handles`, as the server reports them). */
  readonly owners: readonly string[];
}

export const NO_FILTER: ExplorerFilter = { statusClasses: [], owners: [] };

/** The status groups, in lifecycle order, with the names the explorer gives them. */
export const STATUS_GROUPS: readonly { readonly statusClass: StatusClass; readonly label: string }[] = [
  { statusClass: 'draft', label: 'Draft' },
  { statusClass: 'active', label: 'In Progress' },
  { statusClass: 'done', label: 'Complete' },
  { statusClass: 'other', label: 'Other' },
];

/** A workspace folder; shown only in a workspace of several folders. */
export interface FolderNode {
  readonly kind: 'folder';
  readonly key: string;
  readonly uri: string;
  readonly groups: readonly GroupNode[];
}

export interface GroupNode {
  readonly kind: 'group';
  readonly key: string;
  readonly label: string;
  readonly statusClass: StatusClass;
  readonly rfcs: readonly RfcNode[];
}

export interface RfcNode {
  readonly kind: 'rfc';
  readonly key: string;
  readonly rfc: OverviewRfc;
}

export interface PhaseNode {
  readonly kind: 'phase';
  readonly key: string;
  readonly rfcUri: string;
  readonly phase: OverviewPhase;
}

export interface TaskNode {
  readonly kind: 'task';
  readonly key: string;
  readonly task: OverviewTask;
}

export type ExplorerNode = FolderNode | GroupNode | RfcNode | PhaseNode | TaskNode;

export function isFiltered(filter: ExplorerFilter): boolean {
  return filter.statusClasses.length > 0 || filter.owners.length > 0;
}

export function matchesFilter(rfc: OverviewRfc, filter: ExplorerFilter): boolean {
  if (filter.statusClasses.length > 0 && !filter.statusClasses.includes(rfc.statusClass)) return false;
  return filter.owners.length === 0 || rfc.owners.some((o) => filter.owners.includes(o));
}

/**
 * True when the server knows folders and none holds an RFC: the welcome view ("No RFCs yet") shows.
 * An answer without folders says nothing about RFCs (no folder is open, or the server could not
 * answer), so it does not claim there are none.
 */
export function hasNoRfcs(overview: WorkspaceOverview): boolean {
  return overview.folders.length > 0 && overview.folders.every((f) => f.rfcs.length === 0);
}

/**
 * The top level: the status groups that hold an RFC the filter lets through, or, in a workspace of
 * several folders, one node per folder that holds one, with its groups below.
 */
export function explorerRoots(overview: WorkspaceOverview, filter: ExplorerFilter): ExplorerNode[] {
  const folders = overview.folders.map((folder) => ({ uri: folder.uri, groups: statusGroups(folder.uri, folder.rfcs.filter((r) => matchesFilter(r, filter))) }));
  if (folders.length === 1) return [...folders[0].groups];
  return folders.filter((f) => f.groups.length > 0).map((f): FolderNode => ({ kind: 'folder', key: `folder:${f.uri}`, uri: f.uri, groups: f.groups }));
}

function statusGroups(folderUri: string, rfcs: readonly OverviewRfc[]): GroupNode[] {
  const out: GroupNode[] = [];
  for (const { statusClass, label } of STATUS_GROUPS) {
    const members = rfcs.filter((r) => r.statusClass === statusClass).map((rfc): RfcNode => ({ kind: 'rfc', key: `rfc:${rfc.uri}`, rfc }));
    if (members.length > 0) out.push({ kind: 'group', key: `group:${folderUri}:${statusClass}`, label, statusClass, rfcs: members });
  }
  return out;
}

/** A node's children: a folder's groups, a group's RFCs, an RFC's phases then its tasks. */
export function childrenOf(node: ExplorerNode): ExplorerNode[] {
  switch (node.kind) {
    case 'folder':
      return [...node.groups];
    case 'group':
      return [...node.rfcs];
    case 'rfc': {
      const { rfc } = node;
      const phases = rfc.phases.map((phase, i): PhaseNode => ({ kind: 'phase', key: `phase:${rfc.uri}#${i}`, rfcUri: rfc.uri, phase }));
      const tasks = rfc.tasks.map((task): TaskNode => ({ kind: 'task', key: `task:${rfc.uri}>${task.uri}`, task }));
      return [...phases, ...tasks];
    }
    default:
      return [];
  }
}

/**
 * The RFC's row: its id and phase roll-up, `RFC-0004 ✅3 🟨1 ⬜0`, as the status bar shows the active
 * RFC. The roll-up is what the view is for, so it stays in sight in a narrow side bar, where the
 * title (the row's description) is cut first. The file name stands in for a missing id.
 */
export function rfcLabel(rfc: OverviewRfc): string {
  const id = rfc.id ?? fileName(rfc.uri);
  return rfc.phases.length === 0 ? id : `${id} ${phaseRollUp(rfc.counts)}`;
}

/** The title, or '' when the RFC has none. */
export function rfcDescription(rfc: OverviewRfc): string {
  return rfc.title ?? '';
}

/** `RFC-0004 Page allocator`: id (or file name) and title, for the tooltip. */
export function rfcName(rfc: OverviewRfc): string {
  const id = rfc.id ?? fileName(rfc.uri);
  return rfc.title ? `${id} ${rfc.title}` : id;
}

/** The hover of an RFC, as Markdown: id and title, status, owners, roll-up and problems. */
export function rfcTooltip(rfc: OverviewRfc): string {
  const lines = [`**${escapeMarkdown(rfcName(rfc))}**`, ''];
  lines.push(`Status: ${rfc.status ? escapeMarkdown(rfc.status) : 'none'}`, '');
  if (rfc.owners.length > 0) lines.push(`Owners: ${rfc.owners.map(escapeMarkdown).join(', ')}`, '');
  lines.push(`Phases: ${rfc.phases.length === 0 ? 'none' : phaseRollUp(rfc.counts)}`, '');
  lines.push(`Problems: ${problemsText(rfc.problems)}`);
  return lines.join('\n');
}

/**
 * What a screen reader says for an RFC's row: the markers of the roll-up in words.
 * `RFC-0001 IPC message format: 1 phase done, 1 in progress, 1 not started; 2 errors, 1 warning`.
 */
export function rfcAccessibilityLabel(rfc: OverviewRfc): string {
  const { done, inProgress, notStarted, other } = rfc.counts;
  const phases = rfc.phases.length === 0 ? 'no phases' : [`${plural(done, 'phase')} done`, `${inProgress} in progress`, `${notStarted} not started`, ...(other > 0 ? [`${other} with other markers`] : [])].join(', ');
  return `${rfcName(rfc)}: ${phases}; ${problemsText(rfc.problems)}`;
}

/** "2 errors, 1 warning", "no errors or warnings", or "not checked yet" when the server has no counts. */
export function problemsText(problems: ProblemCounts | null): string {
  if (!problems) return 'not checked yet';
  if (problems.errors === 0 && problems.warnings === 0) return 'no errors or warnings';
  const parts: string[] = [];
  if (problems.errors > 0) parts.push(plural(problems.errors, 'error'));
  if (problems.warnings > 0) parts.push(plural(problems.warnings, 'warning'));
  return parts.join(', ');
}

/** `✅ Phase 0 (header encoding)`, as the status bar's phase list words it. */
export function phaseNodeLabel(phase: OverviewPhase): string {
  return phaseLabel({ marker: phase.marker, name: phase.name, number: phase.label });
}

export function phaseNodeDescription(phase: OverviewPhase): string {
  return stateName(phase.state);
}

/** `TASK-0007 Page allocator: buddy system`. */
export function taskLabel(task: OverviewTask): string {
  return task.title ? `${task.id} ${task.title}` : task.id;
}

/** The task's status as it writes it, or "no status". */
export function taskDescription(task: OverviewTask): string {
  return task.status ?? 'no status';
}

/** Every owner named by an RFC of the overview, sorted, with how many RFCs name each. */
export function ownersOf(overview: WorkspaceOverview): { readonly owner: string; readonly count: number }[] {
  const counts = new Map<string, number>();
  for (const folder of overview.folders) for (const rfc of folder.rfcs) for (const owner of new Set(rfc.owners)) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([owner, count]) => ({ owner, count }));
}

/** How many RFCs of the overview fall in each status class. */
export function statusClassCounts(overview: WorkspaceOverview): Record<StatusClass, number> {
  const counts: Record<StatusClass, number> = { draft: 0, active: 0, done: 0, other: 0 };
  for (const folder of overview.folders) for (const rfc of folder.rfcs) counts[rfc.statusClass]++;
  return counts;
}

/** The filter in words for the view's description (`Status: Draft, In Progress · Owner: @ilya`), or '' without one. */
export function filterDescription(filter: ExplorerFilter): string {
  const parts: string[] = [];
  if (filter.statusClasses.length > 0) parts.push(`Status: ${STATUS_GROUPS.filter((g) => filter.statusClasses.includes(g.statusClass)).map((g) => g.label).join(', ')}`);
  if (filter.owners.length > 0) parts.push(`${filter.owners.length === 1 ? 'Owner' : 'Owners'}: ${filter.owners.join(', ')}`);
  return parts.join(' · ');
}

/** A filter read back from storage; anything malformed counts as no restriction. */
export function filterFrom(value: unknown): ExplorerFilter {
  if (typeof value !== 'object' || value === null) return NO_FILTER;
  const { statusClasses, owners } = value as Record<string, unknown>;
  const known = new Set<unknown>(STATUS_GROUPS.map((g) => g.statusClass));
  return {
    statusClasses: Array.isArray(statusClasses) ? statusClasses.filter((s): s is StatusClass => known.has(s)) : [],
    owners: Array.isArray(owners) ? owners.filter((o): o is string => typeof o === 'string') : [],
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
