import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import type { CliIo } from '../../../server/src/cli';
import { main } from '../../../server/src/cli';

/** A folder under the system temp folder, removed by `cleanup`. */
export function tempDir(prefix = 'rfc-author-cli-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function cleanup(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Temporary workspaces for the tests of one file: the function returned writes one (see `writeTree`)
 * and gives its root; each is removed after the test that made it.
 */
export function workspaces(): (files: Record<string, string | Uint8Array>) => string {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(cleanup));
  return (files) => {
    const dir = tempDir();
    dirs.push(dir);
    return writeTree(dir, files);
  };
}

/**
 * Writes `files` (workspace-relative path → text or bytes) under `root`. A `.git` folder marks the
 * root, as in a real repository, unless `marker` is false.
 */
export function writeTree(root: string, files: Record<string, string | Uint8Array>, marker = true): string {
  if (marker) fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process from `cwd`, capturing what it writes. */
export async function runCli(args: readonly string[], cwd: string, options: { isTTY?: boolean; env?: Record<string, string>; stdin?: string; today?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    ...(options.today !== undefined ? { today: () => options.today as string } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * Moves every time stamp a change left (anything after 2021) to a clock of its own, far in the past
 * and one tick per step: the cache then trusts time stamps as it would on a machine where changes
 * are older than the run, instead of falling back to content hashes for "racy" ones.
 */
export function settle(root: string, step: number): void {
  const tick = new Date(Date.UTC(2020, 0, 1) + step * 10_000);
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      if (fs.statSync(p).mtimeMs > Date.UTC(2021, 0, 1)) fs.utimesSync(p, tick, tick);
    }
  };
  walk(root);
  if (fs.statSync(root).mtimeMs > Date.UTC(2021, 0, 1)) fs.utimesSync(root, tick, tick);
}
