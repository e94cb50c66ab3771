import { lowerBound } from '../sorted';
import { FileNameIndex } from './fileNames';

/**
 * Every file of the repository, by name only: what a reader can point at when an RFC names
 * `parser/decls.rs`, `TRACK-NETWORKING.md` or `docs/adr/0012-…-split.md`.
 *
 * Paths are workspace-relative with forward slashes, never empty, with no leading or trailing `/`
 * and no `.`, `..` or empty segments. They are held in one array sorted in JavaScript string order
 * (UTF-16 code units), so every path under a folder, and every path that starts with a given text,
 * is one contiguous run found by binary search. Nothing else is kept per file: no contents, no
 * objects. The lookup by file name (`FileNameIndex`: exact names and name prefixes) is built the
 * first time it is asked for and then kept current by `add`/`remove`.
 *
 * **Case:** every query is case-sensitive, as git and Linux are: `readme.md` does not find
 * `README.md`. A caller that wants to offer a differently-cased file as a suggestion compares
 * case-folded names itself; the list never treats them as the same file.
 *
 * `version` changes whenever the set of paths changes (and only then), so callers can cache what
 * they derive from it.
 */
export class RepositoryFiles {
  private paths: string[] = [];
  private versionCounter = 0;
  /** The paths by file name. Built when first asked. */
  private names?: FileNameIndex;

  constructor(paths: Iterable<string> = []) {
    this.replaceAll(paths);
  }

  /** Changes whenever a path is added or removed (or the whole list is replaced). */
  get version(): number {
    return this.versionCounter;
  }

  get size(): number {
    return this.paths.length;
  }

  /** Every path, sorted (JavaScript string order). The array is the list's own: do not change it. */
  all(): readonly string[] {
    return this.paths;
  }

  /** Whether `path` is a file of the repository. */
  has(path: string): boolean {
    const i = lowerBound(this.paths, path);
    return i < this.paths.length && this.paths[i] === path;
  }

  /** Whether `dir` is a folder of the repository: some file lies under it (at any depth). `''` is the root. */
  hasFolder(dir: string): boolean {
    if (dir === '') return this.paths.length > 0;
    const prefix = `${dir}/`;
    const i = lowerBound(this.paths, prefix);
    return i < this.paths.length && this.paths[i].startsWith(prefix);
  }

  /** The paths whose file name (last segment) is exactly `name`, in path order. */
  byName(name: string): readonly string[] {
    return this.nameIndex().byName(name);
  }

  /**
   * The paths that end with `suffix` at a segment boundary: `parser/decls.rs` finds
   * `compiler/parser/decls.rs` and `parser/decls.rs`, never `oldparser/decls.rs`. A suffix without a
   * slash is a file name (`byName`).
   */
  bySuffix(suffix: string): readonly string[] {
    if (suffix === '' || suffix.endsWith('/')) return [];
    const candidates = this.byName(suffix.slice(suffix.lastIndexOf('/') + 1));
    if (!suffix.includes('/')) return candidates;
    const tail = `/${suffix}`;
    return candidates.filter((p) => p === suffix || p.endsWith(tail));
  }

  /** The paths whose file name starts with `namePrefix` (case-sensitive), sorted. */
  byNamePrefix(namePrefix: string): string[] {
    return this.nameIndex().byNamePrefix(namePrefix);
  }

  /** Every path that starts with `prefix` (any text: `docs/adr/0012-` or `docs/`), sorted. */
  startingWith(prefix: string): string[] {
    const out: string[] = [];
    for (let i = lowerBound(this.paths, prefix); i < this.paths.length && this.paths[i].startsWith(prefix); i++) out.push(this.paths[i]);
    return out;
  }

  /** The files directly in folder `dir` (`''`: the root), as full paths, sorted. */
  inFolder(dir: string): string[] {
    return this.inFolderWithPrefix(dir, '');
  }

  /**
   * The files directly in folder `dir` whose name starts with `namePrefix`: the candidates of an
   * abbreviation such as `docs/adr/0012-…`. Subfolders are skipped by binary search, so the cost
   * follows the folder's own entries, not everything below it.
   */
  inFolderWithPrefix(dir: string, namePrefix: string): string[] {
    const out: string[] = [];
    this.scanFolder(dir, namePrefix, (p) => void out.push(p), () => undefined);
    return out;
  }

  /** The names of the folders directly in `dir` (`''`: the root) that hold files, sorted. */
  foldersIn(dir: string): string[] {
    const out: string[] = [];
    this.scanFolder(dir, '', () => undefined, (name) => void out.push(name));
    // Met in the order of `name/`, which differs from the order of names (`ui-kit/` < `ui/`).
    return out.sort();
  }

  /**
   * The paths written as `before`, then an elided part, then `after`: an abbreviation with an
   * ellipsis (`docs/adr/0012-` … `-split.md`, or `0012-` … `split.md`). `before` begins the path or
   * follows a `/`, so it may name a path from the root or the tail of a longer one. The elided part
   * may be empty and holds no `/` unless `crossFolders` is set. Sorted.
   */
  matching(before: string, after: string, crossFolders = false): string[] {
    const fits = (p: string): boolean => fitsAbbreviation(p, before, after, crossFolders);
    let candidates: readonly string[];
    const beforeName = before.slice(before.lastIndexOf('/') + 1);
    if (after.includes('/')) candidates = this.byName(after.slice(after.lastIndexOf('/') + 1));
    else if (!crossFolders && beforeName !== '') candidates = this.byNamePrefix(beforeName);
    else candidates = this.paths;
    return candidates.filter(fits).sort();
  }

  /** Adds one path; returns false when it was already listed or is not a normalised path. */
  add(path: string): boolean {
    if (!isRepositoryPath(path)) return false;
    const i = lowerBound(this.paths, path);
    if (i < this.paths.length && this.paths[i] === path) return false;
    this.paths.splice(i, 0, path);
    this.names?.add(path);
    this.versionCounter++;
    return true;
  }

  /** Removes one path; returns false when it was not listed. */
  remove(path: string): boolean {
    const i = lowerBound(this.paths, path);
    if (i >= this.paths.length || this.paths[i] !== path) return false;
    this.paths.splice(i, 1);
    this.names?.remove(path);
    this.versionCounter++;
    return true;
  }

  /** Removes every path under folder `dir` (a deleted folder); returns how many. */
  removeFolder(dir: string): number {
    if (dir === '') return this.clear();
    const prefix = `${dir}/`;
    const start = lowerBound(this.paths, prefix);
    let end = start;
    while (end < this.paths.length && this.paths[end].startsWith(prefix)) end++;
    if (end === start) return 0;
    const removed = this.paths.splice(start, end - start);
    if (this.names) for (const p of removed) this.names.remove(p);
    this.versionCounter++;
    return removed.length;
  }

  /** Replaces every path (a fresh listing). Paths that are not normalised are left out; duplicates count once. */
  replaceAll(paths: Iterable<string>): void {
    // One pass keeps what is valid and notes whether it came sorted and unique, as a git index and
    // the walk give it: checking costs one pass over 50,000 paths, sorting them tens of milliseconds.
    const list = Array.isArray(paths) ? (paths as readonly string[]) : Array.from(paths);
    const kept: string[] = [];
    let ordered = true;
    let previous: string | undefined;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (!isRepositoryPath(p)) continue;
      if (previous !== undefined && previous >= p) ordered = false;
      kept.push(p);
      previous = p;
    }
    this.paths = ordered ? kept : sortedUnique(kept);
    this.names = undefined;
    this.versionCounter++;
  }

  private clear(): number {
    const n = this.paths.length;
    if (n > 0) this.replaceAll([]);
    return n;
  }

  /**
   * Walks the entries directly in `dir` whose name starts with `namePrefix`: files go to `file`,
   * subfolders (once each) to `folder`, and a subfolder's contents are jumped over: every path in
   * `dir/sub/` sorts before `dir/sub0`, `0` being the character after `/`.
   */
  private scanFolder(dir: string, namePrefix: string, file: (path: string) => void, folder: (name: string) => void): void {
    const base = dir === '' ? '' : `${dir}/`;
    const prefix = base + namePrefix;
    let i = lowerBound(this.paths, prefix);
    while (i < this.paths.length && this.paths[i].startsWith(prefix)) {
      const p = this.paths[i];
      const slash = p.indexOf('/', base.length);
      if (slash < 0) {
        file(p);
        i++;
      } else {
        folder(p.slice(base.length, slash));
        i = lowerBound(this.paths, `${p.slice(0, slash)}0`);
      }
    }
  }

  private nameIndex(): FileNameIndex {
    return (this.names ??= new FileNameIndex(this.paths));
  }
}

/** Whether `path` is a normalised workspace-relative file path (the only form the list holds). */
export function isRepositoryPath(path: string): boolean {
  if (path === '' || path.charCodeAt(0) === SLASH || path.charCodeAt(path.length - 1) === SLASH || path.includes('//') || path.includes('\0')) return false;
  // Only a path with a segment that starts with a dot can have a `.` or `..` segment (checked once per path: keep it cheap).
  return !((path.charCodeAt(0) === DOT || path.includes('/.')) && DOT_SEGMENT_RE.test(path));
}

const SLASH = 0x2f;
const DOT = 0x2e;
const DOT_SEGMENT_RE = /(?:^|\/)\.\.?(?:\/|$)/;

/** `paths` sorted in place, each once. */
function sortedUnique(paths: string[]): string[] {
  paths.sort();
  let n = 0;
  for (let i = 0; i < paths.length; i++) if (i === 0 || paths[i] !== paths[n - 1]) paths[n++] = paths[i];
  paths.length = n;
  return paths;
}

/** Whether `path` is `X before M after` with X empty or ending in `/`, and M free of `/` unless `crossFolders`. */
function fitsAbbreviation(path: string, before: string, after: string, crossFolders: boolean): boolean {
  if (!path.endsWith(after)) return false;
  const end = path.length - after.length;
  for (let k = path.indexOf(before); k >= 0 && k + before.length <= end; k = path.indexOf(before, k + 1)) {
    if (k > 0 && path[k - 1] !== '/') continue;
    if (crossFolders || !path.slice(k + before.length, end).includes('/')) return true;
  }
  return false;
}

/** The queries of a `RepositoryFiles`, without its updates: what the resolver and features are given. */
export type RepositoryFileList = Pick<
  RepositoryFiles,
  'version' | 'size' | 'all' | 'has' | 'hasFolder' | 'byName' | 'bySuffix' | 'byNamePrefix' | 'startingWith' | 'inFolder' | 'inFolderWithPrefix' | 'foldersIn' | 'matching'
>;
