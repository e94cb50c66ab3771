import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BENCH_DIR, ensureWorkspace } from './gen/workspace';
import { Rng } from './prng';

/**
 * A repository of many files for the repository-list measurement: the documents of a generated
 * workspace plus source files in nested folders, up to `files` files that the list must hold. Beside
 * them lie files the list must leave out (a `build/` folder and `dist/` folders that `.gitignore`
 * files exclude, and `node_modules/`), so the walk does the filtering work a real one does. With
 * `git`, `git init` and `git add -A` write a real index (git runs here, in the bench; the product
 * never runs it).
 *
 * Kept outside bench/gen/ on purpose: the document generator's stamp hashes that folder, and this
 * file must not make every document workspace regenerate.
 */
export interface RepositoryManifest {
  readonly stamp: string;
  /** Files the repository list must hold (documents, sources, .gitignore files, configuration). */
  readonly listed: number;
  /** Files on disk that it must leave out (ignored or in node_modules). */
  readonly excluded: number;
  readonly git: boolean;
}

const MANIFEST = '.bench-repository.json';
const MODULES = ['core', 'net', 'ui', 'storage', 'parser', 'cli', 'auth', 'sync', 'render', 'io', 'fs', 'time'];
const KINDS = ['handlers', 'model', 'util', 'tests', 'fixtures', 'internal', 'api'];
const EXTENSIONS = ['.rs', '.ts', '.go', '.py', '.c', '.h', '.json', '.toml', '.sh'];

export function ensureRepository(options: { readonly files: number; readonly rfcs: number; readonly seed: number; readonly git: boolean; readonly log: (line: string) => void }): { root: string; manifest: RepositoryManifest } {
  const docs = ensureWorkspace({ rfcs: options.rfcs, seed: options.seed, log: options.log });
  const stamp = createHash('sha256').update(fs.readFileSync(__filename)).update(docs.manifest.generator).digest('hex').slice(0, 16);
  const root = path.join(BENCH_DIR, '.work', `repository-${options.files}-${options.rfcs}-${options.seed}-${options.git ? 'git' : 'walk'}`);
  try {
    const existing = JSON.parse(fs.readFileSync(path.join(root, MANIFEST), 'utf8')) as RepositoryManifest;
    if (existing.stamp === stamp) return { root, manifest: existing };
  } catch {
    // Not generated yet, or by another version: generate below.
  }
  const tmp = `${root}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.cpSync(docs.root, tmp, { recursive: true });
  const manifest = fill(tmp, options.files, options.seed, stamp, options.git, options.log);
  fs.rmSync(root, { recursive: true, force: true });
  fs.renameSync(tmp, root);
  return { root, manifest };
}

function fill(dir: string, files: number, seed: number, stamp: string, git: boolean, log: (line: string) => void): RepositoryManifest {
  const rng = new Rng(seed * 7919 + files);
  const write = (rel: string, text: string): void => {
    const abs = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  };
  // The manifest is written last and ignored, so it is never one of the listed files.
  write('.gitignore', `build/\nnode_modules/\n*.log\n${MANIFEST}\n`);
  let listed = countFiles(dir);
  let excluded = 0;
  for (let p = 0; p < 20; p++) {
    write(`packages/pkg-${p}/.gitignore`, 'dist/\n!dist/keep.d.ts\n');
    listed++;
    for (let i = 0; i < 40; i++) write(`packages/pkg-${p}/dist/bundle-${i}.js`, '/* built */\n');
    excluded += 40;
  }
  for (let i = 0; i < 1500; i++) write(`build/out/${MODULES[i % MODULES.length]}/chunk-${i}.js`, '/* built */\n');
  for (let i = 0; i < 500; i++) write(`node_modules/dep-${i % 50}/lib/file-${i}.js`, 'module.exports = 1;\n');
  for (let i = 0; i < 200; i++) write(`logs/run-${i}.log`, 'log\n');
  excluded += 2200;
  // Folders as a tree grows: each new one under a random earlier one, about eight files to a folder.
  const folders = ['src', 'lib', 'tools', ...Array.from({ length: 20 }, (_, p) => `packages/pkg-${p}/src`)];
  while (folders.length < Math.max(8, files / 8)) folders.push(`${rng.pick(folders)}/${rng.pick(rng.chance(0.5) ? KINDS : MODULES)}_${folders.length}`);
  while (listed < files) {
    const name = `${rng.pick(MODULES)}_${rng.pick(KINDS)}_${rng.int(0, 99999)}${rng.pick(EXTENSIONS)}`;
    const rel = `${rng.pick(folders)}/${name}`;
    if (fs.existsSync(path.join(dir, ...rel.split('/')))) continue;
    write(rel, `// ${rel}\n`);
    if (++listed % 10_000 === 0) log(`  repository: ${listed}/${files} files`);
  }
  if (git) {
    runGit(dir, 'init', '-q');
    runGit(dir, 'add', '-A');
  }
  const manifest: RepositoryManifest = { stamp, listed, excluded, git };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n++;
  return n;
}

function runGit(cwd: string, ...args: string[]): void {
  const env = { ...process.env, HOME: cwd, XDG_CONFIG_HOME: path.join(cwd, '.no-config'), GIT_CONFIG_NOSYSTEM: '1' };
  const run = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
}
