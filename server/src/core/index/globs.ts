import picomatch from 'picomatch/posix';
import type { RfcAuthorConfig } from '../config';
import { detach, memoize } from '../memo';
import type { DocKindWithId } from '../ids';
import type { DocKind } from '../types';

/** Decides what kind of document a workspace-relative path is, from the configured globs. */
export class DocumentClassifier {
  private readonly rfc: (p: string) => boolean;
  private readonly task: (p: string) => boolean;
  private readonly adr: (p: string) => boolean;
  private readonly ignored: (p: string) => boolean;
  private readonly templatePaths: ReadonlySet<string>;
  /** Static folder part of each glob (`docs/rfcs`), where "New RFC" writes and walks start. */
  readonly folders: Readonly<Record<DocKindWithId, readonly string[]>>;

  constructor(config: RfcAuthorConfig, templatePaths: readonly string[]) {
    const opts = { dot: false, nocase: false };
    this.rfc = picomatch([...config.rfcGlobs], opts);
    this.task = picomatch([...config.taskGlobs], opts);
    this.adr = picomatch([...config.adrGlobs], opts);
    this.ignored = config.ignore.length > 0 ? picomatch([...config.ignore], { dot: true }) : () => false;
    this.templatePaths = new Set(templatePaths);
    const base = (globs: readonly string[]): string[] => globs.map((g) => picomatch.scan(g).base).filter((b, i, a) => a.indexOf(b) === i);
    this.folders = { rfc: base(config.rfcGlobs), task: base(config.taskGlobs), adr: base(config.adrGlobs) };
  }

  /** Kinds already decided: every path is asked about many times (index, checks, resolution). */
  private readonly kinds = new Map<string, DocKind>();

  kindOf(path: string): DocKind {
    let kind = this.kinds.get(path);
    if (kind === undefined) {
      kind = this.decide(path);
      if (this.kinds.size > 200_000) this.kinds.clear();
      // A path cut from a document must not keep the document's text alive in this table.
      this.kinds.set(detach(path), kind);
    }
    return kind;
  }

  /**
   * The kind of a path. A file named as a template is one (`RFC-TEMPLATE.md`, `TASK-TEMPLATE.md`,
   * `adr-template.md`, `0000-template.md`), whatever glob it matches: checking it as a document would
   * report its placeholders.
   */
  private decide(path: string): DocKind {
    if (this.ignored(path)) return 'other';
    if (this.templatePaths.has(path) || TEMPLATE_NAME_RE.test(path)) return 'template';
    if (this.rfc(path)) return 'rfc';
    if (this.task(path)) return 'task';
    if (this.adr(path)) return 'adr';
    return 'other';
  }

  isIgnored(path: string): boolean {
    return this.ignored(path);
  }

  /** Globs a file walker should look for (all kinds). */
  static allGlobs(config: RfcAuthorConfig): string[] {
    return [...config.rfcGlobs, ...config.taskGlobs, ...config.adrGlobs];
  }
}

/** Whether a kind is one of the documents the index reads (an RFC, a task or an ADR), which carry ids. */
export function isDocumentKind(kind: DocKind): kind is DocKindWithId {
  return kind === 'rfc' || kind === 'task' || kind === 'adr';
}

/** Whether a written path is a glob (`docs/rfcs/RFC-0055-*.md`). */
export function isGlob(path: string): boolean {
  return picomatch.scan(path).isGlob;
}

/**
 * A compiled glob. Compiling is most of a glob's cost and a function of the glob alone, so matchers
 * are kept for every service of the process (the same written globs come back on every keystroke
 * and in every fresh service of a check), at most 1,000 of them.
 */
export const globMatcher: (glob: string) => (p: string) => boolean = memoize((glob) => picomatch(glob), 1000);

/** A file name that is a template's: an id prefix or zeros, then `template` (not `0042-issue-template.md`, an RFC about templates). */
const TEMPLATE_NAME_RE = /(^|\/)(?:(?:[A-Za-z]+|0+)[-_])?template\.md$/i;
