import type { RepositoryBuild, RepositoryCheck, RepositoryMemory } from './cases/repository';
import { runChild } from './processes';
import { ensureRepository } from './repository';
import type { BenchSettings, Outcome, RepositoryRun } from './results';

/**
 * Measurement 8 (the repository file list, issue 9), orchestrated: for a repository with a git
 * index and for the same files without `.git` (walked), rounds of fresh child processes, each round
 * taking every part once (build with blocking and with non-blocking calls, the CLI check, memory
 * with the list held, built and dropped, and never built), so the machine's slow moments fall on all parts alike.
 */
export async function measureRepository(bundle: string, s: BenchSettings, log: (line: string) => void): Promise<Outcome<RepositoryRun[]>> {
  const runs: RepositoryRun[] = [];
  for (const git of [true, false]) {
    const started = performance.now();
    const { root, manifest } = ensureRepository({ files: s.repositoryFiles, rfcs: s.repositoryRfcs, seed: s.seed, git, log });
    log(`  repository (${git ? 'git index' : 'walk'}): ${root} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const run = { git, files: manifest.listed, excluded: manifest.excluded, rfcs: s.repositoryRfcs, blocking: [] as RepositoryBuild[], nonBlocking: [] as RepositoryBuild[], check: [] as RepositoryCheck[], held: [] as RepositoryMemory[], dropped: [] as RepositoryMemory[], none: [] as RepositoryMemory[] };
    for (let round = 0; round < s.repositoryRuns; round++) {
      const where = ['--root', root];
      run.blocking.push(await runChild<RepositoryBuild>(bundle, 'repository-build', [...where, '--sync', 'true']));
      run.nonBlocking.push(await runChild<RepositoryBuild>(bundle, 'repository-build', [...where, '--sync', 'false']));
      run.check.push(await runChild<RepositoryCheck>(bundle, 'repository-check', where));
      for (const kind of ['held', 'dropped', 'none'] as const) run[kind].push(await runChild<RepositoryMemory>(bundle, 'repository-memory', [...where, '--memory', kind]));
      const last = run.blocking[run.blocking.length - 1];
      log(`  round ${round + 1}/${s.repositoryRuns}: build ${last.buildMs.toFixed(0)} ms, check ${run.check[run.check.length - 1].workMs.toFixed(0)} ms`);
      const wrong = [...run.blocking, ...run.nonBlocking, ...run.held, ...run.dropped].find((b) => b.files !== manifest.listed);
      if (wrong) return { status: 'error', reason: `the list held ${wrong.files} files, the repository ${manifest.listed}` };
    }
    runs.push(run);
  }
  return { status: 'ok', value: runs };
}
