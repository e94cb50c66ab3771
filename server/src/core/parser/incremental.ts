import type { RfcDocument } from '../types';
import type { InlinePlans } from './inlineContent';
import type { NestedTokens } from './nesting';
import type { ParseOptions } from './parseOptions';
import { blockTokensWithinNesting } from './nesting';
import type { Token } from './markdown';
import { blockTokens, MAX_NESTING } from './markdown';

/**
 * An open document's block tokens, parsed again after an edit only where the edit could change them.
 *
 * A top-level ATX heading (`## Motivation`, not inside a list or quote) is a wall in markdown-it's
 * block parse: every block before it ends there, and the parse after it starts from the top level
 * with nothing carried over (link reference definitions go to `env`, which we do not read). So when
 * an edit lies between two such headings whose lines it did not touch, the tokens before the first
 * and from the second on are those of the previous version (the latter moved by the lines the edit
 * added or removed), and only the lines between them are parsed. Whether the second heading is still a
 * wall is checked, not assumed: the piece is parsed up to and including its line, and must end with
 * that heading at the top level (an edit that opens a code fence swallows it, and then the whole text
 * is parsed). A property test holds the result to a whole parse for random documents and edits.
 */

/**
 * What the parse of an open document keeps for the parse of its next version: its block tokens and
 * the plans of its inline contents, so that a keystroke parses again only the section it changed
 * and scans only the blocks it changed. Held beside the model (in a WeakMap keyed by it), never in it.
 */
export interface ParseMemo {
  readonly options: ParseOptions;
  readonly blocks: BlockMemo | undefined;
  readonly plans: InlinePlans;
}

const memos = new WeakMap<RfcDocument, ParseMemo>();

/** Keeps `memo` for the parse of the next version of the document `parsed` is a version of. */
export function keepMemo(parsed: RfcDocument, memo: ParseMemo): void {
  memos.set(parsed, memo);
}

/** The memo of the previous version's parse, when there is one made with the same options. */
export function memoToReuse(incremental: Incremental | undefined, options: ParseOptions): ParseMemo | undefined {
  const memo = incremental?.previous ? memos.get(incremental.previous) : undefined;
  return memo?.options === options ? memo : undefined;
}

/** Asks `parseRfc` to keep what the next version's parse can reuse, and to reuse the memo of `previous` (the same document's last parse). */
export interface Incremental {
  readonly previous: RfcDocument | undefined;
}

/** What a parse keeps of its block tokens for the next version of the same open document. */
export interface BlockMemo {
  /** The text markdown-it parsed. */
  readonly src: string;
  readonly tokens: readonly Token[];
}

/** Block tokens of `src`, reusing `previous` (the memo of the same document's previous version) where the edit allows. */
export function blockTokensAfterEdit(src: string, previous: BlockMemo | undefined): NestedTokens {
  if (previous === undefined) return blockTokensWithinNesting(src);
  if (previous.src === src) return { tokens: previous.tokens.slice(), tooDeep: [] };
  // markdown-it counts a lone `\r` as a line end too; such texts are parsed whole.
  if (src.includes('\r') || previous.src.includes('\r')) return blockTokensWithinNesting(src);
  return reparsed(src, previous) ?? blockTokensWithinNesting(src);
}

/** The tokens of `src` from the previous version's and a parse of the edited section, or undefined when a whole parse must do. */
function reparsed(src: string, previous: BlockMemo): NestedTokens | undefined {
  const old = previous.src;
  const prefix = commonPrefix(old, src);
  const suffix = commonSuffix(old, src, Math.min(old.length, src.length) - prefix);
  // The edit touches old lines [firstLine, lastOld] and new lines [firstLine, lastNew].
  const firstLine = countLines(old, 0, prefix);
  const lastOld = firstLine + countLines(old, prefix, old.length - suffix);
  const lastNew = firstLine + countLines(src, prefix, src.length - suffix);
  const delta = lastNew - lastOld;

  const walls = topLevelAtxHeadings(previous.tokens);
  let start = -1;
  let end = -1;
  for (const i of walls) {
    const line = previous.tokens[i].map![0];
    if (line < firstLine) start = i;
    else if (line > lastOld) {
      end = i;
      break;
    }
  }
  const fromLine = start < 0 ? 0 : previous.tokens[start].map![0];
  const endLine = end < 0 ? -1 : previous.tokens[end].map![0] + delta;
  const pieceStart = offsetOfLine(src, fromLine);
  const pieceEnd = end < 0 ? src.length : offsetOfLine(src, endLine + 1);
  if (pieceStart < 0 || pieceEnd < 0) return undefined;
  const piece = blockTokens(src.slice(pieceStart, pieceEnd));
  if (piece.some((t) => t.level >= MAX_NESTING - 1)) return undefined;
  if (start >= 0 && !sameWall(piece[0], previous.tokens[start], 0)) return undefined;

  let kept = piece.length;
  if (end >= 0) {
    // The old wall must still be one: the piece ends with it, at the top level, on its line.
    if (!sameWall(piece[piece.length - 3], previous.tokens[end], endLine - fromLine)) return undefined;
    kept = piece.length - 3;
  }
  const tokens: Token[] = previous.tokens.slice(0, start < 0 ? 0 : start);
  for (let i = 0; i < kept; i++) tokens.push(moved(piece[i], fromLine));
  if (end >= 0) for (let i = end; i < previous.tokens.length; i++) tokens.push(moved(previous.tokens[i], delta));
  return { tokens, tooDeep: [] };
}

/** Whether `t` is the heading `wall` was, at the top level, on line `line` of the piece. */
function sameWall(t: Token | undefined, wall: Token, line: number): boolean {
  return t !== undefined && t.type === 'heading_open' && t.level === 0 && t.map !== null && t.map[0] === line && t.tag === wall.tag && t.markup === wall.markup;
}

/** Indexes of the `heading_open` tokens of ATX headings at the top level (a setext heading's underline may be what changed). */
function topLevelAtxHeadings(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && t.level === 0 && t.map && t.markup.charCodeAt(0) === 0x23) out.push(i);
  }
  return out;
}

/** A token with its line map moved down by `by` lines (the token itself when `by` is 0; tokens are never mutated). */
function moved(t: Token, by: number): Token {
  if (by === 0 || !t.map) return t;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(t) as object) as Token, t);
  copy.map = [t.map[0] + by, t.map[1] + by];
  return copy;
}

/** Characters compared at once while the texts agree (a comparison of two slices runs in native code). */
const CHUNK = 512;

/** Length of the longest common prefix of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= limit && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + CHUNK <= limit && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** How many line ends lie in `text` between `from` and `to`. */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Offset where line `line` of `text` starts (`text.length` for the line past the last one), or -1 beyond that. */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return l === line - 1 ? text.length : -1;
    offset = nl + 1;
  }
  return offset;
}
