import type { Position, Range } from 'vscode-languageserver-types';
import { lastAtOrBefore } from './sorted';

/**
 * A document's text split into lines once, with conversions between offsets and LSP positions.
 * Positions count UTF-16 code units, as LSP does by default and as JavaScript strings do.
 * Line ends may be `\n`, `\r\n` or a lone `\r`; markdown-it normalises all three to `\n`, so line
 * numbers here agree with its token maps.
 */
export class TextLines {
  readonly text: string;
  /** Offset of the first character of each line. */
  private readonly starts: number[];
  /** Offset just past each line's content (before its line end). */
  private readonly ends: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    const ends: number[] = [];
    if (text.indexOf('\r') < 0) {
      // The common case, `\n` only: indexOf is several times faster than a regex here.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
    } else {
      const re = /\r\n|\r|\n/g;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        ends.push(m.index);
        starts.push(m.index + m[0].length);
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of line `line` without its line end ('' past the end). */
  line(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    return this.text.slice(this.starts[line], this.ends[line]);
  }

  lineLength(line: number): number {
    if (line < 0 || line >= this.starts.length) return 0;
    return this.ends[line] - this.starts[line];
  }

  offsetAt(pos: Position): number {
    const line = Math.min(Math.max(pos.line, 0), this.starts.length - 1);
    const start = this.starts[line];
    return Math.min(start + Math.max(pos.character, 0), this.ends[line]);
  }

  positionAt(offset: number): Position {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    const lo = lastAtOrBefore(this.starts, o);
    return { line: lo, character: Math.min(o, this.ends[lo]) - this.starts[lo] };
  }

  /** The range covering lines [startLine, endLine) without the last line end. */
  linesRange(startLine: number, endLine: number): Range {
    const last = Math.max(startLine, Math.min(endLine, this.starts.length) - 1);
    return range(startLine, 0, last, this.lineLength(last));
  }

  /** The range of one whole line's content. */
  lineRange(line: number): Range {
    return range(line, 0, line, this.lineLength(line));
  }

  getText(r: Range): string {
    return this.text.slice(this.offsetAt(r.start), this.offsetAt(r.end));
  }

  /** The line-end sequence this document mostly uses (for inserted text). */
  get eol(): string {
    const crlf = this.text.indexOf('\r\n');
    if (crlf >= 0) return '\r\n';
    const cr = this.text.indexOf('\r');
    return cr >= 0 ? '\r' : '\n';
  }
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
