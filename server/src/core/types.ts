import type { Range } from 'vscode-languageserver-types';
import type { TextLines } from './text';
import type { DocKindWithId } from './ids';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** What kind of document a workspace file is, decided from the configured globs. */
export type DocKind = DocKindWithId | 'template' | 'other';

/** Lifecycle class of a status value, after synonyms are applied. */
export type StatusClass = 'draft' | 'active' | 'done' | 'other';

/** A piece of source text and where it is. */
export interface Span {
  readonly text: string;
  readonly range: Range;
}

/** A heading of any level. */
export interface Heading {
  readonly level: number;
  readonly text: string;
  /** Range of the heading's text (without the `#` markers). */
  readonly range: Range;
  readonly line: number;
}

/** The first H1 of an RFC: `# RFC-0004: Title`. */
export interface TitleLine {
  readonly heading: Heading;
  /** The id as written, when the heading starts with one (including `RFC-XXXX`). */
  readonly id?: Span;
  /** Canonical id, when `id` is a real id. */
  readonly canonicalId?: string;
  /** What separates id and title: ':' for the template form, '—', '-', or '' when none. */
  readonly separator: string;
  readonly title?: Span;
}

/** How a header field was written. */
export type FieldStyle = 'list' | 'bold' | 'plain' | 'frontMatter' | 'table';

/** One header field (`- Status: Draft`) and its sub-items (`Links` → `Tasks`, `ADRs`, …). */
export interface HeaderField {
  /** Name as written (`Status`, `Last Updated`, `Authors`). */
  readonly name: string;
  readonly nameRange: Range;
  /** Value text, trimmed, with continuation lines joined by a space. */
  readonly value: string;
  /** Range of the value (empty range after the colon when the value is empty). */
  readonly valueRange: Range;
  readonly line: number;
  readonly style: FieldStyle;
  readonly children: readonly HeaderField[];
  /** Front matter: each list item where it is written (`value` joins them with ', '). */
  readonly items?: readonly FrontMatterItem[];
  /** Front matter: a mapping nested under the key, so the field is not empty though `value` is. */
  readonly nested?: boolean;
}

/** A section heading and the lines its body spans. */
export interface Section {
  readonly heading: Heading;
  /** First body line (the line after the heading). */
  readonly bodyStart: number;
  /** Line after the section's last line (next heading of the same or higher level, or EOF). */
  readonly end: number;
  /** Subsections (one level deeper). */
  readonly children: readonly Section[];
  /** Whether the body (including subsections) holds anything besides blank lines and comments. */
  readonly hasContent: boolean;
}

/** A marker on a phase line, as written. */
export interface PhaseMarker {
  readonly text: string;
  readonly range: Range;
}

/** A phase-like line: `- **Phase 1 (name)**: 🟨 (note)` in "Status at a Glance", or a milestone. */
export interface PhaseLine {
  readonly line: number;
  /** Range of the whole line content. */
  readonly range: Range;
  /** `1`, `1a`. */
  readonly label: string;
  readonly labelRange: Range;
  /** Whole-number part of the label. */
  readonly number: number;
  readonly name: string;
  /** Markers found after the label, in order. */
  readonly markers: readonly PhaseMarker[];
  /** The template's untouched "⬜ / 🟨 / ✅". */
  readonly templateTriple: boolean;
  /** Range where the marker text sits (after `**: `), for replacing it. */
  readonly markerRange: Range;
  /** Bullet written wrongly (`-- **Phase 1**`) or not as a list item. */
  readonly malformed: boolean;
  /** Index into `RfcDocument.sections` of the H2 it is in (-1 before any H2). */
  readonly section: number;
}

/** A checklist item `- [ ] text` / `- [x] text`. */
export interface ChecklistItem {
  readonly line: number;
  readonly checked: boolean;
  readonly range: Range;
  readonly boxRange: Range;
  readonly text: string;
  readonly section: number;
}

/** Where a reference was written. */
export type ReferenceStyle = 'backtick' | 'link' | 'bare' | 'frontMatter';

/** A reference to another document: a path or one or more ids. */
export interface Reference {
  readonly range: Range;
  /** The text as written. */
  readonly text: string;
  readonly style: ReferenceStyle;
  /** For a path reference: the path as written, without `:line` or `#anchor` suffixes. */
  readonly path?: string;
  /** Canonical ids the reference names (a path's file id; every id of a range or list). */
  readonly ids: readonly string[];
  /** Set for `TASK-0001..0020`: the two ends (only these are checked for existence). */
  readonly rangeEnds?: readonly [string, string];
  /** A path of names alone (`userspace/apps/search`, in code): a reference only where it resolves or starts at a repository folder. */
  readonly weak?: boolean;
  /** An id written loosely (`RFC 42`, `RFC #42`): resolved where it can be, never reported. */
  readonly loose?: boolean;
  readonly line: number;
  /** Index into `RfcDocument.sections` (-1 for the header). */
  readonly section: number;
  /** Which inline block (paragraph, list item's paragraph, heading, table cell) it is in: siblings share one. */
  readonly block: number;
  /** For a reference in front matter: the key it is listed under, lower case (`depends-on`, `links`). */
  readonly key?: string;
  /**
   * For the destination of a link reference definition that no link of the document uses
   * (`[CT]: ./const-traits.md` with no `[CT]` anywhere else): its label. A reader sees no link there.
   */
  readonly unusedDefinition?: string;
}

/** A fenced or indented code block. */
export interface CodeBlock {
  readonly info: string;
  readonly content: string;
  /** Lines of the content (without fences). */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly range: Range;
  readonly section: number;
  /** The fence's marker as written (```` ``` ````, `~~~~`); absent for an indented code block. */
  readonly fence?: string;
  /**
   * False for a fence that has no closing line: it runs to the end of the document or of its list
   * item, so text inserted after it would be code. Always true for an indented code block.
   */
  readonly closed: boolean;
}

/** A run of inline text that placeholder and prose checks look at. */
export interface ProseSpan {
  readonly text: string;
  /** Offset map: source position of `text[0]`; spans never cross lines. */
  readonly line: number;
  readonly character: number;
  readonly code: boolean;
  readonly section: number;
}

/** `<!-- rfc-author-disable… -->` directives. */
export interface Suppressions {
  /** Rule ids (or '*') disabled for the whole file. */
  readonly file: ReadonlySet<string>;
  /** Per line: rule ids (or '*') disabled on that line. */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
  /** `disable` … `enable` regions, inclusive line numbers. */
  readonly regions: readonly { readonly rule: string; readonly from: number; readonly to: number }[];
}

/** Something the parser refused to analyse fully (file too big, nesting too deep, binary content). */
export interface LimitNotice {
  readonly message: string;
  readonly range: Range;
}

/** The parsed model of an RFC (or any Markdown document parsed as one). */
export interface RfcDocument {
  readonly path: string;
  readonly version: number;
  readonly text: TextLines;
  /**
   * False when the file is not analysed at all (binary content): its model is empty, no rule runs on
   * it and no fix is offered; `limits` holds the notice that says why.
   */
  readonly analysed: boolean;
  readonly frontMatter?: FrontMatter;
  readonly headings: readonly Heading[];
  readonly title?: TitleLine;
  readonly header: readonly HeaderField[];
  /**
   * The lines each paragraph spans (in list items and quotes too), as flat pairs
   * [start, end, start, end, …] in document order: where the prose is.
   */
  readonly paragraphs: readonly number[];
  /** H2 sections in document order. */
  readonly sections: readonly Section[];
  /**
   * Every line that starts like a phase (`**Phase N …**`), wherever it is. Those in the template's
   * phase section are the phase status lines; elsewhere they are milestones.
   */
  readonly phases: readonly PhaseLine[];
  readonly checklist: readonly ChecklistItem[];
  readonly references: readonly Reference[];
  /**
   * Ids written as the text of a link whose destination names the same documents
   * (`[TASK-0003](tasks/TASK-0003-x.md)`): kept out of `references` so that navigation and rules see
   * the link once, by its destination; a rename rewrites them too.
   */
  readonly linkTextReferences?: readonly Reference[];
  readonly codeBlocks: readonly CodeBlock[];
  readonly prose: readonly ProseSpan[];
  readonly suppressions: Suppressions;
  readonly limits: readonly LimitNotice[];
}

/** YAML front matter, read key by key (see `parser/frontMatter.ts`). */
export interface FrontMatter {
  /** Lines [start, end) including the `---` fences. */
  readonly startLine: number;
  readonly endLine: number;
  /** By key in lower case. */
  readonly fields: ReadonlyMap<string, FrontMatterField>;
}

/** One item of a front matter list, and where its text is written (inside its quotes). */
export interface FrontMatterItem {
  readonly text: string;
  readonly range: Range;
}

export interface FrontMatterField {
  readonly key: string;
  /** The scalar value: '' when there is none (a comment is none), or when the value is a list or mapping. */
  readonly value: string;
  /** The items of a list (`[a, b]` or `- a` lines), in order. */
  readonly items: readonly FrontMatterItem[];
  /** A mapping nested under the key (or mappings as list items): content, though not text. */
  readonly nested: boolean;
  readonly line: number;
  /** The value as written on the key's line (an empty range at its end when the value is below). */
  readonly valueRange: Range;
}

/** A finding of a rule, before it becomes an LSP diagnostic or a CLI line. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: string;
  /** What a quick fix needs (see each rule's `FixData`). */
  readonly data?: Record<string, unknown>;
}
