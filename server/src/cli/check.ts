import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { pathToFileURL } from 'node:url';
import type { ConfigProblem, Finding, Logger, WorkspaceHost } from '../core';
import { createRfcService } from '../core';
import { findWorkspaceRoot, loadConfig } from '../node/config';
import { isWithin } from '../node/nodeHost';
import { RepositoryHost } from '../node/repositoryHost';

/** One RFC that was checked, and what the rules found in it. */
export interface CheckedFile {
  /** Workspace-relative, forward slashes. */
  readonly path: string;
  readonly findings: readonly Finding[];
}

/** The outcome of a check run, before it is formatted. */
export interface CheckReport {
  /** Absolute path of the workspace root. */
  readonly root: string;
  /** Every RFC checked, in path order (files without findings included). */
  readonly files: readonly CheckedFile[];
  readonly configProblems: readonly ConfigProblem[];
  /** The configuration file read, when there was one. */
  readonly configFile?: string;
}

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly configFile?: string;
  /** Folder that relative paths are resolved against. */
  readonly cwd: string;
  /** Where warnings and "cannot read" notes go, one line each. */
  readonly note: (line: string) => void;
}

/** A usage mistake found before anything is checked (a PATH that does not exist). */
export class UsageError extends Error {}

/**
 * Checks the RFCs among and under `paths`. Every document of the workspace is indexed first (links
 * and ids in an RFC point at other files); then each selected RFC is read, checked and forgotten, so
 * memory holds only the index, never every parsed document at once.
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  boundHeapGrowth();
  const targets = options.paths.map((p) => path.resolve(options.cwd, p));
  for (const [i, t] of targets.entries()) {
    if (!fs.existsSync(t)) throw new UsageError(`${options.paths[i]} does not exist.`);
  }
  const root = findWorkspaceRoot(targets[0]);
  for (const [i, t] of targets.entries()) {
    if (!isWithin(root, t)) throw new UsageError(`${options.paths[i]} is outside the workspace root ${root}; check it in a separate run.`);
  }
  const loaded = await loadConfig(root, options.configFile === undefined ? undefined : path.resolve(options.cwd, options.configFile));
  const logger = onceLogger(options.note);
  const host = new ListingCache(new RepositoryHost(root, { logger, syncReads: true }));
  // A check reads no references, hovers or completions: the index keeps ids, titles and statuses.
  const service = await createRfcService({ host, rootUri: pathToFileURL(root).href, config: loaded.config, logger, indexDetail: 'rules' });
  await service.indexWorkspace();

  // Listed, not taken from the index: a file that cannot be read is not indexed, yet it is reported.
  const rfcs = await service.listDocuments('rfc');
  const selected = new Set<string>();
  for (const target of targets) {
    const rel = toWorkspacePath(root, target);
    if (fs.statSync(target).isDirectory()) {
      const under = rfcs.filter((p) => rel === '' || p.startsWith(`${rel}/`));
      for (const p of under) selected.add(p);
    } else if (service.kindOf(rel) === 'rfc') selected.add(rel);
    else options.note(`${rel} is ${service.kindOf(rel) === 'template' ? 'the RFC template' : 'not an RFC (see rfcGlobs)'}; not checked.`);
  }

  const files: CheckedFile[] = [];
  for (const p of [...selected].sort()) {
    const text = await host.readFile(p);
    if (text === undefined) {
      options.note(`cannot read ${p}; skipped.`);
      continue;
    }
    files.push({ path: p, findings: detached(await service.computeDiagnostics({ path: p, text, version: 1 })) });
  }
  return { root, files, configProblems: loaded.problems, ...(loaded.file !== undefined ? { configFile: loaded.file } : {}) };
}

/**
 * The findings, with strings of their own. A message or `data` value is often built from a piece of
 * the document (`\`${written}\` does not exist`), and V8 keeps such a piece as a view into the
 * whole text: kept in the report, each finding would pin its RFC's text until the run ends (at
 * 10,000 RFCs, over 100 MB). A JSON round trip copies the plain data into fresh strings.
 */
function detached(findings: readonly Finding[]): Finding[] {
  return findings.length === 0 ? [] : (JSON.parse(JSON.stringify(findings)) as Finding[]);
}

/**
 * A check is a batch job whose live data is small (the index) while what it allocates is large
 * (every RFC's parse, dropped at once). V8 lets the heap grow to about four times what survived the
 * last full collection before collecting again; for a batch job that is memory held for nothing
 * (10,000 RFCs: 406 MB resident, 230 MB with this). `--heap-growing-percent` is read at each
 * collection, so it takes effect when set here; 50 means the heap may grow by half.
 */
function boundHeapGrowth(): void {
  v8.setFlagsFromString('--heap-growing-percent=50');
}

/** Workspace-relative path with forward slashes ('' for the root itself). */
function toWorkspacePath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** A logger that says each thing once: indexing and checking may read the same file twice. */
function onceLogger(note: (line: string) => void): Logger {
  const said = new Set<string>();
  const say = (level: string) => (message: string): void => {
    if (said.has(message)) return;
    said.add(message);
    note(`${level}: ${message}`);
  };
  return { info: () => undefined, warn: say('warning'), error: say('error') };
}

/**
 * Remembers file listings, so the walk indexing does is the walk that selects the RFCs to check:
 * the tree is walked once per run.
 */
class ListingCache implements WorkspaceHost {
  private readonly listings = new Map<string, Promise<string[]>>();

  constructor(private readonly host: RepositoryHost) {}

  listFiles(globs: readonly string[], ignore: readonly string[]): Promise<string[]> {
    const key = JSON.stringify([globs, ignore]);
    let listing = this.listings.get(key);
    if (!listing) {
      listing = this.host.listFiles(globs, ignore);
      this.listings.set(key, listing);
    }
    return listing;
  }

  readFile(p: string): Promise<string | undefined> {
    return this.host.readFile(p);
  }

  probe(p: string): 'file' | 'directory' | undefined {
    return this.host.probe(p);
  }

  listRepositoryFiles(under?: string): Promise<readonly string[]> {
    return this.host.listRepositoryFiles(under);
  }
}
