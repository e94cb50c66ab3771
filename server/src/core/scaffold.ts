/**
 * The pure half of the scaffolding commands ("RFC: New RFC", "RFC: New Task for this RFC"): title
 * sanitising, slugs, the next free number, safe file paths and filling a template. The editor half
 * (input boxes, writing files, opening editors) lives in the client; everything that decides what
 * is written, and where, lives here so that it is unit-tested without an editor.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { canonicalId, ID_PREFIX, idFromFileName, idNumber } from './ids';
import type { DocKindWithId } from './ids';
import { basename, joinPath } from './index/paths';
import { fieldKey } from './parser/header';
import { TopLevelLines } from './parser/lineScanner';
import type { TemplateModel } from './template';
import { TextLines } from './text';

/** The longest title accepted (after sanitising); longer ones are refused, not silently cut. */
export const MAX_TITLE_LENGTH = 200;
/** The longest slug; titles are cut at a word boundary to stay below it. */
export const MAX_SLUG_LENGTH = 60;

export type TitleCheck = { readonly ok: true; readonly title: string } | { readonly ok: false; readonly reason: string };

// Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional overrides
// that can make a file name read differently from what it is.
const CONTROL_RE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\ufeff]/gu;

/**
 * Cleans a title typed by a person for use in the document's H1: NFKC-normalised (so `．．` and `‥`
 * become the `..` they look like), control characters and line breaks removed, whitespace collapsed.
 * Refuses a title that is empty after that, that is longer than MAX_TITLE_LENGTH, or that yields no
 * usable file name (only dots, slashes or symbols).
 */
export function sanitizeTitle(raw: string): TitleCheck {
  const title = raw.normalize('NFKC').replace(CONTROL_RE, ' ').replace(/\s+/g, ' ').trim();
  if (title === '') return { ok: false, reason: 'The title is empty.' };
  if (title.length > MAX_TITLE_LENGTH) {
    return { ok: false, reason: `The title has ${title.length} characters; at most ${MAX_TITLE_LENGTH} are allowed.` };
  }
  if (slugify(title) === '') {
    return { ok: false, reason: 'The title needs at least one letter or digit to name the file.' };
  }
  return { ok: true, title };
}

// Names Windows reserves for devices, whatever the extension; a file named like one cannot be opened.
const RESERVED_NAME_RE = /^(con|prn|aux|nul|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * The file-name part of a title: lower-case letters and digits of any script joined by single
 * hyphens. Dots, slashes, backslashes, colons and every other symbol become separators, so a slug
 * can never be `..`, hold a path separator or start a path; accents on Latin letters are dropped
 * (`Ümlaut` → `umlaut`). Cut at a word boundary to MAX_SLUG_LENGTH. Empty when nothing is left.
 */
export function slugify(title: string): string {
  const plain = title
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
  let slug = plain.replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const dash = cut.lastIndexOf('-');
    slug = (dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
  }
  return RESERVED_NAME_RE.test(slug) ? `${slug}-doc` : slug;
}

/**
 * The next free number of a kind: one more than the highest number any existing file name carries
 * (whatever its slug, and counting `TASK-0003B` as 3), or 1 when there is none. Gaps are not reused:
 * a number that was given out once keeps meaning that document in old links.
 */
export function nextNumber(existingPaths: Iterable<string>, kind: DocKindWithId): number {
  let highest = 0;
  for (const path of existingPaths) {
    const id = idFromFileName(basename(path), kind);
    if (!id?.startsWith(`${ID_PREFIX[kind]}-`)) continue;
    const n = idNumber(id);
    if (Number.isFinite(n) && n > highest) highest = n;
  }
  return highest + 1;
}

/** `RFC-0007` for kind `rfc` and number 7. */
export function formatId(kind: DocKindWithId, n: number): string {
  return canonicalId(ID_PREFIX[kind], String(n));
}

/**
 * The workspace-relative path of a new document `<folder>/<ID>-<slug>.md`, or undefined when the
 * result would not lie directly inside `folder` (a defence in depth: slugs cannot hold separators,
 * but the folder comes from configuration).
 */
export function documentPath(folder: string, id: string, slug: string): string | undefined {
  const dir = joinPath('', folder);
  if (dir === undefined || slug === '' || /[/\\]/.test(slug) || slug.includes('..')) return undefined;
  const name = `${id}-${slug}.md`;
  const path = dir === '' ? name : `${dir}/${name}`;
  return isInside(dir, path) ? path : undefined;
}

/** Whether workspace-relative `path` lies inside `folder` ('' is the root) after normalising. */
export function isInside(folder: string, path: string): boolean {
  if (/^([/\\]|[A-Za-z]:)/.test(path) || path.includes('\\')) return false;
  const normal = joinPath('', path);
  const dir = joinPath('', folder);
  if (normal === undefined || dir === undefined || normal !== path) return false;
  return dir === '' ? normal !== '' : normal.startsWith(`${dir}/`) && normal.length > dir.length + 1;
}

/**
 * The folder new documents of a kind go into: the static part of the first configured glob that has
 * one (`docs/rfcs/RFC-*.md` → `docs/rfcs`), else the folder of existing documents, else `fallback`.
 */
export function folderFor(globFolders: readonly string[], existingPaths: readonly string[], fallback: string): string {
  const fromGlob = globFolders.find((f) => f !== '' && joinPath('', f) === f);
  if (fromGlob) return fromGlob;
  const existing = existingPaths.find((p) => p.includes('/'));
  return existing ? existing.slice(0, existing.lastIndexOf('/')) : fallback;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export interface RfcValues {
  readonly id: string;
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly today: string;
}

/**
 * The text of a new RFC: the active template with the title's id and title, every date field of the
 * header and the Status field (the template's first, starting status) filled in. What is filled
 * comes from the template model, so a team's own template works without changes; everything else
 * (placeholders the author must write) stays as the template has it.
 */
export function fillRfcTemplate(template: TemplateModel, values: RfcValues): string {
  const doc = template.doc;
  const lines = doc.text;
  const at = (r: Range): [number, number] => [lines.offsetAt(r.start), lines.offsetAt(r.end)];
  const edits: Edit[] = [];
  // The parser takes the first heading as the title whatever its level; only an H1 is replaced.
  const heading = doc.title?.heading.level === 1 ? doc.title.heading : undefined;
  if (heading) {
    const [start, end] = at(heading.range);
    // An empty title line (`#`) has no space after its marker yet.
    const space = lines.text[start - 1] === '#' ? ' ' : '';
    edits.push(edit([start, end], space + headingText(doc.title?.separator, values)));
  }
  const { dateFields, statusField } = template.roles;
  for (const field of doc.header) {
    const key = fieldKey(field.name);
    const [start, end] = at(field.valueRange);
    if (dateFields.includes(key)) {
      const value = lines.text.slice(start, end);
      edits.push(edit([start, end], /YYYY-MM-DD/.test(value) ? value.replace(/YYYY-MM-DD/g, values.today) : values.today));
    } else if (key === statusField && template.statuses.length > 0) {
      edits.push(edit([start, end], template.statuses[0]));
    }
  }
  const text = applyEdits(lines.text, edits);
  return heading ? text : `# ${headingText(':', values)}\n\n${text}`;
}

/** `RFC-0007: Title`, keeping the separator the template uses between id and title. */
function headingText(separator: string | undefined, values: RfcValues): string {
  return separator && separator !== ':' ? `${values.id} ${separator} ${values.title}` : `${values.id}: ${values.title}`;
}

function edit([start, end]: [number, number], text: string): Edit {
  return { start, end, text };
}

const ANGLE_PLACEHOLDER_RE = /<[^<>\n]{1,80}>/g;
// Inline HTML that people write in Markdown; without the template's list, these are not placeholders.
const HTML_TAG_RE = /^<\/?(a|b|i|u|s|br|hr|p|em|strong|code|pre|kbd|sub|sup|span|div|img|details|summary|table|thead|tbody|tr|td|th|ul|ol|li|h[1-6]|mark|small|del|ins|!--.*--)(\s+[\w-]+(=("[^"]*"|'[^']*'|[^\s>]*))?)*\s*\/?>$/i;

/**
 * The range of the first `<…>` placeholder the author still has to replace, outside fenced code
 * (where angle brackets are usually real syntax), or undefined when none is left. The editor puts
 * the selection there so that typing replaces it.
 */
export function firstPlaceholder(text: string, placeholders: readonly string[] = []): Range | undefined {
  const known = new Set(placeholders.filter((p) => p.startsWith('<')));
  const lines = new TextLines(text);
  const scan = new TopLevelLines();
  for (let l = 0; l < lines.lineCount; l++) {
    const line = lines.line(l);
    const kind = scan.next(line);
    if (kind === 'fence' || kind === 'code') continue;
    ANGLE_PLACEHOLDER_RE.lastIndex = 0;
    for (const m of line.matchAll(ANGLE_PLACEHOLDER_RE)) {
      if (known.size > 0 && !known.has(m[0])) continue;
      if (!known.has(m[0]) && HTML_TAG_RE.test(m[0])) continue;
      const start: Position = { line: l, character: m.index };
      return { start, end: { line: l, character: m.index + m[0].length } };
    }
  }
  return undefined;
}
