/**
 * Summaries of repeated measurements. The machine is shared and noisy, so every number the bench
 * reports is a distribution: median, p95 and the spread (min/max and the interquartile range).
 */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly q1: number;
  readonly q3: number;
  readonly mean: number;
}

/** The `q` quantile of sorted values, interpolating between neighbours (the usual "type 7"). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    mean: sorted.length === 0 ? NaN : sorted.reduce((s, v) => s + v, 0) / sorted.length,
  };
}

/**
 * Ratios of runs taken side by side (`a[i] / b[i]`). Interleaved runs share the machine's state of
 * the moment, so the ratio of a pair is steadier than the ratio of two medians.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.min(a.length, b.length);
  return Array.from({ length: n }, (_, i) => a[i] / b[i]);
}

/** Wall-clock and CPU-time samples of one contender (see timing.ts). */
export interface SampleSet {
  readonly wall: readonly number[];
  readonly cpu: readonly number[];
}

/** Summaries of both clocks. */
export interface Measured {
  readonly wall: Summary;
  readonly cpu: Summary;
}

export function summarizeSet(s: SampleSet): Measured {
  return { wall: summarize(s.wall), cpu: summarize(s.cpu) };
}

/** Paired ratios `a / b` on both clocks. */
export function ratioSet(a: SampleSet, b: SampleSet): Measured {
  return { wall: summarize(pairedRatios(a.wall, b.wall)), cpu: summarize(pairedRatios(a.cpu, b.cpu)) };
}
