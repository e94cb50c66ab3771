import { lowerBound } from '../sorted';

/**
 * The paths of `RepositoryFiles` by file name: exact names (`byName`) and name prefixes
 * (`byNamePrefix`). Built in one pass without sorting and without a string per file: the keys are
 * numbers (a hash of the name; its first two characters), the values the list's own path strings, so
 * the index costs a map entry per file and nothing more. Each value is kept in path order.
 */
export class FileNameIndex {
  /** Hash of a file name → the path(s) whose name has that hash (a collision is filtered out on lookup). */
  private readonly exact = new Map<number, string | string[]>();
  /**
   * The first two UTF-16 code units of a file name → the paths whose name starts with them. Built on
   * the first `byNamePrefix` (abbreviations are rarer than names), then kept current.
   */
  private heads?: Map<number, string[]>;

  /** `paths` must be sorted (the list's own array), so each value is built in path order. */
  constructor(private readonly paths: readonly string[]) {
    for (const p of paths) {
      const key = hashName(p, p.lastIndexOf('/') + 1);
      const hit = this.exact.get(key);
      if (hit === undefined) this.exact.set(key, p);
      else if (typeof hit === 'string') this.exact.set(key, [hit, p]);
      else hit.push(p);
    }
  }

  add(path: string): void {
    const start = path.lastIndexOf('/') + 1;
    const key = hashName(path, start);
    const hit = this.exact.get(key);
    if (hit === undefined) this.exact.set(key, path);
    else if (typeof hit === 'string') this.exact.set(key, hit < path ? [hit, path] : [path, hit]);
    else hit.splice(lowerBound(hit, path), 0, path);
    if (!this.heads) return;
    const head = headKey(path, start);
    const bucket = this.heads.get(head);
    if (bucket) bucket.splice(lowerBound(bucket, path), 0, path);
    else this.heads.set(head, [path]);
  }

  remove(path: string): void {
    const start = path.lastIndexOf('/') + 1;
    const key = hashName(path, start);
    const hit = this.exact.get(key);
    if (hit === path) this.exact.delete(key);
    else if (Array.isArray(hit)) {
      const rest = hit.filter((p) => p !== path);
      this.exact.set(key, rest.length === 1 ? rest[0] : rest);
    }
    const head = headKey(path, start);
    const bucket = this.heads?.get(head);
    if (!bucket) return;
    const i = lowerBound(bucket, path);
    if (bucket[i] === path) bucket.splice(i, 1);
    if (bucket.length === 0) this.heads?.delete(head);
  }

  /** The paths whose file name is exactly `name`, in path order. */
  byName(name: string): string[] {
    const hit = this.exact.get(hashName(name, 0));
    if (hit === undefined) return [];
    const candidates = typeof hit === 'string' ? [hit] : hit;
    return candidates.filter((p) => p.length - p.lastIndexOf('/') - 1 === name.length && p.endsWith(name));
  }

  /** The paths whose file name starts with `prefix`, in path order (every path is scanned for a prefix under two characters). */
  byNamePrefix(prefix: string): string[] {
    const pool = prefix.length >= 2 ? (this.headIndex().get(headKey(prefix, 0)) ?? []) : this.paths;
    return pool.filter((p) => p.startsWith(prefix, p.lastIndexOf('/') + 1));
  }

  private headIndex(): Map<number, string[]> {
    if (!this.heads) {
      const heads = new Map<number, string[]>();
      for (const p of this.paths) {
        const head = headKey(p, p.lastIndexOf('/') + 1);
        const bucket = heads.get(head);
        if (bucket) bucket.push(p);
        else heads.set(head, [p]);
      }
      this.heads = heads;
    }
    return this.heads;
  }
}

/**
 * FNV-1a over the length and the last 16 UTF-16 code units of the name at `start` (the part where
 * names differ most: numbers, suffixes), kept in the small-integer range. Names that share it share
 * a key, and `byName` tells them apart; hashing every character of 50,000 names cost more.
 */
function hashName(text: string, start: number): number {
  let h = Math.imul(0x811c9dc5 ^ (text.length - start), 0x01000193);
  for (let i = Math.max(start, text.length - 16); i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** The first two code units of the name at `start` as one number (a one-character name has its own keys). */
function headKey(text: string, start: number): number {
  const a = text.charCodeAt(start);
  const b = start + 1 < text.length ? text.charCodeAt(start + 1) : 0x10000;
  return a * 0x10001 + b;
}
