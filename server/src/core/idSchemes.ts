/**
 * Learns each kind's id scheme from the workspace: the names of its files (`RFC-0042-x.md` or
 * `0042-x.md`), the literal part of its globs when there are no files yet, the template's own id
 * placeholder (`# KEP-NNNN: …`, `Proposal: [SE-NNNN](…)`) for files that carry only a number, and the
 * `idPattern` configuration for layouts none of these describe (`keps/sig-x/1234-name/README.md`).
 */
import type { RfcAuthorConfig } from './config';
import type { IdScheme } from './idGrammar';
import { DEFAULT_SCHEMES, IdGrammar } from './idGrammar';
import type { DocKindWithId } from './ids';
import type { DocumentClassifier } from './index/globs';
import { basename } from './index/paths';

const KINDS: readonly DocKindWithId[] = ['rfc', 'task', 'adr'];
const PREFIXED_NAME_RE = /^([A-Za-z]{1,12})[-\u2010\u2011](\d{1,6})([A-Za-z])?(?=$|[^A-Za-z0-9])/;
const NUMBERED_NAME_RE = /^(\d{1,6})(?=$|[^0-9])/;
/** A numbered folder's README (`1287-in-place-update/README.md`); a folder named by its date (`2024-05-12-x/`) is not numbered. */
const FOLDER_NUMBER_RE = /(?:^|\/)(?!\d{4}-\d{2}(?:-\d{2})?(?:[-_/]|$))(\d{1,6})(?:-[^/]*)?\/(?:readme|index)\.md$/i;

/** What the template says about the RFC's own id: the prefix of its placeholder (`RFC-XXXX` → `RFC`). */
export interface TemplateIdHint {
  readonly prefix?: string;
}

/**
 * The grammar of a workspace. `paths` are the files the globs list (any kind); without files of a
 * kind, its glob's file-name part decides (`RFC-*.md` carries a prefix, `[0-9]*.md` does not).
 */
export function deriveIdGrammar(config: RfcAuthorConfig, classifier: DocumentClassifier, paths: readonly string[], template: TemplateIdHint = {}): IdGrammar {
  const byKind = new Map<DocKindWithId, string[]>();
  for (const p of paths) {
    const kind = classifier.kindOf(p);
    if (kind !== 'rfc' && kind !== 'task' && kind !== 'adr') continue;
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(p);
  }
  const schemes: IdScheme[] = [];
  const taken = new Set<string>();
  for (const [i, kind] of KINDS.entries()) {
    const scheme = schemeOf(kind, DEFAULT_SCHEMES[i], byKind.get(kind) ?? [], globNames(config, kind), config.idPattern?.[kind], kind === 'rfc' ? template.prefix : undefined);
    // Two kinds cannot share a prefix: the later one keeps its own default.
    schemes.push(taken.has(scheme.prefix) ? { ...scheme, prefix: DEFAULT_SCHEMES[i].prefix } : scheme);
    taken.add(schemes[schemes.length - 1].prefix);
  }
  return new IdGrammar(schemes, classifier.folders);
}

function schemeOf(kind: DocKindWithId, fallback: IdScheme, paths: readonly string[], globs: readonly string[], pattern: string | undefined, templatePrefix: string | undefined): IdScheme {
  const compiled = pattern !== undefined ? compile(pattern) : numberedFolders(paths) ? FOLDER_NUMBER_RE : undefined;
  const names = paths.map(basename);
  const prefixes = new Map<string, number>();
  const widths = new Map<number, number>();
  let numbered = 0;
  let suffixed = 0;
  for (const name of names) {
    const p = PREFIXED_NAME_RE.exec(name);
    if (p) {
      const prefix = p[1].toUpperCase();
      prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
      widths.set(p[2].length, (widths.get(p[2].length) ?? 0) + 1);
      if (p[3]) suffixed++;
      continue;
    }
    const n = NUMBERED_NAME_RE.exec(name);
    if (n) {
      numbered++;
      widths.set(n[1].length, (widths.get(n[1].length) ?? 0) + 1);
    }
  }
  const [topPrefix, topCount] = most(prefixes) ?? ['', 0];
  let prefixInFileName: boolean;
  let prefix: string;
  if (topCount > 0 || numbered > 0) {
    prefixInFileName = topCount >= numbered;
    prefix = prefixInFileName ? topPrefix : (templatePrefix ?? fallback.prefix);
  } else {
    const fromGlob = globs.map((g) => PREFIXED_NAME_RE.exec(g.replace(/\*.*$/, '0')) ?? /^([A-Za-z]{1,12})[-\u2010\u2011]\*/.exec(g)).find((m) => m !== null);
    const numberedGlob = globs.some((g) => /^(?:\[0-9\]|\d)/.test(g));
    prefixInFileName = fromGlob ? true : numberedGlob ? false : fallback.prefixInFileName;
    prefix = fromGlob ? fromGlob[1].toUpperCase() : (templatePrefix ?? fallback.prefix);
  }
  // Numbered by a pattern over the path: the prefix is the template's (`KEP-NNNN`), not a file name's.
  if (compiled) prefix = templatePrefix ?? (topCount > 0 ? topPrefix : fallback.prefix);
  const width = most(widths)?.[0] ?? fallback.width;
  return {
    kind,
    prefix,
    prefixInFileName: compiled ? false : prefixInFileName,
    width: Math.max(1, width),
    suffix: fallback.suffix || suffixed > 0,
    ...(compiled ? { pattern: compiled } : {}),
  };
}

/**
 * Whether a kind's documents are each a numbered folder's README or index page (KEPs'
 * `keps/sig-node/1287-in-place-…/README.md`): at least two, and most of them. Their numbers are read
 * from the folder, as the `idPattern` that `init` writes would read them.
 */
function numberedFolders(paths: readonly string[]): boolean {
  let numbered = 0;
  for (const p of paths) if (FOLDER_NUMBER_RE.test(p)) numbered++;
  return numbered >= 2 && numbered * 2 > paths.length;
}

/** The file-name part of each glob of a kind (`docs/rfcs/RFC-*.md` → `RFC-*.md`). */
function globNames(config: RfcAuthorConfig, kind: DocKindWithId): string[] {
  const globs = kind === 'rfc' ? config.rfcGlobs : kind === 'task' ? config.taskGlobs : config.adrGlobs;
  return globs.map((g) => g.slice(g.lastIndexOf('/') + 1));
}

function most<K>(counts: ReadonlyMap<K, number>): [K, number] | undefined {
  let best: [K, number] | undefined;
  for (const [k, n] of counts) if (!best || n > best[1]) best = [k, n];
  return best;
}

function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}
