import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocKind, Finding, IndexedSummary, RfcService, SummaryCache, TrackedFindings, WorkspaceHost } from '../core';
import { keysOfChange } from '../core';
import type { CachedFindings, CachedProbes, FileEntry, FileMeta, RootSection } from './cache';
import { detached, racy, sha1 } from './cache';

/**
 * One workspace root's side of `--cache`, during a run. It sits in two places: as the core's
 * `SummaryCache`, it hands the index the summaries of files that did not change (so they are not
 * read and parsed again); as the host, it notes what each file read was (size, time, hash) and which
 * non-document paths the rules probed. Findings of a document (an RFC, a task or an ADR) are
 * reused only when its own text is unchanged, no document it read through the index changed
 * (dependency keys, see the core's dependencies.ts), its probes answer the same, and the
 * configuration, template and tool are the ones of the earlier run (the section's key).
 */
export class RootCache implements SummaryCache, WorkspaceHost {
  private previous: RootSection | undefined;
  private readonly files: Record<string, FileEntry> = {};
  /** What each read of this run saw, by path. */
  private readonly reads = new Map<string, FileMeta>();
  /** Paths whose summary came from the cache: unchanged since the earlier run. */
  private readonly unchanged = new Set<string>();
  /** Dependency keys made stale by documents that changed, appeared or went. */
  private readonly stale = new Set<string>();
  /** The probes of the document being checked, while one is. */
  private recording: { found: [string, 'file' | 'directory'][]; missingUnder: Set<string>; absent: Set<string> } | undefined;
  /** Folder times read this run (the section keeps those that documents' missing probes rely on). */
  private readonly dirTimes = new Map<string, number | undefined>();
  private readonly runStart = Date.now();
  /** Whether this run learned anything the cache file does not hold yet. */
  private dirty = false;

  /** The cache file as a path of this root ('' when it lies outside): never a file of the repository. */
  private readonly ownFile: string;

  constructor(
    readonly root: string,
    private readonly host: WorkspaceHost,
    cacheFile: string,
  ) {
    const rel = path.relative(root, cacheFile).split(path.sep).join('/');
    this.ownFile = rel.startsWith('..') || path.isAbsolute(rel) ? '' : rel;
  }

  /** Takes the earlier run's section (already checked against this run's key), if any. */
  begin(previous: RootSection | undefined): void {
    this.previous = previous;
    this.dirty = previous === undefined;
  }

  // --- SummaryCache -------------------------------------------------------------------------

  async cached(p: string, kind: DocKind): Promise<IndexedSummary | undefined> {
    const entry = this.previous?.files[p];
    if (!entry?.summary || entry.summary.kind !== kind) return undefined;
    const meta = await this.unchangedMeta(p, entry);
    if (!meta) return undefined;
    this.unchanged.add(p);
    if (meta !== entry) this.dirty = true;
    // Findings are carried over only once they are found to hold (`reuse`, `section`).
    this.files[p] = { size: meta.size, mtimeMs: meta.mtimeMs, hash: meta.hash, summary: entry.summary };
    return entry.summary;
  }

  stored(summary: IndexedSummary): void {
    this.dirty = true;
    const meta = this.reads.get(summary.path);
    if (meta) this.files[summary.path] = { ...meta, summary };
    const before = this.previous?.files[summary.path]?.summary;
    // A file read again whose summary is the same (an edit of a task's body) changes no other file's findings.
    if (!before || canonical(before) !== canonical(summary)) for (const k of keysOfChange(before, summary)) this.stale.add(k);
  }

  /** After indexing: documents of the earlier run that this one did not index are gone. */
  indexed(): void {
    for (const [p, entry] of Object.entries(this.previous?.files ?? {})) {
      if (!entry.summary || this.files[p]) continue;
      this.dirty = true;
      for (const k of keysOfChange(entry.summary, undefined)) this.stale.add(k);
    }
  }

  // --- WorkspaceHost ------------------------------------------------------------------------

  listFiles(globs: readonly string[], ignore: readonly string[]): Promise<string[]> {
    return this.host.listFiles(globs, ignore);
  }

  /**
   * The repository's file names, without the cache file itself (and its temporary twin): writing the
   * cache must not change the list that cached findings depend on (`repo=` keys of the core). Absent
   * when the host cannot list them: the core then knows no list, rather than an empty one.
   */
  get listRepositoryFiles(): ((under?: string) => Promise<readonly string[]>) | undefined {
    const list = this.host.listRepositoryFiles?.bind(this.host);
    if (!list) return undefined;
    const own = this.ownFile;
    return async (under) => {
      const files = await list(under);
      return own === '' ? files : files.filter((f) => f !== own && !(f.startsWith(`${own}.`) && f.endsWith('.tmp')));
    };
  }

  /** Reads through the host, noting size and time taken before the read (a later change then shows). */
  async readFile(p: string): Promise<string | undefined> {
    const stat = this.stat(p);
    const text = await this.host.readFile(p);
    if (text !== undefined && stat) this.reads.set(p, { size: stat.size, mtimeMs: stat.mtimeMs, hash: sha1(text) });
    else this.reads.delete(p);
    return text;
  }

  probe(p: string): 'file' | 'directory' | undefined {
    const result = this.host.probe(p);
    if (this.recording) {
      if (result) this.recording.found.push([p, result]);
      else this.recordMissing(p, this.recording);
    }
    return result;
  }

  // --- Findings -----------------------------------------------------------------------------

  /** The findings of a document from the earlier run, when they still hold; kept for the next run too. */
  reuse(p: string, service: RfcService): readonly Finding[] | undefined {
    const checked = this.previous?.files[p]?.checked;
    if (!checked || !this.unchanged.has(p) || !this.files[p]) return undefined;
    if (!service.dependenciesHold(checked.dependencies, this.stale) || !this.probesHold(checked.probes)) {
      this.dirty = true;
      const { checked: _dropped, ...rest } = this.files[p];
      this.files[p] = rest;
      return undefined;
    }
    this.files[p] = { ...this.files[p], checked };
    if (checked.sections) service.recordSections(p, checked.sections);
    return checked.findings;
  }

  /** Checks a document whose text was just read, recording its dependencies and probes for the next run. */
  async track(p: string, check: () => Promise<TrackedFindings>): Promise<readonly Finding[]> {
    const recording = { found: [] as [string, 'file' | 'directory'][], missingUnder: new Set<string>(), absent: new Set<string>() };
    this.recording = recording;
    let tracked: TrackedFindings;
    try {
      tracked = await check();
    } finally {
      this.recording = undefined;
    }
    this.dirty = true;
    const probes: CachedProbes = { found: recording.found, missingUnder: [...recording.missingUnder].sort(), absent: [...recording.absent].sort() };
    const findings = detached(tracked.findings);
    const checkedRead = this.reads.get(p);
    const entry = this.files[p];
    // Kept only when the text checked is the text indexed: a file that changed in between is left out.
    if (checkedRead && entry && checkedRead.hash === entry.hash) {
      const checked: CachedFindings = { findings, dependencies: tracked.dependencies, probes, ...(tracked.sections ? { sections: tracked.sections } : {}) };
      this.files[p] = { ...entry, checked };
    }
    return findings;
  }

  /** Drops the findings of files whose text or context this run changed (fixes). */
  forget(paths: Iterable<string>): void {
    for (const p of paths) {
      this.dirty = true;
      const entry = this.files[p];
      if (entry) this.files[p] = { size: -1, mtimeMs: -1, hash: '', ...(entry.summary ? { summary: entry.summary } : {}) };
    }
  }

  /**
   * The section to write: every document indexed, and the findings of the documents checked or
   * still valid. Findings of documents this run did not check are carried over only while they hold.
   */
  section(key: string, service: RfcService): RootSection | undefined {
    for (const [p, entry] of Object.entries(this.previous?.files ?? {})) {
      if (entry.checked && this.files[p]?.checked === undefined) this.reuse(p, service);
    }
    if (!this.dirty) return undefined;
    const dirs: Record<string, number> = {};
    for (const entry of Object.values(this.files)) {
      for (const dir of entry.checked?.probes.missingUnder ?? []) {
        const time = this.dirTime(dir);
        if (time !== undefined) dirs[dir] = time;
      }
    }
    return { key, runStart: this.runStart, files: this.files, dirs };
  }

  // --- Helpers ------------------------------------------------------------------------------

  /** This run's metadata of a file when it has the content the entry was made from; undefined otherwise. */
  private async unchangedMeta(p: string, entry: FileEntry): Promise<FileMeta | undefined> {
    const stat = this.stat(p);
    if (!stat) return undefined;
    const sameStamp = stat.size === entry.size && stat.mtimeMs === entry.mtimeMs;
    if (sameStamp && !racy(entry.mtimeMs, this.previous?.runStart ?? 0)) return entry;
    // A new time stamp (a checkout, a touch) or a racy one: the content decides, without a parse.
    const text = await this.host.readFile(p);
    if (text === undefined) return undefined;
    const hash = sha1(text);
    return hash === entry.hash ? { size: stat.size, mtimeMs: stat.mtimeMs, hash } : undefined;
  }

  private probesHold(probes: CachedProbes): boolean {
    for (const [p, result] of probes.found) if (this.host.probe(p) !== result) return false;
    for (const p of probes.absent) if (this.exists(p)) return false;
    for (const dir of probes.missingUnder) {
      const recorded = this.previous?.dirs[dir];
      // A folder whose time changed (or was recorded too close to its change) may hold the path now.
      if (recorded === undefined || this.dirTime(dir) !== recorded || racy(recorded, this.previous?.runStart ?? 0)) return false;
    }
    return true;
  }

  /**
   * How a missing path is remembered: by its folder's time when the folder exists (below the root),
   * else by the first missing step on the way, which must stay missing ('*' when the path leaves the
   * root: never reused).
   */
  private recordMissing(p: string, recording: { missingUnder: Set<string>; absent: Set<string> }): void {
    // The host answers "nothing" for any path outside the root, always: such a probe needs no record.
    const normal = path.posix.normalize(p);
    if (normal === '..' || normal.startsWith('../') || path.posix.isAbsolute(normal) || p.includes('\0')) return;
    let missing = p;
    for (let dir = path.posix.dirname(p); ; dir = path.posix.dirname(dir)) {
      const rel = dir === '.' || dir === '/' ? '' : dir;
      if (rel.startsWith('..')) break;
      if (this.dirTime(rel) !== undefined) {
        // The root's own time changes whenever a file is written there (the cache itself, by default):
        // a path missing at the top level is looked at again instead.
        if (missing === p && rel !== '') recording.missingUnder.add(rel);
        else recording.absent.add(missing);
        return;
      }
      if (rel === '') break;
      missing = rel;
    }
    recording.missingUnder.add('*');
  }

  private readonly existing = new Map<string, boolean>();

  private exists(rel: string): boolean {
    let found = this.existing.get(rel);
    if (found === undefined) {
      try {
        found = fs.statSync(path.join(this.root, ...rel.split('/')), { throwIfNoEntry: false }) !== undefined;
      } catch {
        found = false;
      }
      this.existing.set(rel, found);
    }
    return found;
  }

  private dirTime(rel: string): number | undefined {
    if (this.dirTimes.has(rel)) return this.dirTimes.get(rel);
    let time: number | undefined;
    try {
      const stat = fs.statSync(path.join(this.root, ...rel.split('/').filter((s) => s !== '')), { throwIfNoEntry: false });
      time = stat?.isDirectory() ? stat.mtimeMs : undefined;
    } catch {
      time = undefined;
    }
    this.dirTimes.set(rel, time);
    return time;
  }

  private stat(p: string): fs.Stats | undefined {
    try {
      return fs.statSync(path.join(this.root, ...p.split('/')), { throwIfNoEntry: false }) ?? undefined;
    } catch {
      return undefined;
    }
  }
}

/** A summary as JSON with its keys sorted: the same summary gives the same text, however it was built. */
function canonical(summary: IndexedSummary): string {
  return JSON.stringify(summary, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );
}
