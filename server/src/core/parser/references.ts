import type { IdGrammar } from '../idGrammar';
import { DEFAULT_ID_GRAMMAR } from '../idGrammar';
import type { IdSpan } from '../ids';
import { expandIdRange, ID_HYPHENS } from '../ids';
import type { ReferenceStyle } from '../types';
import { pathShape, stripLocation } from './pathShape';

/** A reference found in a piece of inline text; offsets are into that text. */
export interface RawReference {
  readonly start: number;
  readonly end: number;
  readonly path?: string;
  readonly ids: string[];
  readonly rangeEnds?: [string, string];
  /** A path made of names alone (`userspace/apps/search`): a path only where it resolves or starts at a repository folder. */
  readonly weak?: boolean;
  /** An id written loosely (`RFC 42`, `RFC #42`, `rfcs#42`): resolved when it can be, never reported. */
  readonly loose?: boolean;
  /** Where each id is written (only when asked for: `idSpansIn`). */
  readonly idSpans?: IdSpan[];
}

/** Parts of a written path that hold its place until it is known: `TASK-XXXX`, `<name>`, `NNNN`, `{id}`, `000-`, a file named `TBD`. */
const PLACEHOLDER_RE = /XXXX|<|>|\bN{3,4}\b|\{[^}]*\}|(?:^|\/)0{3,}(?:[-_.]|$)|(?:^|\/)TBD(?:\.[A-Za-z]+)?$/;

/** The regular expressions of one grammar, built once. */
interface Patterns {
  readonly candidate: RegExp;
  readonly range: RegExp;
  readonly list: RegExp;
  readonly listItem: RegExp;
  readonly docFile: RegExp;
}

const patterns = new WeakMap<IdGrammar, Patterns>();

function patternsOf(grammar: IdGrammar): Patterns {
  let p = patterns.get(grammar);
  if (!p) {
    const prefixes = grammar.schemes.map((s) => s.prefix).join('|');
    p = {
      // What every reference word holds: a slash, a file extension, or an id prefix.
      candidate: new RegExp(`\\/|\\.[A-Za-z]|${grammar.candidateSource}`, 'gi'),
      range: new RegExp(`^(\\.\\.\\.?|[\u2013\u2014]|[${ID_HYPHENS}])(?:(${prefixes})[${ID_HYPHENS}])?(\\d{1,6})(?![A-Za-z0-9])`),
      list: new RegExp(`^(?:/(?:(?:${prefixes})[${ID_HYPHENS}])?\\d{1,6}[A-Z]?)+(?![A-Za-z0-9])`),
      listItem: new RegExp(`/(?:(${prefixes})[${ID_HYPHENS}])?(\\d{1,6})([A-Z]?)`, 'g'),
      docFile: new RegExp(`^(?:${prefixes})[${ID_HYPHENS}]\\d`, 'i'),
    };
    patterns.set(grammar, p);
  }
  return p;
}

/**
 * Finds path and id references in a piece of text. `style` tells where the text sits: a Markdown
 * link destination is always a path (unless it is a URL or an in-page anchor); in prose and code
 * spans a word is a path when `pathShape` says so. Ids are read with the workspace's grammar: its
 * strict form (`RFC-0042`) anywhere, its loose forms (`RFC 42`, `rfcs#42`) in prose.
 */
export function findReferences(text: string, style: ReferenceStyle | 'linkDest', grammar: IdGrammar = DEFAULT_ID_GRAMMAR, out: RawReference[] = [], spans = false): RawReference[] {
  if (style === 'linkDest') {
    const dest = linkDestinationPath(text);
    if (dest) out.push({ start: 0, end: text.length, path: dest, ids: idsOfPath(dest, grammar), ...(spans ? { idSpans: pathIdSpans(text, dest, grammar) } : {}) });
    return out;
  }
  const p = patternsOf(grammar);
  const from = out.length;
  // Only words holding a `/`, an extension or an id prefix can be references: find those with one
  // native regex and look at their words alone, instead of tokenising all the prose.
  const candidate = p.candidate;
  candidate.lastIndex = 0;
  let wordsEnd = 0;
  const generated = text.includes('{{') || text.includes('{%') ? siteExpressions(text) : undefined;
  for (let c = candidate.exec(text); c !== null; c = candidate.exec(text)) {
    let s = c.index;
    while (s > wordsEnd && !isSeparator(text.charCodeAt(s - 1))) s--;
    let e = c.index + c[0].length;
    while (e < text.length && !isSeparator(text.charCodeAt(e))) e++;
    if (!generated?.some(([from, to]) => s < to && e > from)) readWord(text.slice(s, e), s, style, grammar, p, out, spans);
    wordsEnd = e;
    candidate.lastIndex = e;
  }
  if (style === 'bare') addLooseMentions(text, grammar, out, from, spans);
  return out;
}

/** A site generator's expression and what it prefixes (`{{ site.scala3ref }}/x.html`, `{% link docs/x.md %}`). */
const SITE_EXPRESSION_RE = /\{\{[^{}\n]{0,200}\}\}[^\s)\]]*|\{%[^%\n]{0,200}%\}/g;

/**
 * Where `text` holds a site generator's expressions, as [from, to) pairs: filled in when the site is
 * built (Jekyll), so nothing in them or right after them is a path of the repository. Scala writes
 * `[the details]({{ site.scala3ref }}/…)`, which Markdown reads as text, not a link.
 */
function siteExpressions(text: string): [number, number][] {
  return [...text.matchAll(SITE_EXPRESSION_RE)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Each id written in a reference's text, with its offsets in that text: the ids of a range's ends
 * and of a list's items (as written, with or without their prefix), a path's file id, a loose
 * mention. For edits that rewrite ids (rename); `style` is the reference's (`link` for a Markdown
 * link destination).
 */
export function idSpansIn(text: string, style: ReferenceStyle, grammar: IdGrammar = DEFAULT_ID_GRAMMAR): IdSpan[] {
  const found = findReferences(text, style === 'link' ? 'linkDest' : style === 'backtick' ? 'backtick' : 'bare', grammar, [], true);
  return found.flatMap((r) => r.idSpans ?? []);
}

/** The id in a path's file name, found in the text as written (`written` may hold a suffix or be encoded). */
function pathIdSpans(written: string, path: string, grammar: IdGrammar): IdSpan[] {
  const span = grammar.idSpanInPath(path);
  if (!span) return [];
  const nameAt = path.lastIndexOf('/') + 1;
  const name = path.slice(nameAt);
  const at = written.lastIndexOf(name.slice(0, Math.min(name.length, 12)));
  if (at < 0 || written.slice(at, at + span.end - nameAt) !== path.slice(nameAt, span.end)) return [];
  return [{ start: at + span.start - nameAt, end: at + span.end - nameAt, id: span.id }];
}

function shift(spans: IdSpan[], by: number): IdSpan[] {
  return spans.map((x) => ({ start: x.start + by, end: x.end + by, id: x.id }));
}

/** `RFC 42`, `RFC #42`, `rfcs#42`: ids as people write them in sentences, where no strict reference already is. */
function addLooseMentions(text: string, grammar: IdGrammar, out: RawReference[], from: number, spans: boolean): void {
  const mentions = grammar.looseMentions(text);
  if (mentions.length === 0) return;
  const taken = out.slice(from);
  for (const m of mentions) {
    if (taken.some((r) => r.start < m.end && m.start < r.end)) continue;
    out.push({ start: m.start, end: m.end, ids: [m.id], loose: true, ...(spans ? { idSpans: [{ start: m.start, end: m.end, id: m.id }] } : {}) });
  }
  out.sort((a, b) => a.start - b.start);
}

/** One word (a run without separators) that may be a path, an id, a range or a list of ids. */
function readWord(raw: string, at: number, style: ReferenceStyle, grammar: IdGrammar, p: Patterns, out: RawReference[], spans: boolean): void {
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
  if (isIdList(word, grammar, p)) {
    findIds(word, start, grammar, p, out, spans);
    return;
  }
  const path = stripLocation(word);
  const shape = documentLike(path, p) ? 'path' : pathShape(path, style === 'backtick' ? 'code' : 'prose');
  if (shape !== 'not') {
    if (!PLACEHOLDER_RE.test(path)) {
      out.push({ start, end: start + word.length, path, ids: idsOfPath(path, grammar), ...(shape === 'weak' ? { weak: true } : {}), ...(spans ? { idSpans: shift(pathIdSpans(word, path, grammar), start) } : {}) });
    }
    return;
  }
  if (path.includes('/') && !/[A-Za-z]{2,}[-\u2010\u2011]\d/.test(path)) return;
  findIds(word, start, grammar, p, out, spans);
}

/**
 * A path that names one of our documents by its file name: it starts with an id (`TASK-0003…`), or is
 * numbered in a folder (`docs/adr/0005-…`), written with a folder or as a Markdown file name.
 */
function documentLike(path: string, p: Patterns): boolean {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  if (name.length === 0 || name.startsWith('.')) return false;
  if (p.docFile.test(name)) return slash >= 0 || /\.md/i.test(name);
  return slash > 0 && /^\d{3,6}(?:$|[-\u2010\u2011.…*])/.test(name);
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

function isIdList(word: string, grammar: IdGrammar, p: Patterns): boolean {
  const re = grammar.strict;
  re.lastIndex = 0;
  const m = re.exec(word);
  if (!m || m.index !== 0) return false;
  return p.list.test(word.slice(m[0].length));
}

/** `file.md:51`, `file.md:51-60`, `file.md#anchor` → `file.md`. */
export function stripSuffixes(path: string): string {
  return stripLocation(path);
}

function linkDestinationPath(dest: string): string | undefined {
  const d = dest.trim();
  if (d.length === 0 || d.startsWith('#') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(d) || d.startsWith('//')) return undefined;
  // A site generator's expression (Jekyll's `{{ site.scala3ref }}/…`, `{% link x.md %}`) is filled in when the site is built.
  if (/^\{[{%]/.test(d)) return undefined;
  if (PLACEHOLDER_RE.test(d)) return undefined;
  let path = d.replace(/\?.*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the path as written when it is not valid percent-encoding.
  }
  return stripLocation(path);
}

/**
 * The ids a path's file name carries: `tasks/TASK-0003-x.md` → TASK-0003; a numbered file
 * (`docs/adr/0005-x.md`, `text/1270-x.md`) in a folder where a kind's documents live (by the
 * globs, or named like `adr` or `decisions`) → that kind's id.
 */
function idsOfPath(path: string, grammar: IdGrammar): string[] {
  const id = grammar.idOfWrittenPath(path);
  return id ? [id] : [];
}

function findIds(word: string, base: number, grammar: IdGrammar, p: Patterns, out: RawReference[], spans: boolean): void {
  const re = grammar.strict;
  re.lastIndex = 0;
  for (let m = re.exec(word); m !== null; m = re.exec(word)) {
    const kind = grammar.kindOfPrefix(m[1]);
    if (!kind) continue;
    const scheme = grammar.scheme(kind);
    const suffix = scheme.suffix ? (m[3] ?? '') : '';
    const first = grammar.idOf(kind, m[2], suffix);
    let end = m.index + m[0].length;
    if (m[3] && !suffix) end -= 1;
    const firstSpan: IdSpan = { start: base + m.index, end: base + end, id: first };
    const rest = word.slice(end);
    const range = p.range.exec(rest);
    if (range && !suffix && isRange(range, m[2])) {
      const to = Number(range[3]);
      const last = grammar.idOf(kind, range[3]);
      const lastSpan: IdSpan = { start: base + end + range[1].length, end: base + end + range[0].length, id: last };
      out.push({ start: base + m.index, end: base + end + range[0].length, ids: expandIdRange(scheme.prefix, Number(m[2]), to, m[2].length), rangeEnds: [first, last], ...(spans ? { idSpans: [firstSpan, lastSpan] } : {}) });
      re.lastIndex = end + range[0].length;
      continue;
    }
    const list = p.list.exec(rest);
    if (list) {
      const ids = [first];
      const itemSpans: IdSpan[] = [firstSpan];
      p.listItem.lastIndex = 0;
      for (let it = p.listItem.exec(list[0]); it !== null; it = p.listItem.exec(list[0])) {
        const itemKind = it[1] ? (grammar.kindOfPrefix(it[1]) ?? kind) : kind;
        const id = grammar.idOf(itemKind, it[2], it[3]);
        ids.push(id);
        itemSpans.push({ start: base + end + it.index + 1, end: base + end + it.index + it[0].length, id });
      }
      out.push({ start: base + m.index, end: base + end + list[0].length, ids, ...(spans ? { idSpans: itemSpans } : {}) });
      re.lastIndex = end + list[0].length;
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
