/**
 * Reading a title heading: how a document names itself in its first heading (`# RFC-0004: Title`,
 * `# TASK-0003: Networking`, `# 5. Use Markdown`). The parser's title line (for the title rules), the
 * id the parse leaves out of the title's references, and the index summary's id and title of every
 * document (opened or not) are all read here, with the id form the template teaches
 * (`readTitleId`, parseOptions.ts), so a change of convention is made in one place.
 */
import type { IdGrammar } from '../idGrammar';
import { range } from '../text';
import type { Heading, TitleLine } from '../types';
import type { ParseOptions } from './parseOptions';
import { readTitleId, titleIdSpan } from './parseOptions';

/** Any workspace id at the start of a title heading, with the separator after it. */
const HEADING_ID_RE = /^([A-Za-z]{1,12}[-\u2010\u2011]\d+[A-Z]?)\s*[:\u2014\u2013-]?\s*/i;
/** An ADR's number at the start of its title (`12. Use Markdown`). */
const HEADING_NUMBER_RE = /^\d+\.\s*/;
const LINKED_ID_RE = /^\[([A-Za-z]{1,12}[-\u2010\u2011]\d+[A-Z]?)\]\([^)\s]*\)/;

/** Whether a heading is the document's title: its first heading, a level-1 one, when the template has titles. */
export function isTitleHeading(level: number, index: number, options: ParseOptions): boolean {
  return options.hasTitle && index === 0 && level === 1;
}

/**
 * The title line: the first heading, when the template opens with one (a document without a title
 * template has sections from its first heading on). Its id is read in the template's form.
 */
export function titleLine(headings: readonly Heading[], options: ParseOptions): { title?: TitleLine } {
  const h = headings[0];
  if (!h || !options.hasTitle) return {};
  const m = readTitleId(h.text, options);
  if (!m) return { title: { heading: h, separator: '' } };
  const { line, character } = h.range.start;
  const titleText = m.rest.trim();
  const titleStart = character + m.restStart;
  return {
    title: {
      heading: h,
      id: titleIdSpan(m, line, character),
      ...(m.canonical ? { canonicalId: m.canonical } : {}),
      separator: m.separator,
      ...(titleText ? { title: { text: titleText, range: range(line, titleStart, line, titleStart + titleText.length) } } : {}),
    },
  };
}

/**
 * How many leading characters of a title heading are the document's own id (0 when none). They
 * name this document, not another one, so they are not read as a reference.
 */
export function ownIdLength(title: string, options: ParseOptions): number {
  return readTitleId(title, options)?.writtenLength ?? 0;
}

/** The heading a document's index summary takes its title (and, lacking one elsewhere, its id) from. */
export function summaryTitleHeading(headings: readonly Heading[]): Heading | undefined {
  return headings.find((h) => h.level === 1);
}

/**
 * A title heading as the index shows it: the words, without an id of the workspace (`RFC-0004: …`) or
 * a number (`12. …`) before them (the heading itself when only those), and that id, canonical.
 */
export function headingTitle(written: string, ids: IdGrammar): { id?: string; words: string } {
  // An id written as a link to its tracking issue is the id (`[KEP-3077](https://…): …`).
  const heading = written.replace(LINKED_ID_RE, '$1');
  const head = HEADING_ID_RE.exec(heading);
  const id = head ? ids.normalize(head[1]) : undefined;
  const lead = id ? (head?.[0].length ?? 0) : (HEADING_NUMBER_RE.exec(heading)?.[0].length ?? 0);
  const words = heading.slice(lead).trim() || heading;
  return id ? { id, words } : { words };
}
