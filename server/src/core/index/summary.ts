import type { IdGrammar } from '../idGrammar';
import { DEFAULT_ID_GRAMMAR } from '../idGrammar';
import { binaryReason } from '../parser/binary';
import { fieldList, fieldText, readFrontMatter } from '../parser/frontMatter';
import { parseFieldLine, fieldKey } from '../parser/header';
import { scanInline } from '../parser/inline';
import { findReferences } from '../parser/references';
import { MAX_PARSE_CHARS } from '../parser/rfcParser';
import { TextLines } from '../text';
import { phaseMentions } from './phaseMentions';
import type { DocKind } from '../types';

/** An outgoing reference, kept compactly (one line, columns). */
export interface SummaryRef {
  readonly ids: readonly string[];
  readonly path?: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/**
 * What the index keeps of a file: enough for other files' rules (ids, titles, statuses), for
 * navigation (references, excerpts) and for completion (owners). Never the text or a token stream.
 */
export interface DocSummary {
  readonly path: string;
  readonly kind: DocKind;
  readonly id?: string;
  readonly title?: string;
  readonly status?: string;
  /** A few lines of the body, for hover and completion documentation. */
  readonly excerpt: string;
  readonly owners: readonly string[];
  readonly refs: readonly SummaryRef[];
  /** For a task: the RFC phases its text names (`RFC-0082#0` for "RFC-0082 Phase 0"), see `phaseMentions`. */
  readonly phases?: readonly string[];
  /** False while only the file name is known (the file has not been read yet). */
  readonly loaded: boolean;
}

/** The summary of a file known only by its name. */
export function summaryFromName(path: string, kind: DocKind, ids: IdGrammar = DEFAULT_ID_GRAMMAR): DocSummary {
  const id = kind === 'rfc' || kind === 'task' || kind === 'adr' ? ids.fromPath(path, kind) : undefined;
  return { path, kind, ...(id ? { id } : {}), excerpt: '', owners: [], refs: [], loaded: false };
}

const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
const H1_RE = /^#\s+(.*?)\s*#*\s*$/;
const TITLE_ID_RE = /^([A-Za-z]{1,12}[-\u2010\u2011]\d+[A-Z]?)\s*[:\u2014\u2013-]?\s*/i;
const TITLE_NUMBER_RE = /^\d+\.\s*/;
const STATUS_HEADING_RE = /^#{2,3}\s+status\s*$/i;
const REF_KEY_RE = /^(depends[-_ ]?on|dependson|follow[-_ ]?up[-_ ]?tasks|links|related|rfc|rfcs|adrs?|tasks?|blocks|blocked[-_ ]?by|supersedes|superseded[-_ ]?by)$/i;

/**
 * How much of a file the index keeps. `full` (the language server): everything navigation, hover
 * and completion read. `rules` (the CLI): only what other files' rules read, that is id, title and
 * status; no references, excerpt or owners, and the scan stops once those are known.
 */
export type SummaryDetail = 'full' | 'rules';

/**
 * Reads a task, ADR or RFC file for the index. One pass over the lines: front matter key by key,
 * the H1 title, a `Status:` line (or an ADR's `## Status` section), owners, and every path and id
 * reference outside code blocks and HTML comments.
 */
export function summarize(path: string, kind: DocKind, text: string, detail: SummaryDetail = 'full', ids: IdGrammar = DEFAULT_ID_GRAMMAR): DocSummary {
  const full = detail === 'full';
  // Binary content names nothing: what its bytes happen to spell is neither a title nor a link.
  if (binaryReason(text)) return { ...summaryFromName(path, kind, ids), loaded: true };
  const lines = new TextLines(text);
  const fm = readFrontMatter(lines);
  const nameId = kind === 'rfc' || kind === 'task' || kind === 'adr' ? ids.fromPath(path, kind) : undefined;
  let id = nameId ?? ids.normalize(fieldText(fm, 'id') ?? '');
  let title = fieldText(fm, 'title');
  let status = fieldText(fm, 'status');
  const owners = [...fieldList(fm, 'owner'), ...fieldList(fm, 'owners'), ...fieldList(fm, 'authors')];
  const refs: SummaryRef[] = [];
  const excerpt: string[] = [];
  if (fm && full) {
    // Reference-holding keys, read line by line so every item keeps its own line and column
    // (`links:` followed by `  - RFC-0001`, or a `[TASK-0001, TASK-0002]` flow list).
    let refKey = false;
    for (let l = fm.startLine + 1; l < fm.endLine - 1; l++) {
      const line = lines.line(l);
      const key = /^([A-Za-z_][\w.-]*)\s*:/.exec(line);
      if (key) refKey = REF_KEY_RE.test(key[1]);
      if (refKey) addRefs(key ? ' '.repeat(key[0].length) + line.slice(key[0].length) : line, 'bare', l, 0, refs, ids);
    }
  }
  let inFence = '';
  let inComment = false;
  let statusHeading = false;
  let headerZone = true;
  // Past the parser's size limit the rest of a file is not read for the index either.
  const end = text.length > MAX_PARSE_CHARS ? lines.positionAt(MAX_PARSE_CHARS).line : lines.lineCount;
  for (let l = fm ? fm.endLine : 0; l < end; l++) {
    const line = lines.line(l);
    if (inFence) {
      if (line.trimStart().startsWith(inFence)) inFence = '';
      continue;
    }
    const first = line.charCodeAt(0);
    const fence = first === 0x20 || first === 0x09 || first === 0x60 || first === 0x7e ? FENCE_RE.exec(line) : null;
    if (fence) {
      inFence = fence[1];
      continue;
    }
    if (inComment || line.includes('<!--')) {
      const close = line.lastIndexOf('-->');
      const open = line.lastIndexOf('<!--');
      inComment = open > close || (inComment && close < 0);
      if (inComment || open < 0) continue;
    }
    if (title === undefined && first === 0x23) {
      const h1 = H1_RE.exec(line);
      if (h1) {
        const written = h1[1];
        // A title that opens with an id of the workspace (`RFC-0004: …`) or a number (`12. …`) shows without it.
        const headId = TITLE_ID_RE.exec(written);
        const headCanonical = headId ? ids.normalize(headId[1]) : undefined;
        if (!id && headCanonical) id = headCanonical;
        const lead = headCanonical ? (headId?.[0].length ?? 0) : (TITLE_NUMBER_RE.exec(written)?.[0].length ?? 0);
        title = written.slice(lead).trim() || written;
        continue;
      }
    }
    if (first === 0x23 && line.startsWith('## ')) headerZone = false;
    if (!full && !headerZone && title !== undefined && status !== undefined) break;
    if (statusHeading && line.trim() !== '') {
      status ??= line.replace(/^[-*]\s+/, '').trim();
      statusHeading = false;
    } else if (first === 0x23 && STATUS_HEADING_RE.test(line)) statusHeading = true;
    if (headerZone && (status === undefined || owners.length === 0)) readHeaderLine(line);
    if (!full) continue;
    if (excerpt.length < 3 && !headerZone && first !== 0x23 && line.trim() !== '') excerpt.push(line.trim());
    addRefs(line, 'line', l, 0, refs, ids);
  }
  if (excerpt.length === 0 && title && full) excerpt.push(title);
  const phases = kind === 'task' ? phaseMentions(text, ids).map(detach) : [];
  return {
    path,
    kind,
    ...(id ? { id } : {}),
    ...(title ? { title: detach(title) } : {}),
    ...(status ? { status: detach(status) } : {}),
    excerpt: detach(excerpt.join('\n').slice(0, 300)),
    owners: full ? owners.filter((o) => o.length > 0).map(detach) : [],
    refs,
    ...(phases.length > 0 ? { phases } : {}),
    loaded: true,
  };

  function readHeaderLine(line: string): void {
    const f = parseFieldLine(line.replace(/^\s*[-*+]\s+/, ''));
    if (!f) return;
    const key = fieldKey(f.name);
    if (key === 'status' && status === undefined && f.value) status = f.value;
    else if ((key === 'owners' || key === 'owner' || key === 'authors') && owners.length === 0) {
      for (const o of f.value.split(/[\s,/;]+/)) if (o.startsWith('@')) owners.push(o);
    }
  }
}

function addRefs(text: string, mode: 'bare' | 'line', line: number, column: number, into: SummaryRef[], ids: IdGrammar): void {
  if (mode === 'bare') {
    for (const r of findReferences(text, 'bare', ids)) into.push(compact(r, line, column));
    return;
  }
  if (!/\/|\.md|`/i.test(text) && !ids.mayMention(text)) return;
  for (const seg of scanInline(text)) {
    if (seg.kind === 'comment' || seg.kind === 'autolink') continue;
    const part = text.slice(seg.start, seg.end);
    const style = seg.kind === 'linkDest' ? 'linkDest' : seg.kind === 'code' ? 'backtick' : 'bare';
    for (const r of findReferences(part, style, ids)) into.push(compact(r, line, column + seg.start));
  }
}

function compact(r: { start: number; end: number; ids: readonly string[]; path?: string }, line: number, column: number): SummaryRef {
  const ids = r.ids.length === 1 ? internId(r.ids[0]) : r.ids;
  if (r.path === undefined) return { ids, line, start: column + r.start, end: column + r.end };
  return { ids, path: internPath(r.path), line, start: column + r.start, end: column + r.end };
}

/**
 * One shared `[id]` array per id: a workspace of 55,000 files holds hundreds of thousands of
 * references, most naming one id, and many naming the same ones.
 */
const interned = new Map<string, readonly string[]>();

/** Paths are interned too: the same few hundred targets are written tens of thousands of times. */
const internedPaths = new Map<string, string>();

function internPath(path: string): string {
  let p = internedPaths.get(path);
  if (p === undefined) {
    if (internedPaths.size > 1_000_000) internedPaths.clear();
    p = detach(path);
    internedPaths.set(p, p);
  }
  return p;
}

function internId(id: string): readonly string[] {
  let ids = interned.get(id);
  if (!ids) {
    if (interned.size > 1_000_000) interned.clear();
    ids = Object.freeze([id]);
    interned.set(id, ids);
  }
  return ids;
}

/**
 * A copy of a piece of a file's text that does not keep the whole text alive. V8 represents a
 * substring as a view of its parent string, so a 20-character title sliced from an 8 KB task would
 * pin all 8 KB in the index: at 55,000 files, most of the heap.
 */
function detach(s: string): string {
  return s.length > 12 ? (' ' + s).slice(1) : s;
}
