import type { IdGrammar } from '../idGrammar';
import { isMarkdownPath } from '../parser/pathShape';
import type { DocumentClassifier } from './globs';
import { globMatcher, isDocumentKind, isGlob } from './globs';
import { basename, dirname, joinPath } from './paths';
import type { RepositoryFileList } from './repositoryFiles';
import type { WorkspaceIndex } from './workspaceIndex';
import { editDistance } from './editDistance';

/** How a written path was found (the first way that worked, in the order a reader tries them). */
export type Via = 'file' | 'root' | 'glob' | 'id' | 'sibling' | 'name' | 'suffix' | 'ellipsis';

/** What a written path names. */
export type Resolution =
  /**
   * Found. `loose` when written in a loose form (abbreviated slug, glob, id without slug, a name
   * found elsewhere in the repository).
   */
  | { readonly status: 'resolved'; readonly targets: readonly string[]; readonly loose: boolean; readonly via: Via; readonly directory?: boolean }
  /** A file name or path suffix that several files of the repository carry. */
  | { readonly status: 'ambiguous'; readonly candidates: readonly string[] }
  /**
   * Names nothing; `suggestions` are the documents carrying the same id, or the one file of the
   * repository with the same name (cheap, so diagnostics can name them). Close names in the folder
   * come from `suggest`, asked only by a quick fix.
   */
  | { readonly status: 'broken'; readonly target: string; readonly suggestions: readonly string[]; readonly sameId?: boolean }
  /** Points outside the workspace root; never read. */
  | { readonly status: 'outside' };

/** Tells whether a workspace-relative path is a file or folder on disk (for non-document targets). */
export type FileProbe = (path: string) => 'file' | 'directory' | undefined;

/** Where a path was written: its document, and the folders of paths named before it in the same item or sentence. */
export interface WrittenAt {
  readonly fromPath: string;
  /** Folders of the paths named earlier in the same block, nearest first (for `theme.md`, `colors.md`). */
  readonly siblingFolders?: readonly string[];
  /**
   * Written as a Markdown link's destination, which a reader's browser follows as written: it names a
   * file or nothing, never a document by a loose form of its id (`[KEP-2451](kep-2451)` is broken).
   */
  readonly link?: boolean;
}

const MACHINE_PATH_RE = /^(?:\/(?:home|Users|etc|usr|tmp|var|opt|root|mnt|proc|dev|private|Volumes|srv|bin|sbin|lib)\b|~|[A-Za-z]:[\\/]|\\\\)/;
const ABBREVIATED_RE = /(?:…|\.\.\.)\.?(?:md)?$/;
const ELLIPSIS_RE = /…|\.\.\./;

/**
 * Resolves written paths the way a reader does, stopping at the first hit: relative to the file;
 * from the repository root (`./scripts/run.sh` in a proof command runs there); a glob or a loose
 * form of a document's id (`tasks/TASK-0055-…`, `tasks/TASK-0305`); a sibling of a path named just
 * before (`docs/ui/theme.md`, `colors.md`); the one file of the repository with that name or path
 * suffix (`TRACK-NET.md`, `parser/decls.rs`); an abbreviation with an ellipsis (`0012-…-split.md`).
 * Documents come from the index; other files from the repository list, or the file probe when the
 * list is not known.
 */
export class ReferenceResolver {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly classifier: DocumentClassifier,
    private readonly probe: FileProbe = () => undefined,
    private readonly ids?: IdGrammar,
    private readonly repository: () => RepositoryFileList | undefined = () => undefined,
  ) {}

  private readonly globCache = new Map<string, { readonly version: number; readonly hits: string[] }>();

  resolvePath(written: string, at: WrittenAt | string): Resolution {
    const where = typeof at === 'string' ? { fromPath: at } : at;
    const w = written.replace(/[\u2010\u2011]/g, '-');
    if (MACHINE_PATH_RE.test(w)) return { status: 'outside' };
    const fromDir = dirname(where.fromPath);
    // Relative to the file first; then from the root, where `./x` in a command is run and where
    // paths in a repository are usually written from.
    const candidates: (string | undefined)[] = w.startsWith('/') ? [joinPath('', w)] : w.startsWith('../') ? [joinPath(fromDir, w)] : [joinPath(fromDir, w), joinPath('', w)];
    const inside = unique(candidates.filter((c): c is string => c !== undefined && c !== ''));
    if (inside.length === 0) return { status: 'outside' };

    for (const c of inside) {
      const found = this.exists(c);
      if (found) return { status: 'resolved', targets: [c], loose: false, via: c === inside[0] && !w.startsWith('/') ? 'file' : 'root', ...(found === 'directory' ? { directory: true } : {}) };
    }
    const primary = inside[inside.length - 1];
    const glob = isGlob(w);
    if (glob) {
      for (const c of inside) {
        const hits = this.globHits(c);
        if (hits.length > 0) return { status: 'resolved', targets: hits, loose: true, via: 'glob' };
      }
      // A glob of other files (`tests/shell_*.rs`): the repository's files that it matches.
      const repo = this.repository();
      for (const c of repo ? inside : []) {
        const prefix = /^[^*?[\]{}()!+@\\]*/.exec(c)?.[0] ?? '';
        const matches = globMatcher(c);
        const hits = (repo?.startingWith(prefix) ?? []).filter((p) => matches(p));
        if (hits.length > 0) return { status: 'resolved', targets: hits, loose: true, via: 'glob' };
      }
    }
    const name = basename(primary);
    const id = this.idOf(w);
    const sameId = id ? this.index.byId(id).map((s) => s.path) : [];
    const loose = ABBREVIATED_RE.test(w) || glob || !isMarkdownPath(name);
    if (id && sameId.length > 0 && loose && where.link !== true) {
      const inFolder = sameId.filter((p) => inside.some((c) => dirname(c) === dirname(p)));
      return { status: 'resolved', targets: inFolder.length > 0 ? inFolder : sameId, loose: true, via: 'id' };
    }
    const elsewhere = this.elsewhere(w, where);
    if (elsewhere) return elsewhere;
    if (sameId.length > 0) return { status: 'broken', target: primary, suggestions: sameId, sameId: true };
    const byName = !w.includes('/') ? [] : (this.repository()?.byName(name) ?? []);
    return { status: 'broken', target: primary, suggestions: byName.length === 1 ? byName : [] };
  }

  /** Whether `written` starts at a folder of the repository (`scripts/x.sh` where `scripts/` exists; not `./b`). */
  startsAtFolder(written: string, fromPath: string): boolean {
    const w = written.replace(/^\.\//, '');
    const first = w.startsWith('../') ? firstFolderFrom(dirname(fromPath), w) : w.includes('/') ? w.slice(0, w.indexOf('/')) : undefined;
    if (first === undefined || first === '' || first === '.' || first === '..') return false;
    return this.folderExists(first);
  }

  /** Whether the globs make `path` a document (an RFC, task or ADR), whether or not it exists. */
  isDocumentPath(path: string): boolean {
    return isDocumentKind(this.classifier.kindOf(path));
  }

  /** A file or folder at `path`: a document, a listed file, a folder holding listed files, or the probe's answer. */
  private exists(path: string): 'file' | 'directory' | undefined {
    if (this.index.has(path)) return 'file';
    const repo = this.repository();
    if (repo) {
      if (repo.has(path)) return 'file';
      if (repo.hasFolder(path)) return 'directory';
    }
    return this.probe(path);
  }

  /** Whether a folder of the repository is at `path` (`''`, the root, always is). */
  folderExists(path: string): boolean {
    if (path === '') return true;
    const repo = this.repository();
    if (repo?.hasFolder(path)) return true;
    return this.probe(path) === 'directory';
  }

  /** The tiers that look beyond the written folder: siblings, the name or suffix elsewhere, an ellipsis. */
  private elsewhere(w: string, where: WrittenAt): Resolution | undefined {
    const repo = this.repository();
    const bare = !w.includes('/');
    if (bare) {
      for (const folder of where.siblingFolders ?? []) {
        const sibling = joinPath(folder, w);
        if (sibling && this.exists(sibling) === 'file') return { status: 'resolved', targets: [sibling], loose: true, via: 'sibling' };
      }
    }
    if (!repo) return undefined;
    if (ELLIPSIS_RE.test(w)) {
      const [before, after] = splitEllipsis(w.replace(/^\.\//, ''));
      if (before.length + after.length >= 3) {
        const hits = repo.matching(before, after);
        if (hits.length === 1) return { status: 'resolved', targets: hits, loose: true, via: 'ellipsis' };
        if (hits.length > 1) return { status: 'ambiguous', candidates: hits };
      }
      return undefined;
    }
    const tail = w.replace(/^(?:\.\.?\/)+/, '');
    if (tail === '' || isGlob(tail)) return undefined;
    const hits = bare ? repo.byName(tail) : repo.bySuffix(tail);
    if (hits.length === 1) return { status: 'resolved', targets: hits, loose: true, via: bare ? 'name' : 'suffix' };
    if (hits.length > 1) return { status: 'ambiguous', candidates: hits };
    // A shortened path (`abilitymgr/handoff.rs` for `source/services/abilitymgr/src/handoff.rs`): the
    // one file with that name whose path holds the written folders in their order. A path written from
    // a folder of the root (`docs/backlogs/12-x.md` now in `docs/backlogs/closed/`) is stale, not short.
    if (!bare && !this.startsAtFolder(w, where.fromPath)) {
      const folders = tail.split('/').slice(0, -1);
      const named = repo.byName(basename(tail)).filter((p) => holdsInOrder(p, folders));
      if (named.length === 1) return { status: 'resolved', targets: named, loose: true, via: 'suffix' };
    }
    return undefined;
  }

  private idOf(written: string): string | undefined {
    if (this.ids) return this.ids.idOfWrittenPath(written);
    return undefined;
  }

  /**
   * The documents a glob matches, kept while no file comes into or leaves its folder. Only the
   * paths that start with the glob's literal prefix are tested: `tasks/TASK-0042-*.md` in a
   * workspace of 40,000 tasks tests a handful, not all of them.
   */
  private globHits(glob: string): string[] {
    const folder = dirname(glob);
    const version = this.index.membersVersion(folder);
    const cached = this.globCache.get(glob);
    if (cached && cached.version === version) return cached.hits;
    const prefix = /^[^*?[\]{}()!+@\\]*/.exec(basename(glob))?.[0] ?? '';
    const matches = globMatcher(glob);
    // Not `.filter(matches)`: picomatch reads a second argument as "return an object", which is truthy.
    const hits = this.index.pathsWithPrefix(folder, prefix).filter((p) => matches(p));
    if (this.globCache.size > 500) this.globCache.clear();
    this.globCache.set(glob, { version, hits });
    return hits;
  }

  /**
   * Existing files in the folder of a broken path whose names are close to the written one, best
   * first. Costs an edit distance per file of the folder: for quick fixes, not diagnostics.
   */
  suggest(target: string): string[] {
    const scored: { path: string; d: number }[] = [];
    const want = basename(target).toLowerCase();
    const folder = dirname(target);
    const inFolder = new Set<string>(this.index.pathsInFolder(folder));
    for (const p of this.repository()?.inFolder(folder) ?? []) inFolder.add(p);
    for (const p of inFolder) {
      const d = editDistance(want, basename(p).toLowerCase(), Math.max(3, Math.floor(want.length / 3)));
      if (d >= 0) scored.push({ path: p, d });
    }
    scored.sort((a, b) => a.d - b.d || a.path.localeCompare(b.path));
    return [...new Set(scored.map((s) => s.path))].slice(0, 3);
  }

  /** The folders documents of each kind live in (from the globs). */
  get folders(): DocumentClassifier['folders'] {
    return this.classifier.folders;
  }
}

/** Whether the folders of `path` include `folders` in this order (other folders may come between). */
function holdsInOrder(path: string, folders: readonly string[]): boolean {
  const parts = path.split('/').slice(0, -1);
  let i = 0;
  for (const p of parts) if (i < folders.length && p === folders[i]) i++;
  return i === folders.length;
}

function unique(paths: string[]): string[] {
  return paths.filter((p, i) => paths.indexOf(p) === i);
}

/** The first real folder of a `../`-relative path, as a workspace path: `../adr/x.md` from `docs/rfcs` → `docs/adr`. */
function firstFolderFrom(fromDir: string, written: string): string | undefined {
  const parts = written.split('/');
  let i = 0;
  while (i < parts.length && (parts[i] === '..' || parts[i] === '.')) i++;
  if (i >= parts.length - 1) return undefined;
  return joinPath(fromDir, parts.slice(0, i + 1).join('/'));
}

/** `docs/adr/0012-…-split.md` → [`docs/adr/0012-`, `-split.md`]. */
function splitEllipsis(w: string): [string, string] {
  const m = ELLIPSIS_RE.exec(w);
  if (!m) return [w, ''];
  return [w.slice(0, m.index), w.slice(m.index + m[0].length).replace(ELLIPSIS_RE, '')];
}
