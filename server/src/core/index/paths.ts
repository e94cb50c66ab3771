/** Workspace-relative POSIX paths: the keys of the index. */

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A `.`, `..` or empty segment anywhere in a relative path. */
const DOT_OR_EMPTY_SEGMENT_RE = /(?:^|\/)\.{0,2}(?:\/|$)/;

/**
 * Joins `rel` onto folder `from` and normalises `.` and `..`. Returns undefined when the result
 * would leave the workspace root.
 */
export function joinPath(from: string, rel: string): string | undefined {
  // Most written paths have no `.`, `..` or empty segment: then joining is concatenating.
  if (!DOT_OR_EMPTY_SEGMENT_RE.test(rel)) return from === '' ? rel : `${from}/${rel}`;
  const parts = from === '' ? [] : from.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** Path of `to` relative to folder `fromDir` (for inserting links). */
export function relativePath(fromDir: string, to: string): string {
  const a = fromDir === '' ? [] : fromDir.split('/');
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
