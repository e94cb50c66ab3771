import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BENCH_DIR, REPO_DIR } from './gen/workspace';

/**
 * How the orchestrator (bench/run.ts) starts things: the measurement child, the build, and what it
 * reports about the machine.
 */

/** What a measurement child left behind. */
export interface ChildRun<T> {
  /** The child's JSON; undefined when it was stopped at the time limit. */
  readonly value?: T;
  readonly timedOut: boolean;
  readonly elapsedMs: number;
  /** Peak RSS as /proc saw it (Linux): the only memory figure a stopped child leaves. */
  readonly peakRssMb?: number;
}

/** Peak resident set size of a running process, from /proc (undefined elsewhere). */
function peakRssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * Runs one measurement in a fresh `node --expose-gc` process of the child bundle. A child that
 * outlives `timeoutMs` is stopped: a run that takes far longer than its target says enough, and the
 * bench must finish.
 */
export async function runChildWithin<T>(bundle: string, kind: string, args: readonly string[], timeoutMs = Infinity): Promise<ChildRun<T>> {
  const dir = path.join(BENCH_DIR, '.work', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `${kind}-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--expose-gc', bundle, kind, ...args, '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
  let peak: number | undefined;
  let timedOut = false;
  const poll = setInterval(() => {
    peak = peakRssOf(child.pid) ?? peak;
    if (performance.now() - started > timeoutMs && !timedOut) {
      timedOut = true;
      child.kill();
    }
  }, 500);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearInterval(poll);
  const elapsedMs = performance.now() - started;
  try {
    if (timedOut) return { timedOut, elapsedMs, ...(peak !== undefined ? { peakRssMb: peak } : {}) };
    if (code !== 0) throw new Error(`child "${kind} ${args.join(' ')}" failed (exit ${code})`);
    return { value: JSON.parse(fs.readFileSync(out, 'utf8')) as T, timedOut, elapsedMs, ...(peak !== undefined ? { peakRssMb: peak } : {}) };
  } finally {
    fs.rmSync(out, { force: true });
  }
}

/** Runs one measurement in a fresh child and returns its JSON. */
export async function runChild<T>(bundle: string, kind: string, args: readonly string[]): Promise<T> {
  const run = await runChildWithin<T>(bundle, kind, args);
  if (run.value === undefined) throw new Error(`child "${kind}" returned nothing`);
  return run.value;
}

/** Builds dist/ with the project's own build script; returns the error output when it fails. */
export function buildProject(): string | undefined {
  const run = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_DIR, encoding: 'utf8' });
  return run.status === 0 ? undefined : `${run.stderr}${run.stdout}`.trim().split('\n').slice(-5).join(' ');
}

export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly node: string;
  readonly platform: string;
  readonly memoryGb: number;
  /** 1-minute load average when the run started: how busy the shared machine was. */
  readonly loadAtStart: number;
}

export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // Not Linux: os.cpus() names the model too.
  }
  return {
    nproc: os.availableParallelism(),
    cpu,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAtStart: os.loadavg()[0],
  };
}

/** The newest `.vsix` at the repository root (what `npm run package` writes), if any. */
export function newestVsix(): { file: string; bytes: number } | undefined {
  const found = fs.readdirSync(REPO_DIR).filter((f) => f.endsWith('.vsix')).map((f) => ({ file: f, stat: fs.statSync(path.join(REPO_DIR, f)) }));
  found.sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  return found[0] ? { file: found[0].file, bytes: found[0].stat.size } : undefined;
}
