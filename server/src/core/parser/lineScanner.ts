/**
 * The one line scanner: what a reader of a document must know about a single line before (or instead
 * of) markdown-it's block parse. Where a code fence opens and closes and where an HTML comment block
 * runs are decided here, by CommonMark's rules, and nowhere else: the parser, the index's lean scan,
 * the nesting guard and the scaffolding commands all ask these functions. Front matter is read by
 * `frontMatter.ts` and suppression comments by `suppressions.ts`, both on the lines this scanner
 * leaves to them.
 *
 * Indentation is counted in columns, a tab advancing to the next multiple of four, as markdown-it
 * counts it. `base` is the indentation of the block a line is read in (0 at the top level; the
 * content column of a list item inside one).
 */

const SPACE = 0x20;
const TAB = 0x09;
const BACKTICK = 0x60;
const TILDE = 0x7e;

/** An opening code fence: three or more backticks or tildes after at most three columns of indentation. */
export interface Fence {
  /** The fence character: `` ` `` or `~` (as a char code). */
  readonly marker: number;
  /** How many times it is repeated; a closing fence needs at least as many. */
  readonly length: number;
  /** Columns of indentation before the marker. */
  readonly indent: number;
  /** Offset just after the marker in the line (the fence as written is `line.slice(0, markerEnd)`). */
  readonly markerEnd: number;
  /** The info string after the marker, as written (untrimmed). */
  readonly info: string;
}

/** Offset of the first character of `line` that is neither a space nor a tab (its length when none). */
export function firstNonBlank(line: string): number {
  let i = 0;
  for (let c = line.charCodeAt(0); c === SPACE || c === TAB; c = line.charCodeAt(++i));
  return i;
}

/** Columns taken by the first `end` characters of `line` (its leading spaces and tabs). */
export function columnsBefore(line: string, end: number): number {
  let columns = 0;
  for (let i = 0; i < end; i++) columns = line.charCodeAt(i) === TAB ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}

/** Whether a line is blank for Markdown: nothing but spaces and tabs (other white space is content). */
export function isBlankLine(line: string): boolean {
  return firstNonBlank(line) === line.length;
}

/**
 * The fence a line opens, or undefined. CommonMark: at most three columns of indentation (relative
 * to `base`), three or more backticks or tildes, and after backticks an info string without a
 * backtick (so `` ```js`x` `` is prose with a code span, not a fence).
 */
export function openingFence(line: string, base = 0): Fence | undefined {
  const start = firstNonBlank(line);
  const marker = line.charCodeAt(start);
  if (marker !== BACKTICK && marker !== TILDE) return undefined;
  const indent = columnsBefore(line, start);
  if (indent - base > 3) return undefined;
  let end = start + 1;
  while (line.charCodeAt(end) === marker) end++;
  if (end - start < 3) return undefined;
  const info = line.slice(end);
  if (marker === BACKTICK && info.includes('`')) return undefined;
  return { marker, length: end - start, indent, markerEnd: end, info };
}

/**
 * Whether `line` closes `fence`. CommonMark: at most three columns of indentation (relative to
 * `base`), the same character at least as many times, and nothing after it but spaces and tabs. So
 * a "```js" line inside a ``` fence is code, not the fence's end, and a closing fence indented
 * four columns is code too.
 */
export function closesFence(line: string, fence: Fence, base = 0): boolean {
  const start = firstNonBlank(line);
  if (line.charCodeAt(start) !== fence.marker) return false;
  if (columnsBefore(line, start) - base > 3) return false;
  let end = start + 1;
  while (line.charCodeAt(end) === fence.marker) end++;
  if (end - start < fence.length) return false;
  for (let i = end; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/**
 * Whether a line opens an HTML comment block (CommonMark's HTML block of type 2): `<!--` after at
 * most three columns of indentation. The block runs to the first line holding `-->`, this one
 * included (see `endsCommentBlock`).
 */
export function opensCommentBlock(line: string, base = 0): boolean {
  const start = firstNonBlank(line);
  return line.startsWith('<!--', start) && columnsBefore(line, start) - base <= 3;
}

/** Whether an HTML comment block ends on this line (its opening line included: `<!-- note -->`). */
export function endsCommentBlock(line: string): boolean {
  return line.includes('-->');
}

/** What a line is at a document's top level, as far as fences and comment blocks go. */
export type LineKind = 'text' | 'fence' | 'code' | 'comment';

/**
 * Classifies a document's lines one after another at its top level: a fence line (opening or
 * closing), code inside a fence, a line of an HTML comment block, or anything else. Readers that only
 * need to skip code and comments (the nesting guard's cuts, the first placeholder of a new RFC, the
 * title line of a task template) use this; a fence inside a list item indented past three columns is
 * not seen, which those readers can afford.
 */
export class TopLevelLines {
  private fence: Fence | undefined;
  private comment = false;

  /** The kind of the next line; lines must be given in order. */
  next(line: string): LineKind {
    if (this.fence) {
      if (closesFence(line, this.fence)) {
        this.fence = undefined;
        return 'fence';
      }
      return 'code';
    }
    if (this.comment) {
      this.comment = !endsCommentBlock(line);
      return 'comment';
    }
    const fence = openingFence(line);
    if (fence) {
      this.fence = fence;
      return 'fence';
    }
    if (opensCommentBlock(line)) {
      this.comment = !endsCommentBlock(line);
      return 'comment';
    }
    return 'text';
  }
}
