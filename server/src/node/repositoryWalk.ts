import type { Dirent } from 'node:fs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IgnoreRules } from './ignoreRules';

/**
 * The files under a folder as `git ls-files --others --exclude-standard` would list them: every
 * `.gitignore` on the way is honoured, `.git` and `node_modules` are never entered, and a symlink
 * is a file (never followed, as git records it), so the walk cannot loop.
 */

/** Folders never walked: git's own metadata, and dependencies that are never the repository's files. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
/** An ignore file larger than this is not read (git's own limit is far higher; none is this large). */
const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;

/** The walk found more files than the list may hold. */
export class TooManyFiles extends Error {}

type MaybePromise<T> = T | Promise<T>;

/** File-system calls, blocking (the CLI) or not (the language server, whose event loop must stay free). */
export interface WalkFs {
  /** How many folders are read at once. */
  readonly concurrency: number;
  readdir(abs: string): MaybePromise<Dirent[] | undefined>;
  readText(abs: string): MaybePromise<string | undefined>;
  kind(abs: string): MaybePromise<'file' | 'directory' | undefined>;
}

export function walkFs(sync: boolean): WalkFs {
  if (sync) {
    return {
      concurrency: 1,
      readdir: (abs) => attemptSync(() => fs.readdirSync(abs, { withFileTypes: true })),
      readText: (abs) => attemptSync(() => (fs.statSync(abs).size > MAX_IGNORE_FILE_BYTES ? undefined : fs.readFileSync(abs, 'utf8'))),
      kind: (abs) => kindOf(attemptSync(() => fs.lstatSync(abs))),
    };
  }
  return {
    concurrency: 8,
    readdir: (abs) => fs.promises.readdir(abs, { withFileTypes: true }).catch(() => undefined),
    readText: async (abs) => ((await fs.promises.stat(abs).catch(() => undefined))?.size ?? Infinity) > MAX_IGNORE_FILE_BYTES ? undefined : fs.promises.readFile(abs, 'utf8').catch(() => undefined),
    kind: async (abs) => kindOf(await fs.promises.lstat(abs).catch(() => undefined)),
  };
}

export interface WalkOptions {
  readonly fs: WalkFs;
  /** More files than this stops the walk with `TooManyFiles`. */
  readonly maxFiles: number;
}

/**
 * The files under folder `start` (workspace-relative, `''` for the root), given the rules in force
 * in it (`rulesAt`), sorted. The folder's own `.gitignore` and those below are read on the way.
 * Folders are read a level at a time, several at once with non-blocking calls (a listing of tens of
 * thousands of folders is mostly waiting for the file system).
 */
export async function walkFolder(root: string, start: string, rules: IgnoreRules, options: WalkOptions): Promise<string[]> {
  const out: string[] = [];
  const visit = async (folder: Folder, next: Folder[]): Promise<void> => {
    const entries = await options.fs.readdir(absolute(root, folder.rel));
    if (!entries) return;
    let here = folder.rules;
    const own = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (own) {
      const text = await options.fs.readText(absolute(root, join(folder.rel, own.name)));
      if (text !== undefined) here = here.withFile(folder.rel, text);
    }
    // Asked only about names a rule could exclude (most names meet none), with a fresh copy per folder.
    let local: IgnoreRules | undefined;
    const ignored = (name: string, rel: string, directory: boolean): boolean => here.mayIgnore(name, directory) && (local ??= here.fresh()).ignores(rel, directory);
    const prefix = folder.rel === '' ? '' : `${folder.rel}/`;
    for (const entry of entries) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(entry.name) && !ignored(entry.name, rel, true)) next.push({ rel, rules: here });
      } else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name !== '.git' && !ignored(entry.name, rel, false)) {
        // Reading a character makes V8 flatten the joined name now: kept as it was built, each name
        // would be a tree of its parts for as long as the list lives (a quarter more memory).
        rel.charCodeAt(0);
        out.push(rel);
        if (out.length > options.maxFiles) throw new TooManyFiles(`more than ${options.maxFiles.toLocaleString('en-US')} files`);
      }
    }
  };
  const width = options.fs.concurrency;
  for (let level: Folder[] = [{ rel: start, rules }]; level.length > 0;) {
    const next: Folder[] = [];
    for (let i = 0; i < level.length; i += width) await Promise.all(level.slice(i, i + width).map((f) => visit(f, next)));
    level = next;
  }
  return out.sort();
}

interface Folder {
  readonly rel: string;
  readonly rules: IgnoreRules;
}

/**
 * The rules in force in folder `dir`: `exclude` (a work tree's `.git/info/exclude`) under the root's
 * `.gitignore`, under each folder's on the way down.
 */
export async function rulesAt(root: string, dir: string, exclude: string | undefined, wfs: WalkFs): Promise<IgnoreRules> {
  let rules = exclude === undefined ? IgnoreRules.none() : IgnoreRules.none().withFile('', exclude);
  const segments = dir === '' ? [] : dir.split('/');
  for (let i = 0; i <= segments.length; i++) {
    const folder = segments.slice(0, i).join('/');
    const text = await wfs.readText(absolute(root, join(folder, '.gitignore')));
    if (text !== undefined) rules = rules.withFile(folder, text);
  }
  return rules;
}

/**
 * What the list gains when `rel` (a file or folder) was just created: the file itself, or the files
 * of the folder, unless an ignore rule excludes them or they lie in `.git` or `node_modules`.
 */
export async function listCreated(root: string, rel: string, exclude: string | undefined, options: WalkOptions): Promise<string[]> {
  const segments = rel.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || ALWAYS_SKIPPED.has(s))) return [];
  const parent = segments.slice(0, -1).join('/');
  const kind = await options.fs.kind(absolute(root, rel));
  if (kind === undefined) return [];
  const rules = await rulesAt(root, parent, exclude, options.fs);
  if (kind === 'directory') return rules.ignores(rel, true) ? [] : walkFolder(root, rel, rules, options);
  return rules.ignores(rel) ? [] : [rel];
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

function absolute(root: string, rel: string): string {
  if (rel === '') return root;
  // Names from readdir joined with `/`: on POSIX nothing is left to normalise.
  return path.sep === '/' ? `${root}/${rel}` : path.join(root, ...rel.split('/'));
}

function kindOf(stat: fs.Stats | undefined): 'file' | 'directory' | undefined {
  if (!stat) return undefined;
  if (stat.isDirectory()) return 'directory';
  return stat.isFile() || stat.isSymbolicLink() ? 'file' : undefined;
}

function attemptSync<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
