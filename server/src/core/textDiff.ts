import type { TextEdit } from 'vscode-languageserver-types';
import { TextLines } from './text';

/**
 * Past this many differing lines the diff gives up on precision and returns one edit over the
 * changed middle: Myers' algorithm costs (lines × differences), and a document rewritten throughout
 * is better served by one edit than by a slow diff.
 */
const MAX_DIFFERENCES = 2000;

/**
 * The edits that turn `before` into `after`: one per changed run of lines, each trimmed to the
 * characters that differ, in document order and never overlapping (as LSP requires). "Fix all"
 * applies its fixes in rounds, each round to the text the last one left; the editor needs edits
 * against the text it sent, and a diff of the two texts gives exactly those.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitKeepingEnds(before);
  const b = splitKeepingEnds(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const hunks = diffLines(a.slice(head, a.length - tail), b.slice(head, b.length - tail)) ?? [{ a0: 0, a1: a.length - head - tail, b0: 0, b1: b.length - head - tail }];
  const lines = new TextLines(before);
  const offsets = lineOffsets(a);
  const out: TextEdit[] = [];
  for (const h of hunks) {
    const start = offsets[head + h.a0];
    const old = a.slice(head + h.a0, head + h.a1).join('');
    const now = b.slice(head + h.b0, head + h.b1).join('');
    let p = 0;
    while (p < old.length && p < now.length && old[p] === now[p]) p++;
    let s = 0;
    while (s < old.length - p && s < now.length - p && old[old.length - 1 - s] === now[now.length - 1 - s]) s++;
    // Never split a surrogate pair or a `\r\n`: an edit boundary between them corrupts the text.
    while (p > 0 && splitsPair(old, p)) p--;
    while (s > 0 && splitsPair(old, old.length - s)) s--;
    out.push({
      range: { start: lines.positionAt(start + p), end: lines.positionAt(start + old.length - s) },
      newText: now.slice(p, now.length - s),
    });
  }
  return out;
}

/** Whether offset `i` of `text` falls inside a surrogate pair or a `\r\n`. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i);
  return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 0x0d && next === 0x0a);
}

/** Lines with their line ends attached, so that joining them gives the text back. */
function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function lineOffsets(lines: readonly string[]): number[] {
  const out = [0];
  for (const l of lines) out.push(out[out.length - 1] + l.length);
  return out;
}

/** A run of lines `a[a0, a1)` replaced by `b[b0, b1)`. */
interface Hunk {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

/**
 * Myers' O((N+M)·D) shortest edit script over lines, as hunks in order; undefined when the texts
 * differ in more than MAX_DIFFERENCES lines.
 */
function diffLines(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_DIFFERENCES);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return hunksFrom(trace, offset, n, m);
    }
  }
  return undefined;
}

/** Walks the trace back from (n, m) and merges neighbouring insertions and deletions into hunks. */
function hunksFrom(trace: readonly Int32Array[], offset: number, n: number, m: number): Hunk[] {
  const steps: { x: number; y: number; px: number; py: number }[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const px = v[offset + prevK];
    const py = px - prevK;
    while (x > px && y > py) {
      x--;
      y--;
    }
    steps.push({ x: px, y: py, px: x, py: y });
    x = px;
    y = py;
  }
  steps.reverse();
  const hunks: Hunk[] = [];
  for (const s of steps) {
    const last = hunks[hunks.length - 1];
    if (last && last.a1 === s.x && last.b1 === s.y) hunks[hunks.length - 1] = { a0: last.a0, a1: s.px, b0: last.b0, b1: s.py };
    else hunks.push({ a0: s.x, a1: s.px, b0: s.y, b1: s.py });
  }
  return hunks;
}
