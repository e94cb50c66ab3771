/**
 * What the editor's commands ask of the core (Insert Section…, Go to Linked Task…, New RFC, New
 * Task): the decisions, computed here so that the client only shows pickers, writes files and applies
 * edits. Each answer is plain data.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { blockInsertion } from '../codeActions/edits';
import { sectionText } from '../codeActions/sectionFixes';
import type { SourceDocument } from '../host';
import type { DocKindWithId } from '../ids';
import { idFromFileName } from '../ids';
import { isGlob } from '../index/globs';
import { basename } from '../index/paths';
import { insertionPoint } from '../rules/missingSection';
import { documentPath, fillRfcTemplate, folderFor, formatId, nextNumber, slugify } from '../scaffold';
import { fillTaskTemplate, taskLinkEdit } from '../scaffoldTask';
import type { RfcWorkspace } from '../service';
import { displayTitle, referenceTargets } from './referenceTargets';

/** A template section the document lacks. */
export interface MissingSection {
  readonly name: string;
  /** The present section it goes after, or undefined when it goes first. */
  readonly after?: string;
  /** The first non-blank line of the template's body, to tell sections apart in a picker. */
  readonly firstLine?: string;
}

/** Where a section goes and the text that inserts it, with the line its heading lands on. */
export interface SectionInsertion {
  readonly position: Position;
  readonly newText: string;
  /** The heading's own line, as inserted (`## Goals`): the client puts the cursor on it. */
  readonly heading: string;
}

/** A task the document links, as a picker shows it. */
export interface LinkedDocument {
  readonly path: string;
  readonly id?: string;
  readonly title?: string;
  readonly status?: string;
}

/** The decisions behind a new document: its folder and, per attempt, its id and path. */
export interface NewDocumentPlan {
  readonly folder: string;
  /** The id and path for attempt `n` (0: the next free number; later attempts take the next ones). */
  candidate(attempt: number): { readonly id: string; readonly path: string | undefined };
}

/** The template sections missing from a document, in template order. */
export function missingSections(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): MissingSection[] {
  if (token.isCancellationRequested || ws.kindOf(doc.path) !== 'rfc') return [];
  const a = ws.analyze(doc);
  const present = new Set(a.sections.map((s) => s.template?.key));
  return a.template.sections
    .filter((t) => !present.has(t.key))
    .map((t) => {
      const before = a.template.sections.slice(0, t.order).reverse().find((s) => present.has(s.key));
      const firstLine = t.body.split('\n').find((l) => l.trim() !== '')?.trim();
      return { name: t.name, ...(before ? { after: before.name } : {}), ...(firstLine ? { firstLine } : {}) };
    });
}

/** The insertion of template section `name` at its template position, or undefined when unknown. */
export function sectionInsertion(ws: RfcWorkspace, doc: SourceDocument, name: string, token: Cancellation): SectionInsertion | undefined {
  if (token.isCancellationRequested || ws.kindOf(doc.path) !== 'rfc') return undefined;
  const a = ws.analyze(doc);
  const section = a.template.sections.find((t) => t.name === name);
  if (!section) return undefined;
  const line = insertionPoint(a, section.order).line;
  const text = sectionText(section);
  return { ...blockInsertion(a.doc.text, line, text), heading: text.split('\n')[0] };
}

/** The tasks a document links (by path or id, anywhere in it), read from disk when needed. */
export async function linkedTasks(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): Promise<LinkedDocument[]> {
  const parsed = ws.parse(doc);
  await ws.ensureLoaded(parsed.references.flatMap((r) => r.ids));
  const seen = new Set<string>();
  const out: LinkedDocument[] = [];
  for (const ref of parsed.references) {
    if (token.isCancellationRequested) return [];
    // A glob (`tasks/TASK-*.md`) describes where tasks live; it links no task in particular.
    if (ref.path !== undefined && isGlob(ref.path)) continue;
    for (const target of referenceTargets(ws, doc.path, ref)) {
      const s = target.summary;
      if (!s || s.kind !== 'task' || seen.has(s.path)) continue;
      seen.add(s.path);
      const title = displayTitle(s);
      out.push({ path: s.path, ...(s.id ? { id: s.id } : {}), ...(title ? { title } : {}), ...(s.status ? { status: s.status } : {}) });
    }
  }
  return out;
}

/** The id of an RFC: from its title, else from its file name. */
export function documentId(ws: RfcWorkspace, doc: SourceDocument): string | undefined {
  return ws.parse(doc).title?.canonicalId ?? idFromFileName(basename(doc.path), 'rfc');
}

/**
 * Where a new document of `kind` titled `title` goes: the kind's folder (from its globs, else where
 * such documents already are, else `fallbackFolder`) and the next free number after the existing
 * ones. Listing is the caller's (it holds the files): `existing` are the kind's current paths.
 */
export function planNewDocument(ws: RfcWorkspace, kind: DocKindWithId, title: string, existing: readonly string[], fallbackFolder: string): NewDocumentPlan {
  const folder = folderFor(ws.classifier.folders[kind], existing, fallbackFolder);
  const slug = slugify(title);
  const first = nextNumber(existing, kind);
  return {
    folder,
    candidate(attempt) {
      const id = formatId(kind, first + attempt);
      return { id, path: documentPath(folder, id, slug) };
    },
  };
}

/** The text of a new RFC from the active template. */
export function newRfcText(ws: RfcWorkspace, values: { id: string; title: string; today: string }): string {
  return fillRfcTemplate(ws.template, values);
}

/** The text of a new task from the task template, linked to its RFC. */
export function newTaskText(ws: RfcWorkspace, values: { id: string; title: string; today: string; rfcId: string }): string {
  return fillTaskTemplate(ws.taskTemplate, values);
}

/** The edit that links a new task from the RFC's Links → Tasks item, or undefined when it is linked already. */
export function taskLink(ws: RfcWorkspace, rfc: SourceDocument, taskPath: string, taskId: string): { range: Range; newText: string } | undefined {
  return taskLinkEdit(ws.parse(rfc), ws.template, taskPath, taskId);
}
