/**
 * Measuring how the core's work grows with the size of a document, in a way a shared, noisy machine
 * cannot turn into a flaky test: CPU time (not wall time) of this process, the median of several
 * runs, compared as ratios (a document four times as long, markdown-it on the same text), never as
 * milliseconds, with generous bounds and a few attempts before a failure counts. Linear work gives a
 * ratio near 4 on four times the text; quadratic work gives 16.
 */
import MarkdownIt from 'markdown-it';
import { summarize } from '../../../server/src/core/index/summarize';
import type { RfcService } from '../../../server/src/core/index';
import { BUILTIN_TEMPLATES, defaultSummaryContext } from '../helpers';

const markdownIt = new MarkdownIt({ html: true });

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function cpuMsAsync(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

let version = 0;

/** CPU milliseconds the core spends on `text` as an RFC: parse, every rule, and the index summary. */
export async function coreCost(service: RfcService, text: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    // Let the test runner's messages through between runs: long busy stretches time its RPC out.
    await new Promise((resolve) => setImmediate(resolve));
    times.push(await cpuMsAsync(async () => {
      await service.computeDiagnostics({ path: 'docs/rfcs/RFC-0001-growth.md', text, version: ++version });
      summarize('docs/rfcs/RFC-0001-growth.md', 'rfc', text, defaultSummaryContext());
    }));
  }
  return median(times);
}

/** CPU milliseconds markdown-it needs for a full parse (block and inline) of `text`. */
export function markdownItCost(text: string, runs = 3): number {
  return median(Array.from({ length: runs }, () => cpuMs(() => markdownIt.parse(text, {}))));
}

const ordinary = new Map<number, number>();

/** markdown-it's cost on ordinary Markdown (the template repeated) of `size` characters, measured once per size. */
function ordinaryMarkdownCost(size: number): number {
  let cost = ordinary.get(size);
  if (cost === undefined) {
    cost = markdownItCost(repeatTo(`${BUILTIN_TEMPLATES.rfc}\n`, size));
    ordinary.set(size, cost);
  }
  return cost;
}

/** A piece repeated to `size` characters. */
export function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.max(1, Math.ceil(size / Math.max(1, piece.length)))).slice(0, size);
}

export interface Growth {
  readonly size: number;
  /** cost(4 × size) / cost(size). */
  readonly ratio: number;
  /**
   * cost(4 × size) / markdown-it's cost on the same text or on ordinary Markdown (the template) of
   * the same size, whichever is more: a text markdown-it skims (one long word) still gets the time
   * any document of its size may take.
   */
  readonly versusMarkdownIt: number;
  readonly ms: number;
}

/**
 * How the cost of `make(size)` grows from `size` to four times it. The starting size grows until the
 * work takes long enough to time (or the size reaches `maxSize`).
 */
export async function growth(service: RfcService, make: (size: number) => string, startSize = 25_000, maxSize = 200_000): Promise<Growth> {
  // One run is enough to choose the size; the sizes compared are measured three times each.
  let size = startSize;
  while ((await coreCost(service, make(size), 1)) < 25 && size * 2 <= maxSize) size *= 2;
  const base = await coreCost(service, make(size));
  const big = make(size * 4);
  const ms = await coreCost(service, big);
  const reference = Math.max(markdownItCost(big), ordinaryMarkdownCost(big.length), 1);
  return { size, ratio: ms / Math.max(base, 1), versusMarkdownIt: ms / reference, ms };
}

/**
 * Tries `check` up to `attempts` times: noise fails an attempt now and then, real growth every time.
 * `check` is told which attempt it is, so it can measure larger texts, where noise weighs less.
 */
export async function withAttempts(attempts: number, check: (attempt: number) => Promise<string | undefined>): Promise<void> {
  const failures: string[] = [];
  for (let i = 0; i < attempts; i++) {
    const failure = await check(i);
    if (failure === undefined) return;
    failures.push(failure);
  }
  throw new Error(`${failures.length} attempts failed:\n${failures.join('\n')}`);
}
