import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import type { WorkspaceHost } from '../server/src/core/host';
import { DocumentClassifier } from '../server/src/core/index/globs';

/**
 * The benchmark's view of a generated workspace: its Markdown files listed from disk, read into
 * memory when a measurement wants files from memory, and served to the core through a host that
 * answers from that memory at the cost of a map lookup.
 */

/** Every `.md` file under `root` (workspace-relative, forward slashes, sorted); dot folders skipped. */
export function listMarkdown(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.isFile() && e.name.endsWith('.md')) out.push(r);
    }
  };
  walk(root, '');
  return out.sort();
}

export function loadFiles(root: string): Map<string, string> {
  return new Map(listMarkdown(root).map((p) => [p, fs.readFileSync(path.join(root, ...p.split('/')), 'utf8')]));
}

/** The RFCs among `paths`, by the default configuration's globs (what the CLI and the server check). */
export function rfcPaths(paths: Iterable<string>): string[] {
  const classifier = new DocumentClassifier(DEFAULT_CONFIG, []);
  return [...paths].filter((p) => classifier.kindOf(p) === 'rfc');
}

/** A WorkspaceHost over files held in memory. Folders are derived once, so `probe` is a lookup. */
export class MemoryHost implements WorkspaceHost {
  private readonly folders = new Set<string>();

  constructor(private readonly files: ReadonlyMap<string, string>) {
    for (const p of files.keys()) {
      for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) this.folders.add(p.slice(0, i));
    }
  }

  listFiles(globs: readonly string[], ignore: readonly string[]): Promise<string[]> {
    const match = picomatch([...globs]);
    const ignored = ignore.length > 0 ? picomatch([...ignore], { dot: true }) : () => false;
    return Promise.resolve([...this.files.keys()].filter((p) => match(p) && !ignored(p)).sort());
  }

  readFile(p: string): Promise<string | undefined> {
    return Promise.resolve(this.files.get(p));
  }

  probe(p: string): 'file' | 'directory' | undefined {
    if (this.files.has(p)) return 'file';
    return this.folders.has(p.replace(/\/+$/, '')) ? 'directory' : undefined;
  }
}

/** Byte size of the files, for throughput figures. */
export function totalBytes(files: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const t of files.values()) n += Buffer.byteLength(t);
  return n;
}
