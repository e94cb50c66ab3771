import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeAdr } from './adr';
import type { RefStats } from './links';
import { emptyRefStats } from './links';
import { readOutline } from './outline';
import { planWorkspace, TASKS_PER_RFC } from './plan';
import { writeRfc } from './rfc';
import { writeTask } from './task';

/** bench/ (this file lives in bench/gen/). */
export const BENCH_DIR = path.resolve(__dirname, '..');
export const REPO_DIR = path.resolve(BENCH_DIR, '..');
export const TEMPLATE_PATH = path.join(REPO_DIR, 'templates', 'rfc.md');
export const MANIFEST_FILE = '.bench-manifest.json';

export interface SizeStats {
  readonly count: number;
  readonly totalBytes: number;
  readonly medianBytes: number;
  readonly minBytes: number;
  readonly maxBytes: number;
}

/** What was generated, written beside the files (never a `.md`, so no tool indexes it). */
export interface Manifest {
  /** Hash of the generator's sources and the template: a different value means regenerate. */
  readonly generator: string;
  readonly rfcs: number;
  readonly seed: number;
  readonly files: number;
  readonly sizes: Readonly<Record<'rfc' | 'task' | 'adr', SizeStats>>;
  readonly refs: RefStats;
  /** Path of the RFC forced to ≈ 60 KB. */
  readonly largeRfc: string;
}

export interface GenerateOptions {
  readonly rfcs: number;
  readonly seed: number;
  /** Output folder; default bench/.work/<rfcs>-<seed>. */
  readonly out?: string;
  readonly log?: (line: string) => void;
}

export function defaultWorkspaceDir(rfcs: number, seed: number): string {
  return path.join(BENCH_DIR, '.work', `${rfcs}-${seed}`);
}

/** Hash of everything the output depends on: the generator's own files and the built-in template. */
export function generatorStamp(): string {
  const hash = createHash('sha256');
  const files = [path.join(BENCH_DIR, 'prng.ts'), TEMPLATE_PATH, ...fs.readdirSync(__dirname).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(__dirname, f))];
  for (const f of files) hash.update(f.slice(REPO_DIR.length)).update(fs.readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

export function readManifest(root: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * The workspace for `rfcs` and `seed`, generated when it is missing or was made by another version
 * of the generator. Generation writes to a temporary folder and renames it, so an interrupted run
 * never leaves a half-written workspace that a later run would take for complete.
 */
export function ensureWorkspace(options: GenerateOptions): { root: string; manifest: Manifest; generated: boolean } {
  const root = path.resolve(options.out ?? defaultWorkspaceDir(options.rfcs, options.seed));
  const stamp = generatorStamp();
  const existing = readManifest(root);
  if (existing && existing.generator === stamp && existing.rfcs === options.rfcs && existing.seed === options.seed) {
    return { root, manifest: existing, generated: false };
  }
  const tmp = `${root}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const manifest = generate(tmp, options.rfcs, options.seed, stamp, options.log);
  fs.rmSync(root, { recursive: true, force: true });
  fs.renameSync(tmp, root);
  return { root, manifest, generated: true };
}

/** A file the generator produced. */
export type FileSink = (kind: 'rfc' | 'task' | 'adr', rel: string, text: string) => void;

/**
 * Writes every document of the workspace to `sink`, one at a time (a 10,000-RFC workspace is never
 * held in memory), and returns what was planted.
 */
export function generateDocuments(rfcs: number, seed: number, sink: FileSink): { refs: RefStats; largeRfc: string } {
  const outline = readOutline(fs.readFileSync(TEMPLATE_PATH, 'utf8'));
  const plan = planWorkspace(rfcs, seed);
  const refs = emptyRefStats();
  for (const r of plan.rfcs) sink('rfc', r.path, writeRfc(plan, r, outline, refs));
  for (const t of plan.tasks) sink('task', t.path, writeTask(plan, t, refs));
  for (const a of plan.adrs) sink('adr', a.path, writeAdr(plan, a, refs));
  return { refs, largeRfc: plan.rfcs[plan.largeRfc - 1].path };
}

/** The workspace as a map of path → text (small workspaces: tests). */
export function generateInMemory(rfcs: number, seed: number): { files: Map<string, string>; refs: RefStats; largeRfc: string } {
  const files = new Map<string, string>();
  const planted = generateDocuments(rfcs, seed, (_, rel, text) => void files.set(rel, text));
  return { files, ...planted };
}

function generate(dir: string, rfcs: number, seed: number, stamp: string, log?: (line: string) => void): Manifest {
  const sizes = { rfc: [] as number[], task: [] as number[], adr: [] as number[] };
  for (const folder of ['docs/rfcs', 'docs/adr', 'tasks']) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  const total = rfcs + rfcs * TASKS_PER_RFC + Math.max(1, Math.floor(rfcs / 2));
  let written = 0;
  const { refs, largeRfc } = generateDocuments(rfcs, seed, (kind, rel, text) => {
    fs.writeFileSync(path.join(dir, rel), text);
    sizes[kind].push(Buffer.byteLength(text));
    if (log && ++written % Math.max(1, Math.floor(total / 10)) === 0) log(`generated ${written}/${total} files`);
  });
  // The configuration file marks the workspace root, so the CLI never climbs into the repository.
  fs.writeFileSync(path.join(dir, '.rfc-author.json'), '{}\n');
  const manifest: Manifest = {
    generator: stamp,
    rfcs,
    seed,
    files: sizes.rfc.length + sizes.task.length + sizes.adr.length,
    sizes: { rfc: sizeStats(sizes.rfc), task: sizeStats(sizes.task), adr: sizeStats(sizes.adr) },
    refs,
    largeRfc,
  };
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function sizeStats(bytes: readonly number[]): SizeStats {
  const sorted = [...bytes].sort((a, b) => a - b);
  return {
    count: sorted.length,
    totalBytes: sorted.reduce((s, b) => s + b, 0),
    medianBytes: sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)],
    minBytes: sorted[0] ?? 0,
    maxBytes: sorted[sorted.length - 1] ?? 0,
  };
}
