/**
 * Document ids: `RFC-0004`, `TASK-0003`, `TASK-0003B`, `ADR-0005`.
 *
 * Ids are compared in canonical form: upper-case prefix, ASCII hyphen, the number padded to at least
 * four digits, and a task's optional letter suffix. People also write them with a non-breaking
 * hyphen (U+2011) or a Unicode hyphen (U+2010), and sometimes without the leading zeros.
 */
export type DocKindWithId = 'rfc' | 'task' | 'adr';

export const ID_PREFIX: Readonly<Record<DocKindWithId, string>> = { rfc: 'RFC', task: 'TASK', adr: 'ADR' };

/** Hyphens accepted inside an id (ASCII, Unicode hyphen, non-breaking hyphen). */
export const ID_HYPHENS = '-\u2010\u2011';

const PREFIX_TO_KIND: Readonly<Record<string, DocKindWithId>> = { RFC: 'rfc', TASK: 'task', ADR: 'adr' };

export function kindOfPrefix(prefix: string): DocKindWithId | undefined {
  return PREFIX_TO_KIND[prefix.toUpperCase()];
}

/** Canonical id from its parts. */
export function canonicalId(prefix: string, digits: string, suffix = ''): string {
  // The usual case (`TASK-0003` written as such) needs no work: it is on the indexing path.
  if (digits.length === 4 && (prefix === 'RFC' || prefix === 'TASK' || prefix === 'ADR') && (suffix === '' || (suffix >= 'A' && suffix <= 'Z'))) {
    return `${prefix}-${digits}${suffix}`;
  }
  const n = digits.replace(/^0+(?=\d)/, '');
  return `${prefix.toUpperCase()}-${n.padStart(4, '0')}${suffix.toUpperCase()}`;
}

const ID_RE = new RegExp(`^(RFC|TASK|ADR)[${ID_HYPHENS}](\\d{1,6})([A-Za-z])?$`, 'i');

/** Canonical form of a written id, or undefined when it is not one. */
export function normalizeId(written: string): string | undefined {
  const m = ID_RE.exec(written.trim());
  if (!m) return undefined;
  const suffix = m[1].toUpperCase() === 'TASK' ? (m[3] ?? '') : '';
  if (m[3] && !suffix) return undefined;
  return canonicalId(m[1], m[2], suffix);
}

export function kindOfId(id: string): DocKindWithId | undefined {
  const dash = id.indexOf('-');
  return dash > 0 ? kindOfPrefix(id.slice(0, dash)) : undefined;
}

/** The number of a canonical id (`TASK-0003B` → 3). */
export function idNumber(id: string): number {
  const m = /-(\d+)/.exec(id);
  return m ? Number(m[1]) : NaN;
}

/**
 * Whether an id is number zero: what a document carries before it is given a number (k8s's
 * `0000-kep-process`, a template's `0000-template.md`). No other document's id, and no title's.
 */
export function isUnnumbered(id: string): boolean {
  return /^\D*0+[A-Z]?$/.test(id);
}

/**
 * An id with its number as the document's path writes it: `KEP-492` for a KEP in
 * `keps/sig-x/492-name/README.md`, where the team writes its titles `# KEP-492: …`; `RFC-0004` for
 * `RFC-0004-x.md`. The id as given when no part of the path is that number.
 */
export function idAsWritten(id: string, path: string): string {
  const m = /^(.*?)(\d+)([A-Z]?)$/.exec(id);
  if (!m) return id;
  const n = String(Number(m[2]));
  for (const part of path.split('/').reverse()) {
    const digits = /^(?:[A-Za-z]{1,12}[-_])?(\d+)(?=$|[-_.])/.exec(part)?.[1];
    if (digits !== undefined && String(Number(digits)) === n) return `${m[1]}${digits.length >= m[2].length ? m[2] : digits}${m[3]}`;
  }
  return id;
}

/**
 * A name that starts with a date, `YYYY-MM-DD` (Bazel's `2018-06-18-name-resolution.md`), `YYYYMMDD`
 * (TensorFlow's `20180501-estimator-head.md`) or `YYYYMM` (Thanos's `202005-query-logging.md`): a
 * date, not a number.
 */
export const DATED_NAME_RE = /^((?:19|20)\d{2})(?:-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?)(?=[-_.]|$)/;

/** A folder named by its year (`accepted/2018/x.md`). */
const YEAR_FOLDER_RE = /(?:^|\/)((?:19|20)\d{2})\//;

/**
 * The order a document was written in, where its id gives none: the date its path carries, at the
 * start of its file name (`DATED_NAME_RE`) or as a folder of its year, as YYYYMMDD (a month's as
 * YYYYMM00, a year folder's as YYYY0000). TensorFlow names its RFCs `20180626-tensor-forest.md`;
 * .NET files its designs under `accepted/2018/`. NaN when the path carries no date.
 */
export function pathDate(path: string): number {
  const d = DATED_NAME_RE.exec(path.slice(path.lastIndexOf('/') + 1));
  if (d) return Number(d[1]) * 10000 + Number(d[2] ?? d[4]) * 100 + Number(d[3] ?? d[5] ?? 0);
  const y = YEAR_FOLDER_RE.exec(path);
  return y ? Number(y[1]) * 10000 : Number.NaN;
}

/** A `pathDate` as written: `2019-04-30`, `2020-05` for a month's, or `2019` for a year folder's; undefined for a number that is no such date. */
export function pathDateText(date: number): string | undefined {
  if (!(date >= 19000000 && date < 21000000)) return undefined;
  const y = Math.floor(date / 10000);
  const md = date % 10000;
  const month = `${y}-${String(Math.floor(md / 100)).padStart(2, '0')}`;
  return md === 0 ? String(y) : md % 100 === 0 ? month : `${month}-${String(md % 100).padStart(2, '0')}`;
}

/** A link to an issue or pull request (`…/pull/95`, `go.dev/issue/55022`), with its number. */
const ISSUE_URL_RE = /https?:\/\/\S+?\/(?:issues?|pulls?)\/0*(\d{1,7})(?![\d/])/g;

/**
 * The link in `text` to the issue or pull request numbered as `id` is (`…/issues/5433` for
 * `KEP-5433`), if there is one: where a team's number comes from, or where a document without a
 * file yet is tracked.
 */
export function issueLinkFor(text: string, id: string): string | undefined {
  const number = /(\d+)[A-Z]?$/.exec(id)?.[1].replace(/^0+/, '');
  if (!number) return undefined;
  for (const m of text.matchAll(ISSUE_URL_RE)) if (m[1] === number) return m[0];
  return undefined;
}

const FILE_ID_RE = new RegExp(`^(RFC|TASK|ADR)[${ID_HYPHENS}](\\d{1,6})([A-Z])?(?=$|[^A-Za-z0-9])`, 'i');
const ADR_FILE_RE = /^(\d{1,6})(?=$|[^0-9])/;

/**
 * The id a file name carries: `RFC-0004-slug.md` → RFC-0004, `TASK-0003B-x.md` → TASK-0003B,
 * and for ADRs `0005-slug.md` → ADR-0005 (the ADR convention numbers files without a prefix).
 */
export function idFromFileName(fileName: string, kind?: DocKindWithId): string | undefined {
  const m = FILE_ID_RE.exec(fileName);
  if (m) {
    const suffix = m[1].toUpperCase() === 'TASK' ? (m[3] ?? '') : '';
    return canonicalId(m[1], m[2], suffix);
  }
  if (kind === 'adr') {
    const a = ADR_FILE_RE.exec(fileName);
    if (a) return canonicalId('ADR', a[1]);
  }
  return undefined;
}

/**
 * Orders canonical ids: by prefix, then by number, then by suffix (`TASK-0003` < `TASK-0003B` <
 * `TASK-0010`, and `RFC-9999` < `RFC-10000`).
 */
export function compareIds(a: string, b: string): number {
  const pa = a.slice(0, a.indexOf('-'));
  const pb = b.slice(0, b.indexOf('-'));
  if (pa !== pb) return pa < pb ? -1 : 1;
  const na = idNumber(a);
  const nb = idNumber(b);
  if (na !== nb) return Number.isNaN(na) ? 1 : Number.isNaN(nb) ? -1 : na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where an id is written in a piece of text (offsets into it), and its canonical form. */
export interface IdSpan {
  readonly start: number;
  readonly end: number;
  /** Canonical id. */
  readonly id: string;
}

const WRITTEN_NUMBER_RE = /^(\D*?)(\d+)([A-Za-z]?)$/;
const CANONICAL_NUMBER_RE = /(\d+)([A-Z]?)$/;

/**
 * `newId` written the way `written` was, for an id of the same kind: what comes before the number
 * stays as written (the prefix in its case, a non-breaking hyphen, `RFC `, `rfcs#`, nothing in a
 * list item `0287` or a numbered file name `0005`), the number keeps at least the written width, and
 * the suffix letter is the new id's. Undefined when `written` ends in no number.
 */
export function rewriteId(written: string, newId: string): string | undefined {
  const target = CANONICAL_NUMBER_RE.exec(newId);
  const old = WRITTEN_NUMBER_RE.exec(written);
  if (!target || !old) return undefined;
  return `${old[1]}${String(Number(target[1])).padStart(old[2].length, '0')}${target[2]}`;
}

/** Expands `TASK-0001..0004` style ranges into ids; refuses ranges longer than `limit`. */
export function expandIdRange(prefix: string, from: number, to: number, width: number, limit = 200): string[] {
  if (!(to >= from) || to - from >= limit) return [];
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(canonicalId(prefix, String(n).padStart(width, '0')));
  return out;
}
