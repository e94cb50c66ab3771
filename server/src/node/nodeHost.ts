import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import type { Logger, WorkspaceHost } from '../core';
import { detach, SILENT_LOGGER } from '../core';

/** Files larger than this are not read at all: no real RFC comes near it, and reading it would stall a run. */
export const MAX_READ_BYTES = 20 * 1024 * 1024;

/** Folders never walked, whatever the configuration says: they are never documentation and can be huge. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);


export interface NodeHostOptions {
  readonly logger?: Logger;
  /**
   * Read files the walk listed with blocking calls. For the CLI, which has nothing else to do
   * meanwhile: a synchronous read of a small file costs a fraction of the thread-pool round trips
   * of an asynchronous one. The language server keeps the default (its event loop must stay free).
   */
  readonly syncReads?: boolean;
}

/**
 * The workspace as the file system has it, for one root folder. Paths in and out are
 * workspace-relative with forward slashes; nothing outside the root is ever listed, read or probed.
 */
export class NodeHost implements WorkspaceHost {
  /** The root folder, absolute. */
  readonly root: string;
  /** The root with symlinks resolved: what "inside the root" is measured against. */
  protected readonly realRoot: string;
  protected readonly logger: Logger;
  protected readonly syncReads: boolean;
  private readonly probes = new Map<string, 'file' | 'directory' | undefined>();
  /**
   * Files the walk met in real folders of the real root (no symlink on the way): reading them needs
   * no `realpath`, only an open that refuses a symlink put in their place since.
   */
  private readonly walked = new Set<string>();

  constructor(root: string, options: NodeHostOptions = {}) {
    this.root = path.resolve(root);
    this.realRoot = safeRealpath(this.root) ?? this.root;
    this.logger = options.logger ?? SILENT_LOGGER;
    this.syncReads = options.syncReads === true;
  }

  /**
   * Walks the tree once. Only folders that can hold a match are entered (a glob's matches all lie
   * under its static base), and `node_modules` and `.git` never are. Symlinked folders are followed
   * after the real tree, and only to real folders inside the root not walked yet: a link that points
   * back up the tree cannot loop, and a file is never listed under two paths.
   */
  async listFiles(globs: readonly string[], ignore: readonly string[]): Promise<string[]> {
    if (globs.length === 0) return [];
    const match = picomatch([...globs], { dot: false });
    const ignored = ignore.length > 0 ? picomatch([...ignore], { dot: true }) : () => false;
    const bases = globs.map((g) => picomatch.scan(g).base);
    const mayHoldMatch = (dir: string): boolean =>
      bases.some((b) => b === '' || dir === b || dir.startsWith(`${b}/`) || b.startsWith(`${dir}/`));
    const out: string[] = [];
    const visited = new Set<string>();
    const links: string[] = [];

    const walk = async (dir: string, real: string): Promise<void> => {
      visited.add(real);
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(real, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!ALWAYS_SKIPPED.has(entry.name) && !ignored(rel) && mayHoldMatch(rel)) await walk(rel, path.join(real, entry.name));
        } else if (entry.isSymbolicLink()) {
          links.push(rel);
        } else if (entry.isFile() && match(rel) && !ignored(rel)) {
          out.push(rel);
          if (direct) this.walked.add(rel);
        }
      }
    };

    let direct = true;
    await walk('', this.realRoot);
    direct = false;
    while (links.length > 0) {
      const rel = links.shift() as string;
      const target = await this.linkTarget(rel);
      if (!target) continue;
      if (target.kind === 'file') {
        if (match(rel) && !ignored(rel)) out.push(rel);
      } else if (!visited.has(target.real) && !ALWAYS_SKIPPED.has(rel.slice(rel.lastIndexOf('/') + 1)) && !ignored(rel) && mayHoldMatch(rel)) {
        await walk(rel, target.real);
      }
    }
    return out.sort();
  }

  /** UTF-8 text, exactly as stored (a BOM included), or undefined when the file cannot be read. */
  async readFile(rel: string): Promise<string | undefined> {
    if (this.walked.has(rel)) {
      const text = this.syncReads ? this.readWalkedSync(rel) : await this.readWalked(rel);
      if (text !== undefined) return text ?? undefined;
    }
    const abs = this.inside(rel);
    if (abs === undefined) return undefined;
    try {
      const real = await fs.promises.realpath(abs);
      if (!isWithin(this.realRoot, real)) return undefined;
      const stat = await fs.promises.stat(real);
      if (!stat.isFile()) return undefined;
      if (stat.size > MAX_READ_BYTES) {
        this.logger.warn(`${rel} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_READ_BYTES / 1024 / 1024} MB limit; it is not read.`);
        return undefined;
      }
      return await fs.promises.readFile(real, 'utf8');
    } catch {
      return undefined;
    }
  }

  /**
   * A file the walk found in the real tree: opened without following a symlink (one that replaced
   * the file since the walk is refused, and the caller falls back to the full check), then read
   * through the same handle, so what is read is what was checked. `null`: not readable (too large,
   * not a file); `undefined`: take the full check.
   */
  private async readWalked(rel: string): Promise<string | null | undefined> {
    let handle: fs.promises.FileHandle | undefined;
    try {
      handle = await fs.promises.open(path.join(this.realRoot, ...rel.split('/')), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
      const stat = await handle.stat();
      if (!stat.isFile()) return undefined;
      if (stat.size > MAX_READ_BYTES) {
        this.logger.warn(`${rel} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_READ_BYTES / 1024 / 1024} MB limit; it is not read.`);
        return null;
      }
      return await handle.readFile('utf8');
    } catch {
      return undefined;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  /** `readWalked` with blocking calls (`syncReads`). */
  private readWalkedSync(rel: string): string | null | undefined {
    let fd: number | undefined;
    try {
      fd = fs.openSync(path.join(this.realRoot, ...rel.split('/')), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return undefined;
      if (stat.size > MAX_READ_BYTES) {
        this.logger.warn(`${rel} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_READ_BYTES / 1024 / 1024} MB limit; it is not read.`);
        return null;
      }
      return fs.readFileSync(fd, 'utf8');
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /**
   * Whether a path is a file or a folder. Rules ask this for every non-document link, often for the
   * same path, so answers are cached for the life of the host (a CLI run, or until `clearCache`).
   */
  probe(rel: string): 'file' | 'directory' | undefined {
    if (this.probes.has(rel)) return this.probes.get(rel);
    // Nothing is in a folder that is not there: a link tried relative to the wrong folder
    // (`docs/rfcs/docs/rfcs/…`) costs one question per missing folder, not one per path in it.
    const slash = rel.lastIndexOf('/');
    const kind = slash > 0 && this.probe(rel.slice(0, slash)) !== 'directory' ? undefined : this.probeUncached(rel);
    // A path cut from a document would keep the document's whole text alive in the cache (`detach`).
    this.probes.set(detach(rel), kind);
    return kind;
  }

  /** Forgets cached probe answers (the language server calls this when files are created or deleted). */
  clearCache(): void {
    this.probes.clear();
  }

  private probeUncached(rel: string): 'file' | 'directory' | undefined {
    const abs = this.inside(rel);
    if (abs === undefined) return undefined;
    try {
      // Most probes are for links that name nothing: one stat answers those without a realpath.
      const stat = fs.statSync(abs, { throwIfNoEntry: false });
      if (!stat || !isWithin(this.realRoot, fs.realpathSync.native(abs))) return undefined;
      if (stat.isFile()) return 'file';
      return stat.isDirectory() ? 'directory' : undefined;
    } catch {
      return undefined;
    }
  }

  /** What a symlink points to, or undefined when it dangles or leads outside the root. */
  private async linkTarget(rel: string): Promise<{ kind: 'file' | 'directory'; real: string } | undefined> {
    try {
      const real = await fs.promises.realpath(this.absolute(rel));
      if (!isWithin(this.realRoot, real)) return undefined;
      const stat = await fs.promises.stat(real);
      if (stat.isFile()) return { kind: 'file', real };
      return stat.isDirectory() ? { kind: 'directory', real } : undefined;
    } catch {
      return undefined;
    }
  }

  private absolute(rel: string): string {
    return rel === '' ? this.root : path.join(this.root, ...rel.split('/'));
  }

  /** The absolute path of a workspace-relative one, or undefined when it names something outside the root. */
  private inside(rel: string): string | undefined {
    if (rel.includes('\0') || path.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return undefined;
    const abs = path.resolve(this.root, ...rel.split('/'));
    return isWithin(this.root, abs) ? abs : undefined;
  }
}

/** Whether `target` is `root` or lies under it (both absolute and normalised). */
export function isWithin(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function safeRealpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}
