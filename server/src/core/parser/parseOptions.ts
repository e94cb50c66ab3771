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
  /**
   * `# RFC-0042: Title`, `# KEP-1234: Title`: the kind's prefix, a hyphen and the number, then the
   * separator the template writes (`:` when absent; `''` for a space alone, Flux's `# RFC-NNNN Title`).
   */
  | { readonly kind: 'prefixed'; readonly prefix: string; readonly separator?: string }
  /** `# 12. Title` (adr-tools): the number alone, then a dot or a colon. */
  | { readonly kind: 'number' };

/** A title's id and the separator after it, as the template writes them: `RFC-0042: `, Flux's `RFC-0042 `. */
export function titleLead(id: string, form: TitleIdForm | undefined): string {
  const sep = form?.kind === 'prefixed' ? (form.separator ?? ':') : ':';
  return sep === ':' ? `${id}: ` : sep === '' ? `${id} ` : `${id} ${sep} `;
}

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
  /** Where the id starts in the heading text: 1 when it is a link's text (`[KEP-3077](…): …`), else 0. */
  readonly idStart: number;
  /** How long the id is as written, its link included. */
  readonly writtenLength: number;
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
    // The id may be a link's text (a KEP's `# [KEP-3077](https://…/issues/3077): contextual logging`).
    re = form.kind === 'prefixed'
      ? new RegExp(`^(?:\\[(?=[^\\]]+\\]\\([^)\\s]*\\)))?(${form.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${ID_HYPHENS}(?:\\d{1,6}|X{2,}|N{2,}))(\\]\\([^)\\s]*\\))?\\s*([:\u2014\u2013-]?)\\s*(.*)$`, 'i')
      : /^(\d{1,6}|NUMBER)()\s*([.:])\s*(.*)$/;
    titleRes.set(key, re);
  }
  const m = re.exec(text);
  if (!m) return undefined;
  const linked = text.startsWith('[') && m[2] !== undefined && m[2] !== '';
  // `[KEP-3077` without its `](…)`, or `KEP-3077](…)` without its `[`, is no link and no id.
  if (text.startsWith('[') !== linked) return undefined;
  const written = m[1];
  const digits = /\d+$/.exec(written);
  const kind = options.ids.kinds.includes('rfc') ? 'rfc' : options.ids.kinds[0];
  return {
    written,
    ...(digits ? { canonical: options.ids.idOf(kind, digits[0]) } : {}),
    separator: m[3],
    rest: m[4],
    restStart: text.length - m[4].length,
    idStart: linked ? 1 : 0,
    writtenLength: linked ? 1 + written.length + m[2].length : written.length,
  };
}

/** The id's span in a heading whose text starts at `character` of `line`. */
export function titleIdSpan(match: TitleIdMatch, line: number, character: number): Span {
  const start = character + match.idStart;
  return { text: match.written, range: { start: { line, character: start }, end: { line, character: start + match.written.length } } };
}
