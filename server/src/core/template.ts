import { fieldKey } from './parser/header';
import type { ParseOptions, TitleIdForm } from './parser/parseOptions';
import { DEFAULT_PARSE_OPTIONS } from './parser/parseOptions';
import { parseRfc } from './parser/rfcParser';
import { memoize } from './memo';
import { repairMojibake } from './mojibake';
import type { FieldTraits, TemplateConcepts } from './templateTraits';
import { fieldTraits, hasTasks, isOptionalSection, isTemplateNameHeading, isTitlePlaceholder, sectionsAllOptional } from './templateTraits';
import type { RfcDocument, Section } from './types';

/** A section of the template: where it goes and what "insert section" puts there. */
export interface TemplateSection {
  readonly name: string;
  readonly key: string;
  readonly order: number;
  /** The section's body as the template has it (subsections included), without trailing blank lines. */
  readonly body: string;
  readonly childNames: readonly string[];
  /** Its heading level (`2` for `##`). */
  readonly level: number;
  /**
   * Advice to the author or optional, by its heading or body ("(for authors)", "(optional)",
   * `<!-- optional -->`, "Omit this section if it's not applicable") or by `optionalSections`:
   * never reported missing, still offered by "Insert Section…".
   */
  readonly optional: boolean;
  /**
   * Optional only because the template says to remove a section that does not apply (Spinnaker's "If
   * a section is not applicable, remove it."): it may be missing, but one left empty is not removed.
   */
  readonly removeUnused?: boolean;
}

export interface TemplateField extends FieldTraits {
  readonly name: string;
  readonly key: string;
  readonly value: string;
  readonly childNames: readonly string[];
}

/** What rules need to know about the active template, all derived from its text. */
export interface TemplateModel {
  readonly source: string;
  readonly text: string;
  readonly doc: RfcDocument;
  readonly sections: readonly TemplateSection[];
  readonly fields: readonly TemplateField[];
  /** Statuses the template offers, in lifecycle order (`Draft / In Progress / Complete`). */
  readonly statuses: readonly string[];
  /** Keys of the header fields that play a role. */
  readonly roles: {
    readonly statusField?: string;
    readonly ownersField?: string;
    readonly dateFields: readonly string[];
    /** The date field that records the last change (the later of the template's date fields). */
    readonly updatedField?: string;
    readonly createdField?: string;
    readonly linksField?: string;
    /** Section keys. */
    readonly phaseSection?: string;
    readonly proofSection?: string;
    readonly checklistSection?: string;
    readonly securitySection?: string;
  };
  /** Labels the security section must cover (`Threat model`, `Mitigations`, `Open risks`). */
  readonly securityLabels: readonly string[];
  /** Exact placeholder strings found in the template (`<goal 1>`, `RFC-XXXX`, `YYYY-MM-DD`, …). */
  readonly placeholders: readonly string[];
  /** Placeholders that appear inside the template's code blocks (flagged in code blocks too). */
  readonly codePlaceholders: readonly string[];
  /** Title text after the id (`<Title>`). */
  readonly titlePlaceholder?: string;
  /** How documents written from this template are laid out: title, id form, section level. */
  readonly structure: TemplateStructure;
  /** What the template has at all: rules about a concept it lacks do not run. */
  readonly concepts: TemplateConcepts;
}

/** The layout the template teaches, which the parser follows (see `ParseOptions`). */
export interface TemplateStructure {
  /** The heading level of its sections (`##` in ours; `#` in React's and Vue's; `##` in Rust's, which has no title). */
  readonly sectionLevel: number;
  /** Whether documents open with a title heading (a single level-1 heading above the sections). */
  readonly hasTitle: boolean;
  /** How the title carries the id (`# RFC-XXXX: <Title>`, `# KEP-NNNN: …`, `# NUMBER. TITLE`), when it does. */
  readonly titleId?: TitleIdForm;
  /** The prefix of the template's own id placeholder (title or first header field: `RFC-XXXX`, `[SE-NNNN]`). */
  readonly idPrefix?: string;
}

/**
 * Section names compared without case, emphasis, a trailing parenthetical note or punctuation:
 * "Scope boundaries (anti-drift)" ≈ "Scope boundaries", "Non-Goals" ≈ "non goals".
 */
export function sectionKey(name: string): string {
  // Section names repeat across every document of a workspace: each is keyed once.
  return sectionKeys(name);
}

const sectionKeys = memoize(computeSectionKey, 10_000);

function computeSectionKey(name: string): string {
  // A comment or an anchor in a heading is for tools, not a word of its name (`## <a name="design"></a>Detailed Design`).
  let s = name.replace(/<!--[\s\S]*?(?:-->|$)|<\/?(?:a|span|sup|sub|small|br|img)\b[^<>]*>/gi, ' ').toLowerCase().replace(/[*_`]/g, '').trim();
  // A letter with a mark is the letter (Perl's PPC 0004 `## Preämble` for the template's "Preamble").
  if (/[\u00c0-\u024f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // A section's number is its place, not its name (`1. Summary`, `2.3) Design`, `IV. Risks`).
  s = s.replace(/^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[ivx]{1,5}\.)\s+(?=\S)/, '');
  // A trailing note in parentheses or brackets (`(anti-drift)`, the old KEP template's `[optional]`),
  // or a heading's attributes for a site generator (TensorFlow's `## Design Proposal {#design-proposal}`).
  // A note is what follows a name: a heading that is all brackets (NATS's `[Context | References |
  // Prior Work]`) keeps its words.
  for (let i = 0; i < 3; i++) {
    const stripped = s.replace(/\s*(?:\([^()]*\)|\[[^[\]]*\]|\{[#.:][^{}]*\})\s*$/, '').replace(/\s*[:.?]\s*$/, '');
    if (stripped === '' && s !== '') {
      s = s.replace(/^[[(]\s*|\s*[\])]$/g, '');
      break;
    }
    s = stripped;
  }
  s = s.replace(/\s*[-\u2010\u2011\u2013]\s*/g, ' ').replace(/\s*\/\s*/g, '/').replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
  // One boundary or several, one consideration or several: the same section.
  return s.replace(/\b([a-z]{3,}?)(ies|s)\b/g, (word: string, stem: string, end: string) => (end === 'ies' ? `${stem}y` : /(?:s|u|i)$/.test(stem) ? word : stem));
}

const ANGLE_RE = /<[^<>\n]{1,80}>/g;
const ID_PLACEHOLDER_RE = /\b(?:RFC|TASK|ADR)-(?:X{2,}|N{2,}|0*Y)\b|\bX{4}\b|\b0{2,}Y\b/g;
const DATE_PLACEHOLDER_RE = /\bYYYY-MM-DD\b/g;
const SECURITY_RE = /secur/i;
/** A code block of commands (`bash`, `console`, `powershell` …). */
const SHELL_INFO_RE = /^(?:bash|sh|shell|shell-session|console|zsh|fish|powershell|pwsh|ps1?|cmd|bat)$/i;
/** A section named for proving the design. */
/** A section that calls its code an example. */
const EXAMPLE_CODE_RE = /\bexamples?\b/i;
const PROOF_NAME_RE = /\b(?:proofs?|prove|validation|verification|verify|tests?|testing|reproduc\w*)\b/i;
/**
 * A value listing the statuses to choose from: words separated by ` / ` (`Draft / In Progress /
 * Complete`), not a hint in parentheses (`(2.x / 3.x)`), dates or owners.
 */
const STATUS_LIST_RE = /^[A-Za-z][A-Za-z -]*(?: \/ [A-Za-z][A-Za-z -]*)+$/;

/**
 * The layout a template teaches, from its headings: one level-1 heading above the others is a title;
 * several level-1 headings are the sections themselves (React, Vue); a template whose first heading
 * is deeper has no title (Rust). A title that starts with an id placeholder says how ids are written.
 */
export function templateStructure(doc: RfcDocument): TemplateStructure {
  const headings = doc.headings;
  const first = headings[0];
  if (!first) return { sectionLevel: 2, hasTitle: false };
  const level1 = headings.filter((h) => h.level === 1).length;
  // A first heading that holds an id placeholder is a title even where the sections are level-1 too
  // (F#'s `# F# RFC FS-NNNN - (Fill me in with a feature name)` above `# Summary`).
  if (first.level === 1 && (level1 === 1 || ID_IN_TITLE_RE.test(first.text))) {
    const below = headings.slice(1).map((h) => h.level);
    const sectionLevel = below.length > 0 ? Math.min(...below) : 2;
    const prefixed = TITLE_PREFIX_RE.exec(first.text);
    // The separator after the id, where it is not ours (`:`): Flux's template writes `# RFC-NNNN Title`.
    const separator = prefixed ? (/^\s*([:\u2014\u2013-]?)/.exec(first.text.slice(prefixed[0].length))?.[1] ?? ':') : ':';
    const titleId: TitleIdForm | undefined = prefixed ? { kind: 'prefixed', prefix: prefixed[1].toUpperCase(), ...(separator !== ':' ? { separator } : {}) } : TITLE_NUMBER_RE.test(first.text) ? { kind: 'number' } : undefined;
    const idPrefix = prefixed?.[1].toUpperCase() ?? headerIdPrefix(doc);
    return { sectionLevel, hasTitle: true, ...(titleId ? { titleId } : {}), ...(idPrefix ? { idPrefix } : {}) };
  }
  const idPrefix = headerIdPrefix(doc);
  return { sectionLevel: first.level === 1 ? 1 : Math.min(...headings.map((h) => h.level)), hasTitle: false, ...(idPrefix ? { idPrefix } : {}) };
}

/** The label of a note to the author, not of a field: `TODO:`, `NOTE:`, `Note on the preamble:`, `Important:`. */
const NOTE_NAME_RE = /^(?:todo|fixme|note|nb|important|warning|caution|tip|hint|note (?:on|about|to) [\w ]{1,40})$/i;
const TITLE_PREFIX_RE = /^([A-Za-z]{1,12})[-\u2010\u2011](?:X{2,}|N{2,}|0{2,}Y?|\d{1,6})\b/;
/** An id placeholder anywhere in a heading (`F# RFC FS-NNNN - …`). */
const ID_IN_TITLE_RE = /(?:^|[^A-Za-z0-9])[A-Za-z]{1,12}[-\u2010\u2011](?:X{3,}|N{3,})(?![A-Za-z0-9])/;
const TITLE_NUMBER_RE = /^(?:NUMBER|N{1,4}|\d{1,6})\s*[.:]\s/;

/** The prefix of an id placeholder that opens a header field's value (`Proposal: [SE-NNNN](NNNN-x.md)` → `SE`). */
function headerIdPrefix(doc: RfcDocument): string | undefined {
  for (const f of doc.header) {
    const m = /^\[?([A-Za-z]{1,12})[-\u2010\u2011](?:X{2,}|N{2,})\b/.exec(f.value);
    if (m) return m[1].toUpperCase();
  }
  return undefined;
}

/** The parse options a template's own structure asks for (its ids read with the default grammar). */
function optionsFor(structure: TemplateStructure): ParseOptions {
  return { ...DEFAULT_PARSE_OPTIONS, sectionLevel: structure.sectionLevel, hasTitle: structure.hasTitle, ...(structure.titleId ? { titleId: structure.titleId } : { titleId: undefined }) };
}

/**
 * The template proper, where a template frames it with guidance: Kotlin's stdlib template opens with
 * `# Proposal template for new API…` (how to use it), then `# Title` with the proposal's `##`
 * sections, then `# Appendix: Questions to consider` ("not a part of the proposal"). Where one of
 * several level-1 headings is a title placeholder with level-2 sections under it, the level-1
 * headings around it and their text are blanked (lines keep their numbers): the documents are
 * written from the part under the title.
 */
function withoutFrame(text: string, headings: RfcDocument['headings']): string {
  const level1 = headings.filter((h) => h.level === 1);
  // Prometheus's: one level-1 heading that names the template (`# Template`), its guidance, then the
  // documents' own start at level 2 (`## Your Proposal Title`, `## Why`, …).
  if (level1.length === 1 && headings[0].level === 1 && isTemplateNameHeading(headings[0].text) && headings[1]?.level === 2 && isTitlePlaceholder(headings[1].text)) {
    return text.split('\n').map((l, n) => (n >= headings[0].line && n < headings[1].line ? '' : l)).join('\n');
  }
  if (level1.length < 2) return text;
  const i = headings.findIndex((h) => h.level === 1 && isTitlePlaceholder(h.text));
  if (i < 0 || headings[i + 1]?.level !== 2) return text;
  const from = headings[0].line;
  const start = headings[i].line;
  const end = headings.slice(i + 1).find((h) => h.level === 1)?.line ?? Number.MAX_SAFE_INTEGER;
  return text.split('\n').map((l, n) => ((n >= from && n < start) || n >= end ? '' : l)).join('\n');
}

/** Builds the template model from a template's text (damaged encoding is repaired first). */
export function buildTemplate(text: string, source: string): TemplateModel {
  const read = repairMojibake(text).text;
  const unframed = parseRfc(source, 0, read);
  const repaired = withoutFrame(read, unframed.headings);
  const first = repaired === read ? unframed : parseRfc(source, 0, repaired);
  const structure = templateStructure(first);
  const options = optionsFor(structure);
  const same = options.sectionLevel === DEFAULT_PARSE_OPTIONS.sectionLevel && options.hasTitle && JSON.stringify(options.titleId) === JSON.stringify(DEFAULT_PARSE_OPTIONS.titleId);
  const doc = same ? first : parseRfc(source, 0, repaired, options);
  const lines = doc.text;
  const firstSection = doc.sections[0]?.heading.line ?? 0;
  const allOptional = sectionsAllOptional(Array.from({ length: firstSection }, (_, l) => lines.line(l)).join('\n'));
  const sections = doc.sections.map((s, order): TemplateSection => ({
    name: s.heading.text,
    key: sectionKey(s.heading.text),
    order,
    body: sectionBody(s, (l) => lines.line(l)),
    childNames: s.children.map((c) => c.heading.text),
    level: s.heading.level,
    ...optionality(allOptional, isOptionalSection(s.heading.text, sectionBody(s, (l) => lines.line(l)), lineAbove(lines, s.heading.line))),
  }));
  const traits = fieldTraits(doc, repaired);
  const fields = doc.header
    .map((f, i): TemplateField => ({
      name: f.name,
      key: fieldKey(f.name),
      value: f.value,
      childNames: f.children.map((c) => c.name),
      ...(traits.get(i) ?? { optional: false, mayBeEmpty: false }),
    }))
    // A note to the author in the header's form is no field (Cardano's `TODO: Remove the note before
    // submitting`, Avalanche's `**Note on the preamble:** …`, F#'s `NOTE: new sections have been added`).
    .filter((f) => !NOTE_NAME_RE.test(f.name.trim()));

  // The status field lists the statuses to choose from. Another field's list is taken only where no
  // field is named for the status: Kotlin's stdlib template has `Status: Submitted` and
  // `Prototype: Not started / In progress / Implemented`, and the prototype's state is no status.
  const named = fields.find((f) => f.key === 'status');
  const statusField = named ? (STATUS_LIST_RE.test(named.value) ? named : undefined) : fields.find((f) => STATUS_LIST_RE.test(f.value) && !f.value.includes('@'));
  const dateFields = fields.filter((f) => /YYYY-MM-DD/.test(f.value)).map((f) => f.key);
  const sectionWith = (pred: (s: Section, i: number) => boolean): string | undefined => {
    const i = doc.sections.findIndex(pred);
    return i >= 0 ? sections[i].key : undefined;
  };
  const phaseSection = sectionWith((_, i) => doc.phases.some((p) => p.section === i && p.markers.length > 0));
  // The section whose commands prove the design: a shell block, or any block under a proof's name.
  // A code example in the design (Scala's ```scala under "Proposed solution") proves nothing, nor
  // does a shell block the section calls an example (PowerShell's "User Experience": "Example of
  // user experience with example code/script", a transcript of its own shell with output lines).
  const proofSection = sectionWith((s, i) =>
    doc.codeBlocks.some((c) => c.section === i && (PROOF_NAME_RE.test(s.heading.text) || (SHELL_INFO_RE.test(c.info.trim().split(/\s/)[0]) && !EXAMPLE_CODE_RE.test(doc.text.getText({ start: { line: s.heading.line, character: 0 }, end: { line: c.range.start.line, character: 0 } }))))),
  );
  const checklistSection = sectionWith((_, i) => doc.checklist.some((c) => c.section === i));
  const securityIndex = doc.sections.findIndex((s) => SECURITY_RE.test(s.heading.text));
  const securityLabels: string[] = [];
  if (securityIndex >= 0) {
    const body = sections[securityIndex].body;
    for (const m of body.matchAll(/^\s*[-*+]\s+\*\*([^*]+?)\*\*/gm)) securityLabels.push(m[1].replace(/:$/, '').trim());
  }

  const placeholders = new Set<string>();
  const codePlaceholders = new Set<string>();
  for (const p of doc.prose) collectPlaceholders(p.text, placeholders);
  for (const c of doc.codeBlocks) collectPlaceholders(c.content, codePlaceholders);
  for (const c of codePlaceholders) placeholders.add(c);
  for (const f of fields) if (f.placeholder) placeholders.add(f.placeholder);

  return {
    source,
    text: repaired,
    doc,
    sections,
    fields,
    statuses: statusField ? statusField.value.split('/').map((s) => s.trim()).filter(Boolean) : [],
    roles: {
      statusField: statusField?.key,
      ownersField: fields.find((f) => /@[\w-]/.test(f.value))?.key,
      dateFields,
      createdField: dateFields[0],
      updatedField: dateFields.length > 1 ? dateFields[dateFields.length - 1] : undefined,
      linksField: fields.find((f) => f.childNames.length > 0)?.key,
      phaseSection,
      proofSection,
      checklistSection,
      securitySection: securityIndex >= 0 ? sections[securityIndex].key : undefined,
    },
    securityLabels,
    placeholders: [...placeholders],
    codePlaceholders: [...codePlaceholders],
    titlePlaceholder: doc.title?.title?.text,
    structure,
    concepts: {
      title: structure.hasTitle,
      titleId: structure.titleId !== undefined,
      status: statusField !== undefined,
      phases: doc.phases.length > 0,
      tasks: hasTasks(doc, repaired, 'TASK', ['tasks']),
      security: securityIndex >= 0,
      proof: proofSection !== undefined,
      checklist: checklistSection !== undefined,
    },
  };
}

/** The nearest non-blank line above `line` ('' at the top). */
function lineAbove(lines: RfcDocument['text'], line: number): string {
  for (let l = line - 1; l >= 0; l--) if (lines.line(l).trim() !== '') return lines.line(l);
  return '';
}

/** A section's own optionality, and the one the template's opening gives all its sections (`removeUnused`). */
function optionality(allOptional: boolean, own: boolean): { optional: boolean; removeUnused?: true } {
  return own || !allOptional ? { optional: own } : { optional: true, removeUnused: true };
}

function collectPlaceholders(text: string, into: Set<string>): void {
  for (const re of [ANGLE_RE, ID_PLACEHOLDER_RE, DATE_PLACEHOLDER_RE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) if (re !== ANGLE_RE || !notAPlaceholder(m[0])) into.add(m[0]);
  }
}

/** An HTML tag: a closing one, or an element Markdown writers use, with attributes or without. */
const HTML_TAG_RE = /^<(?:\/[A-Za-z][\w-]*\s*|(?:a|abbr|b|br|code|del|details|div|em|hr|i|img|ins|kbd|li|ol|p|pre|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s*\/?)>$/;
/** A real address or link in angle brackets (`<eeps@erlang.org>`, `<raimo(at)erlang(dot)org>`, `<https://…>`), not an example one. */
const ADDRESS_RE = /^<(?:[^\s<>@]+(?:@|\(at\)|\[at\])[^\s<>]+|https?:\/\/[^\s<>]+)>$/i;
const EXAMPLE_RE = /example|your|e-?mail@|user(?:name)?@|name@/i;

/**
 * Angle brackets that hold no placeholder: Algorand's `<a href="https://www.ietf.org/rfc/rfc2119.txt">`
 * and `</a>` in the lines every ARC keeps, Erlang's editors' addresses. `<email@example.com>` is one.
 */
function notAPlaceholder(written: string): boolean {
  return HTML_TAG_RE.test(written) || (ADDRESS_RE.test(written) && !EXAMPLE_RE.test(written));
}

function sectionBody(s: Section, line: (n: number) => string): string {
  const out: string[] = [];
  for (let l = s.bodyStart; l < s.end; l++) out.push(line(l));
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  while (out.length > 0 && out[0].trim() === '') out.shift();
  return out.join('\n');
}
