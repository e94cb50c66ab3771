import type { Rng } from '../prng';
import type { DocPlan, WorkspacePlan } from './plan';
import { pad } from './plan';

/**
 * How one document refers to another, in the forms real repositories use: exact paths in backticks
 * and Markdown links, bare ids, and the loose forms people type (abbreviated slugs, globs, ids
 * without slug, `:line` and `#anchor` suffixes, id ranges, shorthand lists, non-breaking hyphens).
 * About 5% of mentions are broken on purpose (a stale slug, an id that does not exist, a link to a
 * missing file), so link checking has real work to report.
 */
export type RefForm =
  | 'path' | 'barePath' | 'mdlink' | 'bare' | 'nbHyphen' | 'abbrev' | 'glob' | 'idOnly' | 'lineSuffix' | 'anchor' | 'range' | 'list';
export type BrokenForm = 'staleSlug' | 'unknownId' | 'missingFile';

/** What the generator planted, for the manifest (and for sanity checks of the rules' findings). */
export interface RefStats {
  forms: Partial<Record<RefForm, number>>;
  broken: Partial<Record<BrokenForm, number>>;
}

export const BROKEN_SHARE = 0.05;

const FORM_WEIGHTS: Readonly<Record<RefForm, number>> = {
  bare: 30, path: 18, mdlink: 16, barePath: 3, nbHyphen: 3, abbrev: 5, glob: 3, idOnly: 4, lineSuffix: 3, anchor: 5, range: 4, list: 4,
};
const RFC_ANCHORS = ['context', 'goals', 'proposed-design', 'security-considerations', 'failure-model-normative', 'open-questions'];
const TASK_ANCHORS = ['context', 'stop-conditions', 'proof', 'notes'];
const STALE_SLUGS = ['draft', 'old-name', 'wip', 'initial-notes', 'v1'];

export function emptyRefStats(): RefStats {
  return { forms: {}, broken: {} };
}

export class RefWriter {
  private readonly fromDir: string;

  constructor(
    private readonly plan: WorkspacePlan,
    fromPath: string,
    private readonly rng: Rng,
    private readonly stats: RefStats,
  ) {
    this.fromDir = fromPath.slice(0, fromPath.lastIndexOf('/'));
  }

  /** A mention of `target` in a form chosen the way people mix them, broken about 5% of the time. */
  mention(target: DocPlan): string {
    if (this.rng.chance(BROKEN_SHARE)) return this.broken(target);
    return this.as(target, this.rng.weighted(FORM_WEIGHTS));
  }

  /** The exact repository-relative path in backticks: the template's Links form. */
  exactPath(target: DocPlan): string {
    this.count('path');
    return `\`${target.path}\``;
  }

  /** A Markdown link relative to the referring file's folder, as editors insert them. */
  markdownLink(target: DocPlan, fragment = ''): string {
    this.count('mdlink');
    return `[${target.id}](${relativePath(this.fromDir, target.path)}${fragment})`;
  }

  as(target: DocPlan, form: RefForm): string {
    const folder = target.path.slice(0, target.path.lastIndexOf('/'));
    const stem = target.kind === 'adr' ? `${folder}/${pad(target.num)}` : `${folder}/${target.id}`;
    switch (form) {
      case 'path':
        return this.exactPath(target);
      case 'mdlink':
        return this.markdownLink(target, this.rng.chance(0.3) ? `#${this.rng.pick(target.kind === 'task' ? TASK_ANCHORS : RFC_ANCHORS)}` : '');
      case 'barePath':
        return this.counted(form, target.path);
      case 'nbHyphen':
        return this.counted(form, target.id.replace('-', '\u2011'));
      case 'abbrev':
        return this.counted(form, `\`${stem}-${this.rng.pick(['…', '...'])}\``);
      case 'glob':
        return this.counted(form, `\`${stem}-*.md\``);
      case 'idOnly':
        return this.counted(form, `\`${stem}\``);
      case 'lineSuffix':
        return this.counted(form, `\`${target.path}:${this.rng.int(5, 180)}\``);
      case 'anchor':
        return this.counted(form, `\`${target.path}#${this.rng.pick(target.kind === 'task' ? TASK_ANCHORS : RFC_ANCHORS)}\``);
      case 'range':
        return target.kind === 'task' ? this.counted(form, this.range(target.num)) : this.as(target, 'bare');
      case 'list':
        return target.kind === 'task' ? this.counted(form, this.list(target.num)) : this.as(target, 'bare');
      case 'bare':
        return this.counted(form, target.id);
    }
  }

  private range(from: number): string {
    const to = Math.min(from + this.rng.int(1, 3), this.plan.tasks.length);
    if (to === from) return `TASK-${pad(from)}`;
    return `TASK-${pad(from)}${this.rng.pick(['..', '\u2013'])}${pad(to)}`;
  }

  private list(first: number): string {
    const ids = [first];
    for (let n = first + 1; n <= this.plan.tasks.length && ids.length < 3; n++) if (this.rng.chance(0.7)) ids.push(n);
    return `TASK-${ids.map(pad).join('/')}`;
  }

  private broken(target: DocPlan): string {
    const form = this.rng.weighted<BrokenForm>({ staleSlug: 50, unknownId: 25, missingFile: 25 });
    this.stats.broken[form] = (this.stats.broken[form] ?? 0) + 1;
    const folder = target.path.slice(0, target.path.lastIndexOf('/'));
    const prefix = target.kind === 'adr' ? pad(target.num) : target.id;
    switch (form) {
      case 'staleSlug':
        return `\`${folder}/${prefix}-${this.rng.pick(STALE_SLUGS)}.md\``;
      case 'unknownId':
        return `TASK-${pad(this.plan.tasks.length + this.rng.int(1, 900))}`;
      case 'missingFile': {
        const missing = `tasks/TASK-${pad(this.plan.tasks.length + this.rng.int(1, 900))}-${this.rng.pick(STALE_SLUGS)}.md`;
        return `[the follow-up](${relativePath(this.fromDir, missing)})`;
      }
    }
  }

  private counted(form: RefForm, text: string): string {
    this.count(form);
    return text;
  }

  private count(form: RefForm): void {
    this.stats.forms[form] = (this.stats.forms[form] ?? 0) + 1;
  }
}

/** Path of `to` relative to folder `fromDir`, both workspace-relative. */
export function relativePath(fromDir: string, to: string): string {
  const a = fromDir === '' ? [] : fromDir.split('/');
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
