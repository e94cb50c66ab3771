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
