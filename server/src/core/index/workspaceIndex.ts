import { idNumber } from '../ids';
import { lowerBound } from '../sorted';
import type { DocKind } from '../types';
import { dirname } from './paths';
import type { DocSummary } from './summary';
import { orderDocuments } from './documentOrder';
import type { DocumentOrder } from './documentOrder';

/** A numbered document's section keys and header fields (`DocSummary.sections`). */
export interface NumberedSections {
  readonly number: number;
  readonly sections: readonly string[];
}

/** A kind's numbered documents whose sections are known, by number; `complete` when those are all of them. */
export interface NumberedDocuments {
  readonly documents: readonly NumberedSections[];
  readonly complete: boolean;
  readonly order: DocumentOrder;
  /** A document's number in the order (`orderDocuments`); NaN for one it does not place. */
  numberOf(path: string): number;
}

/**
 * The workspace's documents by path and by id, with the reverse references (who points at an id).
 * Holds summaries only. Updated one file at a time; `generation` changes with every update so that
 * callers can cache what they derive from it.
 */
export class WorkspaceIndex {
  private readonly byPath = new Map<string, DocSummary>();
  private readonly byIdMap = new Map<string, DocSummary[]>();
  private readonly referrersMap = new Map<string, Set<string>>();
  private readonly byFolder = new Map<string, Set<string>>();
  private readonly kindCounts = new Map<DocKind, number>();
  /** Bumped when a document of the folder (or kind) is added, replaced or removed. */
  private readonly folderVersions = new Map<string, number>();
  private readonly kindVersions = new Map<DocKind, number>();
  /** Each folder's paths in sorted order, built when asked and dropped when a path comes or goes. */
  private readonly sortedFolders = new Map<string, readonly string[]>();
  /** Bumped when a path is added to or removed from the folder (not when a document changes). */
  private readonly memberVersions = new Map<string, number>();
  private generationCounter = 0;
  /** The highest id number of each kind, kept up as documents come; dropped when the highest goes. */
  private readonly highest = new Map<DocKind, number>();
  /** `titleIds` of each kind, at the kind's version. */
  private readonly titleIdCounts = new Map<DocKind, { readonly version: number; readonly read: number; readonly titled: number }>();
  /** The tasks naming each RFC's phases (see `tasksNamingPhases`), and the task version they were built at. */
  private phaseNamers: { readonly version: number; readonly byRfc: Map<string, Map<string, string[]>> } | undefined;
  /** Each kind's numbered documents with their sections (see `sectionsByNumber`), and the versions they were built at. */
  private readonly numbered = new Map<string, { readonly version: number; readonly noted: number; readonly list: NumberedDocuments; readonly unknown: Set<string> }>();
  /** Section keys the rules read in a document whose summary has none (`noteSections`), by path. */
  private readonly notedSections = new Map<string, readonly string[]>();
  /** The day a document was written, as the metadata file beside it gives it (`noteWrittenDay`), by path. */
  private readonly metadataDays = new Map<string, number>();
  private notedVersion = 0;

  get generation(): number {
    return this.generationCounter;
  }

  get size(): number {
    return this.byPath.size;
  }

  set(summary: DocSummary): void {
    if (this.notedSections.delete(summary.path)) this.notedVersion++;
    if (!this.removeContributions(summary.path)) this.membersChanged(dirname(summary.path));
    this.byPath.set(summary.path, summary);
    this.kindCounts.set(summary.kind, (this.kindCounts.get(summary.kind) ?? 0) + 1);
    this.touch(summary);
    const folder = dirname(summary.path);
    let inFolder = this.byFolder.get(folder);
    if (!inFolder) this.byFolder.set(folder, (inFolder = new Set()));
    inFolder.add(summary.path);
    if (summary.id) {
      const h = this.highest.get(summary.kind);
      if (h !== undefined) this.highest.set(summary.kind, Math.max(h, idNumber(summary.id) || 0));
      const list = this.byIdMap.get(summary.id);
      if (list) list.push(summary);
      else this.byIdMap.set(summary.id, [summary]);
    }
    for (const id of referencedIds(summary)) {
      let set = this.referrersMap.get(id);
      if (!set) this.referrersMap.set(id, (set = new Set()));
      set.add(summary.path);
    }
    this.generationCounter++;
  }

  remove(path: string): boolean {
    if (this.notedSections.delete(path)) this.notedVersion++;
    if (this.metadataDays.delete(path)) this.notedVersion++;
    const had = this.removeContributions(path);
    this.byPath.delete(path);
    if (had) this.membersChanged(dirname(path));
    if (had) this.generationCounter++;
    return had;
  }

  get(path: string): DocSummary | undefined {
    return this.byPath.get(path);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Documents carrying `id` (more than one when files share an id). */
  byId(id: string): readonly DocSummary[] {
    return this.byIdMap.get(id) ?? [];
  }

  /** Paths of documents that reference `id`. */
  referrers(id: string): ReadonlySet<string> {
    return this.referrersMap.get(id) ?? new Set();
  }

  /**
   * The tasks whose text names a phase of RFC `rfcId` (`RFC-0082 Phase 0` in a task: `phases` of its
   * summary), by phase label, in index order. Built once for every RFC and kept until a task changes:
   * asked by each RFC's rules, a pass over every task per RFC was quadratic in the workspace.
   */
  tasksNamingPhases(rfcId: string): ReadonlyMap<string, readonly string[]> {
    const version = this.kindVersion('task');
    if (this.phaseNamers?.version !== version) {
      const byRfc = new Map<string, Map<string, string[]>>();
      for (const t of this.all('task')) {
        if (!t.id) continue;
        for (const key of t.phases ?? []) {
          const hash = key.indexOf('#');
          if (hash < 0) continue;
          const rfc = key.slice(0, hash);
          const label = key.slice(hash + 1);
          let labels = byRfc.get(rfc);
          if (!labels) byRfc.set(rfc, (labels = new Map<string, string[]>()));
          const list = labels.get(label);
          if (list) list.push(t.id);
          else labels.set(label, [t.id]);
        }
      }
      this.phaseNamers = { version, byRfc };
    }
    return this.phaseNamers.byRfc.get(rfcId) ?? NO_PHASE_NAMERS;
  }

  /**
   * The documents of a kind that carry a number and whose sections were read, by number, with their
   * section keys: the order they were written in, for `sectionOnset`. Shared and kept until a
   * document of the kind changes, so never modify it.
   */
  sectionsByNumber(kind: DocKind, withoutDays = false): NumberedDocuments {
    const version = this.kindVersion(kind);
    const memo = withoutDays ? `${kind}#nodays` : kind;
    const kept = this.numbered.get(memo);
    // While some documents' sections are still unknown, the list says only that: notes of the others
    // (the CLI's first pass, one RFC at a time) do not rebuild it, which made that pass quadratic.
    if (kept?.version === version && (kept.noted === this.notedVersion || kept.unknown.size > 0)) return kept.list;
    const documents: NumberedSections[] = [];
    const unknown = new Set<string>();
    const all = [...this.all(kind)].filter((s) => !s.moved);
    const known = all.map((s) => s.sections ?? this.notedSections.get(s.path));
    const { order, numbers } = orderDocuments(all, known, withoutDays, (path) => this.metadataDays.get(path) ?? Number.NaN);
    for (const [i, s] of all.entries()) {
      const sections = known[i];
      // While its sections are unknown, so may be the day a document was written: it counts as unknown.
      if (sections && numbers[i] > 0) documents.push({ number: numbers[i], sections });
      else if (!sections && (order === 'written' || numbers[i] > 0)) unknown.add(s.path);
    }
    documents.sort((a, b) => a.number - b.number);
    // Built when first asked: only a document that lacks a part asks, and a keystroke rebuilds the list.
    let byPath: Map<string, number> | undefined;
    const numberOf = (path: string): number => (byPath ??= new Map(all.map((s, i) => [s.path, numbers[i]] as const))).get(path) ?? Number.NaN;
    const list = { documents, complete: unknown.size === 0, order, numberOf };
    this.numbered.set(memo, { version, noted: this.notedVersion, list, unknown });
    return list;
  }

  /**
   * The day the document at `path` was written, as the metadata file beside it gives it (see
   * `metadataDays`; NaN: none), for `sectionsByNumber` where its own text gives none. Whether that
   * changed what the index held.
   */
  noteWrittenDay(path: string, day: number): boolean {
    const had = this.metadataDays.get(path);
    if (day > 0 ? had === day : had === undefined) return false;
    if (day > 0) this.metadataDays.set(path, day);
    else this.metadataDays.delete(path);
    this.notedVersion++;
    // The eras of every document of its kind may change: their findings depend on the kind's version.
    const summary = this.byPath.get(path);
    if (summary) this.kindVersions.set(summary.kind, this.kindVersion(summary.kind) + 1);
    return true;
  }

  /** The numbered documents of a kind whose sections are not known yet (see `sectionsByNumber`). */
  withoutSections(kind: DocKind): readonly string[] {
    this.sectionsByNumber(kind);
    return [...(this.numbered.get(kind)?.unknown ?? [])].sort();
  }

  /**
   * The section keys of a document whose summary carries none (the CLI's `rules` detail stops
   * reading at the header): what its analysis read, kept for `sectionsByNumber` until the document
   * changes. `sections` is asked only when they are needed. The document's sections as known now.
   */
  noteSections(path: string, sections: () => readonly string[]): readonly string[] | undefined {
    const summary = this.byPath.get(path);
    // An editor's summaries carry their sections: nothing to work out on a keystroke.
    if (!summary) return undefined;
    const known = summary.sections ?? this.notedSections.get(path);
    if (known) return known;
    const read = sections();
    this.notedSections.set(path, read);
    this.notedVersion++;
    for (const kept of this.numbered.values()) kept.unknown.delete(path);
    return read;
  }

  *all(kind?: DocKind): IterableIterator<DocSummary> {
    for (const s of this.byPath.values()) if (kind === undefined || s.kind === kind) yield s;
  }

  /** Paths of the documents in a folder (not recursive), sorted; shared, so never modify it. */
  pathsInFolder(folder: string): readonly string[] {
    let sorted = this.sortedFolders.get(folder);
    if (!sorted) {
      sorted = [...(this.byFolder.get(folder) ?? [])].sort();
      this.sortedFolders.set(folder, sorted);
    }
    return sorted;
  }

  /**
   * The paths in a folder whose file name starts with `prefix`: a binary search in the sorted
   * listing, so `tasks/TASK-0042-*.md` looks at the few tasks it can match, not at all 40,000.
   */
  pathsWithPrefix(folder: string, prefix: string): readonly string[] {
    const sorted = this.pathsInFolder(folder);
    if (prefix === '') return sorted;
    const full = folder === '' ? prefix : `${folder}/${prefix}`;
    const lo = lowerBound(sorted, full);
    let end = lo;
    while (end < sorted.length && sorted[end].startsWith(full)) end++;
    return sorted.slice(lo, end);
  }

  /** A number that changes whenever a path is added to or removed from the folder. */
  membersVersion(folder: string): number {
    return this.memberVersions.get(folder) ?? 0;
  }

  private membersChanged(folder: string): void {
    this.sortedFolders.delete(folder);
    this.memberVersions.set(folder, (this.memberVersions.get(folder) ?? 0) + 1);
  }

  /**
   * A number that changes whenever a document of the folder changes: what callers key caches of a
   * folder's listing on (typing in an RFC does not invalidate the tasks folder's).
   */
  folderVersion(folder: string): number {
    return this.folderVersions.get(folder) ?? 0;
  }

  /** Like `folderVersion`, for all documents of a kind. */
  kindVersion(kind: DocKind): number {
    return this.kindVersions.get(kind) ?? 0;
  }

  private touch(s: DocSummary): void {
    const folder = dirname(s.path);
    this.folderVersions.set(folder, (this.folderVersions.get(folder) ?? 0) + 1);
    this.kindVersions.set(s.kind, (this.kindVersions.get(s.kind) ?? 0) + 1);
  }

  /**
   * The highest id number among the documents of a kind (0 without any): a rule asks on every
   * keystroke, and counting through 4,000 tasks each time was a third of a keystroke's diagnostics.
   */
  highestNumber(kind: DocKind): number {
    let h = this.highest.get(kind);
    if (h === undefined) {
      h = 0;
      for (const s of this.all(kind)) if (s.id) h = Math.max(h, idNumber(s.id) || 0);
      this.highest.set(kind, h);
    }
    return h;
  }

  /**
   * How many of a kind's read documents there are, and how many of them have a title heading that
   * carries an id: a template's `# KEP-NNNN: Title` is the team's practice only where most titles
   * follow it (`title-format`).
   */
  titleIds(kind: DocKind): { readonly read: number; readonly titled: number } {
    const version = this.kindVersion(kind);
    const kept = this.titleIdCounts.get(kind);
    if (kept?.version === version) return kept;
    let read = 0;
    let titled = 0;
    for (const s of this.all(kind)) {
      if (!s.loaded || s.moved) continue;
      read++;
      if (s.titleId) titled++;
    }
    const counts = { version, read, titled };
    this.titleIdCounts.set(kind, counts);
    return counts;
  }

  /** How many documents of a kind the index holds. */
  count(kind: DocKind): number {
    return this.kindCounts.get(kind) ?? 0;
  }

  /** Documents in a folder (not recursive). */
  *inFolder(folder: string): IterableIterator<DocSummary> {
    for (const p of this.byFolder.get(folder) ?? []) {
      const s = this.byPath.get(p);
      if (s) yield s;
    }
  }

  private removeContributions(path: string): boolean {
    const old = this.byPath.get(path);
    if (!old) return false;
    this.byFolder.get(dirname(path))?.delete(path);
    this.kindCounts.set(old.kind, (this.kindCounts.get(old.kind) ?? 1) - 1);
    this.touch(old);
    if (old.id) {
      if (this.highest.get(old.kind) === idNumber(old.id)) this.highest.delete(old.kind);
      const list = this.byIdMap.get(old.id);
      if (list) {
        const rest = list.filter((s) => s.path !== path);
        if (rest.length > 0) this.byIdMap.set(old.id, rest);
        else this.byIdMap.delete(old.id);
      }
    }
    for (const id of referencedIds(old)) {
      const set = this.referrersMap.get(id);
      set?.delete(path);
      if (set && set.size === 0) this.referrersMap.delete(id);
    }
    return true;
  }
}

function referencedIds(s: DocSummary): Set<string> {
  const ids = new Set<string>();
  for (const r of s.refs) for (const id of r.ids) if (id !== s.id) ids.add(id);
  return ids;
}

const NO_PHASE_NAMERS: ReadonlyMap<string, readonly string[]> = new Map();
