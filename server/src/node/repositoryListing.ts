import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../core';
import { SILENT_LOGGER } from '../core';
import { GitIndexError, GitIndexTooLarge, readGitIndex } from './gitIndex';
import { IgnoreRules } from './ignoreRules';
import { listCreated, TooManyFiles, walkFolder, walkFs } from './repositoryWalk';

/** The repository list holds at most this many files; past it the core goes without one. */
export const MAX_REPOSITORY_FILES = 500_000;

/** A `.git` file (`gitdir: …`) larger than this is not a pointer git wrote. */
const MAX_GITFILE_BYTES = 64 * 1024;

export interface RepositoryListingOptions {
  readonly logger?: Logger;
  /** Blocking file-system calls (the CLI); the language server keeps its event loop free. */
  readonly sync?: boolean;
  readonly maxFiles?: number;
}

/** Where a work tree's git metadata lives. */
export interface GitDirs {
  /** The folder with this work tree's `index` (`.git`, or `.git/worktrees/<name>` for a linked worktree). */
  readonly gitDir: string;
  /** The folder with the shared `config` and `info/exclude` (the same, except for a linked worktree). */
  readonly commonDir: string;
}

/**
 * The names of a repository's files, for `WorkspaceHost.listRepositoryFiles`.
 *
 * When the root holds `.git` (a folder, or a file `gitdir: <path>` as linked worktrees and
 * submodules have), the list is what `git ls-files` prints, read from the index file: files git
 * tracks. Files the index lists but that were deleted on disk since stay in the list (a reader of
 * an RFC cares that the repository has the file; git still has it until the deletion is committed
 * or staged), and untracked files are not in it until the editor reports them created. The
 * pointer of a `.git` file is followed wherever it leads, as git follows it: for a linked worktree
 * it leads outside the root, to the main repository's `.git/worktrees/<name>`, which is this work
 * tree's own metadata. Only its `index`, `commondir`, `config` and `info/exclude` are read, and of
 * them only names: a pointer to a folder that holds no git index is not used.
 *
 * Otherwise (no `.git`, or an index that is missing, empty, damaged, split or of an unknown
 * version) the tree is walked, honouring every `.gitignore` and skipping `.git` and `node_modules`.
 *
 * At most `maxFiles` names (500,000): past that, listing fails with a message saying so, and the
 * core goes without a list rather than hold a partial one that would call real files missing.
 */
export class RepositoryListing {
  private readonly logger: Logger;
  private readonly sync: boolean;
  private readonly maxFiles: number;

  constructor(private readonly root: string, options: RepositoryListingOptions = {}) {
    this.logger = options.logger ?? SILENT_LOGGER;
    this.sync = options.sync === true;
    this.maxFiles = options.maxFiles ?? MAX_REPOSITORY_FILES;
  }

  /** Every file of the repository, or with `under` the files a created file or folder adds. */
  async list(under?: string): Promise<readonly string[]> {
    const git = findGitDirs(this.root);
    const wfs = walkFs(this.sync);
    const options = { fs: wfs, maxFiles: this.maxFiles };
    try {
      const exclude = git ? await wfs.readText(path.join(git.commonDir, 'info', 'exclude')) : undefined;
      if (under !== undefined) return await listCreated(this.root, under, exclude, options);
      const started = Date.now();
      const tracked = git ? await this.readIndex(git) : undefined;
      if (tracked) {
        this.logger.info(`Listed ${tracked.length} repository files from the git index in ${Date.now() - started} ms.`);
        return tracked;
      }
      // The walk reads the root's own .gitignore; only .git/info/exclude comes before it.
      const base = exclude === undefined ? IgnoreRules.none() : IgnoreRules.none().withFile('', exclude);
      const walked = await walkFolder(this.root, '', base, options);
      this.logger.info(`Listed ${walked.length} repository files by walking ${this.root} (honouring .gitignore) in ${Date.now() - started} ms.`);
      return walked;
    } catch (e) {
      if (e instanceof TooManyFiles) throw new Error(`${this.root} holds ${e.message}; references are resolved without the repository's file list.`);
      throw e;
    }
  }

  /** The tracked files, or undefined (with the reason logged) when the walk must do. */
  private async readIndex(git: GitDirs): Promise<string[] | undefined> {
    const file = path.join(git.gitDir, 'index');
    let data: Buffer;
    try {
      data = this.sync ? fs.readFileSync(file) : await fs.promises.readFile(file);
    } catch {
      this.logger.info(`${file} cannot be read (a repository with nothing added yet?); walking the tree instead.`);
      return undefined;
    }
    try {
      const listing = readGitIndex(data, { hash: objectFormat(git.commonDir), maxEntries: this.maxFiles });
      if (listing.sparseDirectories > 0) this.logger.info(`The git index is sparse: the files of ${listing.sparseDirectories} collapsed folders are not in the repository list.`);
      if (listing.paths.length === 0) return undefined;
      return listing.paths;
    } catch (e) {
      if (e instanceof GitIndexTooLarge) throw new TooManyFiles(`more than ${this.maxFiles.toLocaleString('en-US')} files`);
      if (!(e instanceof GitIndexError)) throw e;
      this.logger.warn(`${file} cannot be used (${e.message}); walking the tree instead.`);
      return undefined;
    }
  }
}

/** The git metadata of the work tree at `root`, when `root/.git` is a folder or a `gitdir:` file. */
export function findGitDirs(root: string): GitDirs | undefined {
  const dotGit = path.join(root, '.git');
  const stat = fs.statSync(dotGit, { throwIfNoEntry: false });
  let gitDir: string | undefined;
  if (stat?.isDirectory()) gitDir = dotGit;
  else if (stat?.isFile() && stat.size <= MAX_GITFILE_BYTES) {
    const target = /^gitdir:\s*(.+?)\s*$/m.exec(readText(dotGit) ?? '')?.[1];
    if (target !== undefined) gitDir = path.resolve(root, target);
  }
  if (gitDir === undefined || !fs.statSync(gitDir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  const common = readText(path.join(gitDir, 'commondir'))?.trim();
  return { gitDir, commonDir: common ? path.resolve(gitDir, common) : gitDir };
}

/** `sha256` when the repository's config sets `extensions.objectFormat = sha256`, else `sha1`. */
function objectFormat(commonDir: string): 'sha1' | 'sha256' {
  return /^\s*objectformat\s*=\s*"?sha256"?\s*$/im.test(readText(path.join(commonDir, 'config')) ?? '') ? 'sha256' : 'sha1';
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
