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
export type FieldStyle = 'list' | 'bold' | 'plain' | 'frontMatter';

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
  /** The file is not analysed at all (binary content): no rule runs on it, this notice says why. */
  readonly unanalysed?: boolean;
}

/** The parsed model of an RFC (or any Markdown document parsed as one). */
export interface RfcDocument {
  readonly path: string;
  readonly version: number;
  readonly text: TextLines;
  readonly frontMatter?: FrontMatter;
  readonly headings: readonly Heading[];
  readonly title?: TitleLine;
  readonly header: readonly HeaderField[];
  /** H2 sections in document order. */
  readonly sections: readonly Section[];
  /**
   * Every line that starts like a phase (`**Phase N …**`), wherever it is. Those in the template's
   * phase section are the phase status lines; elsewhere they are milestones.
   */
  readonly phases: readonly PhaseLine[];
  readonly checklist: readonly ChecklistItem[];
  readonly references: readonly Reference[];
  readonly codeBlocks: readonly CodeBlock[];
  readonly prose: readonly ProseSpan[];
  readonly suppressions: Suppressions;
  readonly limits: readonly LimitNotice[];
}

/** YAML front matter read leniently, key by key. */
export interface FrontMatter {
  /** Lines [start, end) including the `---` fences. */
  readonly startLine: number;
  readonly endLine: number;
  readonly fields: ReadonlyMap<string, FrontMatterField>;
}

export interface FrontMatterField {
  readonly key: string;
  /** Scalar value, or items of a list. */
  readonly value: string | readonly string[];
  readonly line: number;
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
