/**
 * What the core needs from the outside world, injected by the language server and the CLI (and by
 * tests, in memory). Paths are workspace-relative with forward slashes.
 */
export interface WorkspaceHost {
  /** Lists files under the root that match any of `globs` and none of `ignore`. */
  listFiles(globs: readonly string[], ignore: readonly string[]): Promise<string[]>;
  /** Reads a file as text (UTF-8), or undefined when it cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /** Whether a path is a file or folder; cheap and synchronous (used for non-document links). */
  probe(path: string): 'file' | 'directory' | undefined;
  /**
   * The names of the repository's files, for resolving references the way a reader does (by file
   * name, path suffix, abbreviation; whether a folder exists). Without `under`: every file, as `git
   * ls-files` lists them when the root is a git work tree, else every file under the root that no
   * `.gitignore` excludes. With `under` (a file or folder just created): the files at or under it
   * that the list would hold, judged by the ignore files alone (a new file is not tracked yet).
   * Names only, never contents; a host bounds how many it lists and says so in its log.
   *
   * Optional: a host without it (or one that fails) leaves the core without a repository list, and
   * the core then resolves only what it can probe.
   */
  listRepositoryFiles?(under?: string): Promise<readonly string[]>;
}

/** Where the core writes what it wants someone to know. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const SILENT_LOGGER: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A document as the editor or the CLI has it. */
export interface SourceDocument {
  readonly path: string;
  readonly text: string;
  readonly version: number;
}
