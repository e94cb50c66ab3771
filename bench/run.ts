/**
 * `npm run bench` (`tsx bench/run.ts`): every measurement of docs/performance.md, each in its own
 * fresh process of the bundled bench child, on generated workspaces cached under bench/.work/.
 * Prints the table (PASS/FAIL per target) and writes bench/results.json.
 *
 *   --quick            tiny workspaces, few runs: keeps the bench working in CI (`npm run bench:smoke`)
 *   --only a,b         only these measurements: workspace, keystroke, navigation, scale, startup, cache, vsix, repository
 *   --seed S           workspace seed (default 1)
 *
 * Exits 1 when a measurement could not run (FAIL rows do not change the exit code: the bench
 * measures, it does not gate).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleChild } from './bundle';
import { measureCache } from './cases/cache';
import type { KeystrokeResult } from './cases/keystroke';
import type { NavigationResult } from './cases/navigation';
import type { CacheResult } from './cases/cache';
import type { OnceResult, OnceWhich } from './cases/once';
import type { StartupResult } from './cases/startup';
import type { WorkspaceResult } from './cases/workspace';
import { BENCH_DIR, ensureWorkspace, REPO_DIR } from './gen/workspace';
import { buildProject, machine, newestVsix, runChild, runChildWithin } from './processes';
import { buildRows } from './report';
import { measureRepository } from './repositoryRun';
import type { BenchSettings, Outcome, RawResults, ResultsFile, ScaleRun } from './results';
import { describeMachine, formatTable } from './table';

const CASES = ['workspace', 'keystroke', 'navigation', 'scale', 'startup', 'cache', 'vsix', 'repository'] as const;
type CaseName = (typeof CASES)[number];

function settings(quick: boolean, seed: number): BenchSettings {
  if (quick) {
    return {
      quick, seed, workspaceRfcs: 5, editorRfcs: 20, warmup: 1, rounds: 2, keystrokeSamples: 10, navigationSamples: 20, startupRuns: 1, cacheRounds: 1, scaleTimeoutMs: 120_000,
      repositoryFiles: 1_000, repositoryRfcs: 5, repositoryRuns: 1,
      scale: [{ rfcs: 5, reps: 1, peer: true }, { rfcs: 10, reps: 1, peer: false }],
    };
  }
  return {
    quick, seed, workspaceRfcs: 100, editorRfcs: 1000, warmup: 2, rounds: 12, keystrokeSamples: 300, navigationSamples: 500, startupRuns: 7, cacheRounds: 5, scaleTimeoutMs: 900_000,
    repositoryFiles: 50_000, repositoryRfcs: 100, repositoryRuns: 7,
    scale: [{ rfcs: 100, reps: 5, peer: true }, { rfcs: 1000, reps: 3, peer: false }, { rfcs: 10000, reps: 2, peer: false }],
  };
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function workspaceFor(s: BenchSettings, rfcs: number): { root: string; bytes: number; files: number } {
  const started = performance.now();
  const { root, manifest, generated } = ensureWorkspace({ rfcs, seed: s.seed, log: (l) => log(`  ${l}`) });
  if (generated) log(`generated ${root} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const bytes = manifest.sizes.rfc.totalBytes + manifest.sizes.task.totalBytes + manifest.sizes.adr.totalBytes;
  return { root, bytes, files: manifest.files };
}

async function attempt<T>(name: string, fn: () => Promise<Outcome<T>> | Outcome<T>): Promise<Outcome<T>> {
  log(`== ${name}`);
  const started = performance.now();
  try {
    return await fn();
  } catch (e) {
    log(`${name} failed: ${(e as Error).message}`);
    return { status: 'error', reason: (e as Error).message };
  } finally {
    log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

async function scale(bundle: string, s: BenchSettings): Promise<Outcome<ScaleRun[]>> {
  const runs: ScaleRun[] = [];
  for (const size of s.scale) {
    const ws = workspaceFor(s, size.rfcs);
    const which: OnceWhich[] = size.peer ? ['floor', 'ours', 'oursRfcs', 'peer'] : ['floor', 'ours'];
    const results: Record<OnceWhich, OnceResult[]> = { floor: [], ours: [], oursRfcs: [], peer: [] };
    const stopped = new Set<OnceWhich>();
    for (let rep = 0; rep < size.reps; rep++) {
      // Alternate the order so that neither side always runs on a page cache the other just warmed.
      for (const w of rep % 2 === 0 ? which : [...which].reverse()) {
        if (stopped.has(w)) continue;
        const run = await runChildWithin<OnceResult>(bundle, 'once', ['--which', w, '--root', ws.root], s.scaleTimeoutMs);
        const r: OnceResult = run.value ?? { which: w, files: ws.files, workMs: NaN, sinceStartMs: NaN, peakRssMb: run.peakRssMb ?? NaN, output: 0, timedOutAfterMs: run.elapsedMs };
        if (run.timedOut) stopped.add(w);
        log(`  ${size.rfcs} RFCs, ${w}: ${run.timedOut ? `stopped after ${(run.elapsedMs / 1000).toFixed(0)} s` : `${r.workMs.toFixed(0)} ms`}, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
        results[w].push(r);
      }
    }
    runs.push({ rfcs: size.rfcs, files: ws.files, bytes: ws.bytes, ...results });
  }
  return { status: 'ok', value: runs };
}

async function startup(bundle: string, s: BenchSettings): Promise<Outcome<StartupResult>> {
  if (!fs.existsSync(path.join(REPO_DIR, 'server', 'src', 'main.ts'))) return { status: 'pending', reason: 'server/src/main.ts has not landed yet' };
  const failed = buildProject();
  if (failed !== undefined) return { status: 'error', reason: `the build failed: ${failed}` };
  const serverJs = path.join(REPO_DIR, 'dist', 'server.js');
  if (!fs.existsSync(serverJs)) return { status: 'error', reason: 'the build wrote no dist/server.js' };
  const ws = workspaceFor(s, s.editorRfcs);
  return { status: 'ok', value: await runChild<StartupResult>(bundle, 'startup', ['--server', serverJs, '--root', ws.root, '--rounds', String(s.startupRuns)]) };
}

/** `check --cache` on the editor-sized workspace (1,000 RFCs), through the built CLI. */
function cache(s: BenchSettings): Outcome<CacheResult> {
  const failed = buildProject();
  if (failed !== undefined) return { status: 'error', reason: `the build failed: ${failed}` };
  const cliJs = path.join(REPO_DIR, 'dist', 'cli.js');
  if (!fs.existsSync(cliJs)) return { status: 'error', reason: 'the build wrote no dist/cli.js' };
  const ws = workspaceFor(s, s.editorRfcs);
  return { status: 'ok', value: measureCache(cliJs, ws.root, s.editorRfcs, s.cacheRounds, log) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const s = settings(values.quick, Number(values.seed));
  const only = values.only ? values.only.split(',').map((c) => c.trim()) : [...CASES];
  const unknown = only.filter((c) => !(CASES as readonly string[]).includes(c));
  if (unknown.length > 0) throw new Error(`unknown measurement(s) ${unknown.join(', ')}; known: ${CASES.join(', ')}`);
  const want = (c: CaseName): boolean => only.includes(c);
  const started = performance.now();
  const host = machine();
  log(`machine: ${describeMachine(host)}`);
  const bundle = await bundleChild();
  const child = (kind: string, rfcs: number, rounds: number): string[] => ['--root', workspaceFor(s, rfcs).root, '--warmup', String(kind === 'workspace' ? s.warmup : Math.ceil(rounds / 10)), '--rounds', String(rounds)];
  const ok = <T>(value: T): Outcome<T> => ({ status: 'ok', value });

  const raw: RawResults = {};
  // Written after every measurement, so an interrupted run still leaves what it measured.
  const save = (): ResultsFile => {
    const results: ResultsFile = { date: new Date().toISOString(), machine: host, settings: s, rows: buildRows(raw), raw };
    fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    return results;
  };
  if (want('workspace')) raw.workspace = await attempt('whole workspace (floor, peer, ours)', async () => ok(await runChild<WorkspaceResult>(bundle, 'workspace', child('workspace', s.workspaceRfcs, s.rounds))));
  save();
  if (want('keystroke')) raw.keystroke = await attempt('keystroke', async () => ok(await runChild<KeystrokeResult>(bundle, 'keystroke', child('keystroke', s.editorRfcs, s.keystrokeSamples))));
  save();
  if (want('navigation')) raw.navigation = await attempt('completion, hover, definition', async () => ok(await runChild<NavigationResult>(bundle, 'navigation', child('navigation', s.editorRfcs, s.navigationSamples))));
  save();
  if (want('scale')) raw.scale = await attempt('scale and process-cold', () => scale(bundle, s));
  save();
  if (want('startup')) raw.startup = await attempt('startup', () => startup(bundle, s));
  save();
  if (want('cache')) raw.cache = await attempt('check --cache', () => cache(s));
  if (want('repository')) raw.repository = await attempt('repository file list (git index, walk)', () => measureRepository(bundle, s, log));
  save();
  if (want('vsix')) {
    raw.vsix = await attempt('vsix', () => {
      const v = newestVsix();
      return v ? ok(v) : { status: 'pending', reason: 'no .vsix at the repository root; `npm run package` makes one' };
    });
  }

  const { rows } = save();
  process.stdout.write(`\nRFC Author benchmark${s.quick ? ' (quick: tiny workspaces, numbers not meaningful)' : ''} — ${describeMachine(host)}\n\n${formatTable(rows)}\n\n`);
  process.stdout.write(`bench/results.json written; ${((performance.now() - started) / 1000).toFixed(0)} s.\n`);
  if (Object.values(raw).some((o: Outcome<unknown> | undefined) => o?.status === 'error')) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
