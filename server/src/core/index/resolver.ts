import { idFromFileName } from '../ids';
import type { DocumentClassifier } from './globs';
import { globMatcher, isGlob } from './globs';
import { basename, dirname, joinPath } from './paths';
import type { WorkspaceIndex } from './workspaceIndex';

/** What a written path names. */
export type Resolution =
  /** Found: `loose` when written in a loose form (abbreviated slug, glob, id without slug). */
  | { readonly status: 'resolved'; readonly targets: readonly string[]; readonly loose: boolean; readonly directory?: boolean }
  /** Names nothing; `suggestions` are the closest existing documents (same id first). */
  | { readonly status: 'broken'; readonly target: string; readonly suggestions: readonly string[] }
  /** Points outside the workspace root; never read. */
  | { readonly status: 'outside' };

/** Tells whether a workspace-relative path is a file or folder on disk (for non-document targets). */
export type FileProbe = (path: string) => 'file' | 'directory' | undefined;

const MACHINE_PATH_RE = /^(?:\/(?:home|Users|etc|usr|tmp|var|opt|root|mnt|proc|dev|private|Volumes|srv|bin|sbin|lib)\b|~|[A-Za-z]:[\\/]|\\\\)/;
const ABBREVIATED_RE = /(?:…|\.\.\.)(?:\.md)?$/;

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
    if (isGlob(w)) {
      for (const c of inside) {
        const match = globMatcher(c);
        const hits = [...this.index.inFolder(dirname(c))].map((s) => s.path).filter(match);
        if (hits.length > 0) return { status: 'resolved', targets: hits, loose: true };
      }
    }
    const name = basename(primary);
    const id = idFromFileName(name, this.isAdrFolder(inside) ? 'adr' : undefined);
    const sameId = id ? this.index.byId(id).map((s) => s.path) : [];
    const loose = ABBREVIATED_RE.test(w) || isGlob(w) || !/\.(md|markdown)$/i.test(name);
    if (id && sameId.length > 0 && loose) {
      const inFolder = sameId.filter((p) => inside.some((c) => dirname(c) === dirname(p)));
      return { status: 'resolved', targets: inFolder.length > 0 ? inFolder : sameId, loose: true };
    }
    return { status: 'broken', target: primary, suggestions: sameId.length > 0 ? sameId : this.closest(inside) };
  }

  private isAdrFolder(candidates: readonly string[]): boolean {
    return candidates.some((c) => this.classifier.folders.adr.includes(dirname(c)));
  }

  /** Existing documents in the same folder whose names are close to the written one. */
  private closest(candidates: readonly string[]): string[] {
    const scored: { path: string; d: number }[] = [];
    for (const c of candidates) {
      const want = basename(c).toLowerCase();
      for (const s of this.index.inFolder(dirname(c))) {
        const d = editDistance(want, basename(s.path).toLowerCase(), Math.max(3, Math.floor(want.length / 3)));
        if (d >= 0) scored.push({ path: s.path, d });
      }
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
