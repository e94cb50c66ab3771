import MarkdownIt from 'markdown-it';
import type { Position } from 'vscode-languageserver-types';
import type { TextLines } from '../text';
import { lastAtOrBefore } from '../sorted';

/**
 * The one markdown-it instance. We need the block structure with line maps (headings, lists,
 * paragraphs, code blocks, HTML blocks, tables); inline content is scanned by `inline.ts`, which keeps
 * exact offsets, so markdown-it's own inline pass (the larger half of its time) is switched off.
 */
export const MAX_NESTING = 64;

let instance: MarkdownIt | undefined;

export function markdownIt(): MarkdownIt {
  if (!instance) {
    instance = new MarkdownIt({ html: true, linkify: false, typographer: false });
    // `maxNesting` is a real option that the type definitions leave out.
    (instance.options as { maxNesting?: number }).maxNesting = MAX_NESTING;
    // `normalize` rewrote every line end of every text (a regular expression replace that builds a
    // new string even when nothing changes); `blockTokens` does its work only when there is some.
    instance.core.ruler.disable(['normalize', 'inline', 'text_join', 'replacements', 'smartquotes', 'linkify']);
  }
  return instance;
}

export type Token = ReturnType<MarkdownIt['parse']>[number];

/** Block tokens of `src`, whatever its line ends: `\r\n` and a lone `\r` are line ends, NUL is U+FFFD (markdown-it's `normalize`). */
export function blockTokens(src: string): Token[] {
  // indexOf, not a character class: a regular expression walks a two-byte string several times slower.
  const normal = src.indexOf('\r') >= 0 || src.indexOf('\0') >= 0 ? src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') : src;
  return markdownIt().parse(normal, {});
}

/**
 * Maps offsets in an inline token's content back to source positions. markdown-it builds a block's
 * content from its source lines after stripping container prefixes (`> `, list indentation) and
 * trimming, so each content line is found again in its source line.
 */
export class ContentMap {
  private readonly lineOffsets: number[] = [];
  private readonly columns: number[] = [];
  private readonly lengths: number[] = [];
  /** Leading characters of each content line that the source line does not have (expanded tabs). */
  private readonly skips: number[] = [];
  /** Content offset of the next line not mapped yet; -1 when every line is. */
  private next = 0;

  /**
   * Lines are mapped on demand, in order: most blocks never need a position (nothing in them is a
   * reference or a phase), and those that do usually need only their first lines.
   */
  constructor(
    private readonly content: string,
    readonly firstLine: number,
    private readonly source: TextLines,
    private readonly fromColumn = 0,
  ) {}

  positionAt(offset: number): Position {
    if (this.lineOffsets.length === 0) this.mapNext();
    while (this.next >= 0 && this.next <= offset) this.mapNext();
    // Binary search: a paragraph can span 100,000 lines, and every span of it asks for positions.
    const lo = lastAtOrBefore(this.lineOffsets, offset);
    const into = Math.max(offset - this.lineOffsets[lo] - this.skips[lo], 0);
    return { line: this.firstLine + lo, character: Math.min(this.columns[lo] + into, this.lengths[lo]) };
  }

  /** Source column where content line `i` starts. */
  column(i: number): number {
    this.mapThrough(i);
    return this.columns[i] ?? 0;
  }

  /** How many leading characters of content line `i` stand for indentation the source writes otherwise. */
  skip(i: number): number {
    this.mapThrough(i);
    return this.skips[i] ?? 0;
  }

  private mapThrough(i: number): void {
    while (this.lineOffsets.length <= i && this.mapNext());
  }

  private mapNext(): boolean {
    if (this.next < 0) return false;
    const offset = this.next;
    const i = this.lineOffsets.length;
    const line = this.firstLine + i;
    const nl = this.content.indexOf('\n', offset);
    const part = nl < 0 ? this.content.slice(offset) : this.content.slice(offset, nl);
    const text = this.source.line(line);
    // markdown-it hands NUL characters over as U+FFFD; compare like with like (same length).
    const seen = text.includes('\0') ? text.replace(/\0/g, '\uFFFD') : text;
    const [column, skip] = locate(part, seen, i === 0 ? this.fromColumn : 0);
    this.lineOffsets.push(offset);
    this.columns.push(column);
    this.skips.push(skip);
    this.lengths.push(text.length);
    this.next = nl < 0 ? -1 : nl + 1;
    return true;
  }
}

/**
 * The lines of a block's content: `part` is content line `n` without the spaces markdown-it made of an
 * indentation tab, so an offset in it plus `map.column(n)` is a source column (on line
 * `map.firstLine + n`).
 */
export function forEachContentLine(content: string, map: ContentMap, visit: (part: string, n: number) => void): void {
  let offset = 0;
  for (let n = 0; ; n++) {
    const nl = content.indexOf('\n', offset);
    const raw = nl < 0 ? content.slice(offset) : content.slice(offset, nl);
    const part = raw.charCodeAt(0) === 0x20 ? raw.slice(map.skip(n)) : raw;
    visit(part, n);
    if (nl < 0) return;
    offset = nl + 1;
  }
}

/**
 * Column in `sourceLine` where `part` (a trimmed suffix of it, normally) starts, and how many of
 * `part`'s first characters have no counterpart there: inside a list item markdown-it turns a tab
 * of the indentation into the spaces it stands for, so the content line starts with spaces that
 * the source line does not have.
 */
function locate(part: string, sourceLine: string, from: number): readonly [number, number] {
  if (part.length === 0) return [Math.min(from, sourceLine.length), 0];
  const trimmed = sourceLine.trimEnd();
  if (trimmed.endsWith(part) && trimmed.length - part.length >= from) return [trimmed.length - part.length, 0];
  if (sourceLine.endsWith(part) && sourceLine.length - part.length >= from) return [sourceLine.length - part.length, 0];
  const i = sourceLine.indexOf(part, from);
  if (i >= 0) return [i, 0];
  const rest = part.replace(/^[ \t]+/, '');
  const j = rest.length < part.length ? sourceLine.indexOf(rest, from) : -1;
  if (j >= 0) return [j, part.length - rest.length];
  // Nothing better is known: the first non-blank column.
  const lead = /^[\s>]*(?:[-*+]|\d+[.)])?\s*/.exec(sourceLine);
  return [Math.min(Math.max(lead ? lead[0].length : 0, from), sourceLine.length), 0];
}
