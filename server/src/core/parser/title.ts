/**
 * Reading a title heading: the one place that knows how a document names itself in its first
 * heading (`# RFC-0004: Title`, `# TASK-0003: Networking`, `# 5. Use Markdown`). The parser's title
 * line (for the title rules), the id the parse leaves out of the heading's references, and the index
 * summary's id and title of every document (opened or not) are all read here, so a change of
 * convention (a team's own template, other id schemes) is made once.
 */
import { normalizeId } from '../ids';
import { range } from '../text';
import type { Heading, TitleLine } from '../types';

/** An RFC title: `RFC-0004`, a placeholder `RFC-XXXX`, then a separator and the title. */
const TITLE_ID_RE = /^(RFC[-\u2010\u2011](?:\d{1,6}|X{2,}|N{2,}))\s*([:\u2014\u2013-]?)\s*(.*)$/i;
/** Any document's id at the start of its title heading. */
const HEADING_ID_RE = /^((?:RFC|TASK|ADR)[-\u2010\u2011]\d+[A-Z]?)/i;
/** What precedes the words of a title: an id or an ADR's number (`5.`), and a separator. */
const TITLE_PREFIX_RE = /^(?:(?:RFC|TASK|ADR)[-\u2010\u2011]\d+[A-Z]?|\d+\.)\s*[:\u2014\u2013-]?\s*/i;

/** The title line of a parsed document: its first heading, with the RFC id and title it holds. */
export function titleLine(headings: readonly Heading[]): { title?: TitleLine } {
  const h = headings[0];
  if (!h) return {};
  const m = TITLE_ID_RE.exec(h.text);
  if (!m) return { title: { heading: h, separator: '' } };
  const { line, character } = h.range.start;
  const idEnd = character + m[1].length;
  const titleText = m[3].trim();
  const titleStart = character + h.text.length - m[3].length;
  const digits = /\d+$/.exec(m[1]);
  return {
    title: {
      heading: h,
      id: { text: m[1], range: range(line, character, line, idEnd) },
      ...(digits ? { canonicalId: `RFC-${digits[0].replace(/^0+(?=\d)/, '').padStart(4, '0')}` } : {}),
      separator: m[2],
      ...(titleText ? { title: { text: titleText, range: range(line, titleStart, line, titleStart + titleText.length) } } : {}),
    },
  };
}

/**
 * How many leading characters of the document's first heading are its own id (0 when it starts with
 * none). They name this document, not another one, so they are not read as a reference.
 */
export function ownIdLength(firstHeading: string): number {
  return TITLE_ID_RE.exec(firstHeading)?.[1].length ?? 0;
}

/** The heading a document's index summary takes its title (and, lacking one elsewhere, its id) from. */
export function summaryTitleHeading(headings: readonly Heading[]): Heading | undefined {
  return headings.find((h) => h.level === 1);
}

/** A title heading's words without the id or number before them (the heading itself when only those). */
export function titleWords(heading: string): string {
  return heading.replace(TITLE_PREFIX_RE, '').trim() || heading;
}

/** The canonical id a title heading starts with, if any. */
export function titleId(heading: string): string | undefined {
  const m = HEADING_ID_RE.exec(heading);
  return m ? normalizeId(m[1]) : undefined;
}
