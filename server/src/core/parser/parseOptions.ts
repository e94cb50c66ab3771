/**
 * What the parser needs to know about the team's conventions before it reads a document: how ids are
 * written, whether documents open with a title heading and how that title carries the id, and at
 * which heading level the template's sections are. All of it comes from the template and the file
 * names (see `template.ts` and `idSchemes.ts`); the defaults are those of the built-in template.
 */
import type { IdGrammar } from '../idGrammar';
import { DEFAULT_ID_GRAMMAR } from '../idGrammar';
import type { Span } from '../types';

/** How a title heading carries the document's id. */
export type TitleIdForm =
  /** `# RFC-0042: Title`, `# KEP-1234: Title`: the kind's prefix, a hyphen and the number. */
  | { readonly kind: 'prefixed'; readonly prefix: string }
  /** `# 12. Title` (adr-tools): the number alone, then a dot or a colon. */
  | { readonly kind: 'number' };

export interface ParseOptions {
  readonly ids: IdGrammar;
  /** The level of the template's sections (`##` in ours, `#` in React's and Vue's). */
  readonly sectionLevel: number;
  /**
   * Whether a document opens with a title heading (a level-1 heading above the sections). Without
   * one, every heading at the section level is a section.
   */
  readonly hasTitle: boolean;
  /** How the title carries the id, when it does. */
  readonly titleId?: TitleIdForm;
}

export const DEFAULT_PARSE_OPTIONS: ParseOptions = {
  ids: DEFAULT_ID_GRAMMAR,
  sectionLevel: 2,
  hasTitle: true,
  titleId: { kind: 'prefixed', prefix: 'RFC' },
};

/** The id at the start of a title, and what follows it. */
export interface TitleIdMatch {
  /** The id as written (`RFC-0042`, `RFC-XXXX`, `12`). */
  readonly written: string;
  /** Canonical id, when `written` is a real number (not a placeholder). */
  readonly canonical?: string;
  readonly separator: string;
  /** The title text after the separator (trimmed start), and where it starts in the heading text. */
  readonly rest: string;
  readonly restStart: number;
}

const ID_HYPHENS = '[-\u2010\u2011]';
const titleRes = new Map<string, RegExp>();

/**
 * Reads the id at the start of a title heading's text, in the form the template's title uses. The
 * one reader of titles: the parser and the index's lean scan both call it.
 */
export function readTitleId(text: string, options: ParseOptions): TitleIdMatch | undefined {
  const form = options.titleId;
  if (!form) return undefined;
  const key = form.kind === 'prefixed' ? `p:${form.prefix}` : 'n';
  let re = titleRes.get(key);
  if (!re) {
    re = form.kind === 'prefixed'
      ? new RegExp(`^(${form.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${ID_HYPHENS}(?:\\d{1,6}|X{2,}|N{2,}))\\s*([:\u2014\u2013-]?)\\s*(.*)$`, 'i')
      : /^(\d{1,6}|NUMBER)\s*([.:])\s*(.*)$/;
    titleRes.set(key, re);
  }
  const m = re.exec(text);
  if (!m) return undefined;
  const digits = /\d+$/.exec(m[1]);
  const kind = options.ids.kinds.includes('rfc') ? 'rfc' : options.ids.kinds[0];
  return {
    written: m[1],
    ...(digits ? { canonical: options.ids.idOf(kind, digits[0]) } : {}),
    separator: m[2],
    rest: m[3],
    restStart: text.length - m[3].length,
  };
}

/** The id's span in a heading whose text starts at `character` of `line`. */
export function titleIdSpan(match: TitleIdMatch, line: number, character: number): Span {
  return { text: match.written, range: { start: { line, character }, end: { line, character: character + match.written.length } } };
}
