import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch/posix';
import type { ConfigProblem, Finding, Logger, RfcAuthorConfig, RfcService, SourceDocument, WorkspaceHost } from '../core';
import { createRfcService, isDocumentKind } from '../core';
import { version as toolVersion } from '../../../package.json';
import { loadConfig } from '../node/config';
import { RepositoryHost } from '../node/repositoryHost';
import type { CheckCache } from './cache';
import { detached, sha1 } from './cache';
import { RootCache } from './rootCache';

/** A PATH of the command line, as given and resolved. */
export interface Target {
  readonly given: string;
  readonly abs: string;
}

/** One document (RFC, task or ADR) that was checked, and what the rules found in it. */
export interface CheckedFile {
  /** Absolute path of the workspace root the file was checked in. */
  readonly root: string;
  /** Workspace-relative, forward slashes. */
  readonly path: string;
  readonly findings: readonly Finding[];
}

/** A PATH that selected no document to check, and why (one line each, said when the whole run checks nothing). */
export interface EmptyTarget {
  readonly target: Target;
  readonly reason?: string;
}

/**
 * One workspace root during a run: its configuration, its service over the whole root (every RFC,
 * task and ADR indexed, so links and ids are checked against the repository) and its host.
 */
export class WorkspaceRun {
  private constructor(
    readonly root: string,
    readonly service: RfcService,
    readonly host: WorkspaceHost,
    readonly config: RfcAuthorConfig,
    readonly configProblems: readonly ConfigProblem[],
    readonly configFile: string | undefined,
    /** With `--cache`: the root's cache, and the key its entries are valid under. */
    readonly cache: { readonly root: RootCache; readonly key: string } | undefined,
  ) {}

  /** Reads the root's configuration and creates its service (nothing indexed yet). */
  static async open(root: string, options: { configFile?: string; logger: Logger; today?: () => string; cache?: CheckCache }): Promise<WorkspaceRun> {
    const loaded = await loadConfig(root, options.configFile);
    const listing = new ListingCache(new RepositoryHost(root, { logger: options.logger, syncReads: true }));
    const rootCache = options.cache ? new RootCache(root, listing, options.cache.file) : undefined;
    const host = rootCache ?? listing;
    // A check reads no references, hovers or completions: the index keeps ids, titles and statuses.
    const service = await createRfcService({
      host,
      rootUri: pathToFileURL(root).href,
      config: loaded.config,
      logger: options.logger,
      indexDetail: 'rules',
      ...(options.today ? { today: options.today } : {}),
      ...(rootCache ? { summaryCache: rootCache } : {}),
    });
    let cache: WorkspaceRun['cache'];
    if (rootCache && options.cache) {
      const key = cacheKey(root, loaded.config, service.templateSource, service.conventionsKey());
      rootCache.begin(options.cache.previous(root, key));
      cache = { root: rootCache, key };
    }
    return new WorkspaceRun(root, service, host, loaded.config, loaded.problems, loaded.file, cache);
  }

  /** Workspace-relative path with forward slashes ('' for the root itself). */
  relative(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }

  /**
   * The documents the rules check (RFCs, tasks and ADRs) among and under the targets, sorted, and
   * the targets that selected none. Listed from disk, not taken from the index: a file that cannot
   * be read is not indexed, yet it is reported.
   */
  async select(targets: readonly Target[], note: (line: string) => void): Promise<{ paths: string[]; empty: EmptyTarget[] }> {
    const documents = await this.service.listCheckableDocuments();
    const selected = new Set<string>();
    const empty: EmptyTarget[] = [];
    for (const target of targets) {
      const rel = this.relative(target.abs);
      if (fs.statSync(target.abs).isDirectory()) {
        const under = documents.filter((p) => rel === '' || p.startsWith(`${rel}/`));
        for (const p of under) selected.add(p);
        if (under.length === 0) empty.push({ target });
        continue;
      }
      if (isCheckable(this.service.kindOf(rel))) {
        selected.add(rel);
        continue;
      }
      const reason = `${target.given} ${notCheckedBecause(this, rel)}; not checked.`;
      note(reason);
      empty.push({ target, reason });
    }
    return { paths: [...selected].sort(), empty };
  }

  /** Reads a document of the root (undefined when it cannot be read). */
  read(p: string): Promise<string | undefined> {
    return this.host.readFile(p);
  }

  /** The findings of one document, with strings of their own (see `detached`). */
  async diagnose(doc: SourceDocument): Promise<Finding[]> {
    return detached(await this.service.computeDiagnostics(doc));
  }
}

/** Whether the rules check a document of this kind (an RFC, a task or an ADR; not a template). */
export const isCheckable = isDocumentKind;

/**
 * Why a file of the root is not checked, as the end of a sentence that starts with its name: it is
 * the RFC template, or it matches none of the globs of the three kinds (each named with its key).
 */
export function notCheckedBecause(run: WorkspaceRun, rel: string): string {
  if (run.service.kindOf(rel) === 'template') return 'is the RFC template';
  const { rfcGlobs, taskGlobs, adrGlobs, ignore } = run.config;
  if (ignore.length > 0 && picomatch([...ignore], { dot: true })(rel)) return `is ignored: it matches \`ignore\` (${ignore.join(', ')})`;
  return `is not an RFC, task or ADR: it matches no \`rfcGlobs\` (${rfcGlobs.join(', ')}), \`taskGlobs\` (${taskGlobs.join(', ')}) or \`adrGlobs\` (${adrGlobs.join(', ')}) of the workspace root`;
}

/**
 * What every cached entry of a root depends on: the tool's version, the configuration in force, the
 * template's text and what the workspace learned from its file names (how ids are written). Another
 * value, and nothing of the earlier run is used.
 */
function cacheKey(root: string, config: RfcAuthorConfig, templateSource: string, conventions: string): string {
  const template = templateSource.startsWith('built-in') ? templateSource : readOrEmpty(path.join(root, ...templateSource.split('/')));
  const taskTemplate = config.taskTemplate ? readOrEmpty(path.join(root, ...config.taskTemplate.split('/'))) : '';
  return sha1(JSON.stringify([toolVersion, config, templateSource, template, taskTemplate, conventions]));
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** A logger that says each thing once: indexing and checking may read the same file twice. */
export function onceLogger(note: (line: string) => void): Logger {
  const said = new Set<string>();
  const say = (level: string) => (message: string): void => {
    if (said.has(message)) return;
    said.add(message);
    note(`${level}: ${message}`);
  };
  return { info: () => undefined, warn: say('warning'), error: say('error') };
}

/**
 * Remembers file listings, so the walk indexing does is the walk that selects the documents to check:
 * the tree is walked once per run.
 */
export class ListingCache implements WorkspaceHost {
  private readonly listings = new Map<string, Promise<string[]>>();
  /** The repository's file names, when the host lists them (absent otherwise, as the core expects). */
  readonly listRepositoryFiles?: (under?: string) => Promise<readonly string[]>;

  constructor(private readonly host: WorkspaceHost) {
    const list = host.listRepositoryFiles?.bind(host);
    if (list) this.listRepositoryFiles = list;
  }

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
}
