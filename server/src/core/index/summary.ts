import { isRedirect } from '../parser/redirect';
import type { RfcAuthorConfig } from '../config';
import type { FieldKeys } from '../fieldKeys';
import { fieldKeysOf } from '../fieldKeys';
import type { IdGrammar } from '../idGrammar';
import { detach, memoize } from '../memo';
import { DEFAULT_ID_GRAMMAR } from '../idGrammar';
import { fieldText, frontMatterReferences } from '../parser/frontMatter';
import type { ParseOptions } from '../parser/parseOptions';
import { headingTitle, isTitleHeading, summaryTitleHeading } from '../parser/title';
import type { TemplateModel } from '../template';
import type { TextLines } from '../text';
import type { DocKind, HeaderField, Reference, RfcDocument } from '../types';
import { isDocumentKind } from './globs';
import { DEPENDENCY_KEY_RE } from '../taskTemplate';
import { phaseMentions } from './phaseMentions';
import { rfcSummaryFacts } from './rfcSummaryFacts';

/** An outgoing reference, kept compactly (one line, columns). */
export interface SummaryRef {
  readonly ids: readonly string[];
  readonly path?: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A phase-like line of an RFC as the line reader sees it (`- **Phase 1 (name)**: 🟨 (note)`): what
 * the workspace overview and the generated index table roll up without parsing every RFC.
 */
export interface SummaryPhase {
  readonly label: string;
  readonly name: string;
  /** The first marker as written, '' when none. */
  readonly marker: string;
  /** Whether the line carries a marker, or the template's untouched "⬜ / 🟨 / ✅". */
  readonly marked: boolean;
  readonly line: number;
  /** Index into `DocSummary.sections` of the level-2 section it is in; -1 before the first. */
  readonly section: number;
}

/**
 * What the index keeps of a file: enough for other files' rules (ids, titles, statuses), for
 * navigation (references, excerpts), for completion (owners) and, of an RFC, for the workspace
 * overview and the index table (phase lines, section keys, header dates). Never the text or a
 * token stream.
 */
export interface DocSummary {
  readonly path: string;
  readonly kind: DocKind;
  readonly id?: string;
  readonly title?: string;
  /** Its title heading carries an id (`# KEP-1287: …`), as the template may ask (`WorkspaceIndex.titleIds`). */
  readonly titleId?: true;
  readonly status?: string;
  /** A few lines of the body, for hover and completion documentation. */
  readonly excerpt: string;
  readonly owners: readonly string[];
  readonly refs: readonly SummaryRef[];
  /** For a task: the RFC phases its text names (`RFC-0082#0` for "RFC-0082 Phase 0"), see `phaseMentions`. */
  readonly phases?: readonly string[];
  /** A task's `depends-on` ids (canonical), for the dependency cycle check; absent when it lists none. */
  readonly dependsOn?: readonly string[];
  /** False while only the file name is known (the file has not been read yet). */
  readonly loaded: boolean;
  /** The file only says where the document went (`Moved to …`, see `isRedirect`): its id is a leftover. */
  readonly moved?: true;
  /** An RFC's phase-like lines (full detail only). */
  readonly phaseLines?: readonly SummaryPhase[];
  /**
   * An RFC's section headings (at the template's level) as `sectionKey`s, in order, then its header
   * fields as `fieldPart`s (full detail only; see `sectionKeys`).
   */
  readonly sections?: readonly string[];
  /** An RFC's header fields whose value starts with a date, as `[fieldKey, value]` (full detail only). */
  readonly dates?: readonly (readonly [string, string])[];
}

/** The summary of a file known only by its name. */
export function summaryFromName(path: string, kind: DocKind, ids: IdGrammar = DEFAULT_ID_GRAMMAR): DocSummary {
  const id = isDocumentKind(kind) ? ids.fromPath(path, kind) : undefined;
  return { path, kind, ...(id ? { id } : {}), excerpt: '', owners: [], refs: [], loaded: false };
}

/**
 * How much of a file the index keeps. `full` (the language server): everything navigation, hover
 * and completion read. `rules` (the CLI): only what other files' rules read, that is id, title and
 * status; no references, excerpt or owners, and the scan stops once those are known.
 */
export type SummaryDetail = 'full' | 'rules';

/**
 * What a summary needs of the workspace to read a document as the rules do: the field names (the
 * template's fields, the configured aliases), the template's owners field, and the conventions the
 * parser follows (how ids are written, where the header ends).
 */
export interface SummaryContext {
  readonly keys: FieldKeys;
  /** The key of the template's owners field, if it has one. */
  readonly ownersField?: string;
  readonly options: ParseOptions;
}

/** The summary context of a template, configuration and the conventions learned from them. */
export function summaryContext(template: TemplateModel, config: RfcAuthorConfig, options: ParseOptions): SummaryContext {
  const ownersField = template.roles.ownersField;
  return { keys: fieldKeysOf(template, config), ...(ownersField ? { ownersField } : {}), options };
}

/** What a summary is derived from: the parse of a document (the lean scan of an unopened file gives the same). */
export type SummarySource = Pick<RfcDocument, 'path' | 'text' | 'analysed' | 'frontMatter' | 'headings' | 'header' | 'paragraphs' | 'references'>;

/**
 * The index summary of a parsed document. Id: from the file name, else front matter `id`, else the
 * first H1. Title: front matter `title`, else the first H1's words. Status: the first header field
 * (front matter included) that is the status, else the first paragraph under a `Status` heading (an
 * ADR's). With the `full` detail also the owners (the template's owners field), the first lines of
 * prose after the header (the excerpt) and the references, front matter reference keys first. Every
 * string is copied out of the text (`detach`): the index must not keep a text alive.
 */
export function summaryOf(doc: SummarySource, kind: DocKind, ctx: SummaryContext, detail: SummaryDetail = 'full'): DocSummary {
  const ids = ctx.options.ids;
  if (!doc.analysed) return { ...summaryFromName(doc.path, kind, ids), loaded: true };
  const fm = doc.frontMatter;
  const h1 = summaryTitleHeading(doc.headings);
  const heading = h1 ? headingTitle(h1.text, ids) : undefined;
  const nameId = isDocumentKind(kind) ? ids.fromPath(doc.path, kind) : undefined;
  const id = nameId ?? ids.normalize(fieldText(fm, 'id') ?? '') ?? heading?.id;
  const fmTitle = fieldText(fm, 'title');
  const title = fmTitle || heading?.words;
  const status = statusOf(doc, ctx);
  // A task that names an RFC's phase is that phase's task (task-status-mismatch reads it from the index).
  const phases = kind === 'task' ? phaseMentions(doc.text.text, ids).map(detach) : [];
  // Built field by field: an object spread here was a noticeable share of indexing a workspace.
  const summary: { -readonly [K in keyof DocSummary]: DocSummary[K] } = { path: doc.path, kind, excerpt: '', owners: [], refs: [], loaded: true };
  if (id) summary.id = id;
  if (title) summary.title = detach(title);
  // Only a title the heading gives: one kept in front matter settles the lean scan before any heading.
  if (!fmTitle && heading?.id) summary.titleId = true;
  if (status) summary.status = detach(status);
  if (phases.length > 0) summary.phases = phases;
  // A task's dependencies (`depends-on: [TASK-0002]`) feed the dependency cycle check.
  const dependsOn = kind === 'task' && fm ? frontMatterReferences(fm, doc.text, (key) => DEPENDENCY_KEY_RE.test(key), undefined, ids).flatMap((r) => r.ids.map(detach)) : [];
  if (dependsOn.length > 0) summary.dependsOn = dependsOn;
  if (isRedirect(doc)) summary.moved = true;
  if (detail !== 'full') return summary;
  // The overview and the index table read an RFC's phases, sections and dates from its summary.
  if (kind === 'rfc') Object.assign(summary, rfcSummaryFacts(doc, ctx.options));
  const excerpt = excerptOf(doc, ctx.options);
  const refs: SummaryRef[] = [];
  // The index keeps what a document says of others: a bare mention of its own id (its title) is left out.
  const add = (r: Reference): void => {
    if (r.path !== undefined || r.ids.length !== 1 || r.ids[0] !== id) refs.push(compactRef(r, doc.text));
  };
  if (fm) frontMatterReferences(fm, doc.text, (key) => REF_KEY_RE.test(key), undefined, ids).forEach(add);
  doc.references.forEach(add);
  summary.excerpt = detach((excerpt || title || '').slice(0, EXCERPT_CHARS));
  summary.owners = ownersOf(doc, ctx);
  summary.refs = refs;
  return summary;
}

/** The status: the first header field that is one, else the first paragraph under a `Status` heading. */
function statusOf(doc: SummarySource, ctx: SummaryContext): string | undefined {
  return headerStatus(doc.header, ctx) ?? sectionStatus(doc);
}

/** The first header field (front matter included) that is the status, when it has a value. */
export function headerStatus(header: readonly HeaderField[], ctx: SummaryContext): string | undefined {
  for (const f of header) if (f.value !== '' && ctx.keys.canonical(f.name) === 'status') return f.value;
  return undefined;
}

/** The first line of the first paragraph under a `Status` heading (an ADR's status), bullet dropped. */
export function sectionStatus(doc: Pick<SummarySource, 'text' | 'headings' | 'paragraphs'>): string | undefined {
  const { headings, paragraphs } = doc;
  for (let i = 0, p = 0; i < headings.length; i++) {
    const h = headings[i];
    if ((h.level !== 2 && h.level !== 3) || h.text.trim().toLowerCase() !== 'status') continue;
    while (p < paragraphs.length && paragraphs[p] <= h.line) p += 2;
    const next = headings[i + 1]?.line ?? doc.text.lineCount;
    if (p < paragraphs.length && paragraphs[p] < next) return doc.text.line(paragraphs[p]).trim().replace(/^[-*+]\s+/, '');
  }
  return undefined;
}

/** Up to three lines of the first paragraphs after the header (from the first section on), at most 300 characters. */
function excerptOf(doc: SummarySource, options: ParseOptions): string {
  const first = doc.headings.find((h, i) => h.level <= options.sectionLevel && !isTitleHeading(h.level, i, options));
  if (!first) return '';
  const lines: string[] = [];
  const { paragraphs } = doc;
  for (let p = 0; p < paragraphs.length && lines.length < EXCERPT_LINES; p += 2) {
    if (paragraphs[p] < first.line) continue;
    for (let l = paragraphs[p]; l < paragraphs[p + 1] && lines.length < EXCERPT_LINES; l++) lines.push(doc.text.line(l).trim());
  }
  return lines.join('\n').slice(0, EXCERPT_CHARS);
}

/** The `@handles` of the template's owners field. */
function ownersOf(doc: SummarySource, ctx: SummaryContext): string[] {
  const field = ctx.ownersField === undefined ? undefined : doc.header.find((f) => ctx.keys.canonical(f.name) === ctx.ownersField);
  if (!field) return [];
  const values = field.items ? field.items.map((i) => i.text) : [field.value];
  return values.flatMap((v) => v.split(/[\s,/;]+/)).filter((o) => o.startsWith('@')).map(detach);
}

function compactRef(r: Reference, text: TextLines): SummaryRef {
  const { line, character } = r.range.start;
  const end = r.range.end.line === line ? r.range.end.character : text.lineLength(line);
  return compact({ start: character, end, ids: r.ids, ...(r.path !== undefined ? { path: r.path } : {}) }, line, 0);
}

const EXCERPT_LINES = 3;
const EXCERPT_CHARS = 300;

const REF_KEY_RE = /^(depends[-_ ]?on|dependson|follow[-_ ]?up[-_ ]?tasks|links|related|rfc|rfcs|adrs?|tasks?|blocks|blocked[-_ ]?by|supersedes|superseded[-_ ]?by)$/i;

function compact(r: { start: number; end: number; ids: readonly string[]; path?: string }, line: number, column: number): SummaryRef {
  const ids = r.ids.length === 1 ? internId(r.ids[0]) : r.ids;
  if (r.path === undefined) return { ids, line, start: column + r.start, end: column + r.end };
  return { ids, path: internPath(r.path), line, start: column + r.start, end: column + r.end };
}

/**
 * One shared `[id]` array per id: a workspace of 55,000 files holds hundreds of thousands of
 * references, most naming one id, and many naming the same ones.
 */
const internId = memoize((id): readonly string[] => Object.freeze([id]), 1_000_000);

/** Paths are interned too: the same few hundred targets are written tens of thousands of times. */
const internPath = memoize((path) => path, 1_000_000);

