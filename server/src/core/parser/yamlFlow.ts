/**
 * YAML's flow forms, read exactly as YAML reads them: double-quoted scalars (with escapes),
 * single-quoted ones (`''` is a quote), and flow lists (`[a, "b, c", d]`) that may span lines. The
 * front matter reader uses these for values the lenient `key: value` reading would get wrong; each
 * answer says where the text is written, so a rule can point into a list item. A form that is not
 * closed before the key's lines end gives undefined, and the reader falls back to the lenient reading.
 */
import type { Position, Range } from 'vscode-languageserver-types';

/** The lines of one front matter key, from the key's line (`first`) up to (not including) `end`. */
export interface Lines {
  line(n: number): string;
  readonly first: number;
  readonly end: number;
}

/** A value read from the lines, and where it is written (inside its quotes or brackets). */
export interface FlowValue {
  readonly text: string;
  readonly range: Range;
  /** Where reading goes on: just after the value (after a closing quote or bracket). */
  readonly next: Position;
}

/** One item of a flow list; `nested` for a list or mapping inside it (kept as written). */
export interface FlowItem extends FlowValue {
  readonly nested: boolean;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
/** `,`, `[`, `]`, `{` and `}` end a plain scalar inside a flow list. */
const ENDS_PLAIN_IN_FLOW: Readonly<Record<number, true>> = { 0x2c: true, 0x5b: true, 0x5d: true, 0x7b: true, 0x7d: true };
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A quoted scalar starting at `at` (on its quote): `"…"` with escapes, or `'…'` with `''` for a quote. */
export function quotedScalar(src: Lines, at: Position): FlowValue | undefined {
  const quote = src.line(at.line)[at.character];
  const first = src.line(at.line);
  const close = first.indexOf(quote, at.character + 1);
  if (close >= 0 && first[close + 1] !== quote && (quote === "'" || first.lastIndexOf('\\', close) < at.character)) {
    // The usual case: closed on its line, with nothing to unescape.
    const end = { line: at.line, character: close };
    return { text: first.slice(at.character + 1, close), range: { start: { line: at.line, character: at.character + 1 }, end }, next: { line: at.line, character: close + 1 } };
  }
  let text = '';
  let line = at.line;
  let s = src.line(line);
  let i = at.character + 1;
  for (;;) {
    if (i >= s.length) {
      // A line break inside quotes folds: into a space, or into one line end per blank line after it.
      text = text.replace(/[ \t]+$/, '');
      let blanks = 0;
      for (line++; line < src.end && src.line(line).trim() === ''; line++) blanks++;
      if (line >= src.end) return undefined;
      s = src.line(line);
      i = s.length - s.trimStart().length;
      text += blanks > 0 ? '\n'.repeat(blanks) : ' ';
      continue;
    }
    const c = s[i];
    if (c === quote) {
      if (quote === "'" && s[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      return { text, range: { start: { line: at.line, character: at.character + 1 }, end: { line, character: i } }, next: { line, character: i + 1 } };
    }
    if (c === '\\' && quote === '"') {
      const e = s[i + 1];
      if (e === undefined) {
        // An escaped line break joins the lines without a space.
        line++;
        if (line >= src.end) return undefined;
        s = src.line(line);
        i = s.length - s.trimStart().length;
        continue;
      }
      const hex = HEX_LENGTH[e];
      if (hex !== undefined) {
        const digits = s.slice(i + 2, i + 2 + hex);
        if (!/^[0-9A-Fa-f]+$/.test(digits) || digits.length !== hex) return undefined;
        text += String.fromCodePoint(parseInt(digits, 16));
        i += 2 + hex;
        continue;
      }
      const escaped = ESCAPES[e];
      if (escaped === undefined) return undefined;
      text += escaped;
      i += 2;
      continue;
    }
    text += c;
    i++;
  }
}

/** A flow list starting at `at` (on its `[`), over as many lines as it takes. */
export function flowList(src: Lines, at: Position): { items: FlowItem[]; next: Position } | undefined {
  const items: FlowItem[] = [];
  let pos = skipBlanks(src, { line: at.line, character: at.character + 1 });
  for (;;) {
    if (!pos) return undefined;
    const c = src.line(pos.line)[pos.character];
    if (c === ']') return { items, next: { line: pos.line, character: pos.character + 1 } };
    if (c === ',') return undefined;
    const item: FlowItem | undefined = c === '[' || c === '{' ? nestedCollection(src, pos) : flat(c === '"' || c === "'" ? quotedScalar(src, pos) : plainInFlow(src, pos));
    if (!item) return undefined;
    if (item.text !== '') items.push(item);
    pos = skipBlanks(src, item.next);
    if (!pos) return undefined;
    const after = src.line(pos.line)[pos.character];
    if (after === ',') pos = skipBlanks(src, { line: pos.line, character: pos.character + 1 });
    else if (after !== ']') return undefined;
  }
}

function flat(v: FlowValue | undefined): FlowItem | undefined {
  return v && { text: v.text, range: v.range, next: v.next, nested: false };
}

/** A plain scalar inside a flow list: it ends at `,`, `]`, a comment or the end of its line. */
function plainInFlow(src: Lines, at: Position): FlowValue | undefined {
  const s = src.line(at.line);
  let i = at.character;
  for (let c = s.charCodeAt(i); i < s.length && !ENDS_PLAIN_IN_FLOW[c] && !(c === 0x23 && (s[i - 1] === ' ' || s[i - 1] === '\t')); c = s.charCodeAt(++i));
  const text = s.slice(at.character, i).trimEnd();
  const end = at.character + text.length;
  return { text, range: { start: at, end: { line: at.line, character: end } }, next: { line: at.line, character: i } };
}

/** A list or mapping nested in a flow list, kept as written (on one line). */
function nestedCollection(src: Lines, at: Position): FlowItem | undefined {
  const s = src.line(at.line);
  let depth = 0;
  for (let i = at.character; i < s.length; i++) {
    const c = s[i];
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '"' || c === "'") return undefined;
    if (depth === 0) {
      const end = { line: at.line, character: i + 1 };
      return { text: s.slice(at.character, i + 1), range: { start: at, end }, next: end, nested: true };
    }
  }
  return undefined;
}

/** The next position holding something other than blanks and comments, across lines; undefined past the end. */
function skipBlanks(src: Lines, from: Position): Position | undefined {
  let { line, character } = from;
  while (line < src.end) {
    const s = src.line(line);
    while (character < s.length && (s[character] === ' ' || s[character] === '\t')) character++;
    if (character < s.length && s[character] !== '#') return { line, character };
    line++;
    character = 0;
  }
  return undefined;
}
