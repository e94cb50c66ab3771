import type { Range } from 'vscode-languageserver-types';
import type { IdGrammar } from '../idGrammar';
import { DEFAULT_ID_GRAMMAR } from '../idGrammar';
import type { TextLines } from '../text';
import { range } from '../text';
import type { FrontMatter, FrontMatterField, FrontMatterItem, Reference } from '../types';
import { findReferences } from './references';
import type { FlowItem, Lines } from './yamlFlow';
import { flowList, quotedScalar } from './yamlFlow';

/** Front matter longer than this many lines is not looked for (a `---` rule far down is not its end). */
const MAX_FRONT_MATTER_LINES = 1000;
/** A top-level key: words joined by `-`, `_`, `.` or single spaces (NEAR's `Last Updated:`, as YAML reads it). */
const KEY_RE = /^([A-Za-z_][\w.-]*(?: [A-Za-z0-9_][\w.-]*)*)\s*:(?:\s+|$)(.*)$/;
const ITEM_RE = /^(\s*-)(?:[ \t]+|$)(.*)$/;
const SKIPPED_RE = /^\s*(#.*)?$/;
const BLOCK_SCALAR_RE = /^([|>])[-+0-9]*$/;
/** What a one-line flow list must not hold to be split at its commas: quotes, nesting, a comment. */
const SIMPLE_FLOW_BREAKERS_RE = /["'[\]{}#]/;
const NESTED_KEY_RE = /^[^\s#'"[{][^:#]*:(?:\s|$)/;

/**
 * Reads YAML front matter key by key. Real task files are often not valid YAML (`owner: @runtime`
 * unquoted, `title: A: B`), and a strict parser refuses the whole block and loses the task's id,
 * title and status. So each top-level key is read on its own, leniently: a value YAML would refuse
 * is taken as written. What YAML does define is read as YAML reads it (a test holds the reader to the
 * `yaml` package on valid front matter): quoted values with escapes or `''`, `[a, "b, c"]` lists over
 * one line or several, `- item` lists, block scalars (`|`, `>`), a comment (`key: # later` is empty),
 * a mapping nested under a key (`nested`: content, though not text). Every list item keeps its
 * position. It reads each line once, which matters on the indexing path (4,000 tasks).
 */
export function readFrontMatter(lines: TextLines): FrontMatter | undefined {
  if (lines.line(0).replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  let end = -1;
  const max = Math.min(lines.lineCount, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < max; i++) {
    const l = lines.line(i).trimEnd();
    if (l === '---' || l === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const fields = new Map<string, FrontMatterField>();
  let key: RegExpExecArray | null = null;
  let keyLine = 0;
  for (let i = 1; i <= end; i++) {
    const raw = i < end ? lines.line(i) : '';
    const next = i < end && raw.length > 0 && raw.charCodeAt(0) > 0x40 ? KEY_RE.exec(raw) : null;
    if (!next && i < end) continue;
    if (key) {
      const field = readField(lines, key, keyLine, i);
      fields.set(field.key.toLowerCase(), field);
    }
    key = next;
    keyLine = i;
  }
  return { startLine: 0, endLine: end + 1, fields };
}

/** One key's field from its lines [line, end). */
function readField(lines: TextLines, key: RegExpExecArray, line: number, end: number): FrontMatterField {
  const raw = key.input;
  const written = key[2].trimEnd();
  const valueStart = raw.length - key[2].length;
  const valueRange = range(line, valueStart, line, valueStart + written.length);
  const field = (value: string, items: readonly FrontMatterItem[], nested: boolean): FrontMatterField => ({ key: key[1], value, items, nested, line, valueRange });
  const c = written[0];
  if (c === '"' || c === "'") {
    const q = quotedScalar(linesOf(lines, line, end), { line, character: valueStart });
    if (q && restIsBlank(lines, q.next)) return field(q.text, [], false);
  } else if (c === '[' && written.endsWith(']') && !SIMPLE_FLOW_BREAKERS_RE.test(written.slice(1, -1))) {
    // The usual one-line list of plain items (`[TASK-0001, TASK-0002]`): split at its commas.
    return field('', withItemsBelow(splitFlowList(written, line, valueStart), lines, line + 1, end), false);
  } else if (c === '[') {
    const list = flowList(linesOf(lines, line, end), { line, character: valueStart });
    if (list && restIsBlank(lines, list.next)) return field('', withItemsBelow(list.items.map(item), lines, list.next.line + 1, end), list.items.some((i) => i.nested));
  } else if (c === '{' && !(written.endsWith('}') && !/:\s|,/.test(written))) {
    return field('', [], true);
  }
  // A one-line `{…}` without `key: value` pairs or commas is a template's placeholder written in
  // braces (MADR's `date: {YYYY-MM-DD when the decision was last changed}`): text, as a reader sees it.
  const block = c === '|' || c === '>' ? BLOCK_SCALAR_RE.exec(written) : null;
  if (block) return field(blockScalar(lines, line + 1, end, block[1] === '>'), [], false);
  const value = stripComment(written);
  if (value !== '') return field(line + 1 < end ? plainScalar(lines, value, line + 1, end) : value, [], false);
  const below = blockItems(lines, line + 1, end);
  // A scalar on the indented lines below its key (Backstage's `description:` and its quoted text on
  // the next two lines), as YAML reads it.
  const scalar = below.items.length === 0 && !below.nested ? scalarBelow(lines, line + 1, end) : undefined;
  return scalar !== undefined ? field(scalar, [], false) : field('', below.items, below.nested);
}

/** A quoted or plain scalar that starts on an indented line below its key; undefined where none does. */
function scalarBelow(lines: TextLines, from: number, end: number): string | undefined {
  let l = from;
  while (l < end && SKIPPED_RE.test(lines.line(l))) l++;
  const text = l < end ? lines.line(l) : '';
  if (!/^\s/.test(text) || ITEM_RE.test(text)) return undefined;
  const written = text.trim();
  if (written[0] === '"' || written[0] === "'") {
    const q = quotedScalar(linesOf(lines, l, end), { line: l, character: text.length - text.trimStart().length });
    return q && restIsBlank(lines, q.next) ? q.text : undefined;
  }
  const value = stripComment(written);
  return value === '' ? undefined : plainScalar(lines, value, l + 1, end);
}

/**
 * The `- item` lines below a key, each item where it is written; `nested` when an item is a list or
 * mapping, or an indented `sub: value` line holds a mapping.
 */
function blockItems(lines: TextLines, from: number, end: number): { items: FrontMatterItem[]; nested: boolean } {
  const items: FrontMatterItem[] = [];
  let nested = false;
  for (let l = from; l < end; l++) {
    const text = lines.line(l);
    if (SKIPPED_RE.test(text)) continue;
    const m = ITEM_RE.exec(text);
    if (!m) {
      // An indented `sub: value` line is a nested mapping; other indented lines go on an item.
      if (text.includes(':') && NESTED_KEY_RE.test(text.trimStart())) nested = true;
      continue;
    }
    const at = { line: l, character: m[0].length - m[2].length };
    const v = m[2].trimEnd();
    const quoted = v[0] === '"' || v[0] === "'" ? quotedScalar(linesOf(lines, l, end), at) : undefined;
    if (quoted && restIsBlank(lines, quoted.next)) {
      if (quoted.text !== '') items.push({ text: quoted.text, range: quoted.range });
      continue;
    }
    // A list or mapping as an item (`- [a, b]`, `- Track: tasks/x.md`) is kept as written, so its
    // references count, and marks the field as holding nested content.
    const plain = stripComment(v);
    if (v[0] === '[' || v[0] === '{' || (plain.includes(':') && NESTED_KEY_RE.test(plain))) nested = true;
    if (plain !== '') items.push({ text: plain, range: range(l, at.character, l, at.character + plain.length) });
  }
  return { items, nested };
}

/**
 * `- item` lines under a flow list are not YAML, but a lenient reading keeps them (a list written both
 * ways, half edited): dropping them would lose links.
 */
function withItemsBelow(items: FrontMatterItem[], lines: TextLines, from: number, end: number): FrontMatterItem[] {
  return from < end ? items.concat(blockItems(lines, from, end).items) : items;
}

function splitFlowList(written: string, line: number, column: number): FrontMatterItem[] {
  const items: FrontMatterItem[] = [];
  let at = column + 1;
  for (const raw of written.slice(1, -1).split(',')) {
    const text = raw.trim();
    const start = at + raw.length - raw.trimStart().length;
    if (text !== '') items.push({ text, range: range(line, start, line, start + text.length) });
    at += raw.length + 1;
  }
  return items;
}

function linesOf(lines: TextLines, first: number, end: number): Lines {
  return { line: (n) => lines.line(n), first, end };
}

function item(i: FlowItem): FrontMatterItem {
  return { text: i.text, range: i.range };
}

/**
 * A plain value, continued on indented lines below the key as YAML folds them (a space between
 * lines), and taken as written when YAML would refuse it (`@runtime`, `A: B`).
 */
function plainScalar(lines: TextLines, first: string, from: number, end: number): string {
  let value = first;
  for (let l = from; l < end; l++) {
    const text = lines.line(l);
    if (!SKIPPED_RE.test(text) && /^\s/.test(text)) value += ` ${stripComment(text.trim())}`;
  }
  return value;
}

/**
 * A block scalar below its `|` or `>`: the indented lines (and blank lines among them), without
 * their common indentation; `|` keeps the line ends, `>` folds lines into spaces (blank lines and
 * more-indented lines keep theirs). Trailing line ends are dropped whatever the chomping indicator.
 */
function blockScalar(lines: TextLines, from: number, end: number, folded: boolean): string {
  const body: string[] = [];
  let indent = -1;
  for (let l = from; l < end; l++) {
    const text = lines.line(l);
    if (text.trim() === '') {
      body.push('');
      continue;
    }
    const lead = text.length - text.trimStart().length;
    if (lead === 0) break;
    if (indent < 0) indent = lead;
    body.push(text.slice(Math.min(indent, lead)).trimEnd());
  }
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  if (!folded) return body.join('\n');
  // Folding: a single line end between two lines becomes a space; blank lines stay line ends (the
  // line end before them goes); lines indented further keep their line ends on both sides.
  let out = '';
  let previous: string | undefined;
  let blanks = 0;
  for (const line of body) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (previous === undefined) out += '\n'.repeat(blanks);
    else {
      const kept = /^\s/.test(line) || /^\s/.test(previous);
      out += blanks === 0 ? (kept ? '\n' : ' ') : (kept ? '\n' : '') + '\n'.repeat(blanks);
    }
    out += line;
    previous = line;
    blanks = 0;
  }
  return out;
}

/** Whether nothing but blanks or a comment follows `at` on its line. */
function restIsBlank(lines: TextLines, at: { line: number; character: number }): boolean {
  return SKIPPED_RE.test(lines.line(at.line).slice(at.character));
}

/** A plain value without its trailing comment (`# …` after white space, or all of it when it starts with `#`). */
function stripComment(value: string): string {
  if (value.startsWith('#')) return '';
  if (!value.includes('#')) return value;
  const hash = value.search(/\s#/);
  return hash >= 0 ? value.slice(0, hash).trimEnd() : value;
}

/** A front matter field's value as one string (lists joined with ', '). */
export function fieldText(fm: FrontMatter | undefined, key: string): string | undefined {
  const f = fm?.fields.get(key);
  if (!f) return undefined;
  return f.items.length > 0 ? f.items.map((i) => i.text).join(', ') : f.value;
}

/** A front matter field's value as a list (a scalar splits on commas). */
export function fieldList(fm: FrontMatter | undefined, key: string): string[] {
  const f = fm?.fields.get(key);
  if (!f) return [];
  if (f.items.length > 0) return f.items.map((i) => i.text);
  return f.value.split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * The references written in front matter values: in each list item, or in a value on its key's line,
 * at the place they are written. `wanted` picks the keys; a reference to `ownId` alone (a task's
 * `title: TASK-0003 Networking`) names the document itself and is left out. A value written otherwise
 * than it reads (escapes in quotes, folded over lines) has no exact place and gives none.
 */
export function frontMatterReferences(fm: FrontMatter, lines: TextLines, wanted: (key: string) => boolean, ownId?: string, ids: IdGrammar = DEFAULT_ID_GRAMMAR): Reference[] {
  const out: Reference[] = [];
  const add = (key: string, text: string, at: Range): void => {
    const { line, character } = at.start;
    if (at.end.line !== line || at.end.character - character !== text.length) return;
    for (const r of findReferences(text, 'bare', ids)) {
      if (r.path === undefined && r.ids.length === 1 && r.ids[0] === ownId) continue;
      out.push({
        range: range(line, character + r.start, line, character + r.end),
        text: text.slice(r.start, r.end),
        style: 'frontMatter',
        ...(r.path !== undefined ? { path: r.path } : {}),
        ids: r.ids,
        ...(r.rangeEnds ? { rangeEnds: r.rangeEnds } : {}),
        ...(r.weak ? { weak: true } : {}),
        ...(r.loose ? { loose: true } : {}),
        line,
        section: -1,
        block: -1,
        key,
      });
    }
  };
  for (const f of fm.fields.values()) {
    if (!wanted(f.key)) continue;
    for (const item of f.items) add(f.key, item.text, item.range);
    if (f.items.length > 0 || f.value === '') continue;
    const at = lines.line(f.line).indexOf(f.value, f.valueRange.start.character);
    if (at >= 0) add(f.key, f.value, range(f.line, at, f.line, at + f.value.length));
  }
  return out;
}
