/**
 * The index's lean scan of a file that is not open: a line reader that reads the blocks of ordinary
 * Markdown (ATX headings, paragraphs, list items, fences, comment blocks, thematic breaks) exactly as
 * markdown-it does, and feeds the same `BlockCollector` the parser feeds. The summary is then derived
 * by the same `summaryOf`, so for every file the scan reads, it equals the summary of the full parse
 * (a property test holds it to that, for both index details). On anything it cannot read exactly as
 * markdown-it would (setext headings, quotes, HTML blocks, indented code, tables, reference
 * definitions, a heading or other block on a list item's first line, tabs in indentation, …) it gives
 * up and says why; `summarize` then parses the file.
 */
import { InlineCollector } from '../parser/inlineContent';
import { BlockCollector } from '../parser/blocks';
import { readFrontMatter } from '../parser/frontMatter';
import type { Fence } from '../parser/lineScanner';
import { closesFence, endsCommentBlock, isBlankLine, openingFence } from '../parser/lineScanner';
import { blockTokens } from '../parser/markdown';
import type { ParseOptions } from '../parser/parseOptions';
import type { TextLines } from '../text';
import type { FrontMatter } from '../types';
import type { SummaryDetail } from './summary';

/** List nesting past this is left to the parser. */
const MAX_DEPTH = 8;
const HEADING_RE = /^(#{1,6})(?:[ \t]|$)/;
const BULLET_RE = /^[-*+](?=[ \t]|$)/;
const ORDERED_RE = /^(\d{1,9})[.)](?=[ \t]|$)/;
const HR_RE = /^([*_-])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_RE = /^(?:=+|-+)[ \t]*$/;
const DELIMITER_ROW_RE = /^[|:-][|: \t-]*$/;

interface Item {
  /** Column where the item's content starts: its blocks' indentation. */
  readonly contentCol: number;
  /** Indentation of the block the item's list is in. */
  readonly listIndent: number;
  sawBlock: boolean;
}

interface Paragraph {
  readonly start: number;
  /** Indentation of the block the paragraph is in. */
  readonly blk: number;
  readonly listIndent: number;
  readonly firstInItem: boolean;
  readonly depth: number;
  readonly parts: string[];
}

/** What the scan read: the collector's model, or why it gave up. */
export type LeanResult = { readonly blocks: BlockCollector; readonly frontMatter?: FrontMatter } | { readonly bail: string };

/**
 * Reads `lines` for a summary. `settled(blocks)` says when nothing later in the file can change the
 * summary (the `rules` detail stops there).
 */
export function leanScan(lines: TextLines, detail: SummaryDetail, options: ParseOptions, settled: (blocks: BlockCollector, frontMatter: FrontMatter | undefined) => boolean): LeanResult {
  const frontMatter = readFrontMatter(lines);
  const blocks = new BlockCollector(lines, frontMatter, detail === 'full' ? new InlineCollector(options.ids) : undefined, options);
  const done = (): boolean => detail !== 'full' && settled(blocks, frontMatter);
  // A task whose front matter holds its title and status needs no more for the `rules` detail.
  const bail = done() ? undefined : new LeanReader(lines, blocks, detail === 'full').read(frontMatter?.endLine ?? 0, done);
  return bail === undefined ? { blocks, ...(frontMatter ? { frontMatter } : {}) } : { bail };
}

class LeanReader {
  private readonly items: Item[] = [];
  private para: Paragraph | undefined;
  private fence: { readonly fence: Fence; readonly base: number } | undefined;
  private comment: { readonly base: number } | undefined;

  constructor(
    private readonly lines: TextLines,
    private readonly blocks: BlockCollector,
    private readonly full: boolean,
  ) {}

  /** Reads from line `from`; undefined when done, else the reason it gave up. */
  read(from: number, settled: () => boolean): string | undefined {
    const lines = this.lines;
    let seen = 0;
    for (let l = from; l < lines.lineCount; l++) {
      const line = l === 0 ? lines.line(0).replace(/^\uFEFF/, '') : lines.line(l);
      const bail = this.line(line, l);
      if (bail !== undefined) return bail;
      // Whether the summary is settled changes only with a new heading or paragraph.
      const events = this.blocks.headings.length + this.blocks.paragraphs.length;
      if (!this.para && events !== seen) {
        seen = events;
        if (settled()) return undefined;
      }
    }
    return this.endParagraph(lines.lineCount);
  }

  /** One line: undefined to go on, else the reason to give up. */
  private line(line: string, l: number): string | undefined {
    const indent = leadingSpaces(line);
    if (this.fence) {
      if (indent < this.fence.base && !isBlankLine(line)) this.fence = undefined;
      else {
        if (closesFence(line, this.fence.fence, this.fence.base)) this.fence = undefined;
        return undefined;
      }
    }
    if (this.comment) {
      // A comment block ends at its `-->`, or at a non-blank line indented less than its block.
      if (indent < this.comment.base && !isBlankLine(line)) this.comment = undefined;
      else {
        if (endsCommentBlock(line)) this.comment = undefined;
        return undefined;
      }
    }
    if (isBlankLine(line)) return this.endParagraph(l);
    if (line.charCodeAt(indent) === 0x09) return 'tab in indentation';
    const text = line.slice(indent);
    if (this.para) {
      const continued = this.continues(line, text, indent, l);
      if (typeof continued === 'string') return continued;
      if (continued) {
        this.para.parts.push(line.slice(Math.min(indent, this.para.blk)));
        return undefined;
      }
      const bail = this.endParagraph(l);
      if (bail !== undefined) return bail;
    }
    return this.blockStart(line, text, indent, l);
  }

  /** Whether a line goes on the open paragraph (true), ends it (false), or cannot be read exactly. */
  private continues(line: string, text: string, indent: number, l: number): boolean | string {
    const p = this.para as Paragraph;
    if (indent - p.blk > 3) return true;
    if (this.startsTable(text, l)) return 'table';
    if (SETEXT_RE.test(text) || HR_RE.test(text)) return 'setext heading or thematic break after a paragraph';
    const c = text.charCodeAt(0);
    if (c === 0x3e) return 'block quote';
    if ((c === 0x60 || c === 0x7e) && openingFence(line, p.blk)) return false;
    if (c === 0x23 && HEADING_RE.test(text)) return false;
    if (c === 0x3c) {
      if (text.startsWith('<!--')) return false;
      return blockTokens(`x\n${text}`).some((t) => t.type === 'html_block') ? 'HTML block' : true;
    }
    const marker = listMarker(text);
    if (marker) {
      // A list interrupts a paragraph, except an ordered one not starting at 1 or an empty item
      // (when the line is at the paragraph's indentation or deeper), or a line indented four past the list.
      if (p.listIndent >= 0 && indent - p.listIndent >= 4 && indent < p.blk) return true;
      const deep = indent >= p.blk;
      const empty = isBlankLine(text.slice(marker.length));
      if (deep && (empty || (marker.ordered && marker.value !== 1))) return true;
      return false;
    }
    return true;
  }

  private blockStart(line: string, text: string, indent: number, l: number): string | undefined {
    while (this.items.length > 0 && indent < this.items[this.items.length - 1].contentCol) this.items.pop();
    const item = this.items[this.items.length - 1];
    const base = item ? item.contentCol : 0;
    if (this.startsTable(text, l)) return 'table';
    if (indent - base >= 4) return 'indented code';
    const c = text.charCodeAt(0);
    if (c === 0x60 || c === 0x7e) {
      const fence = openingFence(line, base);
      if (fence) {
        this.fence = { fence, base };
        if (item) item.sawBlock = true;
        return undefined;
      }
    }
    if (c === 0x3e) return 'block quote';
    if (HR_RE.test(text)) return undefined;
    const marker = listMarker(text);
    if (marker) return this.listItem(line, indent, marker.length, base, l);
    if (c === 0x3c) {
      if (text.startsWith('<!--')) {
        if (!endsCommentBlock(text)) this.comment = { base };
        return undefined;
      }
      if (blockTokens(text).some((t) => t.type === 'html_block')) return 'HTML block';
    }
    if (c === 0x23) {
      const h = HEADING_RE.exec(text);
      if (h) {
        if (item) return 'heading in a list item';
        if (text.includes('\0')) return 'NUL character';
        this.blocks.heading(h[1].length, headingContent(text, h[1].length), l);
        return undefined;
      }
    }
    this.openParagraph(line.slice(base), l, base, item);
    return undefined;
  }

  /** A list item's marker line: the item, and the paragraph its first line starts. */
  private listItem(line: string, indent: number, markerLength: number, base: number, l: number): string | undefined {
    const afterMarker = indent + markerLength;
    let spaces = 0;
    while (line.charCodeAt(afterMarker + spaces) === 0x20) spaces++;
    if (line.charCodeAt(afterMarker + spaces) === 0x09) return 'tab after a list marker';
    if (afterMarker + spaces >= line.length) return 'empty list item';
    if (spaces > 4) return 'indented code in a list item';
    if (this.items.length >= MAX_DEPTH) return 'deep nesting';
    const item: Item = { contentCol: afterMarker + spaces, listIndent: base, sawBlock: false };
    this.items.push(item);
    const rest = line.slice(item.contentCol);
    const c = rest.charCodeAt(0);
    if (c === 0x23 && HEADING_RE.test(rest)) return 'heading in a list item';
    if (c === 0x3e) return 'block quote in a list item';
    if ((c === 0x60 || c === 0x7e) && openingFence(rest)) return 'fence on a list item line';
    if (listMarker(rest) || HR_RE.test(rest) || SETEXT_RE.test(rest)) return 'block on a list item line';
    if (c === 0x3c && (rest.startsWith('<!--') || blockTokens(rest).some((t) => t.type === 'html_block'))) return 'HTML on a list item line';
    if (this.startsTable(rest, l)) return 'table in a list item';
    this.openParagraph(rest, l, item.contentCol, item);
    return undefined;
  }

  private openParagraph(first: string, l: number, blk: number, item: Item | undefined): void {
    const firstInItem = item !== undefined && !item.sawBlock;
    if (item) item.sawBlock = true;
    this.para = { start: l, blk, listIndent: item ? item.listIndent : -1, firstInItem, depth: this.items.length, parts: [first] };
  }

  /** Ends the open paragraph before line `end` and hands it to the collector. */
  private endParagraph(end: number): string | undefined {
    const p = this.para;
    if (!p) return undefined;
    this.para = undefined;
    const content = asciiTrim(p.parts.join('\n'));
    // markdown-it reads a NUL as U+FFFD; the parse sees other text than this.
    if (content.includes('\0')) return 'NUL character';
    // A paragraph that starts like `[label]: destination` may be a reference definition instead.
    if (content.charCodeAt(0) === 0x5b && content.includes(']:')) return 'reference definition';
    if (this.full || this.blocks.header.active) this.blocks.paragraph(content, p.start, end, p.firstInItem, p.depth);
    else this.blocks.paragraphs.push(p.start, end);
    return undefined;
  }

  /** Whether a table starts on line `l`: it holds a `|` and the next line is a delimiter row. */
  private startsTable(text: string, l: number): boolean {
    if (!text.includes('|') || l + 1 >= this.lines.lineCount) return false;
    const next = this.lines.line(l + 1).trim();
    return next.includes('-') && DELIMITER_ROW_RE.test(next);
  }
}

function leadingSpaces(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/** A list marker at the start of `text`: its length and, for an ordered one, its number. */
function listMarker(text: string): { length: number; ordered: boolean; value: number } | undefined {
  const c = text.charCodeAt(0);
  if (c === 0x2d || c === 0x2a || c === 0x2b) return BULLET_RE.test(text) ? { length: 1, ordered: false, value: 0 } : undefined;
  if (c < 0x30 || c > 0x39) return undefined;
  const m = ORDERED_RE.exec(text);
  return m ? { length: m[0].length, ordered: true, value: Number(m[1]) } : undefined;
}

/** An ATX heading's inline content, as markdown-it cuts it: without the closing `#`s and the spaces. */
function headingContent(text: string, level: number): string {
  const isSpace = (i: number): boolean => text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09;
  let max = text.length;
  while (max > level && isSpace(max - 1)) max--;
  let hashes = max;
  while (hashes > level && text.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes > level && isSpace(hashes - 1)) max = hashes;
  return asciiTrim(text.slice(level, max));
}

/** markdown-it's trim of block content: spaces, tabs and line ends only (Unicode spaces are content). */
function asciiTrim(s: string): string {
  const blank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  let start = 0;
  while (start < s.length && blank(s.charCodeAt(start))) start++;
  let end = s.length;
  while (end > start && blank(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
