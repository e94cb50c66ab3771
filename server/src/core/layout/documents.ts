/**
 * The numbered documents of a repository, grouped the way a team files them: numbered Markdown files
 * in one folder (`text/0042-slug.md`, `docs/rfcs/RFC-0042-slug.md`, `doc/adr/0001-x.md`), or numbered
 * folders that each hold a `README.md` (`keps/sig-node/1287-in-place-update/README.md`, Cardano's
 * `CIP-0001/README.md`) or one Markdown file of any name (Jupyter's `62-cell-id/cell-id.md`). Each group
 * comes with the glob that names exactly its files, so `init` can write it as `rfcGlobs`.
 */
import { DATED_NAME_RE } from '../ids';
import { basename as nameOf, dirname as dirOf } from '../index/paths';

/** What a group's documents are for, by their prefix or their folder's name. */
export type GroupRole = 'rfc' | 'adr' | 'task';

/** How a group's files carry their number. */
export type GroupForm =
  /** `0042-slug.md`: the number opens the file name. */
  | 'numbered'
  /** `RFC-0042-slug.md`: a prefix, a hyphen and the number. */
  | 'prefixed'
  /** `1287-in-place-update/README.md`: the number opens the folder's name (or follows its prefix, `CIP-0001/README.md`). */
  | 'numberedFolder'
  /** `rfcs/DeferStream.md`: named by subject, in a folder named for design documents (`namedGroup`). */
  | 'named';

export interface DocumentGroup {
  /** The glob that matches the group's files and nothing else of the kind (`text/[0-9]*.md`). */
  readonly glob: string;
  /** The folder the documents live in (`text`, `keps` for KEPs; '' for the repository's top folder). */
  readonly folder: string;
  readonly form: GroupForm;
  /** The file names' prefix, upper case (`RFC`, `ADR`, `TASK`), for the prefixed form; the folders' (`CIP`) for prefixed numbered folders. */
  readonly prefix?: string;
  /** For numbered folders: the `idPattern` that reads the number from the path. */
  readonly idPattern?: string;
  readonly role: GroupRole;
  /** The documents, sorted. */
  readonly paths: readonly string[];
  /** The number of each document as its path writes it (`0068`), in the order of `paths`. */
  readonly numbers: readonly string[];
  /** The files are named by the date they were written (Bazel's `2018-06-18-name-resolution.md`): they carry no id. */
  readonly dated?: boolean;
  /** Prefixed files whose number follows the prefix with no dash (`RFC0045-…`): `idPattern` reads it. */
  readonly undashed?: boolean;
  /**
   * The prefix is lower case and no known one (`eip-1559.md`): taken for an id's only because the
   * folder is named for it (`EIPS/`). Such a group names no design documents by itself (`chapters/
   * chapter-1.md` is a book): it needs a template near it.
   */
  readonly prefixByFolder?: boolean;
  /** The documents are in the folder and in its subfolders, filed by topic (OpenTelemetry's `text/metrics/0003-x.md`). */
  readonly deep?: boolean;
  /** Files the glob matches that are none of the documents (the folder's README, its template), for `ignore`. */
  readonly excluded?: readonly string[];
}

/** A number of up to six digits, or a date written `YYYYMMDD` (which `DATED_NAME_RE` then reads as a date). */
const NUMBERED_FILE_RE = /^(\d{1,6}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?:[-_.][^/]*)?\.md$/i;
const PREFIXED_FILE_RE = /^([A-Za-z]{2,12})-(\d{1,6})[A-Za-z]?(?:[-_.][^/]*)?\.md$/i;
/** An id written with no dash, its number padded to three digits or more: PowerShell's `RFC0045-…`, Perl's `ppc0001-…`, Backstage's `adr001-…`. */
const UNDASHED_FILE_RE = /^([A-Za-z]{2,12})(\d{3,6})(?:[-_.][^/]*)?\.md$/;
const NUMBERED_FOLDER_RE = /^(\d{1,6})-[^/]+$/;
/** Folders named by an id that make a group of documents, at least. */
const MIN_PREFIXED_FOLDERS = 3;
/** A folder named by an id, prefix and number (Cardano's `CIP-0001/README.md`), a slug after it or not. */
const PREFIXED_FOLDER_RE = /^([A-Za-z]{2,12})-(\d{1,6})(?:[-_][^/]*)?$/;
const KNOWN_PREFIX_RE = /^(?:rfc|adr|kep|pep|rfd|task)$/i;
const README_RE = /^readme\.md$/i;
/** Folders of decision records: adr-tools' `doc/adr`, MADR's `docs/decisions`, and their variants. */
const ADR_FOLDER_RE = /(?:^|\/)(?:adrs?|decisions?|architecture[-_ ]?decisions?|decision[-_ ]?records?)$/i;
const TASK_FOLDER_RE = /(?:^|\/)tasks?$/i;

/**
 * Whether a file name's prefix is an id prefix: written in capitals (`RFC-0042`, `KEP-12`, `SE-0001`),
 * or a known kind in any case (`adr-0001-x.md`). Lower-case words (`intellij-11-setup.md`,
 * `pre-01-install.md`) are numbered steps of a guide, not ids.
 */
function isIdPrefix(written: string): boolean {
  return written === written.toUpperCase() || KNOWN_PREFIX_RE.test(written);
}

/** Whether the folder is named for the prefix (`EIPS/eip-1559.md`, `peps/pep-0008.md`): the prefix is then an id's. */
function folderNamedFor(prefix: string, dir: string): boolean {
  const folder = nameOf(dir).toLowerCase();
  const p = prefix.toLowerCase();
  return folder === p || folder === `${p}s`;
}

/** Whether a written number is a placeholder's (`0000`), which only templates carry. */
function isZero(digits: string): boolean {
  return /^0+$/.test(digits);
}

function join(folder: string, rest: string): string {
  return folder === '' ? rest : `${folder}/${rest}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The role a group's folder or prefix gives it; `adrFolder` is the folder `.adr-dir` names. */
export function roleOf(folder: string, prefix: string | undefined, adrFolder?: string): GroupRole {
  if (prefix === 'TASK' || (prefix === undefined && TASK_FOLDER_RE.test(folder))) return 'task';
  if (prefix === 'ADR' || (prefix === undefined && (ADR_FOLDER_RE.test(folder) || (adrFolder !== undefined && folder === adrFolder)))) return 'adr';
  return 'rfc';
}

interface Draft {
  folder: string;
  form: GroupForm;
  prefix?: string;
  prefixByFolder?: boolean;
  /** Numbered folders whose one Markdown file, named as it likes, is the document (Jupyter's `62-cell-id/cell-id.md`). */
  anyName?: boolean;
  /** Numbered files of subfolders joined the folder's (`mergeTopicFolders`). */
  deep?: boolean;
  /** Prefixed files whose number follows the prefix with no dash (`RFC0045-…`). */
  undashed?: boolean;
  /** Folders named by an id whose document is the file named by that id, its prefix as the files write it (IOTA's `TIP-0001/tip-0001.md`). */
  filePrefix?: string;
  paths: string[];
  numbers: string[];
}

/**
 * Every group of numbered documents among `paths` (workspace-relative, forward slashes), largest
 * first. Files whose number is all zeros (`0000-template.md`) are templates, never documents.
 */
export function documentGroups(paths: readonly string[], adrFolder?: string): DocumentGroup[] {
  const drafts = new Map<string, Draft>();
  const add = (key: string, draft: Omit<Draft, 'paths' | 'numbers'>, path: string, number: string): void => {
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = { ...draft, paths: [], numbers: [] }));
    d.paths.push(path);
    d.numbers.push(number);
  };
  const markdownIn = new Map<string, number>();
  for (const path of paths) if (/\.md$/i.test(path)) markdownIn.set(dirOf(path), (markdownIn.get(dirOf(path)) ?? 0) + 1);
  const templated = templatedPrefixes(paths);
  const readmes = new Set(paths.filter((p) => README_RE.test(nameOf(p))).map(dirOf));
  for (const path of paths) {
    const name = nameOf(path);
    const dir = dirOf(path);
    const numbered = NUMBERED_FILE_RE.exec(name);
    if (numbered) {
      if (!isZero(numbered[1])) add(`n:${dir}`, { folder: dir, form: 'numbered' }, path, numbered[1]);
      continue;
    }
    const prefixed = PREFIXED_FILE_RE.exec(name);
    // A file named by the id its folder is named by (IOTA's `tips/TIP-0001/tip-0001.md`, Stacks'
    // `sips/sip-001/sip-001-burn-election.md`): the folders are the documents, as a KEP's are.
    // A README beside it is the document (Cardano's `CIP-0001/CIP-0001.md` says "Moved to README.md").
    const ownFolder = prefixed && !readmes.has(dir) ? PREFIXED_FOLDER_RE.exec(nameOf(dir)) : null;
    if (prefixed && ownFolder && ownFolder[1].toLowerCase() === prefixed[1].toLowerCase() && Number(ownFolder[2]) === Number(prefixed[2]) && !isZero(prefixed[2])) {
      add(`fo:${dirOf(dir)}:${ownFolder[1]}:${prefixed[1]}`, { folder: dirOf(dir), form: 'numberedFolder', prefix: ownFolder[1], filePrefix: prefixed[1] }, path, prefixed[2]);
      continue;
    }
    const undashed = prefixed ? null : UNDASHED_FILE_RE.exec(name);
    if (undashed && (isIdPrefix(undashed[1]) || folderNamedFor(undashed[1], dir))) {
      if (!isZero(undashed[2])) add(`u:${dir}:${undashed[1]}`, { folder: dir, form: 'prefixed', prefix: undashed[1].toUpperCase(), undashed: true }, path, undashed[2]);
      continue;
    }
    const byFolder = prefixed !== null && !isIdPrefix(prefixed[1]) && (folderNamedFor(prefixed[1], dir) || seriesTemplated(templated, dir, prefixed[1]));
    if (prefixed && (byFolder || isIdPrefix(prefixed[1]))) {
      const prefix = prefixed[1].toUpperCase();
      if (!isZero(prefixed[2])) add(`p:${dir}:${prefix}`, { folder: dir, form: 'prefixed', prefix, ...(byFolder ? { prefixByFolder: true } : {}) }, path, prefixed[2]);
      continue;
    }
    const folder = NUMBERED_FOLDER_RE.exec(nameOf(dir));
    const prefixedFolder = folder ? null : PREFIXED_FOLDER_RE.exec(nameOf(dir));
    if (prefixedFolder && README_RE.test(name) && prefixedFolder[1] === prefixedFolder[1].toUpperCase() && !isZero(prefixedFolder[2])) {
      const prefix = prefixedFolder[1];
      add(`fp:${dirOf(dir)}:${prefix}`, { folder: dirOf(dir), form: 'numberedFolder', prefix }, path, prefixedFolder[2]);
      continue;
    }
    if (!folder || isZero(folder[1])) continue;
    if (README_RE.test(name)) add(`f:${dirOf(dir)}`, { folder: dirOf(dir), form: 'numberedFolder' }, path, folder[1]);
    else if (/\.md$/i.test(name) && markdownIn.get(dir) === 1) add(`fn:${dirOf(dir)}`, { folder: dirOf(dir), form: 'numberedFolder', anyName: true }, path, folder[1]);
  }
  // A folder or two named by an id (Filecoin's `Governance/FIP-0100/README.md`, a charter) is no
  // layout: Cardano's CIP-NNNN/ folders are a hundred, each with a number of its own. Folders whose
  // "numbers" repeat are named otherwise (security advisories: `CVE-2021-1234/`, `CVE-2021-5678/`).
  const kept = [...drafts.values()].filter((d) => !(d.form === 'numberedFolder' && d.prefix !== undefined && (d.paths.length < MIN_PREFIXED_FOLDERS || new Set(d.numbers).size < d.numbers.length)));
  const groups = [...mergeFolderGroups(mergeTopicFolders(kept, adrFolder, paths))].map((d) => finish(d, adrFolder));
  return groups.sort((a, b) => b.paths.length - a.paths.length || a.glob.localeCompare(b.glob));
}

/**
 * The folders and lower-case prefixes that have a template of their own, as `folder/prefix`: a file
 * numbered zero beside the documents (Conda's `cep-0000.md` beside `cep-0001.md` …), or a template
 * named for the prefix in their folder or above it (Stellar's `cap-template.md` for `core/cap-0001.md`).
 * Such a prefix is an id's as much as one the folder is named for; the group still needs a template
 * near it.
 */
function templatedPrefixes(paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    const name = nameOf(path);
    const m = PREFIXED_FILE_RE.exec(name);
    if (m && /^0{3,}$/.test(m[2])) out.add(`${dirOf(path)}/${m[1].toLowerCase()}`);
    const t = PREFIX_TEMPLATE_RE.exec(name);
    if (t) out.add(`${dirOf(path)}/${t[1].toLowerCase()}*`);
  }
  return out;
}

/** A template named for a prefix: `cap-template.md`, `sep_template.md`. */
const PREFIX_TEMPLATE_RE = /^([A-Za-z]{2,12})[-_]template\.md$/i;

/** Whether `prefix` in `dir` has a template of its own (see `templatedPrefixes`). */
function seriesTemplated(known: ReadonlySet<string>, dir: string, prefix: string): boolean {
  const p = prefix.toLowerCase();
  if (known.has(`${dir}/${p}`)) return true;
  for (let d: string | undefined = dir; d !== undefined; d = d === '' ? undefined : dirOf(d)) if (known.has(`${d}/${p}*`)) return true;
  return false;
}

/**
 * Numbered folders grouped by their parent (`keps/sig-node`, `keps/sig-apps`) are one group when
 * they share a grandparent (`keps`): KEPs are filed by SIG, and one glob names them all.
 */
function* mergeFolderGroups(drafts: readonly Draft[]): Iterable<Draft & { wildcard?: boolean }> {
  const byParent = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.form !== 'numberedFolder' || d.anyName || d.prefix !== undefined) {
      yield d;
      continue;
    }
    const parent = dirOf(d.folder);
    const list = byParent.get(parent) ?? [];
    list.push(d);
    byParent.set(parent, list);
  }
  for (const [parent, list] of byParent) {
    if (list.length === 1) {
      yield list[0];
      continue;
    }
    const merged = { folder: parent, form: 'numberedFolder' as const, paths: [] as string[], numbers: [] as string[], wildcard: true };
    for (const d of list) {
      merged.paths.push(...d.paths);
      merged.numbers.push(...d.numbers);
    }
    yield merged;
  }
}

const TEMPLATE_NAME_RE = /template/i;
const ARCHIVE_FOLDER_RE = /^(?:archived?|attic|obsolete|deprecated|old)$/i;

/**
 * Numbered files in subfolders of a folder of numbered files are one series with the folder's when no
 * number repeats among them and the subfolders hold documents of the same kind: OpenTelemetry files
 * its proposals as `text/0035-x.md` and, by topic, `text/metrics/0003-y.md`, `text/trace/0006-z.md`,
 * numbered in one sequence. A subfolder whose numbers repeat the folder's is a series of its own.
 */
function mergeTopicFolders(drafts: readonly Draft[], adrFolder: string | undefined, paths: readonly string[]): Draft[] {
  // A subfolder with a template of its own is another series (Kotlin's `proposals/stdlib/`, with its
  // TEMPLATE.md); one of archived documents is kept apart on purpose; one named by a number is a
  // document's own (Go's `design/15292/2010-06-x.md`, the history of proposal 15292), not a topic.
  const templated = new Set(paths.filter((p) => TEMPLATE_NAME_RE.test(nameOf(p))).map(dirOf));
  const apart = (folder: string): boolean => templated.has(folder) || ARCHIVE_FOLDER_RE.test(nameOf(folder)) || /^\d/.test(nameOf(folder));
  const flat = (d: Draft): boolean => d.form === 'numbered' || d.form === 'prefixed';
  const parents = drafts.filter((d) => flat(d) && d.folder !== '').sort((a, b) => a.folder.length - b.folder.length);
  const joined = new Set<Draft>();
  const out = new Map<Draft, Draft>();
  for (const parent of parents) {
    if (joined.has(parent)) continue;
    const role = roleOf(parent.folder, parent.prefix, adrFolder);
    const merged: Draft = { ...parent, paths: [...parent.paths], numbers: [...parent.numbers] };
    const seen = new Set(parent.numbers.map(Number));
    const children = drafts.filter((c) => c !== parent && !joined.has(c) && flat(c) && c.form === parent.form && c.prefix === parent.prefix && c.undashed === parent.undashed && c.folder.startsWith(`${parent.folder}/`));
    for (const c of children) {
      if (apart(c.folder) || roleOf(c.folder, c.prefix, adrFolder) !== role || c.numbers.some((n) => seen.has(Number(n)))) continue;
      for (const n of c.numbers) seen.add(Number(n));
      merged.paths.push(...c.paths);
      merged.numbers.push(...c.numbers);
      merged.deep = true;
      joined.add(c);
    }
    if (merged.deep) out.set(parent, merged);
  }
  return drafts.filter((d) => !joined.has(d)).map((d) => out.get(d) ?? d);
}

function finish(d: Draft & { wildcard?: boolean }, adrFolder: string | undefined): DocumentGroup {
  const order = d.paths.map((_, i) => i).sort((a, b) => (d.paths[a] < d.paths[b] ? -1 : d.paths[a] > d.paths[b] ? 1 : 0));
  const paths = order.map((i) => d.paths[i]);
  const numbers = order.map((i) => d.numbers[i]);
  if (d.form === 'numberedFolder' && d.prefix !== undefined) {
    const readme = nameOf(paths[0]);
    const base = d.folder === '' ? '' : `${d.folder}/`;
    const file = d.filePrefix !== undefined ? { glob: `${d.filePrefix}-*.md`, re: `${escapeRe(d.filePrefix)}-[^/]*\\.md` } : { glob: readme, re: escapeRe(readme) };
    const glob = `${base}${d.prefix}-*/${file.glob}`;
    const idPattern = `^${escapeRe(base)}${escapeRe(d.prefix)}-(\\d+)(?:[-_][^/]*)?/${file.re}$`;
    return { glob, folder: d.folder, form: d.form, prefix: d.prefix, idPattern, role: roleOf(d.folder, d.prefix.toUpperCase(), adrFolder), paths, numbers };
  }
  if (d.form === 'numberedFolder') {
    const readme = nameOf(paths[0]);
    const middle = d.wildcard ? '*/' : '';
    const glob = join(d.folder, `${middle}[0-9]*/${d.anyName ? '*.md' : readme}`);
    // Folders named by the year they were written, which several share (ESLint's
    // `designs/2019-drop-node8/README.md`, one of 21 from 2019): the number is no id.
    if (yearsShared(numbers)) return { glob, folder: d.folder, form: d.form, role: roleOf(d.folder, undefined, adrFolder), paths, numbers, dated: true };
    const idPattern = `^${escapeRe(d.folder === '' ? '' : `${d.folder}/`)}${d.wildcard ? '[^/]+/' : ''}(\\d+)-[^/]+/${d.anyName ? '[^/]+\\.md' : escapeRe(readme)}$`;
    return { glob, folder: d.folder, form: d.form, idPattern, role: roleOf(d.folder, undefined, adrFolder), paths, numbers };
  }
  if (d.undashed) {
    // The id grammar reads `PREFIX-NNNN`: a pattern reads the number written straight after the
    // prefix, in any folder (PowerShell files its RFCs under Final/ and Archive/<status>/ alike).
    const prefix = prefixWritten(paths[0]);
    const base = d.folder === '' ? '' : `${d.folder}/`;
    return { glob: `${base}${prefix}[0-9]*.md`, folder: d.folder, form: d.form, prefix: d.prefix ?? prefix.toUpperCase(), idPattern: `(?:^|/)${escapeRe(prefix)}(\\d+)[^/]*\\.md$`, undashed: true, role: roleOf(d.folder, d.prefix, adrFolder), paths, numbers };
  }
  const glob = join(d.folder, `${d.deep ? '**/' : ''}${d.form === 'prefixed' ? `${prefixWritten(paths[0])}-*.md` : '[0-9]*.md'}`);
  const dated = d.form === 'numbered' && paths.filter((p) => DATED_NAME_RE.test(nameOf(p))).length * 2 > paths.length;
  return { glob, folder: d.folder, form: d.form, ...(d.prefix ? { prefix: d.prefix } : {}), ...(d.prefixByFolder ? { prefixByFolder: true } : {}), role: roleOf(d.folder, d.prefix, adrFolder), paths, numbers, ...(dated ? { dated } : {}), ...(d.deep ? { deep: true } : {}) };
}

/** Whether numbers are years (1900–2099), some of them shared by several documents: dates, not ids. */
function yearsShared(numbers: readonly string[]): boolean {
  return numbers.every((n) => /^(?:19|20)\d{2}$/.test(n)) && new Set(numbers).size < numbers.length;
}

/** The prefix as the file names write it (`RFC`, `adr`): globs match case-sensitively. */
function prefixWritten(path: string): string {
  return /^[A-Za-z]+/.exec(nameOf(path))?.[0] ?? '';
}

/** Files of a folder that are none of its documents: its index and the repository's own pages. */
const NOT_A_DOCUMENT_RE = /^(?:readme|index|changelog|license|contributing|code_of_conduct|security|governance|maintainers|_sidebar|summary)\.md$/i;
/** Documents named by subject needed in a folder for it to be a group. */
const MIN_NAMED = 3;

/**
 * The folder of documents named by subject with the most of them (GraphQL's `rfcs/DeferStream.md`,
 * OCaml's `rfcs/`, C#'s `proposals/`), among folders `isKnownFolder` accepts (named for design
 * documents): the layout of last resort, when no folder of numbered documents is found. The folder's
 * README and templates (`isTemplate`) are none of them; three documents at least.
 */
export function namedGroup(paths: readonly string[], isKnownFolder: (folder: string) => boolean, isTemplate: (path: string) => boolean): DocumentGroup | undefined {
  const direct = largest(groupsByFolder(paths, isKnownFolder, isTemplate, false));
  // Where no such folder holds three of its own, its subfolders may (Rook's `design/ceph/*.md`).
  const nested = direct === undefined;
  const best = direct ?? largest(groupsByFolder(paths, isKnownFolder, isTemplate, true));
  if (!best) return undefined;
  const [folder, { docs, other }] = best;
  const sorted = [...docs].sort();
  return {
    glob: `${folder === '' ? '' : `${folder}/`}${nested ? '**/' : ''}*.md`,
    folder,
    form: 'named',
    role: ADR_FOLDER_RE.test(folder) ? 'adr' : 'rfc',
    paths: sorted,
    numbers: sorted.map(() => ''),
    ...(other.length > 0 ? { excluded: [...other].sort() } : {}),
  };
}

type Named = Map<string, { docs: string[]; other: string[] }>;

/** Markdown files by the folder `isKnownFolder` accepts that holds them: their own, or (`nested`) the nearest above them. */
function groupsByFolder(paths: readonly string[], isKnownFolder: (folder: string) => boolean, isTemplate: (path: string) => boolean, nested: boolean): Named {
  const byFolder: Named = new Map();
  for (const path of paths) {
    if (!/\.md$/i.test(path)) continue;
    let folder = dirOf(path);
    while (nested && folder !== '' && !isKnownFolder(folder)) folder = dirOf(folder);
    if (!isKnownFolder(folder)) continue;
    let g = byFolder.get(folder);
    if (!g) byFolder.set(folder, (g = { docs: [], other: [] }));
    // A README of a folder below is that folder's document (.NET's `accepted/2021/utf8/README.md`).
    const notOne = (dirOf(path) === folder && NOT_A_DOCUMENT_RE.test(nameOf(path))) || isTemplate(path);
    (notOne ? g.other : g.docs).push(path);
  }
  return byFolder;
}

/** The folder with the most documents, three at least. */
function largest(groups: Named): [string, { docs: string[]; other: string[] }] | undefined {
  let best: [string, { docs: string[]; other: string[] }] | undefined;
  for (const entry of groups) if (entry[1].docs.length >= MIN_NAMED && (!best || entry[1].docs.length > best[1].docs.length)) best = entry;
  return best;
}
