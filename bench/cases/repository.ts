import { runCheck } from '../../server/src/cli/check';
import { RepositoryFiles } from '../../server/src/core/index/repositoryFiles';
import { RepositoryHost } from '../../server/src/node/repositoryHost';

/**
 * Measurement 8, the repository file list (issue 9), each part in a fresh process of the bench
 * child so that every figure is a first run, as in the CLI:
 *
 * - `build`: the list as `indexWorkspace` builds it (NodeHost listing: the git index, or the walk
 *   honouring .gitignore; then `RepositoryFiles`), and the first name lookups, which build the
 *   lazy name indexes the resolver's by-name, suffix and ellipsis queries use;
 * - `check`: the CLI's whole-workspace check of the same repository (which builds the list too);
 * - `memory`: RSS and heap after a full collection in three kinds of process: one that never builds
 *   the list (`none`), one that builds it with its lookups and holds it (`held`), and one that builds
 *   it and lets it go (`dropped`). `held − none` is what the list costs a process that does nothing
 *   else (it includes the young generation V8 grows while allocating, which a server or a CLI has
 *   grown anyway); `held − dropped` is what holding it costs once the allocation is equal.
 */
export type RepositoryPart = 'build' | 'check' | 'memory';

export interface RepositoryBuild {
  /** Listing and `RepositoryFiles`, as the core gets it: wall clock, and CPU time (user + system, steadier on a busy machine). */
  readonly buildMs: number;
  readonly buildCpuMs: number;
  /** The first `byName` and `byNamePrefix`, which build the lazy name indexes. */
  readonly lookupsMs: number;
  readonly files: number;
}

export interface RepositoryCheck {
  readonly workMs: number;
  readonly workCpuMs: number;
  readonly findings: number;
}

export type MemoryKind = 'none' | 'held' | 'dropped';

export interface RepositoryMemory {
  readonly kind: MemoryKind;
  readonly rssMb: number;
  readonly heapUsedMb: number;
  /** Peak RSS of the process (the transient cost of building, on top of what is kept). */
  readonly peakRssMb: number;
  readonly files: number;
}

const MB = 1024 * 1024;

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function build(root: string, sync: boolean): Promise<{ files: RepositoryFiles; buildMs: number; buildCpuMs: number; lookupsMs: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const listed = await new RepositoryHost(root, { syncReads: sync }).listRepositoryFiles();
  const files = new RepositoryFiles(listed);
  const built = performance.now();
  const buildCpuMs = cpuMs(cpu);
  files.byName('decls.rs');
  files.byNamePrefix('core_');
  return { files, buildMs: built - start, buildCpuMs, lookupsMs: performance.now() - built };
}

export async function measureRepositoryBuild(root: string, sync: boolean): Promise<RepositoryBuild> {
  const { files, buildMs, buildCpuMs, lookupsMs } = await build(root, sync);
  return { buildMs, buildCpuMs, lookupsMs, files: files.size };
}

export async function measureRepositoryCheck(root: string): Promise<RepositoryCheck> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const report = await runCheck({ paths: [root], cwd: root, note: () => undefined });
  return { workMs: performance.now() - start, workCpuMs: cpuMs(cpu), findings: report.files.reduce((n, f) => n + f.findings.length, 0) };
}

/** Builds the list and lets it go. In a function of its own, so no register of the caller's frame keeps it. */
async function buildAndDrop(root: string): Promise<number> {
  return (await build(root, true)).files.size;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the memory measurement needs node --expose-gc');
  gc();
  gc();
}

export async function measureRepositoryMemory(root: string, kind: MemoryKind): Promise<RepositoryMemory> {
  // Every kind of process is the same bundle with the same modules loaded; only the list differs.
  const held = kind === 'held' ? (await build(root, true)).files : undefined;
  const files = kind === 'dropped' ? await buildAndDrop(root) : (held?.size ?? 0);
  collect();
  const usage = process.memoryUsage();
  // Read after the measurement, so the list is reachable (held) until then.
  if (held && held.size !== files) throw new Error('the list changed');
  return {
    kind,
    rssMb: usage.rss / MB,
    heapUsedMb: usage.heapUsed / MB,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    files,
  };
}
