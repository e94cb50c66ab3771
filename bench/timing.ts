/**
 * Interleaved timing: every contender runs once per round, in an order that rotates from round to
 * round, after warm-up rounds that are not recorded. A slow moment of the shared machine then lands
 * on all contenders alike instead of on whichever ran last.
 *
 * Each run records wall-clock time (what a user waits) and the process's CPU time (user + system,
 * all threads). On a machine shared with other work the CPU time is the steadier of the two, since
 * time spent waiting for a core is not in it; the bench reports both.
 */
export type Contender = () => unknown;

/** Milliseconds of each recorded run. */
export interface Samples {
  readonly wall: number[];
  readonly cpu: number[];
}

export interface InterleaveOptions {
  readonly warmup: number;
  readonly rounds: number;
  /**
   * Collect garbage before each run (default). Whole-workspace runs want it; per-keystroke runs do
   * not, since an editor's keystrokes never start on a clean heap either.
   */
  readonly collect?: boolean;
  /** Called after each recorded round (progress output). */
  readonly onRound?: (round: number) => void;
}

/** Runs a full collection when the process was started with `--expose-gc`, so no run pays for another's garbage. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Wall-clock and CPU milliseconds of one call (awaited when it returns a promise). */
export async function measure(fn: Contender): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Wall-clock milliseconds of one call. */
export async function timeOnce(fn: Contender): Promise<number> {
  return (await measure(fn)).wall;
}

export async function interleave<K extends string>(contenders: Readonly<Record<K, Contender>>, options: InterleaveOptions): Promise<Record<K, Samples>> {
  const names = Object.keys(contenders) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, { wall: [], cpu: [] }])) as unknown as Record<K, Samples>;
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      if (options.collect !== false) collectGarbage();
      const m = await measure(contenders[name]);
      if (round >= options.warmup) {
        samples[name].wall.push(m.wall);
        samples[name].cpu.push(m.cpu);
      }
    }
    if (round >= options.warmup) options.onRound?.(round - options.warmup + 1);
  }
  return samples;
}
