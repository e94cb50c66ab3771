/**
 * Binary searches over ascending arrays: line starts, backtick runs, content lines, a folder's
 * sorted paths. One implementation, so each caller states only what it looks for.
 */

/** The first index whose element is not less than `value` (`sorted.length` when there is none). */
export function lowerBound<T extends number | string>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose key is greater than `value`, in an array ascending by that key (`sorted.length` when there is none). */
export function upperBoundBy<T>(sorted: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(sorted[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The last index whose element is at most `value`, in a strictly ascending array that starts at or
 * below it (line starts begin at 0); 0 when `value` lies before the first element.
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  const i = lowerBound(sorted, value);
  return i < sorted.length && sorted[i] === value ? i : Math.max(i - 1, 0);
}
