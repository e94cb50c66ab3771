import type { Position, Range } from 'vscode-languageserver-types';
import type { TextLines } from '../text';
import type { HeaderField } from '../types';

/** One source line's share of a header value: where `value[offset…offset+length]` sits. */
interface Piece {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly character: number;
}

/**
 * Maps offsets in a header field's value back to the source. The parser joins a value that wraps
 * onto an indented next line with one space, and front matter values lose their quotes, so an
 * offset in `value` is not simply `valueRange.start + offset`. Rules that point at one word of a
 * value (a status, a date, one owner) use this to keep their ranges exact.
 */
export function rangeInValue(text: TextLines, field: HeaderField, start: number, end: number): Range {
  const pieces = piecesOf(text, field);
  if (pieces.length === 0) return field.valueRange;
  return { start: positionIn(pieces, start), end: positionIn(pieces, end) };
}

function piecesOf(text: TextLines, field: HeaderField): Piece[] {
  const { start, end } = field.valueRange;
  if (field.style === 'frontMatter') {
    // A YAML value may be quoted; a list is joined with ", ", each item found on its own line.
    const at = text.line(start.line).indexOf(field.value, start.character);
    return at >= 0 ? [{ offset: 0, length: field.value.length, line: start.line, character: at }] : listPieces(text, field);
  }
  const pieces: Piece[] = [];
  let offset = 0;
  for (let l = start.line; l <= end.line; l++) {
    const source = text.line(l);
    const first = l === start.line;
    const part = first ? source.slice(start.character).trimEnd() : source.trim();
    if (part.length === 0) continue;
    const character = first ? start.character : source.indexOf(part);
    pieces.push({ offset, length: part.length, line: l, character });
    offset += part.length + 1;
  }
  return pieces;
}

/**
 * The items of a front matter list, where the lenient reader took them from: a `[a, b]` flow list on
 * the key's line and `- item` lines below it, up to the next key. Items were unquoted and joined
 * with ", "; when the source does not spell the value that way, nothing is returned and the caller
 * falls back to the whole value (never to the wrong item).
 */
function listPieces(text: TextLines, field: HeaderField): Piece[] {
  const spans: { line: number; character: number; raw: string; flow: boolean }[] = [];
  const keyLine = text.line(field.line);
  const flow = /^\[(.*)\]\s*$/.exec(keyLine.slice(field.valueRange.start.character));
  if (flow) {
    let column = field.valueRange.start.character + 1;
    for (const raw of flow[1].split(',')) {
      spans.push({ line: field.line, character: column, raw, flow: true });
      column += raw.length + 1;
    }
  }
  for (let l = field.line + 1; l < text.lineCount && !/^[A-Za-z_][\w.-]*\s*:(?:\s|$)|^(?:---|\.\.\.)\s*$/.test(text.line(l)); l++) {
    const item = /^(\s*-\s+)(.*)$/.exec(text.line(l));
    if (item) spans.push({ line: l, character: item[1].length, raw: item[2], flow: false });
  }
  const pieces: Piece[] = [];
  let offset = 0;
  for (const s of spans) {
    const lead = s.raw.length - s.raw.trimStart().length;
    let item = s.raw.trim();
    let character = s.character + lead;
    if (!/^["']/.test(item)) {
      if (!s.flow) item = item.replace(/\s#.*$/, '');
    } else if (item.length >= 2 && item[item.length - 1] === item[0]) {
      item = item.slice(1, -1);
      character++;
    }
    if (item.length === 0) continue;
    if (!field.value.startsWith(item, offset)) return [];
    pieces.push({ offset, length: item.length, line: s.line, character });
    offset += item.length + 2;
  }
  return pieces;
}

function positionIn(pieces: readonly Piece[], offset: number): Position {
  let p = pieces[0];
  for (const candidate of pieces) {
    if (candidate.offset > offset) break;
    p = candidate;
  }
  return { line: p.line, character: p.character + Math.min(Math.max(offset - p.offset, 0), p.length) };
}
