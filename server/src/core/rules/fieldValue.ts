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
    return at >= 0 ? [{ offset: 0, length: field.value.length, line: start.line, character: at }] : itemPieces(field);
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
 * The items of a front matter list, where the reader found each (it keeps their positions). The value
 * joins them with ", ". An item written otherwise than its text (escapes in quotes, several lines)
 * gives no pieces, and the caller falls back to the whole value (never to the wrong item).
 */
function itemPieces(field: HeaderField): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const item of field.items ?? []) {
    const { start, end } = item.range;
    if (start.line !== end.line || end.character - start.character !== item.text.length) return [];
    pieces.push({ offset, length: item.text.length, line: start.line, character: start.character });
    offset += item.text.length + 2;
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
