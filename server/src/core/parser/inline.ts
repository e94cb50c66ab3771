/**
 * A small scanner for the inline content of one markdown-it block token (paragraph, heading, table
 * cell). markdown-it finds the block structure; inside a block we only need to know which text is
 * prose, which is inside a code span, which is a link destination and which is an HTML comment, with
 * exact offsets, and markdown-it's inline tokens carry no positions. Scanning ourselves keeps the
 * offsets exact and costs a fraction of markdown-it's full inline pass.
 */
import { lowerBound } from '../sorted';

export type InlineKind = 'text' | 'code' | 'linkDest' | 'comment' | 'autolink';

export interface InlineSegment {
  readonly kind: InlineKind;
  /** Offsets into the scanned content, of the segment's inner text. */
  readonly start: number;
  readonly end: number;
  /** For text inside `[…]` followed by `(…)`: the index of that link's destination segment. */
  readonly linkDest?: number;
  /** On a `linkDest`: the link is an image (`![alt](dest)`), whose text describes a picture. */
  readonly image?: true;
}

/**
 * Bracketed text that is a reference link if its document defines the label (`[text][label]`,
 * `[label][]`, `[label]`): whether it is one is known only once the whole document's link reference
 * definitions are, so the scanner just says where the brackets are. `labelPart` marks the second
 * brackets of a full reference (`[label]` of `[text][label]`).
 */
export interface ReferenceLinkSpan {
  readonly start: number;
  readonly end: number;
  /** The label as written; `normalizeLabel` makes it comparable. */
  readonly label: string;
  readonly labelPart: boolean;
}

const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const LT = 0x3c;
const LBRACKET = 0x5b;
const BANG = 0x21;
/** What matters when matching brackets: escapes, code spans and the brackets themselves. */
const BRACKET_SCAN_RE = /[\\`[\]]/g;
/** Characters the scanner stops at; everything between them is text. */
const SPECIAL_RE = /[\\`<[]/g;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2048}>/y;
/** markdown-it's limit on parentheses nested inside a link destination. */
const MAX_DEST_PARENS = 32;

/**
 * Splits inline content into segments. Segments cover the content in order, without overlap.
 *
 * Every step is answered from tables built in one pass (backtick runs by length, matching
 * brackets) or from a forward-only search, so a block of thousands of unclosed `[`, `[a](` or
 * backtick runs costs what its length costs: the scanner never rescans the rest of the block per
 * character, which made such blocks take minutes.
 */
export function scanInline(content: string, referenceLinks?: ReferenceLinkSpan[]): InlineSegment[] {
  // Most inline content is plain prose: one segment, without building the tables.
  SPECIAL_RE.lastIndex = 0;
  if (!SPECIAL_RE.test(content)) return content.length > 0 ? [{ kind: 'text', start: 0, end: content.length }] : [];
  const out: InlineSegment[] = [];
  const tables = new Tables(content);
  scanRange(content, 0, content.length, out, undefined, tables, referenceLinks);
  return out;
}

/** CommonMark's label matching: case-insensitive, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function scanRange(s: string, from: number, to: number, out: InlineSegment[], linkDest: number | undefined, t: Tables, refs?: ReferenceLinkSpan[]): void {
  let textStart = from;
  const pushText = (end: number): void => {
    if (end > textStart) out.push(linkDest === undefined ? { kind: 'text', start: textStart, end } : { kind: 'text', start: textStart, end, linkDest });
  };
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) {
      i += 2;
      continue;
    }
    if (c === BACKTICK) {
      const n = runLength(s, i, to);
      const close = t.closingRun(i + n, to, n);
      if (close < 0) {
        i += n;
        continue;
      }
      pushText(i);
      // A code span in a link's text is that text too ([`test/e2e_test.go`](https://…) names the URL's file).
      out.push(linkDest === undefined ? { kind: 'code', start: i + n, end: close } : { kind: 'code', start: i + n, end: close, linkDest });
      i = close + n;
      textStart = i;
      continue;
    }
    if (c === LT) {
      if (s.startsWith('<!--', i)) {
        const close = t.next('-->', i + 4);
        const end = close < 0 || close + 3 > to ? to : close + 3;
        pushText(i);
        out.push({ kind: 'comment', start: i + 4, end: close < 0 ? end : close });
        i = end;
        textStart = i;
        continue;
      }
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(s);
      if (auto && i + auto[0].length <= to) {
        pushText(i);
        out.push({ kind: 'autolink', start: i + 1, end: i + auto[0].length - 1 });
        i += auto[0].length;
        textStart = i;
        continue;
      }
    }
    if (c === LBRACKET && linkDest === undefined) {
      const link = matchInlineLink(s, i, to, t);
      if (link) {
        pushText(i);
        // The destination is pushed first so the text segments can point at it.
        const destIndex = out.length;
        const image = i > 0 && s.charCodeAt(i - 1) === BANG && s.charCodeAt(i - 2) !== BACKSLASH;
        out.push(image ? { kind: 'linkDest', start: link.destStart, end: link.destEnd, image: true } : { kind: 'linkDest', start: link.destStart, end: link.destEnd });
        scanRange(s, i + 1, link.textEnd, out, destIndex, t);
        i = link.end;
        textStart = i;
        continue;
      }
      if (refs) referenceLink(s, i, to, t, refs);
    }
    // Jump to the next character that can start something (a backslash, backtick, `<` or `[`).
    SPECIAL_RE.lastIndex = i + 1;
    const next = SPECIAL_RE.exec(s);
    i = next === null || next.index > to ? to : next.index;
  }
  pushText(Math.min(i, to));
}

/**
 * The brackets at `open` as a possible reference link: its text and, for a full reference, its
 * label. Brackets that hold brackets are left alone (a link's text holds no link).
 */
function referenceLink(s: string, open: number, to: number, t: Tables, refs: ReferenceLinkSpan[]): void {
  const close = t.matchingBracket(open);
  if (close < 0 || close >= to || close === open + 1 || s.lastIndexOf('[', close - 1) !== open) return;
  const text = s.slice(open + 1, close);
  if (s.charCodeAt(close + 1) === LBRACKET) {
    const labelClose = t.matchingBracket(close + 1);
    if (labelClose >= 0 && labelClose < to && s.lastIndexOf('[', labelClose - 1) === close + 1) {
      const label = labelClose === close + 2 ? text : s.slice(close + 2, labelClose);
      refs.push({ start: open + 1, end: close, label, labelPart: false });
      if (labelClose > close + 2) refs.push({ start: close + 2, end: labelClose, label, labelPart: true });
      return;
    }
  }
  refs.push({ start: open + 1, end: close, label: text, labelPart: false });
}

function runLength(s: string, i: number, to: number): number {
  let n = 1;
  while (i + n < to && s.charCodeAt(i + n) === BACKTICK) n++;
  return n;
}

/** What the scanner looks up instead of searching: built once per scanned content. */
class Tables {
  /** Start offsets of the maximal backtick runs, by run length, ascending. */
  private readonly runs = new Map<number, number[]>();
  /**
   * For each `[` outside code spans and escapes: the offset of its matching `]`, or -1. Built on the
   * first question (most inline content has no `[`).
   */
  private brackets: Map<number, number> | undefined;
  /** Forward searches already made: needle → [searched from, found at]. */
  private readonly found = new Map<string, readonly [number, number]>();

  constructor(private readonly s: string) {
    for (let i = s.indexOf('`'); i >= 0; i = s.indexOf('`', i)) {
      const n = runLength(s, i, s.length);
      const list = this.runs.get(n);
      if (list) list.push(i);
      else this.runs.set(n, [i]);
      i += n;
    }
  }

  private buildBrackets(): Map<number, number> {
    const s = this.s;
    const brackets = new Map<number, number>();
    const open: number[] = [];
    BRACKET_SCAN_RE.lastIndex = 0;
    for (let m = BRACKET_SCAN_RE.exec(s); m !== null; m = BRACKET_SCAN_RE.exec(s)) {
      const i = m.index;
      const c = s.charCodeAt(i);
      if (c === BACKSLASH) BRACKET_SCAN_RE.lastIndex = i + 2;
      else if (c === BACKTICK) {
        const n = runLength(s, i, s.length);
        const close = this.closingRun(i + n, s.length, n);
        BRACKET_SCAN_RE.lastIndex = close < 0 ? i + n : close + n;
      } else if (c === LBRACKET) {
        open.push(i);
        brackets.set(i, -1);
      } else if (open.length > 0) brackets.set(open.pop() as number, i);
    }
    return brackets;
  }

  /** The start of the first backtick run of exactly `n` that starts in [from, to), or -1. */
  closingRun(from: number, to: number, n: number): number {
    const list = this.runs.get(n);
    if (!list) return -1;
    const lo = lowerBound(list, from);
    return lo < list.length && list[lo] < to ? list[lo] : -1;
  }

  /** The `]` matching the `[` at `open` (or -1): brackets nest, escapes and code spans do not count. */
  matchingBracket(open: number): number {
    this.brackets ??= this.buildBrackets();
    return this.brackets.get(open) ?? -1;
  }

  /**
   * The first `needle` at or after `from`. The scan asks with growing `from`, so the answer of one
   * search serves every later question up to where it was found: the text is searched once.
   */
  next(needle: string, from: number): number {
    const memo = this.found.get(needle);
    if (memo && from >= memo[0] && (memo[1] < 0 || from <= memo[1])) return memo[1];
    const at = this.s.indexOf(needle, from);
    this.found.set(needle, [from, at]);
    return at;
  }
}

interface InlineLink {
  textEnd: number;
  destStart: number;
  destEnd: number;
  end: number;
}

/** `[text](dest "title")` starting at `open`; nested brackets and code spans in the text allowed. */
function matchInlineLink(s: string, open: number, to: number, t: Tables): InlineLink | undefined {
  const textEnd = t.matchingBracket(open);
  if (textEnd < 0 || textEnd + 1 >= to || s.charCodeAt(textEnd + 1) !== 0x28) return undefined;
  let j = textEnd + 2;
  while (j < to && (s[j] === ' ' || s[j] === '\t')) j++;
  let destStart = j;
  let destEnd: number;
  if (s[j] === '<') {
    const close = t.next('>', j);
    if (close < 0 || close >= to) return undefined;
    destStart = j + 1;
    destEnd = close;
    j = close + 1;
  } else {
    let parens = 0;
    while (j < to) {
      const ch = s[j];
      if (ch === '\\') {
        j += 2;
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\n') break;
      if (ch === '(') {
        // Past this depth markdown-it gives up on the destination, and so does this scan.
        if (++parens > MAX_DEST_PARENS) return undefined;
      } else if (ch === ')') {
        if (parens === 0) break;
        parens--;
      }
      j++;
    }
    destEnd = Math.min(j, to);
  }
  const close = t.next(')', j);
  if (close < 0 || close >= to) return undefined;
  return { textEnd, destStart, destEnd, end: close + 1 };
}
