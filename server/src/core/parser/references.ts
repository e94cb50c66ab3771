import type { IdSpan } from '../ids';
import { canonicalId, expandIdRange, ID_HYPHENS } from '../ids';
import type { ReferenceStyle } from '../types';

/** A reference found in a piece of inline text; offsets are into that text. */
export interface RawReference {
  readonly start: number;
  readonly end: number;
  readonly path?: string;
  readonly ids: string[];
  readonly rangeEnds?: [string, string];
  /** Where each id is written (only when asked for: `idSpansIn`). */
  readonly idSpans?: IdSpan[];
}

/** What every reference word holds: a slash, `.md`, or an id prefix. */
const CANDIDATE_RE = /\/|\.md|(?:RFC|TASK|ADR)[-\u2010\u2011]/gi;
const ID_RE = new RegExp(`(?<![A-Za-z0-9_])(RFC|TASK|ADR)[${ID_HYPHENS}](\\d{1,6})(?:([A-Z])(?![A-Za-z0-9])|(?![A-Za-z0-9]))`, 'g');
const RANGE_RE = new RegExp(`^(\\.\\.\\.?|[\u2013\u2014]|[${ID_HYPHENS}])(?:(RFC|TASK|ADR)[${ID_HYPHENS}])?(\\d{1,6})(?![A-Za-z0-9])`);
const LIST_RE = new RegExp(`^(?:/(?:(?:RFC|TASK|ADR)[${ID_HYPHENS}])?\\d{1,6}[A-Z]?)+(?![A-Za-z0-9])`);
const LIST_ITEM_RE = new RegExp(`/(?:(RFC|TASK|ADR)[${ID_HYPHENS}])?(\\d{1,6})([A-Z]?)`, 'g');
const DOC_FILE_RE = new RegExp(`^(?:RFC|TASK|ADR)[${ID_HYPHENS}]\\d`, 'i');
const PLACEHOLDER_RE = /XXXX|<|>|\bN{3,4}\b/;
const ADR_FOLDER_RE = /(?:^|\/)(?:adrs?|decisions?|architecture-decisions?)$/i;
const PATH_ID_RE = new RegExp(`^(RFC|TASK|ADR)[${ID_HYPHENS}](\\d{1,6})([A-Z])?(?![A-Za-z0-9])`, 'i');

/**
 * Finds path and id references in a piece of text. `style` tells where the text sits: a Markdown
 * link destination is always a path (unless it is a URL or an in-page anchor); in prose and code
 * spans a word is a path only when it looks like one of ours (see `isDocumentPath`).
 */
export function findReferences(text: string, style: ReferenceStyle | 'linkDest', out: RawReference[] = [], spans = false): RawReference[] {
  if (style === 'linkDest') {
    const dest = linkDestinationPath(text);
    if (dest) out.push({ start: 0, end: text.length, path: dest, ids: idsOfPath(dest), ...(spans ? { idSpans: pathIdSpans(text, dest) } : {}) });
    return out;
  }
  // Only words holding a `/`, `.md` or an id prefix can be references: find those with one native
  // regex and look at their words alone, instead of tokenising all the prose.
  CANDIDATE_RE.lastIndex = 0;
  let from = 0;
  for (let c = CANDIDATE_RE.exec(text); c !== null; c = CANDIDATE_RE.exec(text)) {
    let s = c.index;
    while (s > from && !isSeparator(text.charCodeAt(s - 1))) s--;
    let e = c.index + c[0].length;
    while (e < text.length && !isSeparator(text.charCodeAt(e))) e++;
    readWord(text.slice(s, e), s, out, spans);
    from = e;
    CANDIDATE_RE.lastIndex = e;
  }
  return out;
}

/** One word (a run without separators) that may be a path, an id, a range or a list of ids. */
function readWord(raw: string, at: number, out: RawReference[], spans: boolean): void {
  let word = raw;
  let start = at;
  // Emphasis around a word (`**TASK-0003**`, `_tasks/x.md_`) is not part of it; `~/` is a home folder.
  const lead = /^[*_~]+(?!\/)/.exec(word)?.[0].length ?? 0;
  if (lead > 0) {
    start += lead;
    word = word.slice(lead);
  }
  word = word.replace(/[*_~]+$/, '');
  word = trimTrailingPunctuation(word);
  if (word.length < 3) return;
  if (word.includes('://')) return;
  if (isIdList(word)) {
    findIds(word, start, out, spans);
    return;
  }
  if (looksLikePath(word)) {
    const path = stripSuffixes(word);
    if (isDocumentPath(path) && !PLACEHOLDER_RE.test(path)) {
      out.push({ start, end: start + word.length, path, ids: idsOfPath(path), ...(spans ? { idSpans: shift(pathIdSpans(word, path), start) } : {}) });
      return;
    }
    if (path.includes('/')) return;
  }
  findIds(word, start, out, spans);
}

/**
 * Each id written in a reference's text, with its offsets in that text: the ids of a range's ends
 * and of a list's items (as written, with or without their prefix), a path's file id. For edits
 * that rewrite ids (rename); `style` is the reference's (`link` for a Markdown link destination).
 */
export function idSpansIn(text: string, style: ReferenceStyle): IdSpan[] {
  const found = findReferences(text, style === 'link' ? 'linkDest' : style === 'backtick' ? 'backtick' : 'bare', [], true);
  return found.flatMap((r) => r.idSpans ?? []);
}

/** The id in a path's file name, found in the text as written (`written` may hold a suffix or be encoded). */
function pathIdSpans(written: string, path: string): IdSpan[] {
  const [id] = idsOfPath(path);
  if (!id) return [];
  const name = path.slice(path.lastIndexOf('/') + 1);
  const at = written.lastIndexOf(name.slice(0, Math.min(name.length, 12)));
  if (at < 0) return [];
  const m = PATH_ID_RE.exec(name) ?? /^\d{1,6}/.exec(name);
  return m && written.startsWith(m[0], at) ? [{ start: at, end: at + m[0].length, id }] : [];
}

function shift(spans: IdSpan[], by: number): IdSpan[] {
  return spans.map((x) => ({ start: x.start + by, end: x.end + by, id: x.id }));
}

/** Word separators: white space and the characters that end a word in prose: ` ' " ( ) < > [ ] { } , ; |. */
const ASCII_SEPARATORS = new Uint8Array(128);
for (const ch of ' \t\n\v\f\r`\'"()<>[]{},;|') ASCII_SEPARATORS[ch.charCodeAt(0)] = 1;
const UNICODE_SPACE_RE = /\s/;

function isSeparator(code: number): boolean {
  return code < 128 ? ASCII_SEPARATORS[code] === 1 : UNICODE_SPACE_RE.test(String.fromCharCode(code));
}

function trimTrailingPunctuation(word: string): string {
  let w = word;
  for (;;) {
    if (w.endsWith('...')) return w;
    const last = w[w.length - 1];
    if (last === '.' || last === ':' || last === '!' || last === '?') w = w.slice(0, -1);
    else return w;
  }
}

function isIdList(word: string): boolean {
  ID_RE.lastIndex = 0;
  const m = ID_RE.exec(word);
  if (!m || m.index !== 0) return false;
  return LIST_RE.test(word.slice(m[0].length));
}

function looksLikePath(word: string): boolean {
  return word.includes('/') || /\.md(?:$|[:#])/i.test(word) || DOC_FILE_RE.test(word) && /\.md/i.test(word);
}

/** `file.md:51`, `file.md:51-60`, `file.md#anchor` → `file.md`. */
export function stripSuffixes(path: string): string {
  return path.replace(/#.*$/, '').replace(/:\d+(?:[-\u2013]\d+)?$/, '');
}

/**
 * A path that names one of our documents: it is explicitly relative (`./`, `../`), or its file name
 * starts with an id (`TASK-0003…`, `0005-…` for ADRs), or it ends in `.md`. Prose with slashes
 * (`tasks/RFCs`, `and/or`) and folder names alone (`docs/`) are not references.
 */
export function isDocumentPath(path: string): boolean {
  if (path.startsWith('./') || path.startsWith('../')) return true;
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  if (name.length === 0) return false;
  if (/\.(md|markdown)$/i.test(name)) return !name.startsWith('.');
  if (DOC_FILE_RE.test(name)) return true;
  return slash > 0 && /^\d{3,6}(?:$|[-\u2010\u2011.…*])/.test(name);
}

function linkDestinationPath(dest: string): string | undefined {
  const d = dest.trim();
  if (d.length === 0 || d.startsWith('#') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(d) || d.startsWith('//')) return undefined;
  if (PLACEHOLDER_RE.test(d)) return undefined;
  let path = d.replace(/\?.*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the path as written when it is not valid percent-encoding.
  }
  return stripSuffixes(path);
}

/**
 * The ids a path's file name carries (`tasks/TASK-0003-x.md` → TASK-0003). ADR files carry only a
 * number (`docs/adr/0005-x.md`); a numbered file in a folder named like `adr` or `decisions` is
 * taken for an ADR.
 */
function idsOfPath(path: string): string[] {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const m = PATH_ID_RE.exec(name);
  if (m) return [canonicalId(m[1], m[2], m[1].toUpperCase() === 'TASK' ? (m[3] ?? '') : '')];
  const adr = /^(\d{1,6})(?=$|[-\u2010\u2011.…*])/.exec(name);
  if (adr && slash > 0 && ADR_FOLDER_RE.test(path.slice(0, slash))) return [canonicalId('ADR', adr[1])];
  return [];
}

function findIds(word: string, base: number, out: RawReference[], spans: boolean): void {
  ID_RE.lastIndex = 0;
  for (let m = ID_RE.exec(word); m !== null; m = ID_RE.exec(word)) {
    const prefix = m[1];
    const suffix = prefix === 'TASK' ? (m[3] ?? '') : '';
    const first = canonicalId(prefix, m[2], suffix);
    let end = m.index + m[0].length;
    if (m[3] && !suffix) end -= 1;
    const firstSpan: IdSpan = { start: base + m.index, end: base + end, id: first };
    const rest = word.slice(end);
    const range = RANGE_RE.exec(rest);
    if (range && !suffix && isRange(range, m[2])) {
      const to = Number(range[3]);
      const last = canonicalId(prefix, range[3]);
      const lastSpan: IdSpan = { start: base + end + range[1].length, end: base + end + range[0].length, id: last };
      out.push({ start: base + m.index, end: base + end + range[0].length, ids: expandIdRange(prefix, Number(m[2]), to, m[2].length), rangeEnds: [first, last], ...(spans ? { idSpans: [firstSpan, lastSpan] } : {}) });
      ID_RE.lastIndex = end + range[0].length;
      continue;
    }
    const list = LIST_RE.exec(rest);
    if (list) {
      const ids = [first];
      const itemSpans: IdSpan[] = [firstSpan];
      LIST_ITEM_RE.lastIndex = 0;
      for (let it = LIST_ITEM_RE.exec(list[0]); it !== null; it = LIST_ITEM_RE.exec(list[0])) {
        const id = canonicalId(it[1] ?? prefix, it[2], (it[1] ?? prefix) === 'TASK' ? it[3] : '');
        ids.push(id);
        itemSpans.push({ start: base + end + it.index + 1, end: base + end + it.index + it[0].length, id });
      }
      out.push({ start: base + m.index, end: base + end + list[0].length, ids, ...(spans ? { idSpans: itemSpans } : {}) });
      ID_RE.lastIndex = end + list[0].length;
      continue;
    }
    out.push({ start: base + m.index, end: base + end, ids: [first], ...(spans ? { idSpans: [firstSpan] } : {}) });
  }
}

/** `-0020` after `TASK-0001` is a range only when both numbers have the same width and it grows. */
function isRange(m: RegExpExecArray, fromDigits: string): boolean {
  const sep = m[1];
  if (m[2]) return Number(m[3]) > Number(fromDigits);
  if (sep === '-' || ID_HYPHENS.includes(sep)) return m[3].length === fromDigits.length && Number(m[3]) > Number(fromDigits);
  return Number(m[3]) > Number(fromDigits);
}
