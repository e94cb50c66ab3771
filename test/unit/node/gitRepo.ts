/**
 * Real git repositories in temporary folders, for the tests of the repository file list. Tests may
 * run `git` (the server and the CLI may not): what our index reader and our walk produce is
 * compared with what git itself prints.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../cli/harness';

/** An environment that makes git ignore the machine's own configuration (global excludes, hooks, identity). */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };
}

/** Runs git in `cwd`; throws with git's message when it fails. Returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  return gitWithInput(cwd, '', ...args);
}

/** `git` with `input` on its standard input. */
export function gitWithInput(cwd: string, input: string, ...args: string[]): string {
  const home = path.join(path.dirname(cwd), `${path.basename(cwd)}.home`);
  fs.mkdirSync(home, { recursive: true });
  const run = spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env: gitEnv(home), input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** NUL-separated git output as a sorted list without duplicates. */
export function nulList(out: string): string[] {
  return [...new Set(out.split('\0').filter((p) => p !== ''))].sort();
}

/** `git ls-files` of the index, without gitlinks (mode 160000) and sparse folders (`dir/`), sorted. */
export function trackedFiles(cwd: string): string[] {
  const staged = git(cwd, 'ls-files', '-s', '--sparse', '-z').split('\0').filter((l) => l !== '');
  const files = staged.map((l) => /^(\d+) [0-9a-f]+ \d\t(.*)$/s.exec(l)).filter((m): m is RegExpExecArray => m !== null && m[1] !== '160000' && !m[2].endsWith('/'));
  return [...new Set(files.map((m) => m[2]))].sort();
}

/** A temporary folder with the files written (no `.git`). */
export function tree(files: Record<string, string>, prefix = 'rfc-author-repo-'): string {
  const root = tempDir(prefix);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

/** Removes a folder made by `tree` and the home folder its git runs used. */
export function removeTree(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(`${root}.home`, { recursive: true, force: true });
}
