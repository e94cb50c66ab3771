import { hashSeed, Rng } from '../prng';
import { TEAMS, TITLE_ADJECTIVES, TITLE_SUBJECTS, TITLE_SUFFIXES } from './vocabulary';

/**
 * The workspace before any text is written: every document's id, title, path and size target, which
 * tasks implement which RFC phase, and the states that make statuses agree (mostly) across files.
 * Documents are then written one at a time from their plan entry and their own seed, so a 10,000-RFC
 * workspace never has to be held in memory.
 */
export type PhaseState = 'done' | 'inProgress' | 'notStarted';
export type TaskStatus = 'done' | 'in-progress' | 'todo';

export interface DocPlan {
  readonly kind: 'rfc' | 'task' | 'adr';
  readonly num: number;
  /** Canonical id: `RFC-0007`, `TASK-0025`, `ADR-0003`. */
  readonly id: string;
  readonly title: string;
  readonly slug: string;
  /** Workspace-relative path. */
  readonly path: string;
  readonly targetBytes: number;
  readonly owner: string;
  /** `YYYY-MM-DD`. */
  readonly created: string;
}

export interface RfcPlan extends DocPlan {
  readonly kind: 'rfc';
  /** Numbers of the tasks this RFC owns (one per phase, plus follow-ups). */
  readonly tasks: readonly number[];
  readonly phases: readonly PhaseState[];
  readonly lifecycle: 'draft' | 'active' | 'complete';
  readonly updated: string;
}

export interface TaskPlan extends DocPlan {
  readonly kind: 'task';
  readonly rfc: number;
  readonly status: TaskStatus;
}

export type AdrPlan = DocPlan & { readonly kind: 'adr' };

export interface WorkspacePlan {
  readonly seed: number;
  readonly rfcs: readonly RfcPlan[];
  readonly tasks: readonly TaskPlan[];
  readonly adrs: readonly AdrPlan[];
  /** The RFC forced to the top of the size range (≈ 60 KB), so every workspace has a large one. */
  readonly largeRfc: number;
}

export const TASKS_PER_RFC = 4;
const KB = 1024;

/** Zero-padded number as ids are written (`7` → `0007`; wider numbers stay as they are). */
export function pad(n: number): string {
  return String(n).padStart(4, '0');
}

export function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const EPOCH = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

/** The date `dayOffset` days after 2025-01-01: generated dates are in the past whenever the bench runs. */
export function isoDate(dayOffset: number): string {
  return new Date(EPOCH + dayOffset * DAY).toISOString().slice(0, 10);
}

/** Inverse of `isoDate`. */
export function dayOf(iso: string): number {
  return Math.round((Date.parse(iso) - EPOCH) / DAY);
}

function titleOf(rng: Rng): string {
  return `${rng.pick(TITLE_ADJECTIVES)} ${rng.pick(TITLE_SUBJECTS)}${rng.pick(TITLE_SUFFIXES)}`;
}

function phasesFor(rng: Rng, lifecycle: RfcPlan['lifecycle'], count: number): PhaseState[] {
  if (lifecycle === 'draft') return Array.from({ length: count }, () => 'notStarted');
  if (lifecycle === 'complete') return Array.from({ length: count }, () => 'done');
  const done = rng.int(0, count - 1);
  return Array.from({ length: count }, (_, i) => (i < done ? 'done' : i === done ? 'inProgress' : 'notStarted'));
}

function taskStatusFor(rng: Rng, phase: PhaseState | undefined): TaskStatus {
  // Real repositories drift: a few tasks lag behind the RFC that claims their phase is done.
  if (phase === 'done') return rng.chance(0.95) ? 'done' : 'in-progress';
  if (phase === 'inProgress') return 'in-progress';
  if (phase === 'notStarted') return 'todo';
  return rng.pick(['done', 'todo', 'in-progress'] as const);
}

/** Plans a workspace of `rfcCount` RFCs, 4× as many tasks and half as many ADRs. */
export function planWorkspace(rfcCount: number, seed: number): WorkspacePlan {
  const rng = new Rng(hashSeed(seed, 'plan'));
  const largeRfc = Math.max(1, Math.ceil(rfcCount / 3));
  const rfcs: RfcPlan[] = [];
  const tasks: TaskPlan[] = [];
  for (let n = 1; n <= rfcCount; n++) {
    const title = titleOf(rng);
    const lifecycle = rng.weighted({ draft: 25, active: 45, complete: 30 });
    const phaseCount = rng.weighted({ 3: 70, 4: 20, 5: 10 });
    const phases = phasesFor(rng, lifecycle, Number(phaseCount));
    const createdDay = rng.int(0, 300);
    const own = Array.from({ length: TASKS_PER_RFC }, (_, i) => (n - 1) * TASKS_PER_RFC + i + 1);
    const id = `RFC-${pad(n)}`;
    const slug = slugOf(title);
    rfcs.push({
      kind: 'rfc', num: n, id, title, slug, path: `docs/rfcs/${id}-${slug}.md`,
      targetBytes: n === largeRfc ? 60 * KB : Math.round(rng.logNormal(11 * KB, 0.6, 4 * KB, 60 * KB)),
      owner: rng.pick(TEAMS), created: isoDate(createdDay), tasks: own, phases, lifecycle,
      updated: isoDate(createdDay + rng.int(0, 90)),
    });
    for (const [i, t] of own.entries()) {
      const subject = title.split(' ').slice(-2).join(' ');
      const taskTitle = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}: ${['contract', 'hardening', 'scale', 'follow-up'][i]}`;
      const taskId = `TASK-${pad(t)}`;
      const taskSlug = slugOf(taskTitle);
      tasks.push({
        kind: 'task', num: t, id: taskId, title: taskTitle, slug: taskSlug, path: `tasks/${taskId}-${taskSlug}.md`,
        targetBytes: Math.round(rng.logNormal(8 * KB, 0.3, 3 * KB, 20 * KB)), owner: rng.pick(TEAMS),
        created: isoDate(createdDay + rng.int(0, 30)), rfc: n, status: taskStatusFor(rng, phases[i]),
      });
    }
  }
  const adrs: AdrPlan[] = [];
  for (let n = 1; n <= Math.max(1, Math.floor(rfcCount / 2)); n++) {
    const title = `Use ${titleOf(rng).toLowerCase()}`;
    const slug = slugOf(title);
    adrs.push({
      kind: 'adr', num: n, id: `ADR-${pad(n)}`, title, slug, path: `docs/adr/${pad(n)}-${slug}.md`,
      targetBytes: Math.round(rng.logNormal(3 * KB, 0.3, 1.5 * KB, 8 * KB)), owner: rng.pick(TEAMS),
      created: isoDate(rng.int(0, 330)),
    });
  }
  return { seed, rfcs, tasks, adrs, largeRfc };
}
