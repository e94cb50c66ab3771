/**
 * `tsx bench/profile.ts [--seconds S] [--seed S]`: CPU profiles of our hot paths, taken with
 * `node --cpu-prof` on the same bundle the benchmark runs:
 *
 * - whole workspace: index every file and check every RFC of the 100-RFC workspace, in a loop;
 * - keystroke: one character typed into the median and the largest RFC of the 1,000-RFC workspace,
 *   then diagnostics, in a loop;
 * - completion after `tasks/` in the median RFC of the same workspace (4,000 candidate tasks).
 *
 * Prints where the time goes (by area, by function, self and inclusive) and writes the raw
 * `.cpuprofile` files (open them in Chrome DevTools or speedscope), JSON summaries and the bundle they
 * were taken with under bench/.work/profiles/.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleChild } from './bundle';
import type { CpuProfile } from './cpuProfile';
import { analyzeProfile, bundleSources, formatProfile } from './cpuProfile';
import { BENCH_DIR, ensureWorkspace, REPO_DIR } from './gen/workspace';

const CASES = [
  { name: 'profile-workspace', rfcs: 100, focus: 'profiledWorkspaceRuns', title: 'Whole workspace (100 RFCs, index + check, in memory)' },
  { name: 'profile-keystroke', rfcs: 1000, focus: 'profiledKeystrokes', title: 'Keystroke (median and large RFC, 1,000-RFC workspace)' },
  { name: 'profile-completion', rfcs: 1000, focus: 'profiledCompletions', title: 'Completion after `tasks/` (4,000 tasks, cached parse)' },
] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' } } });
  const bundle = await bundleChild();
  const sourceOfBundle = bundleSources(fs.readFileSync(bundle, 'utf8'));
  const sourceOf = (url: string, line: number): string => {
    if (url.endsWith('child.cjs')) return sourceOfBundle(line);
    if (url.startsWith('file://')) return path.relative(REPO_DIR, fileURLToPath(url)).split(path.sep).join('/');
    return url || '(native)';
  };
  const outDir = path.join(BENCH_DIR, '.work', 'profiles');
  fs.mkdirSync(outDir, { recursive: true });
  // The profiles' positions are lines of this bundle: keep the copy they were taken with.
  fs.copyFileSync(bundle, path.join(outDir, 'child.cjs'));
  const reports: string[] = [];
  for (const c of CASES) {
    const { root } = ensureWorkspace({ rfcs: c.rfcs, seed: Number(values.seed), log: (l) => process.stderr.write(`${l}\n`) });
    const dir = path.join(outDir, c.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    process.stderr.write(`profiling ${c.title} for ${values.seconds} s…\n`);
    const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=250', bundle, c.name, '--root', root, '--seconds', values.seconds, '--out', path.join(dir, 'result.json')], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) throw new Error(`${c.name} failed (exit ${run.status ?? run.signal})`);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`${c.name} wrote no .cpuprofile`);
    const summary = analyzeProfile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile, sourceOf, { focus: c.focus });
    fs.writeFileSync(path.join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    reports.push(formatProfile(c.title, summary), `  raw profile: ${path.relative(REPO_DIR, path.join(dir, file))}`);
  }
  process.stdout.write(`${reports.join('\n\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
