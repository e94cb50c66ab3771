import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BENCH_DIR, REPO_DIR } from './gen/workspace';

/**
 * How the orchestrator (bench/run.ts) starts things: the measurement child, the build, and what it
 * reports about the machine.
 */

/** Runs one measurement in a fresh `node --expose-gc` process of the child bundle; returns its JSON. */
export function runChild<T>(bundle: string, kind: string, args: readonly string[]): T {
  const dir = path.join(BENCH_DIR, '.work', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `${kind}-${process.pid}-${Date.now()}.json`);
  const run = spawnSync(process.execPath, ['--expose-gc', bundle, kind, ...args, '--out', out], { stdio: ['ignore', 'inherit', 'inherit'], maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`child "${kind} ${args.join(' ')}" failed (exit ${run.status ?? run.signal})`);
  try {
    return JSON.parse(fs.readFileSync(out, 'utf8')) as T;
  } finally {
    fs.rmSync(out, { force: true });
  }
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
