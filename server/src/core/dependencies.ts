import type { DocumentAnalysis } from './analysis';
import { dirname } from './index/paths';
import type { RepositoryFileList } from './index/repositoryFiles';
import type { DocSummary } from './index/summary';
import type { WorkspaceIndex } from './index/workspaceIndex';

/**
 * What a document's findings depend on besides its own text, the configuration and the template:
 * recorded while its rules run, so that a cache (`rfc-author check --cache`) can tell whether
 * findings kept from an earlier run still hold after other files changed. Every read of the index
 * by the rules and the reference resolver goes through `trackingIndex`, and every read of today's
 * date through `trackingAnalysis`; each leaves a key:
 *
 * - `p:<path>` the document at a path (`get`, `has`);
 * - `i:<id>` the documents carrying an id (`byId`);
 * - `f:<folder>` the documents of a folder (listings, prefixes, membership);
 * - `k:<kind>` every document of a kind (`all`);
 * - `n:<kind>=<count>` how many documents of a kind there are (`count`), a value checked as it is;
 * - `today=<date>` today's date, a value checked as it is;
 * - `repo=<fingerprint>` the list of every file of the repository (references by file name or
 *   suffix), a value checked as it is: any file that comes or goes changes it;
 * - `*` anything else the index was asked: the findings are never reused.
 *
 * Keys of the first four sorts go stale when a document they name changes (`keysOfChange`); the
 * values are compared with the present (`dependenciesHold`). Reads of files that are not documents
 * (probes for links to scripts or images) go through the host, which the caller records.
 */
export type DependencyKey = string;

/** Index methods that only read, and the key each call leaves. */
const KEY_OF: Readonly<Record<string, (args: readonly unknown[], index: WorkspaceIndex) => DependencyKey>> = {
  get: ([p]) => `p:${String(p)}`,
  has: ([p]) => `p:${String(p)}`,
  byId: ([id]) => `i:${String(id)}`,
  pathsInFolder: ([f]) => `f:${String(f)}`,
  pathsWithPrefix: ([f]) => `f:${String(f)}`,
  membersVersion: ([f]) => `f:${String(f)}`,
  folderVersion: ([f]) => `f:${String(f)}`,
  inFolder: ([f]) => `f:${String(f)}`,
  all: ([kind]) => (typeof kind === 'string' ? `k:${kind}` : '*'),
  kindVersion: ([kind]) => `k:${String(kind)}`,
  highestNumber: ([kind]) => `k:${String(kind)}`,
  sectionsByNumber: ([kind]) => `k:${String(kind)}`,
  withoutSections: ([kind]) => `k:${String(kind)}`,
  tasksNamingPhases: () => 'k:task',
  count: ([kind], index) => `n:${String(kind)}=${index.count(kind as DocSummary['kind'])}`,
};

/**
 * The index as the rules of one document see it, recording what they ask. A proxy, so that a method
 * added to the index later is recorded too: one without a known key leaves `*`, which makes the
 * document's findings never reused rather than wrongly reused.
 */
export function trackingIndex(index: WorkspaceIndex, keys: Set<DependencyKey>): WorkspaceIndex {
  const prototype = Object.getPrototypeOf(index) as object;
  return new Proxy(index, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !Object.prototype.hasOwnProperty.call(prototype, prop)) return value;
      if (typeof value !== 'function') {
        // A getter (`size`, `generation`): a fact about the whole index.
        keys.add('*');
        return value;
      }
      const keyOf = KEY_OF[prop];
      return (...args: unknown[]): unknown => {
        keys.add(keyOf ? keyOf(args, target) : '*');
        return (value as (...a: unknown[]) => unknown).apply(receiver, args);
      };
    },
  });
}

/**
 * The repository's file list as the resolver of one document sees it. Any question leaves the list's
 * fingerprint: the answers depend on which files exist, and the list is not part of the index.
 */
export function trackingRepository(repo: RepositoryFileList, keys: Set<DependencyKey>): RepositoryFileList {
  return new Proxy(repo, {
    get(target, prop, receiver) {
      keys.add(`repo=${repositoryFingerprint(target)}`);
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const fingerprints = new WeakMap<RepositoryFileList, { readonly version: number; readonly value: string }>();

/**
 * A hash of every path of the repository list (FNV-1a, 2 × 32 bits), computed once per version of
 * the list: the same files give the same value in any run.
 */
export function repositoryFingerprint(repo: RepositoryFileList): string {
  const known = fingerprints.get(repo);
  if (known && known.version === repo.version) return known.value;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const path of repo.all()) {
    for (let i = 0; i <= path.length; i++) {
      const c = i < path.length ? path.charCodeAt(i) : 0;
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
  }
  const value = `${repo.size}:${h1.toString(16)}${h2.toString(16)}`;
  fingerprints.set(repo, { version: repo.version, value });
  return value;
}

/** An analysis whose reads of today's date are recorded (the date-order rule compares with it). */
export function trackingAnalysis(a: DocumentAnalysis, keys: Set<DependencyKey>): DocumentAnalysis {
  return new Proxy(a, {
    get(target, prop, receiver) {
      if (prop === 'today') keys.add(`today=${target.today}`);
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/**
 * The keys a change of one document makes stale: its path, its id before and after, its folder and
 * its kind. `before` is undefined for a new document, `after` for a removed one.
 */
export function keysOfChange(before: DocSummary | undefined, after: DocSummary | undefined): DependencyKey[] {
  const keys = new Set<DependencyKey>();
  for (const s of [before, after]) {
    if (!s) continue;
    keys.add(`p:${s.path}`);
    keys.add(`f:${dirname(s.path)}`);
    keys.add(`k:${s.kind}`);
    if (s.id) keys.add(`i:${s.id}`);
  }
  return [...keys];
}

/**
 * Whether findings recorded with `keys` still hold: no key names something that changed, every
 * recorded value is what it is now, and nothing unknown was asked.
 */
export function dependenciesHold(keys: readonly DependencyKey[], stale: ReadonlySet<DependencyKey>, index: WorkspaceIndex, today: string, repo: RepositoryFileList | undefined): boolean {
  for (const key of keys) {
    if (key === '*' || stale.has(key)) return false;
    if (key.startsWith('today=') && key !== `today=${today}`) return false;
    if (key.startsWith('repo=') && (!repo || key !== `repo=${repositoryFingerprint(repo)}`)) return false;
    if (key.startsWith('n:')) {
      const eq = key.lastIndexOf('=');
      if (String(index.count(key.slice(2, eq) as DocSummary['kind'])) !== key.slice(eq + 1)) return false;
    }
  }
  return true;
}
