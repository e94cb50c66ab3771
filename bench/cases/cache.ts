import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Summary } from '../stats';
import { pairedRatios, summarize } from '../stats';

/**
 * `rfc-author check --cache` over an unchanged workspace, as CI runs it: the built CLI in fresh
 * processes, timed from spawn to exit. Each round deletes the cache, runs once to write it (the
 * first run) and once more over the unchanged workspace (the cached run), side by side so both see
 * the same machine. Every output is compared with a run without `--cache`: the cache may only make
 * the check faster, never change what it finds.
 */
export interface CacheResult {
  readonly rfcs: number;
  readonly firstMs: Summary;
  readonly cachedMs: Summary;
  /** First run ÷ cached run, paired per round. */
  readonly speedup: Summary;
  readonly findings: number;
  /** Rounds whose first or cached output differed from the uncached run's (must be 0). */
  readonly mismatches: number;
  readonly cacheBytes: number;
}

interface Timed {
  readonly ms: number;
  readonly stdout: string;
}

function runCli(cliJs: string, root: string, args: readonly string[]): Timed {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cliJs, 'check', '.', '--format', 'json', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  // Exit 1 means findings, which a generated workspace has on purpose; anything else is a failure.
  if (r.status !== 0 && r.status !== 1) throw new Error(`rfc-author check ${args.join(' ')} exited ${String(r.status)}: ${r.stderr.slice(-500)}`);
  return { ms, stdout: r.stdout };
}

export function measureCache(cliJs: string, root: string, rfcs: number, rounds: number, log: (line: string) => void): CacheResult {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-bench-cache-'));
  const cacheFile = path.join(work, 'cache');
  try {
    const reference = runCli(cliJs, root, []).stdout;
    const first: number[] = [];
    const cached: number[] = [];
    let mismatches = 0;
    let cacheBytes = 0;
    for (let round = 0; round < rounds; round++) {
      fs.rmSync(cacheFile, { force: true });
      const a = runCli(cliJs, root, ['--cache', '--cache-location', cacheFile]);
      cacheBytes = fs.statSync(cacheFile).size;
      const b = runCli(cliJs, root, ['--cache', '--cache-location', cacheFile]);
      if (a.stdout !== reference || b.stdout !== reference) mismatches++;
      first.push(a.ms);
      cached.push(b.ms);
      log(`  round ${round + 1}: first ${a.ms.toFixed(0)} ms, cached ${b.ms.toFixed(0)} ms${a.stdout === reference && b.stdout === reference ? '' : ' (OUTPUT DIFFERS)'}`);
    }
    const findings = (JSON.parse(reference) as { findings: unknown[] }).findings.length;
    return { rfcs, firstMs: summarize(first), cachedMs: summarize(cached), speedup: summarize(pairedRatios(first, cached)), findings, mismatches, cacheBytes };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
