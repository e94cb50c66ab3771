/**
 * Positions (indices into `values`) of one longest increasing subsequence. With `strict` each value
 * must exceed the one before; without it, equal values may follow each other. Rules that report
 * "out of order" report the items outside this subsequence: the fewest moves that restore the order.
 * O(n log n) patience sorting, so a document with thousands of headings stays cheap.
 */
export function longestIncreasing(values: readonly number[], strict: boolean): Set<number> {
  // `tails[k]` is the position of the smallest value that ends an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = values[tails[mid]];
      if (strict ? t < v : t <= v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}
