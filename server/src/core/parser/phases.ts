import type { Range } from 'vscode-languageserver-types';
import type { PhaseMarker } from '../types';

/**
 * Phase markers people write. The template's three (⬜ 🟨 ✅) are canonical; the others are mapped to
 * the same three states so that real repositories need no edits to be understood.
 */
export type PhaseState = 'done' | 'inProgress' | 'notStarted' | 'other';

export const CANONICAL_MARKERS: Readonly<Record<Exclude<PhaseState, 'other'>, string>> = {
  done: '✅',
  inProgress: '🟨',
  notStarted: '⬜',
};

const MARKER_STATES: ReadonlyArray<readonly [string, PhaseState]> = [
  ['✅', 'done'], ['✔️', 'done'], ['✔', 'done'], ['☑️', 'done'], ['☑', 'done'], ['🟢', 'done'], ['🟩', 'done'], ['[x]', 'done'], ['[X]', 'done'],
  ['🟨', 'inProgress'], ['🟡', 'inProgress'], ['🟧', 'inProgress'], ['🔄', 'inProgress'], ['🚧', 'inProgress'], ['⏳', 'inProgress'], ['[~]', 'inProgress'], ['[-]', 'inProgress'],
  ['⬜', 'notStarted'], ['⬛', 'notStarted'], ['⚪', 'notStarted'], ['🔲', 'notStarted'], ['[ ]', 'notStarted'],
  ['❌', 'other'], ['🟥', 'other'], ['🔴', 'other'], ['⛔', 'other'], ['⏸️', 'other'], ['⏸', 'other'],
];

const WORD_STATES: ReadonlyArray<readonly [RegExp, PhaseState]> = [
  [/^(complete|completed|done|finished|proven)\b/i, 'done'],
  [/^(in[ -]progress|wip|ongoing|partial|started)\b/i, 'inProgress'],
  [/^(not[ -]started|todo|to do|pending|planned|open)\b/i, 'notStarted'],
  [/^(blocked|dropped|cancelled|canceled|deferred|reverted|re-?opened|n\/a)\b/i, 'other'],
];

export function markerState(marker: string): PhaseState {
  for (const [m, s] of MARKER_STATES) if (m === marker) return s;
  for (const [re, s] of WORD_STATES) if (re.test(marker)) return s;
  return 'other';
}

export interface ParsedPhase {
  label: string;
  labelStart: number;
  labelEnd: number;
  number: number;
  name: string;
  malformed: boolean;
  /** Offset where the marker area starts (after the label, its closing emphasis and colon). */
  markerStart: number;
  /** Offset where the marker area ends (before a note). */
  markerEnd: number;
  markers: { text: string; start: number; end: number }[];
  templateTriple: boolean;
}

// Closing emphasis and the colon after a phase label, in either order: `**: ` or `:** `.
const TAIL_STARS = /^\s*(?:\*\*\s*:?|:\s*\*\*|:)?\s*/;
const TAIL_UNDERSCORES = /^\s*(?:__\s*:?|:\s*__|:)?\s*/;
const TAIL_PLAIN = /^\s*:?\s*/;
const NAME_IN_STARS = /^\s*[:\u2014\u2013-]\s*([^*]+?)\s*\*\*\s*:?\s*/;
const NAME_IN_UNDERSCORES = /^\s*[:\u2014\u2013-]\s*([^_]+?)\s*__\s*:?\s*/;
const HEAD_RE = /^(-{1,2}\s*|\*\s+)?(\*\*|__)?\s*Phase\s+(\d{1,3})([a-z]?)\b/i;

/** The number of the phase a line opens with (`- **Phase 3 (name…`, `Phase 3:`), even when the rest of its label wraps onto the next line. */
export function openingPhaseNumber(line: string): number | undefined {
  const head = HEAD_RE.exec(line.trimStart());
  return head ? Number(head[3]) : undefined;
}

/**
 * Reads `**Phase 1a (name)**: ✅ (note)` and its variants (colon inside the emphasis, no emphasis,
 * `-- ` instead of `- `). Returns undefined for lines that are not phase lines.
 */
export function parsePhaseLine(line: string): ParsedPhase | undefined {
  const head = HEAD_RE.exec(line);
  if (!head) return undefined;
  const malformed = head[1] !== undefined;
  const emphasis = head[2] ?? '';
  const labelStart = head[0].length - head[3].length - head[4].length;
  const labelEnd = head[0].length;
  let i = labelEnd;
  let name = '';
  const paren = /^\s*\(/.exec(line.slice(i));
  if (paren) {
    const close = matchParen(line, i + paren[0].length - 1);
    if (close > 0) {
      name = line.slice(i + paren[0].length, close).trim();
      i = close + 1;
    }
  }
  if (!paren && emphasis !== '') {
    // The name after a colon or dash inside the emphasis: `**Phase 1a: Handshake**: ✅`.
    const named = (emphasis === '**' ? NAME_IN_STARS : NAME_IN_UNDERSCORES).exec(line.slice(i));
    if (named) {
      name = named[1];
      i += named[0].length;
    }
  }
  const tail = emphasis === '**' ? TAIL_STARS : emphasis === '__' ? TAIL_UNDERSCORES : TAIL_PLAIN;
  const t = tail.exec(line.slice(i));
  if (t) i += t[0].length;
  const markerStart = i;
  const markers: ParsedPhase['markers'] = [];
  let j = i;
  for (;;) {
    const rest = line.slice(j);
    const m = matchMarker(rest);
    if (!m) break;
    markers.push({ text: m, start: j, end: j + m.length });
    j += m.length;
    const sep = /^\s*(?:\/\s*)?/.exec(line.slice(j));
    if (!sep || sep[0].length === 0) break;
    const after = line.slice(j + sep[0].length);
    if (!matchMarker(after)) break;
    // After a word, another word is the note (`In progress deferred`); `/` still joins them. After a
    // symbol a word marker joins (`✅ Complete`, `❌ re-opened`).
    const isSymbol = (s: string): boolean => MARKER_STATES.some(([symbol]) => s.startsWith(symbol));
    if (!sep[0].includes('/') && !isSymbol(after) && !isSymbol(m)) break;
    j += sep[0].length;
  }
  const markerEnd = markers.length > 0 ? markers[markers.length - 1].end : markerStart;
  const texts = markers.map((m) => m.text).join(' ');
  return {
    label: head[3] + head[4].toLowerCase(),
    labelStart,
    labelEnd,
    number: Number(head[3]),
    name,
    malformed,
    markerStart,
    markerEnd,
    markers,
    templateTriple: markers.length === 3 && texts === '⬜ 🟨 ✅',
  };
}

function matchMarker(s: string): string | undefined {
  for (const [m] of MARKER_STATES) if (s.startsWith(m)) return m;
  for (const [re] of WORD_STATES) {
    const w = re.exec(s);
    if (w) return w[0];
  }
  return undefined;
}

function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

export function toMarkers(line: number, column: number, found: ParsedPhase['markers']): PhaseMarker[] {
  return found.map((m) => ({ text: m.text, range: lineRange(line, column + m.start, column + m.end) }));
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
