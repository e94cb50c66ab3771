/**
 * A small scanner for the inline content of one markdown-it block token (paragraph, heading, table
 * cell). markdown-it finds the block structure; inside a block we only need to know which text is
 * prose, which is inside a code span, which is a link destination and which is an HTML comment, with
 * exact offsets, and markdown-it's inline tokens carry no positions. Scanning ourselves keeps the
 * offsets exact and costs a fraction of markdown-it's full inline pass.
 */
export type InlineKind = 'text' | 'code' | 'linkDest' | 'comment' | 'autolink';

export interface InlineSegment {
  readonly kind: InlineKind;
  /** Offsets into the scanned content, of the segment's inner text. */
  readonly start: number;
  readonly end: number;
  /** For text inside `[…]` followed by `(…)`: the index of that link's destination segment. */
  readonly linkDest?: number;
}

const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const LT = 0x3c;
const LBRACKET = 0x5b;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2048}>/y;

/** Splits inline content into segments. Segments cover the content in order, without overlap. */
export function scanInline(content: string): InlineSegment[] {
  const out: InlineSegment[] = [];
  scanRange(content, 0, content.length, out, undefined);
  return out;
}

function scanRange(s: string, from: number, to: number, out: InlineSegment[], linkDest: number | undefined): void {
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
      let n = 1;
      while (i + n < to && s.charCodeAt(i + n) === BACKTICK) n++;
      const close = findBacktickRun(s, i + n, to, n);
      if (close < 0) {
        i += n;
        continue;
      }
      pushText(i);
      out.push({ kind: 'code', start: i + n, end: close });
      i = close + n;
      textStart = i;
      continue;
    }
    if (c === LT) {
      if (s.startsWith('<!--', i)) {
        const close = s.indexOf('-->', i + 4);
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
      const link = matchInlineLink(s, i, to);
      if (link) {
        pushText(i);
        // The destination is pushed first so the text segments can point at it.
        const destIndex = out.length;
        out.push({ kind: 'linkDest', start: link.destStart, end: link.destEnd });
        scanRange(s, i + 1, link.textEnd, out, destIndex);
        i = link.end;
        textStart = i;
        continue;
      }
    }
    i++;
  }
  pushText(Math.min(i, to));
}

function findBacktickRun(s: string, from: number, to: number, n: number): number {
  let i = from;
  while (i < to) {
    const j = s.indexOf('`', i);
    if (j < 0 || j >= to) return -1;
    let k = j;
    while (k < to && s.charCodeAt(k) === BACKTICK) k++;
    if (k - j === n) return j;
    i = k;
  }
  return -1;
}

interface InlineLink {
  textEnd: number;
  destStart: number;
  destEnd: number;
  end: number;
}

/** `[text](dest "title")` starting at `open`; nested brackets and code spans in the text allowed. */
function matchInlineLink(s: string, open: number, to: number): InlineLink | undefined {
  let depth = 0;
  let i = open;
  const limit = Math.min(to, open + 4096);
  for (; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === BACKTICK) {
      let n = 1;
      while (i + n < limit && s.charCodeAt(i + n) === BACKTICK) n++;
      const close = findBacktickRun(s, i + n, limit, n);
      i = close < 0 ? i + n - 1 : close + n - 1;
      continue;
    }
    if (c === LBRACKET) depth++;
    else if (c === 0x5d && --depth === 0) break;
  }
  if (depth !== 0 || i >= limit || s.charCodeAt(i + 1) !== 0x28) return undefined;
  const textEnd = i;
  let j = i + 2;
  while (j < to && (s[j] === ' ' || s[j] === '\t')) j++;
  let destStart = j;
  let destEnd: number;
  if (s[j] === '<') {
    const close = s.indexOf('>', j);
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
      if (ch === '(') parens++;
      else if (ch === ')') {
        if (parens === 0) break;
        parens--;
      }
      j++;
    }
    destEnd = Math.min(j, to);
  }
  const close = s.indexOf(')', j);
  if (close < 0 || close >= to) return undefined;
  return { textEnd, destStart, destEnd, end: close + 1 };
}
