import type { Range } from 'vscode-languageserver-types';
import type { TextLines } from '../text';
import type { FieldStyle, FrontMatter, HeaderField, Heading } from '../types';
import { parseFieldLine, tooManyWords } from './header';
import type { ContentMap } from './markdown';
import { forEachContentLine } from './markdown';
import type { ParseOptions } from './parseOptions';
import { DEFAULT_PARSE_OPTIONS } from './parseOptions';

interface MutableField {
  name: string;
  nameRange: Range;
  value: string;
  valueRange: Range;
  line: number;
  style: FieldStyle;
  children: MutableField[];
}

/**
 * Collects header fields: the lines between the title and the first H2, written as a list
 * (`- Status: Draft`, with `Links` sub-items), as bold or plain lines (`**Status:** Draft`), or as
 * YAML front matter. A value that wraps onto an indented next line is joined to its field.
 */
export class HeaderBuilder {
  private readonly list: MutableField[] = [];
  private current: MutableField | undefined;
  private inZone = true;
  /** Headings seen so far: only the first may be the author's own title (`opensHeader`). */
  private headings = 0;
  /** Whether the title is the last thing read: the heading before, and no paragraph since. */
  private afterTitle = false;

  constructor(
    private readonly lines: TextLines,
    private readonly frontMatter: FrontMatter | undefined,
    private readonly options: ParseOptions = DEFAULT_PARSE_OPTIONS,
  ) {}

  /**
   * A heading ends the header unless it is the title: the header runs until the first section. A
   * title with fields below it starts the header: field-like lines above it are something else
   * (PyTorch's template opens with collapsed instructions, `- Fork the rfcs repo: https://…`, above
   * `# [Title]` and its `**Authors:**`). Decided here, at the title, so that a reader that stops
   * early (the lean scan) and the parse keep the same fields.
   */
  onHeading(h: Heading, isTitle: boolean): void {
    if (isTitle && this.list.length > 0 && this.fieldFollows(h)) this.list.length = 0;
    const first = this.headings++ === 0;
    // A subtitle right under the title, the header below it (aws-cdk's RFC 728: `# RFC 728 - …`, then
    // `## L2 Constructs for …` over `* **Original Author(s):** …`), opens no section yet.
    const opening = first || this.afterTitle;
    if (!isTitle && h.level <= this.options.sectionLevel && !(opening && this.list.length === 0 && this.fieldFollows(h))) this.inZone = false;
    this.afterTitle = isTitle;
    this.current = undefined;
  }

  /**
   * Whether the first lines below a heading are header fields: then a document's first heading may be
   * its author's title, with the header right below it, where it is not the template's title line:
   * Rust's `## unsafe_pinned` (the template has no title), Go's `## Proposal: …` (the template's title
   * is a level-1 heading). The header runs on under it. Only a header field on the next line that is
   * not blank makes it one; the underline of a setext heading is part of it, and a blank line more may
   * follow (Hyperledger Fabric's `Title` / `=====`, two blank lines, then `- Feature Name: …`).
   */
  private fieldFollows(h: Heading): boolean {
    const setext = h.line + 1 < this.lines.lineCount && /^ {0,3}(?:=+|-+)[ \t]*$/.test(this.lines.line(h.line + 1));
    const from = setext ? h.line + 2 : h.line + 1;
    for (let l = from; l < this.lines.lineCount && l <= from + (setext ? 2 : 1); l++) {
      const text = this.lines.line(l).trim();
      if (text !== '') return parseFieldLine(text.replace(/^[-*+][ \t]+/, '')) !== undefined || tableField(this.lines.line(l), l) !== undefined;
    }
    return false;
  }

  /** Whether lines are still in the header (before the first section). */
  get active(): boolean {
    return this.inZone;
  }

  /** A paragraph's lines; `depth` is the list nesting, `firstInItem` whether it opens a list item. */
  onParagraph(content: string, map: ContentMap, firstInItem: boolean, depth: number): void {
    this.afterTitle = false;
    forEachContentLine(content, map, (part, n) => this.onParagraphLine(part, map.firstLine + n, map.column(n), n, firstInItem, depth));
  }

  /** One line of a paragraph: `n` is its index in the paragraph, `depth` the list nesting. */
  private onParagraphLine(part: string, line: number, column: number, n: number, firstInItem: boolean, depth: number): void {
    if (!this.inZone) return;
    if (n > 0 && depth >= 1 && this.current && this.current.line < line) {
      const target = depth >= 2 ? this.current.children[this.current.children.length - 1] : this.current;
      if (target) this.extend(target, part, line, column);
      return;
    }
    if (depth >= 2) {
      if (!(firstInItem && n === 0) || !this.current) return;
      const child = this.field(part, line, column, 'list');
      if (child) this.current.children.push(child);
      return;
    }
    if (depth === 1 && !(firstInItem && n === 0)) return;
    const f = this.field(part, line, column, depth === 1 ? 'list' : 'plain');
    this.current = f;
    if (f) this.list.push(f);
  }

  /**
   * A table in the header: each row of two cells is a field, named by its first (Flow's and Chia's
   * preambles, `| **Status** | Draft |`, `Status | <…>`). The delimiter row and a row of column
   * labels (`| Field | Value |`) are not.
   */
  onTable(start: number, end: number): void {
    if (!this.inZone) return;
    for (let l = start; l < end; l++) {
      const f = tableField(this.lines.line(l), l);
      if (f) this.list.push(f);
    }
    this.current = undefined;
  }

  /** The front matter's fields, converted once (the lean scan asks for the fields as it goes). */
  private frontMatterFields: HeaderField[] | undefined;

  /**
   * Front matter, then the fields read. A header above a first heading with no field below it is the
   * header (Gatsby's `- Start Date: …` above `# Summary`).
   */
  fields(): HeaderField[] {
    return (this.frontMatterFields ??= this.fromFrontMatter()).concat(this.list);
  }

  /**
   * Whether fields read so far may still be dropped: they stand above the first heading, which may
   * yet be a title with fields of its own below it (see `onHeading`).
   */
  get provisional(): boolean {
    return this.options.hasTitle && this.headings === 0 && this.list.length > 0;
  }

  private fromFrontMatter(): HeaderField[] {
    const out: HeaderField[] = [];
    if (this.frontMatter) {
      for (const f of this.frontMatter.fields.values()) {
        const value = f.items.length > 0 ? f.items.map((i) => i.text).join(', ') : f.value;
        const nameEnd = f.key.length;
        out.push({
          name: f.key,
          nameRange: { start: { line: f.line, character: 0 }, end: { line: f.line, character: nameEnd } },
          value,
          valueRange: f.valueRange,
          line: f.line,
          style: 'frontMatter',
          children: [],
          ...(f.items.length > 0 ? { items: f.items } : {}),
          ...(f.nested ? { nested: true } : {}),
        });
      }
    }
    return out;
  }

  private field(part: string, line: number, column: number, style: FieldStyle): MutableField | undefined {
    const p = parseFieldLine(part);
    if (!p) return undefined;
    const bold = p.nameStart > 0;
    return {
      name: p.name,
      nameRange: { start: { line, character: column + p.nameStart }, end: { line, character: column + p.nameEnd } },
      value: p.value,
      valueRange: {
        start: { line, character: column + p.valueStart },
        end: { line, character: Math.max(column + p.valueStart, column + p.valueStart + p.value.length) },
      },
      line,
      style: bold ? 'bold' : style,
      children: [],
    };
  }

  private extend(f: MutableField, part: string, line: number, column: number): void {
    const text = part.trim();
    if (!text) return;
    f.value = f.value ? `${f.value} ${text}` : text;
    const end = Math.min(column + part.trimEnd().length, this.lines.lineLength(line));
    f.valueRange = { start: f.valueRange.start, end: { line, character: end } };
  }
}

/** A name in a table's first cell: a few words, a note in parentheses, emphasis around it. */
const CELL_NAME_RE = /^(\*\*|__)?([A-Za-z][A-Za-z0-9 &'/#-]{0,29}?(?:\s*\([^()|]{1,40}\))?)\1?$/;
/** Column labels: a table's first row that names its columns (`| Field | Value |`, NATS's `| Metadata | Value |`). */
const LABELS_RE = /^(?:field|name|key|property|attribute|item)s?$/i;
const VALUE_LABEL_RE = /^(?:values?|descriptions?|details|contents?|meanings?|explanations?|notes?|comments?|purpose)$/i;

/** The field a table row gives (`| **Status** | Draft |`), or undefined for any other row. */
function tableField(line: string, l: number): MutableField | undefined {
  const cells: { text: string; start: number }[] = [];
  let from = /^\s*\|?/.exec(line)?.[0].length ?? 0;
  for (let i = from; i <= line.length; i++) {
    if (i < line.length && (line[i] !== '|' || line[i - 1] === '\\')) continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: from + lead });
    from = i + 1;
  }
  if (cells.length > 0 && cells[cells.length - 1].text === '') cells.pop();
  if (cells.length !== 2) return undefined;
  const [key, value] = cells;
  const m = CELL_NAME_RE.exec(key.text);
  if (!m || /^:?-+:?$/.test(value.text) || LABELS_RE.test(m[2].trim()) || VALUE_LABEL_RE.test(value.text.replace(/[*_]/g, ''))) return undefined;
  const name = m[2].trim();
  if (tooManyWords(name)) return undefined;
  const nameStart = key.start + (m[1]?.length ?? 0);
  return {
    name,
    nameRange: { start: { line: l, character: nameStart }, end: { line: l, character: nameStart + name.length } },
    value: value.text,
    valueRange: { start: { line: l, character: value.start }, end: { line: l, character: value.start + value.text.length } },
    line: l,
    style: 'table',
    children: [],
  };
}
