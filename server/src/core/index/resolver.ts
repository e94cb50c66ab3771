import { idFromFileName } from '../ids';
import type { DocumentClassifier } from './globs';
import { globMatcher, isGlob } from './globs';
import { basename, dirname, joinPath } from './paths';
import type { WorkspaceIndex } from './workspaceIndex';

/** What a written path names. */
export type Resolution =
  /** Found: `loose` when written in a loose form (abbreviated slug, glob, id without slug). */
  | { readonly status: 'resolved'; readonly targets: readonly string[]; readonly loose: boolean; readonly directory?: boolean }
  /**
   * Names nothing; `suggestions` are the documents carrying the same id (cheap, so diagnostics can
   * name them). Close names in the folder come from `suggest`, asked only by a quick fix.
   */
  | { readonly status: 'broken'; readonly target: string; readonly suggestions: readonly string[] }
  /** Points outside the workspace root; never read. */
  | { readonly status: 'outside' };

/** Tells whether a workspace-relative path is a file or folder on disk (for non-document targets). */
export type FileProbe = (path: string) => 'file' | 'directory' | undefined;

const MACHINE_PATH_RE = /^(?:\/(?:home|Users|etc|usr|tmp|var|opt|root|mnt|proc|dev|private|Volumes|srv|bin|sbin|lib)\b|~|[A-Za-z]:[\\/]|\\\\)/;
const ABBREVIATED_RE = /(?:…|\.\.\.)\.?(?:md)?$/;

/**
 * Resolves written paths against the index (and, for files that are not documents, the file
 * probe). Paths are tried as repository-relative and as relative to the referring file's folder.
 */
export class ReferenceResolver {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly classifier: DocumentClassifier,
    private readonly probe: FileProbe = () => undefined,
  ) {}

  private readonly matchers = new Map<string, (p: string) => boolean>();
  private readonly globCache = new Map<string, { readonly version: number; readonly hits: string[] }>();

  resolvePath(written: string, fromPath: string): Resolution {
    const w = written.replace(/[\u2010\u2011]/g, '-');
    if (MACHINE_PATH_RE.test(w)) return { status: 'outside' };
    const fromDir = dirname(fromPath);
    let candidates: (string | undefined)[];
    if (w.startsWith('/')) candidates = [joinPath('', w)];
    else if (w.startsWith('./') || w.startsWith('../')) candidates = [joinPath(fromDir, w)];
    else candidates = [joinPath('', w), joinPath(fromDir, w)];
    const inside = candidates.filter((c): c is string => c !== undefined && c !== '');
    if (inside.length === 0) return { status: 'outside' };

    for (const c of inside) {
      if (this.index.has(c)) return { status: 'resolved', targets: [c], loose: false };
    }
    for (const c of inside) {
      const kind = this.probe(c);
      if (kind) return { status: 'resolved', targets: [c], loose: false, ...(kind === 'directory' ? { directory: true } : {}) };
    }
    const primary = inside[0];
    const glob = isGlob(w);
    if (glob) {
      for (const c of inside) {
        const hits = this.globHits(c);
        if (hits.length > 0) return { status: 'resolved', targets: hits, loose: true };
      }
    }
    const name = basename(primary);
    const id = idFromFileName(name, this.isAdrFolder(inside) ? 'adr' : undefined);
    const sameId = id ? this.index.byId(id).map((s) => s.path) : [];
    const loose = ABBREVIATED_RE.test(w) || glob || !/\.(md|markdown)$/i.test(name);
    if (id && sameId.length > 0 && loose) {
      const inFolder = sameId.filter((p) => inside.some((c) => dirname(c) === dirname(p)));
      return { status: 'resolved', targets: inFolder.length > 0 ? inFolder : sameId, loose: true };
    }
    return { status: 'broken', target: primary, suggestions: sameId };
  }

  /**
   * The documents a glob matches, kept while no file comes into or leaves its folder. Only the
   * paths that start with the glob's literal prefix are tested: `tasks/TASK-0042-*.md` in a
   * workspace of 40,000 tasks tests a handful, not all of them.
   */
  private globHits(glob: string): string[] {
    const folder = dirname(glob);
    const version = this.index.membersVersion(folder);
    const cached = this.globCache.get(glob);
    if (cached && cached.version === version) return cached.hits;
    const prefix = /^[^*?[\]{}()!+@\\]*/.exec(basename(glob))?.[0] ?? '';
    const matches = this.matcher(glob);
    // Not `.filter(matches)`: picomatch reads a second argument as "return an object", which is truthy.
    const hits = this.index.pathsWithPrefix(folder, prefix).filter((p) => matches(p));
    if (this.globCache.size > 500) this.globCache.clear();
    this.globCache.set(glob, { version, hits });
    return hits;
  }

  /** A compiled glob, kept: the same written globs come back on every keystroke. */
  private matcher(glob: string): (p: string) => boolean {
    let m = this.matchers.get(glob);
    if (!m) {
      if (this.matchers.size > 500) this.matchers.clear();
      m = globMatcher(glob);
      this.matchers.set(glob, m);
    }
    return m;
  }

  private isAdrFolder(candidates: readonly string[]): boolean {
    return candidates.some((c) => this.classifier.folders.adr.includes(dirname(c)));
  }

  /**
   * Existing documents in the folder of a broken path whose names are close to the written one, best
   * first. Costs an edit distance per document of the folder: for quick fixes, not diagnostics.
   */
  suggest(target: string): string[] {
    const scored: { path: string; d: number }[] = [];
    const want = basename(target).toLowerCase();
    for (const p of this.index.pathsInFolder(dirname(target))) {
      const d = editDistance(want, basename(p).toLowerCase(), Math.max(3, Math.floor(want.length / 3)));
      if (d >= 0) scored.push({ path: p, d });
    }
    scored.sort((a, b) => a.d - b.d || a.path.localeCompare(b.path));
    return [...new Set(scored.map((s) => s.path))].slice(0, 3);
  }
}

/** Levenshtein distance, or -1 when it exceeds `max` (so long lists stay cheap). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return -1;
    prev = cur;
  }
  return prev[b.length] <= max ? prev[b.length] : -1;
}
