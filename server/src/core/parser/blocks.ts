import type { TextLines } from '../text';
import type { FrontMatter, Heading } from '../types';
import { HeaderBuilder } from './headerBuilder';
import type { InlineCollector } from './inlineContent';
import { ContentMap } from './markdown';
import type { ParseOptions } from './parseOptions';
import { DEFAULT_PARSE_OPTIONS } from './parseOptions';
import { isTitleHeading, ownIdLength } from './title';

/**
 * What every reader of a document's structure makes of its headings and paragraphs: the headings,
 * the header fields, the lines each paragraph spans, and (when an inline collector is given) the
 * references in their inline content. The parser feeds it from markdown-it's tokens; the index's lean
 * scan of unopened files feeds it from its own line reader, only when it reads the blocks exactly as
 * markdown-it would. Both therefore derive an index summary from the same model by construction.
 */
export class BlockCollector {
  readonly headings: Heading[] = [];
  /** The lines each paragraph spans, as flat pairs: [start, end, start, end, …], in document order. */
  readonly paragraphs: number[] = [];
  readonly header: HeaderBuilder;
  /** Index of the current section (-1 before the first). */
  section = -1;

  constructor(
    readonly lines: TextLines,
    frontMatter: FrontMatter | undefined,
    /** Collects the references of inline content; absent when they are not wanted. */
    readonly inline: InlineCollector | undefined,
    private readonly options: ParseOptions = DEFAULT_PARSE_OPTIONS,
  ) {
    this.header = new HeaderBuilder(lines, frontMatter, options);
  }

  /** A heading of `level` on `line`, its inline content as markdown-it gives it. */
  heading(level: number, content: string, line: number): Heading {
    // An empty heading (`#`, `## `) has its empty text after the markers, not before them.
    const map = new ContentMap(content, line, this.lines, content === '' ? (/^\uFEFF?[ \t]*#*[ \t]*/.exec(this.lines.line(line))?.[0].length ?? 0) : 0);
    const heading: Heading = { level, text: content, range: { start: map.positionAt(0), end: map.positionAt(content.length) }, line };
    this.headings.push(heading);
    const isTitle = isTitleHeading(level, this.headings.length - 1, this.options);
    if (level === this.options.sectionLevel && !isTitle) this.section++;
    this.header.onHeading(heading, isTitle);
    if (this.inline) {
      // The title's own id names this document, not another one.
      const own = isTitle ? ownIdLength(content, this.options) : 0;
      this.inline.collect(own > 0 ? ' '.repeat(own) + content.slice(own) : content, map, this.section);
    }
    return heading;
  }

  /** A table over lines [start, end) at the top level: the header reads its rows while the header lasts. */
  table(start: number, end: number): void {
    if (this.header.active) this.header.onTable(start, end);
  }

  /**
   * A paragraph over lines [start, end) with its inline content. `firstInItem`: it is the first block
   * of a list item; `depth`: how many list items it is in. The header reads its lines while the header
   * lasts. Returns the map of its content to source positions.
   */
  paragraph(content: string, start: number, end: number, firstInItem: boolean, depth: number): ContentMap {
    this.paragraphs.push(start, end);
    const map = new ContentMap(content, start, this.lines);
    if (this.header.active) this.header.onParagraph(content, map, firstInItem, depth);
    this.inline?.collect(content, map, this.section);
    return map;
  }
}
