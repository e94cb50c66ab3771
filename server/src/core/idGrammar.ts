/**
 * How a workspace writes its ids, learned from its file names, its template and its configuration:
 * `RFC-0042-slug.md` (our template), `0042-slug.md` (Rust's, React's, Ember's RFCs; ADRs), `KEP-1234`,
 * `SE-0042` (Swift's proposals name their id in the template's header). Everything else that knows
 * ids (the reference scanner, the title reader, the index, the rules, scaffolding) asks this object.
 *
 * Ids are compared in canonical form: the kind's prefix in upper case, an ASCII hyphen, the number
 * padded to at least four digits, and an optional letter suffix (`TASK-0003B`). What a team writes
 * (`RFC 42`, `RFC #42`, `rfcs#42`, `0042-slug.md`, a non-breaking hyphen) is read into that form.
 */
import type { DocKindWithId, IdSpan } from './ids';
import { canonicalId, DATED_NAME_RE, ID_HYPHENS } from './ids';

/** How one kind of document is numbered. */
export interface IdScheme {
  readonly kind: DocKindWithId;
  /** The prefix of its canonical ids, upper case: `RFC`, `TASK`, `ADR`, `KEP`, `SE`. */
  readonly prefix: string;
  /** File names carry the prefix (`RFC-0042-x.md`), or only the number (`0042-x.md`). */
  readonly prefixInFileName: boolean;
  /** Digits of the number in file names (`0042`: 4), for new documents. */
  readonly width: number;
  /** A letter after the number is part of the id (`TASK-0003B`). */
  readonly suffix: boolean;
  /**
   * A regular expression over the workspace-relative path whose group `number` (or first group) is
   * the document's number (`idPattern` in `.rfc-author.json`: `keps/[^/]+/(\d+)-[^/]+/README\.md$`).
   */
  readonly pattern?: RegExp;
}

/** A mention found in prose: where it is and what it names. */
export interface IdMention {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly kind: DocKindWithId;
  /**
   * Written in a loose form (`RFC 42`, `RFC #42`, `rfcs#42`), which teams also use for other
   * projects' documents (IETF's RFC 2119): such a mention resolves when it can and is never reported.
   */
  readonly loose: boolean;
}

const HYPHEN = `[${ID_HYPHENS}]`;
const KINDS: readonly DocKindWithId[] = ['rfc', 'task', 'adr'];

export class IdGrammar {
  private readonly byKind: ReadonlyMap<DocKindWithId, IdScheme>;
  private readonly byPrefix: ReadonlyMap<string, IdScheme>;
  /** `RFC-0042`, with the hyphens people type; the suffix letter only where the kind has one. */
  private readonly strictRe: RegExp;
  /** `RFC 42`, `RFC #42`, `RFC#42`, `rfcs#42`. */
  private readonly looseRe: RegExp;
  /** What every id mention contains: a prefix followed by a hyphen, a space or `#` (case-insensitive). */
  readonly candidateSource: string;
  private readonly mentionTestRe: RegExp;

  constructor(
    readonly schemes: readonly IdScheme[],
    /** The folders each kind's documents live in (the static part of its globs). */
    private readonly folders: Readonly<Partial<Record<DocKindWithId, readonly string[]>>> = {},
  ) {
    this.byKind = new Map(schemes.map((s) => [s.kind, s]));
    // Where two kinds end up with one prefix (NATS's decision records, `adr/ADR-5.md`, are the RFCs,
    // and ADRs keep their default), the earlier kind owns it: the one whose files carry it.
    const byPrefix = new Map<string, IdScheme>();
    for (const s of schemes) if (!byPrefix.has(s.prefix)) byPrefix.set(s.prefix, s);
    this.byPrefix = byPrefix;
    const prefixes = schemes.map((s) => escape(s.prefix)).join('|');
    this.strictRe = new RegExp(`(?<![A-Za-z0-9_])(${prefixes})${HYPHEN}(\\d{1,6})(?:([A-Z])(?![A-Za-z0-9])|(?![A-Za-z0-9]))`, 'g');
    // `org/rfcs#42` names the repository before the number; `x/RFC 42` is a path, not a mention.
    this.looseRe = new RegExp(`(?:(?<![A-Za-z0-9_/.-])(${prefixes})(?: #?|#)|(?<![A-Za-z0-9_.-])(${prefixes})s#)(\\d{1,6})(?![A-Za-z0-9]|[-\u2010\u2011.]\\d)`, 'gi');
    this.candidateSource = `(?:${prefixes})s?(?:${HYPHEN}| #?|#)\\d`;
    this.mentionTestRe = new RegExp(this.candidateSource, 'i');
  }

  /** Whether `text` may hold an id mention at all (a cheap test before scanning it). */
  mayMention(text: string): boolean {
    this.mentionTestRe.lastIndex = 0;
    return this.mentionTestRe.test(text);
  }

  /** The scheme of a kind. */
  scheme(kind: DocKindWithId): IdScheme {
    return this.byKind.get(kind) ?? DEFAULT_SCHEMES[KINDS.indexOf(kind)];
  }

  /** The canonical prefix of a kind's ids. */
  prefixOf(kind: DocKindWithId): string {
    return this.scheme(kind).prefix;
  }

  /** The kind a canonical id names. */
  kindOfId(id: string): DocKindWithId | undefined {
    const dash = id.indexOf('-');
    return dash > 0 ? this.byPrefix.get(id.slice(0, dash))?.kind : undefined;
  }

  /** The kind of a written prefix (`rfc`, `RFC`). */
  kindOfPrefix(prefix: string): DocKindWithId | undefined {
    return this.byPrefix.get(prefix.toUpperCase())?.kind;
  }

  /** Canonical id of kind `kind` with number `digits` (and a suffix letter where the kind has them). */
  idOf(kind: DocKindWithId, digits: string, suffix = ''): string {
    const s = this.scheme(kind);
    return canonicalId(s.prefix, digits, s.suffix ? suffix : '');
  }

  /**
   * The id a document's path carries: `docs/rfcs/RFC-0004-slug.md` → RFC-0004, `text/1270-x.md` →
   * RFC-1270 when RFC files carry only their number, `keps/sig-a/1234-x/README.md` through the
   * configured pattern. Without `kind`, only a prefixed file name is read (any kind's prefix).
   */
  fromPath(path: string, kind?: DocKindWithId): string | undefined {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (kind) {
      const s = this.scheme(kind);
      if (s.pattern) {
        const m = s.pattern.exec(path);
        const digits = m?.groups?.number ?? m?.[1];
        return digits && /^\d{1,6}$/.test(digits) ? this.idOf(kind, digits) : undefined;
      }
    }
    const prefixed = FILE_PREFIXED_RE.exec(name);
    if (prefixed) {
      const s = this.byPrefix.get(prefixed[1].toUpperCase());
      if (s && (!kind || s.kind === kind)) return this.idOf(s.kind, prefixed[2], (prefixed[3] ?? '').toUpperCase());
      if (s || kind === undefined) return undefined;
    }
    if (kind && !this.scheme(kind).prefixInFileName) {
      const numbered = numberedName(name);
      if (numbered) return this.idOf(kind, numbered[1]);
    }
    return undefined;
  }

  /**
   * The id a path written in a document names by its file name: a prefixed name (`TASK-0003-x.md`)
   * of any kind, or a numbered name (`0005-x.md`, `../adr/0005-x.md`, `text/1270-x.md`) in a folder
   * where a kind numbers its files (by the globs, else a folder named like `adr` or `decisions`).
   */
  idOfWrittenPath(path: string): string | undefined {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    const prefixed = FILE_PREFIXED_RE.exec(name);
    if (prefixed) {
      const s = this.byPrefix.get(prefixed[1].toUpperCase());
      return s ? this.idOf(s.kind, prefixed[2], (prefixed[3] ?? '').toUpperCase()) : undefined;
    }
    const numbered = /^(\d{1,6})(?=$|[-\u2010\u2011.…*])/.exec(name);
    if (!numbered || slash <= 0) return undefined;
    const dir = path.slice(0, slash).replace(/^(?:\.\.?\/)+/, '');
    for (const s of this.schemes) {
      if (s.prefixInFileName) continue;
      const folders = this.folders[s.kind] ?? [];
      if (folders.some((f) => f !== '' && (f === dir || f.endsWith(`/${dir}`) || dir.endsWith(`/${f}`)))) return this.idOf(s.kind, numbered[1]);
    }
    const adr = this.byKind.get('adr');
    return adr && !adr.prefixInFileName && ADR_FOLDER_RE.test(dir) ? this.idOf('adr', numbered[1]) : undefined;
  }

  /**
   * Where the id is written in a path's file name, as offsets into `path`: what `fromPath(path, kind)`
   * reads (a document's own path) or, without `kind`, what `idOfWrittenPath` reads (a path written in a
   * document). Undefined when the file name carries no id (an `idPattern` layout may number a folder).
   */
  idSpanInPath(path: string, kind?: DocKindWithId): IdSpan | undefined {
    if (kind && this.scheme(kind).pattern) return undefined;
    const id = kind ? this.fromPath(path, kind) : this.idOfWrittenPath(path);
    if (!id) return undefined;
    const at = path.lastIndexOf('/') + 1;
    const name = path.slice(at);
    const prefixed = FILE_PREFIXED_RE.exec(name);
    if (prefixed) {
      const scheme = this.byKind.get(this.kindOfId(id) ?? 'rfc');
      const letter = prefixed[3] !== undefined && scheme?.suffix === true;
      return { start: at, end: at + prefixed[0].length - (prefixed[3] !== undefined && !letter ? 1 : 0), id };
    }
    const numbered = numberedName(name);
    return numbered ? { start: at, end: at + numbered[1].length, id } : undefined;
  }

  /** Canonical form of a written id (`RFC-42`, `rfc‑0042`, `RFC 42`), or undefined when it is not one. */
  normalize(written: string): string | undefined {
    const m = WRITTEN_RE.exec(written.trim());
    if (!m) return undefined;
    const s = this.byPrefix.get(m[1].toUpperCase());
    if (!s) return undefined;
    if (m[3] && !s.suffix) return undefined;
    return this.idOf(s.kind, m[2], (m[3] ?? '').toUpperCase());
  }

  /** The id as the team writes it: `RFC-0042`, or `RFC 42` where files carry only numbers. */
  display(id: string): string {
    const kind = this.kindOfId(id);
    if (!kind) return id;
    const s = this.scheme(kind);
    if (s.prefixInFileName || s.pattern) return id;
    const m = /^([A-Z]+)-0*(\d+)([A-Z]?)$/.exec(id);
    return m ? `${m[1]} ${m[2]}${m[3]}` : id;
  }

  /** A regular expression for `strict` mentions; callers reset `lastIndex`. */
  get strict(): RegExp {
    return this.strictRe;
  }

  /** Every loose mention (`RFC 42`, `RFC #42`, `rfcs#42`) in `text`. */
  looseMentions(text: string): IdMention[] {
    const out: IdMention[] = [];
    this.looseRe.lastIndex = 0;
    for (let m = this.looseRe.exec(text); m !== null; m = this.looseRe.exec(text)) {
      const s = this.byPrefix.get((m[1] ?? m[2]).toUpperCase());
      if (!s) continue;
      out.push({ start: m.index, end: m.index + m[0].length, id: this.idOf(s.kind, m[3]), kind: s.kind, loose: true });
    }
    return out;
  }

  /** The kinds whose ids this grammar reads, in order. */
  get kinds(): readonly DocKindWithId[] {
    return this.schemes.map((s) => s.kind);
  }
}

const FILE_PREFIXED_RE = new RegExp(`^([A-Za-z]{1,12})${HYPHEN}(\\d{1,6})([A-Za-z])?(?=$|[^A-Za-z0-9])`);
const ADR_FOLDER_RE = /(?:^|\/)(?:adrs?|decisions?|architecture-decisions?)$/i;
const FILE_NUMBERED_RE = /^(\d{1,6})(?=$|[^0-9])/;
const WRITTEN_RE = new RegExp(`^([A-Za-z]{1,12})(?:${HYPHEN}| #?|#)(\\d{1,6})([A-Za-z])?$`);

/** The number a file name starts with (`0005-x.md`, `1270-x.md`); none for a name that starts with a date. */
function numberedName(name: string): RegExpExecArray | null {
  return DATED_NAME_RE.test(name) ? null : FILE_NUMBERED_RE.exec(name);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Our template's ids: `RFC-NNNN-slug.md`, `TASK-NNNN[A-Z]-slug.md`, and ADRs numbered `NNNN-slug.md`. */
export const DEFAULT_SCHEMES: readonly IdScheme[] = [
  { kind: 'rfc', prefix: 'RFC', prefixInFileName: true, width: 4, suffix: false },
  { kind: 'task', prefix: 'TASK', prefixInFileName: true, width: 4, suffix: true },
  { kind: 'adr', prefix: 'ADR', prefixInFileName: false, width: 4, suffix: false },
];

export const DEFAULT_ID_GRAMMAR = new IdGrammar(DEFAULT_SCHEMES);
