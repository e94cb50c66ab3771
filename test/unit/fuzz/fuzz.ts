/**
 * How the property tests run. `npm test` gives each property a CI-sized number of cases (they add
 * up to more than 10,000); `npm run fuzz -- --runs N [--seed S] [--path P]` (scripts/fuzz.mjs) passes
 * RFC_FUZZ_RUNS, RFC_FUZZ_SEED and RFC_FUZZ_PATH to run the same properties long (from a fresh
 * seed) or to replay one failure. A failure reports fast-check's seed, path and shrunk counterexample, and the command
 * that replays it.
 */
import fc from 'fast-check';

const longRuns = Number(process.env.RFC_FUZZ_RUNS ?? '');
/**
 * `npm test` checks the same cases on every run (a fixed seed), so CI is reproducible and a red
 * build always means a change broke something; `npm run fuzz` draws a fresh seed each session to
 * find new counterexamples.
 */
const CI_SEED = 20261126;
const seed = process.env.RFC_FUZZ_SEED ?? (Number.isFinite(longRuns) && longRuns > 0 ? undefined : String(CI_SEED));
const path = process.env.RFC_FUZZ_PATH;
/** `--filter NAME`: only the property of that name runs (the others pass at once). */
const only = process.env.RFC_FUZZ_ONLY;

/** Whether `--filter` picked one property: tests that are not properties need not run then. */
export const filtered = only !== undefined && only !== '';

/** Cases each property runs: its CI budget, or the `--runs` of a long fuzzing session. */
export function runsFor(ciRuns: number): number {
  return Number.isFinite(longRuns) && longRuns > 0 ? longRuns : ciRuns;
}

/** A vitest timeout that fits the number of cases (generous: the machine is shared). */
export function timeoutFor(ciRuns: number, msPerCase = 40): number {
  return Math.max(120_000, runsFor(ciRuns) * msPerCase * 4);
}

/**
 * Checks a property and, when it fails, throws fast-check's report (seed, path, counterexample
 * after shrinking, the error) followed by the command that replays exactly this failure.
 * `maxRuns` caps a long session for properties whose every case takes seconds.
 */
export async function fuzz<Ts>(name: string, property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, ciRuns: number, maxRuns = Number.POSITIVE_INFINITY): Promise<void> {
  if (filtered && only !== name) return;
  const params: fc.Parameters<Ts> = { numRuns: Math.min(runsFor(ciRuns), maxRuns), includeErrorInReport: true };
  if (seed !== undefined && seed !== '') params.seed = Number(seed);
  if (path !== undefined && path !== '') params.path = path;
  // An async property over in-memory hosts resolves only microtasks; between cases, let the test
  // runner's own messages through, or a long session times its RPC out.
  if (property.isAsync()) params.plugins = [fc.afterEach(() => new Promise<void>((resolve) => setImmediate(resolve))) as fc.Plugin<Ts>];
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, params);
  if (!details.failed) return;
  const report = fc.defaultReportMessage(details) ?? 'The property failed.';
  const replay = `npm run fuzz -- --seed=${details.seed} --path "${details.counterexamplePath ?? ''}" --filter "${name}"`;
  throw new Error(`${report}\n\nReplay this failure: ${replay}\nAdd the counterexample above, verbatim, to test/unit/fuzz/regressions.test.ts.`);
}
