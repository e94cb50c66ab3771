import type { CompletionItem, MarkupContent, Range } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { kindOfPrefix } from '../ids';
import { basename, dirname, joinPath, relativePath } from '../index/paths';
import type { DocSummary } from '../index/summary';
import { rangeContains } from '../text';
import type { CompletionRequest, CompletionResult } from './completion';
import { escapeMarkdown, plainStatus } from './hover';
import { displayTitle } from './referenceTargets';

/** Characters that end a path being typed (the same ones that end a word in the reference scanner). */
const PATH_DELIMITER = /[\s`'"()<>[\]{},;|]/;
/** A bare id prefix just before the cursor: `TASK-`, `RFC-00`, `ADR‑12` (any of our hyphens). */
const ID_PREFIX_RE = /(?<![A-Za-z0-9_/.\\\u2010\u2011-])(RFC|TASK|ADR)([-\u2010\u2011])(\d{0,6}[A-Z]?)$/;

/** How the path under the cursor is written, which decides the form of the inserted path. */
type PathForm = 'backtick' | 'link' | 'bare';

/**
 * Link completion: after a document folder (`tasks/`, `docs/rfcs/`, `../adr/`) inside backticks, a
 * Markdown link destination or a Links item, the documents of that folder; after a bare `TASK-`,
 * `RFC-` or `ADR-`, the documents of that kind by id. Returns undefined when the cursor is in neither
 * place. Each item only wraps what the index already holds, so 4,000 tasks cost 4,000 small objects.
 */
export function linkCompletions(req: CompletionRequest): CompletionResult | undefined {
  const { line, cursor } = req;
  let start = cursor;
  while (start > 0 && !PATH_DELIMITER.test(line[start - 1])) start--;
  let end = cursor;
  while (end < line.length && !PATH_DELIMITER.test(line[end])) end++;
  const word = line.slice(start, cursor);
  if (word.includes('/')) return pathCompletions(req, word, start, end);
  const id = ID_PREFIX_RE.exec(line.slice(0, cursor));
  if (!id) return undefined;
  if (line.slice(0, start).endsWith('](') || /^#\s/.test(line)) return { items: [] };
  return idCompletions(req, id, cursor - id[0].length, end);
}

/**
 * Items of one listing, kept while nothing in the listed folder (or kind) changes: typing in an RFC
 * does not touch the tasks folder, so completing `tasks/` at 4,000 tasks costs one lookup. The items
 * carry only their text (`textEditText`); the range they replace is the list's `itemDefaults`.
 */
const listings = new WeakMap<object, Map<string, CompletionItem[]>>();

function cachedListing(req: CompletionRequest, key: string, build: () => CompletionItem[] | undefined): CompletionItem[] | undefined {
  let byKey = listings.get(req.ws.index);
  if (!byKey) listings.set(req.ws.index, (byKey = new Map<string, CompletionItem[]>()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const items = build();
  if (!items) return undefined;
  if (byKey.size >= 16) byKey.delete(byKey.keys().next().value as string);
  byKey.set(key, items);
  return items;
}

function pathCompletions(req: CompletionRequest, word: string, start: number, end: number): CompletionResult {
  const form = pathForm(req, start);
  if (!form) return { items: [] };
  const slash = word.lastIndexOf('/');
  const typedDir = word.slice(0, slash);
  const docDir = dirname(req.doc.path);
  const folder = documentFolder(req, typedDir, docDir);
  if (folder === undefined) return { items: [] };
  const relative = form === 'link' && !isRelativeForm(typedDir) && lineLinksAreRelative(req);
  const key = ['path', folder, req.ws.index.folderVersion(folder), typedDir, form, relative, req.doc.path].join('\u0000');
  const items = cachedListing(req, key, () => {
    const out: CompletionItem[] = [];
    let n = 0;
    for (const s of req.ws.index.inFolder(folder)) {
      if ((++n & 1023) === 0 && req.token.isCancellationRequested) return undefined;
      if (s.path === req.doc.path) continue;
      const typed = `${typedDir}/${basename(s.path)}`;
      const written = relative ? relativePath(docDir, s.path) : typed;
      const newText = form === 'link' ? written.replace(/ /g, '%20') : written;
      out.push({ label: newText, ...itemBase(s, CompletionItemKind.File), filterText: typed, textEditText: newText });
    }
    return out;
  });
  return items ? { items, editRange: lineRange(req.lineNo, start, end) } : { items: [] };
}

function idCompletions(req: CompletionRequest, m: RegExpExecArray, start: number, end0: number): CompletionResult {
  const kind = kindOfPrefix(m[1]);
  if (!kind) return { items: [] };
  // Replace the whole id under the cursor, but nothing glued after it (`TASK-00|03,` keeps the comma).
  let end = req.cursor;
  while (end < end0 && /[A-Za-z0-9]/.test(req.line[end])) end++;
  const key = ['id', kind, req.ws.index.kindVersion(kind), m[1], m[2], req.doc.path].join('\u0000');
  const items = cachedListing(req, key, () => {
    const out: CompletionItem[] = [];
    let n = 0;
    for (const s of req.ws.index.all(kind)) {
      if ((++n & 1023) === 0 && req.token.isCancellationRequested) return undefined;
      if (!s.id || s.path === req.doc.path) continue;
      // Written with the hyphen the user typed, so a non-breaking hyphen still filters.
      out.push({ label: s.id, ...itemBase(s, CompletionItemKind.Reference), filterText: `${m[1]}${m[2]}${s.id.slice(m[1].length + 1)}`, textEditText: s.id });
    }
    return out;
  });
  return items ? { items, editRange: lineRange(req.lineNo, start, end) } : { items: [] };
}

/** Whether a path may be completed here, and in which form; undefined in prose. */
function pathForm(req: CompletionRequest, start: number): PathForm | undefined {
  const before = req.line.slice(0, start);
  if (before.endsWith('`') && (before.match(/`/g)?.length ?? 0) % 2 === 1) return 'backtick';
  if (before.endsWith('](') || before.endsWith('](<')) return 'link';
  return inLinksItem(req) || inFrontMatter(req) ? 'bare' : undefined;
}

/** The folder of the configured document globs that a typed folder names, tried as the resolver does. */
function documentFolder(req: CompletionRequest, typedDir: string, docDir: string): string | undefined {
  const candidates = typedDir.startsWith('.') ? [joinPath(docDir, typedDir)] : typedDir.startsWith('/') ? [joinPath('', typedDir)] : [joinPath('', typedDir), joinPath(docDir, typedDir)];
  const folders = req.ws.classifier.folders;
  const known = [...folders.rfc, ...folders.task, ...folders.adr];
  return candidates.find((c): c is string => c !== undefined && known.includes(c));
}

function isRelativeForm(path: string): boolean {
  return path.startsWith('./') || path.startsWith('../') || path === '.' || path === '..';
}

/** Whether the other links on the cursor's line are written relative to the document's folder. */
function lineLinksAreRelative(req: CompletionRequest): boolean {
  const here = { line: req.lineNo, character: req.cursor };
  return req.parsed.references.some((r) => r.line === req.lineNo && r.style === 'link' && r.path !== undefined && !rangeContains(r.range, here) && isRelativeForm(r.path));
}

/** The header's Links field line or one of its sub-items (`  - Tasks: …`). */
function inLinksItem(req: CompletionRequest): boolean {
  const links = req.analysis().field(req.ws.template.roles.linksField);
  if (!links) return false;
  const spans = (f: { line: number; valueRange: Range }): boolean => req.lineNo >= f.line && req.lineNo <= f.valueRange.end.line;
  return spans(links) || links.children.some(spans);
}

function inFrontMatter(req: CompletionRequest): boolean {
  const fm = req.parsed.frontMatter;
  return fm !== undefined && req.lineNo > fm.startLine && req.lineNo < fm.endLine - 1;
}

/** What an item says of a document, whatever the listing: built once per summary. */
interface ItemBase {
  readonly kind: CompletionItemKind;
  readonly detail?: string;
  readonly documentation: MarkupContent;
  readonly sortText: string;
  readonly insertTextFormat: InsertTextFormat;
}

/** Summaries are replaced, never changed, so this cache empties itself as the index moves on. */
const bases = new WeakMap<DocSummary, ItemBase>();

function itemBase(s: DocSummary, kind: CompletionItemKind): ItemBase {
  let b = bases.get(s);
  if (!b || b.kind !== kind) {
    const status = `**Status:** ${s.status ? escapeMarkdown(plainStatus(s.status)) : 'unknown'}`;
    // A file with no body yet has its title for an excerpt; the title is the item's detail already.
    const excerpt = s.excerpt && s.excerpt !== s.title ? `\n\n${s.excerpt}` : '';
    const title = displayTitle(s);
    b = {
      kind,
      ...(title ? { detail: title } : {}),
      documentation: { kind: MarkupKind.Markdown, value: `${status}${excerpt}` },
      sortText: sortKey(s),
      insertTextFormat: InsertTextFormat.PlainText,
    };
    bases.set(s, b);
  }
  return b;
}

/** Ids in ascending order (numbers padded so `TASK-10000` sorts after `TASK-9999`); others after. */
function sortKey(s: DocSummary): string {
  return s.id ? s.id.replace(/\d+/, (d) => d.padStart(6, '0')) : `~${s.path}`;
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
