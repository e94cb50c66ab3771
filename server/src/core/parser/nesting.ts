import { TextLines } from '../text';
import { TopLevelLines } from './lineScanner';
import type { Token } from './markdown';
import { blockTokens, MAX_NESTING } from './markdown';

/** Block tokens of a source, and the lines where lists or quotes nest deeper than MAX_NESTING. */
export interface NestedTokens {
  readonly tokens: Token[];
  /** First line of each structure that passed the limit (its tail is not analysed). */
  readonly tooDeep: number[];
}

const CUT_RE = /^ {0,3}#{1,2}(?:[ \t]|$)/;
const HTML_OPEN_RE = /^ {0,3}<[A-Za-z/?!]/;

/** How many too-deep lines of one piece are blanked out before the rest of the piece is given up. */
const MAX_BLANKED = 4;

/**
 * markdown-it's block tokens, whatever the nesting. At MAX_NESTING levels of lists and quotes
 * markdown-it gives up and skips the rest of the document, so every section after one
 * pathological line would vanish (and be reported missing). When that happens the source is
 * parsed again in pieces cut before each H1 and H2 outside code fences and comments, and in a
 * piece that nests too deeply the offending line is blanked out (markdown-it sees spaces; the
 * model simply has nothing on it) and the piece parsed again. Each piece is parsed at most
 * MAX_BLANKED + 1 times, so the work stays linear in the size of the source.
 */
export function blockTokensWithinNesting(src: string): NestedTokens {
  const whole = blockTokens(src);
  if (tooDeepLine(whole) === undefined) return { tokens: whole, tooDeep: [] };
  const lines = new TextLines(src);
  const start = (line: number): number => lines.offsetAt({ line, character: 0 });
  const cuts = cutLines(lines);
  const tokens: Token[] = [];
  const tooDeep: number[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const from = cuts[i];
    const end = i + 1 < cuts.length ? start(cuts[i + 1]) : src.length;
    const piece = parsePiece(src.slice(start(from), end));
    for (const t of piece.tokens) {
      if (t.map) t.map = [t.map[0] + from, t.map[1] + from];
      tokens.push(t);
    }
    for (const line of piece.tooDeep) tooDeep.push(line + from);
  }
  return { tokens, tooDeep };
}

function parsePiece(piece: string): NestedTokens {
  let text = piece;
  const tooDeep: number[] = [];
  for (;;) {
    const tokens = blockTokens(text);
    const deep = tooDeepLine(tokens);
    if (deep === undefined) return { tokens, tooDeep };
    tooDeep.push(deep);
    if (tooDeep.length > MAX_BLANKED) return { tokens, tooDeep };
    text = blankLine(text, deep);
  }
}

/** `text` with line `line` turned into spaces (same length, line ends kept). */
function blankLine(text: string, line: number): string {
  const lines = new TextLines(text);
  const start = lines.offsetAt({ line, character: 0 });
  const length = lines.lineLength(line);
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

/** The line of the first token at the nesting limit (the nearest mapped token before it). */
function tooDeepLine(tokens: readonly Token[]): number | undefined {
  let line = 0;
  for (const t of tokens) {
    if (t.map) line = t.map[0];
    if (t.level >= MAX_NESTING - 1) return line;
  }
  return undefined;
}

/**
 * Line 0 and every H1 or H2 line outside fenced code, comments and HTML blocks (which a heading
 * cannot interrupt; an HTML block is taken to run to the next blank line, which may only cut less).
 */
function cutLines(lines: TextLines): number[] {
  const cuts = [0];
  const scan = new TopLevelLines();
  let html = false;
  for (let l = 0; l < lines.lineCount; l++) {
    const line = lines.line(l);
    if (html) {
      html = line.trim() !== '';
      continue;
    }
    if (scan.next(line) !== 'text') continue;
    if (HTML_OPEN_RE.test(line)) html = true;
    else if (l > 0 && CUT_RE.test(line)) cuts.push(l);
  }
  return cuts;
}
