/**
 * What a template says about itself in words: which sections are advice to the author or optional,
 * which header fields may stay empty or be left out, which values are placeholders to replace, and
 * which concepts (tasks, phases, a security section, …) it has at all. Rules about a concept the
 * template lacks do not run; a section or field the template marks optional is never "missing".
 */
import { fieldKey } from './parser/header';
import type { RfcDocument } from './types';

/** The concepts a template may or may not have; rules that need one run only where it exists. */
export interface TemplateConcepts {
  /** Documents have a title line. */
  readonly title: boolean;
  /** The title carries the id (`# RFC-XXXX: <Title>`). */
  readonly titleId: boolean;
  /** A Status field with a list of statuses. */
  readonly status: boolean;
  /** Phase lines with markers. */
  readonly phases: boolean;
  /** Tasks that implement the document (a Tasks field, task paths or task ids). */
  readonly tasks: boolean;
  readonly security: boolean;
  readonly proof: boolean;
  readonly checklist: boolean;
}

export type Concept = keyof TemplateConcepts;

/**
 * A heading that stands for the document's title, not a section (gRPC's template opens with `Title`
 * underlined as a level-2 heading; Kotlin's stdlib template has `# Title` among its level-1 parts).
 */
const TITLE_PLACEHOLDER_RE = /^[[<{(]?\s*(?:title|your title|(?:your )?(?:proposal|rfc|design|feature) (?:title|name)|title of (?:the |your )?(?:rfc|proposal|document|feature))\s*[\]>})]?$/i;
/** A heading that is all a placeholder to replace, a choice of names: NATS's `[Context | References | Prior Work]`. */
const CHOICE_HEADING_RE = /^\[[^[\]]*\|[^[\]]*\]$/;
/** A heading or the opening of a section's body that marks it optional or addressed to the author. */
const OPTIONAL_HEADING_RE = /\((?:[^()]*\b(?:optional|for (?:the )?authors?|if applicable|if any|if needed|delete (?:this|before)|remove (?:this|before))\b[^()]*)\)|\bif applicable\b|\boptional\b/i;
const OPTIONAL_BODY_RE = /<!--\s*(?:[^>]*\b(?:optional|feel free to remove|delete this section|remove this section)\b)[^>]*-->|\b(?:omit|delete|remove|skip) this section\b|\bthis section is optional\b|\bthis section (?:should|must|can|may) be (?:removed|deleted|omitted)\b|\bthis (?:[a-z]+ )?section is (?:required|mandatory|needed) for\b[^.]{1,120}\bbut optional\b|\bthis (?:[a-z]+ )?section is optional for\b|\b(?:the authors?|you) (?:does not|doesn't|do not|don't) (?:need|have) to (?:fill (?:out|in)|write|complete) this section\b|\b[a-z]+ (?:proposals|rfcs|documents|changes|enhancements|designs)\s+(?:(?:typically|usually|generally|often)\s+)?(?:will not|won't|do not|don't|need not)\s+(?:require|need)\b|\b(?:any number of|additional|more|other)\b[^.]{0,60}\bas (?:you|the (?:editor|authors?)) sees? fit\b|^\s*(?:>\s*)?[*_(]*optional[*_)]*\s*(?:[,:.;\u2014]|$)|^\s*(?:>\s*)?[*_([]*(?:an? )?optional section\b|\b(?:is|are) not a strict requirement\b|\bthis section will (?:probably |likely |often )?(?:initially |at first )?be empty\b/im;
/**
 * Guidance that opens with a condition and then says what to write: `If significant changes … were
 * incorporated, take a moment here to thank them` (Swift's Acknowledgments), `[If this is a
 * specification or actual design, write something here.]` (NATS's Design), `> If \`implementation-required:
 * true\`, this section is mandatory.` (Algorand's Reference Implementation); or with a maybe: `[Maybe
 * this was just an architectural decision...]` (NATS's Decision, the other way to write the same ADR);
 * or with the phase it serves: `While a HIP is in draft, new ideas may arise … List them here` (Hedera's
 * Open Issues, which a final HIP has no more).
 */
const CONDITIONAL_BODY_RE = /^\s*(?:>\s*)?[[(*_]*\s*(?:If\b[^.?!]{3,300},\s*(?:include|take|add|list|describe|write|mention|note|explain|thank|link|you are welcome|you're welcome|feel free|this section is (?:mandatory|required|needed))\b|(?:Maybe|Perhaps)\b|(?:While|During)\b[^.?!]{3,120}\b(?:in draft|drafting|(?:the |its )?(?:draft|review|discussion)(?: stage| phase| period)?)\b)/i;
/** A question whether there is anything to write, then what to do if so: ibc-go's References ("Are there any relevant PR comments, issues …? If so link them here!"). */
const IF_ANY_BODY_RE = /^\s*(?:>\s*)?[[(*_]*\s*(?:Are|Is|Were) there (?:any|other)\b[^?]{3,300}\?\s*If (?:so|yes)\b/i;
/**
 * A place for the author's own sections, not a section to write: Conda's `## Other sections` ("Other
 * relevant sections of the proposal. Common sections include: …"), by its name or by its opening.
 */
const SLOT_HEADING_RE = /^(?:other|additional|more|further|extra|custom|your own)(?:\s+relevant)?\s+sections?\b/i;
const SLOT_BODY_RE = /^\s*(?:[[(*_]\s*)?(?:other|additional|more|any other) (?:relevant )?sections(?: of (?:the|this|your) (?:proposal|rfc|document|design))?(?:\s*[.:;]| (?:as|if) needed\b)|\bcommon sections include\b/i;

/**
 * A heading that names the template itself, not a document: Prometheus's `# Template` above its
 * guidance and the `## Your Proposal Title` a proposal starts from.
 */
const TEMPLATE_NAME_HEADING_RE = /^(?:(?:the |an? )?(?:rfc|proposal|design(?: doc(?:ument)?)?|adr|decision record|enhancement proposal)\s+)?template\b/i;

/** Whether a heading names the template itself (`Template`, `RFC template`, `Proposal template for new API …`). */
export function isTemplateNameHeading(name: string): boolean {
  return TEMPLATE_NAME_HEADING_RE.test(name.trim());
}

/**
 * Words above a template's first section that make every section optional: Spinnaker's "If a section
 * is not applicable, remove it.", "Not all sections are required", "Remove sections that don't apply";
 * a template given as a starting point to adapt (GraphQL's "This template is provided as a suggested
 * starting point. You may alter the format where necessary.", Cilium's README: "use the
 * CFP-003-template.md file as an outline. … meant to provide a starting point for people. Feel free
 * to edit and modify your outline"; Matrix's README: "There's a proposal template, but don't feel bound
 * by it").
 */
const ALL_OPTIONAL_RE = /\bif a section (?:is not|isn't|does not|doesn't) (?:applicable|apply|relevant)\b|\b(?:remove|delete|omit|skip) (?:any )?sections? (?:that|which) (?:(?:are|is) not|aren't|isn't|do not|does not|don't|doesn't) (?:applicable|apply|relevant)\b|\bnot all (?:of )?(?:the |these )?sections are (?:required|mandatory|needed)\b|\b(?:all|these|the) sections (?:below )?are optional\b|\b(?:is|as) (?:meant to (?:provide|be) )?an? (?:suggested |rough )?(?:starting point|outline)\b[^.]{0,80}[.;]\s*(?:you may|feel free to) (?:edit|modify|alter|change|adapt)\b|\b(?:don't|do not) feel bound by (?:it|the template|this template)\b|\byou (?:don't|do not) (?:necessarily )?(?:need|have) to (?:use|follow) (?:it|the template|this template)\b/i;

/** Whether the text above a template's first section makes every section optional (`ALL_OPTIONAL_RE`). */
export function sectionsAllOptional(preamble: string): boolean {
  return ALL_OPTIONAL_RE.test(preamble.replace(/\s+/g, ' '));
}

/** Whether a heading stands for the document's title (`Title`, `[Title]`, `Title of RFC`). */
export function isTitlePlaceholder(name: string): boolean {
  return TITLE_PLACEHOLDER_RE.test(name.trim());
}

/** Whether a heading marks its section optional or addressed to the author (`(optional)`, `[optional]`, `(for authors)`, `if applicable`). */
export function headingMarksOptional(name: string): boolean {
  return OPTIONAL_HEADING_RE.test(name);
}

/**
 * Whether a template section is advice for the author or optional, by its heading, the first lines
 * of its body (a direction that opens with a condition: "If … , take a moment here to thank them"),
 * or a comment right above its heading (MADR writes `<!-- This is an optional element. Feel free to
 * remove. -->` there).
 */
export function isOptionalSection(name: string, body: string, above = ''): boolean {
  if (headingMarksOptional(name) || isTitlePlaceholder(name) || CHOICE_HEADING_RE.test(name.trim()) || SLOT_HEADING_RE.test(name.trim())) return true;
  if (/^\s*<!--/.test(above) && OPTIONAL_BODY_RE.test(above)) return true;
  const lines = body.split('\n');
  // A comment on the line right above a heading (a subsection's, or the next section's where the
  // body ends) is that heading's (MADR's), not this section's.
  const own = lines.filter((l, i) => l.trim() !== '' && !(/^\s*<!--.*-->\s*$/.test(l) && (i === lines.length - 1 ? i > 0 : /^#{1,6}\s/.test(lines[i + 1]))));
  const opening = own.slice(0, 3).join('\n');
  return OPTIONAL_BODY_RE.test(opening) || CONDITIONAL_BODY_RE.test(opening) || IF_ANY_BODY_RE.test(opening) || SLOT_BODY_RE.test(opening);
}

/** What a template field's value and the template's directions say about filling it in. */
export interface FieldTraits {
  /** The field may be left out (`*if applicable*`, `(optional)`, front matter listed as "optional metadata"). */
  readonly optional: boolean;
  /** The field may stay empty (`(leave this empty)`, "Leave as is", empty in the template). */
  readonly mayBeEmpty: boolean;
  /** Text to replace, when the template's value is a direction (`(fill me in with …)`). */
  readonly placeholder?: string;
  /**
   * The value is no example: the template says to keep it (`# Keep this` above `parent: Decision
   * Records`), or it is the site's (MADR's `parent: Decisions` under "# Configuration for the Jekyll
   * template").
   */
  readonly keep?: boolean;
  /** The template says to replace the value (`# Replace this with the area`): an example, however plain. */
  readonly replace?: boolean;
  /**
   * The template's words let a name stand alone as an owner: "name(s) and/or username(s)" (Filecoin's
   * example value), "List of author name(s) and optional contact info" (NEAR's directions).
   */
  readonly namesAlone?: boolean;
}

/** Words that let an owner's name stand alone: "name(s) and/or username(s)", "name(s) and optional contact info", Avalanche's "name(s) and optionally contact info". */
const NAMES_ALONE_RE = /\bnames?(?:\(s\))?\s+(?:and\/or\b|and optional(?:ly)? contact)/i;

/**
 * A value that tells the author to leave it: `(leave this empty)`, Chia's `< Creator must leave this
 * blank. Editor will assign a number.>`, Astro's `<!-- related issues, otherwise leave empty -->`,
 * Babel's `<!-- … You can leave this empty if you haven't found it yet -->` (read without its comment
 * marks).
 */
const LEAVE_EMPTY_RE = /^[(<]?\s*(?:(?!not\b|never\b)[A-Za-z]+ ){0,3}?(?:must |should )?leave (?:this |it )?(?:empty|blank|as is)\b|\b(?:otherwise|else),? leave (?:this |it )?(?:empty|blank)\b|\b(?:can|may) leave (?:this |it )?(?:empty|blank)\b/i;
/**
 * A direction in parentheses for what comes later or from someone else (NixOS's `co-authors: (find a
 * buddy later …)`, `shepherd-leader: (name to be appointed by RFC steering committee)`,
 * `related-issues: (will contain links to implementation PRs)`, Solana's `feature: (fill in with
 * feature key … once accepted)`), or after an example (TensorFlow's `[NNN](…/pull/NNN) (update when you
 * have community PR #)`), or alone (Spinnaker's `_Update after PR has been made_`): the author may
 * leave it empty, or as it is.
 */
const LATER_RE = /(?:^|\s|^_)\((?:[^()]*\b(?:later|will|once accepted|update (?:when|after|once)|to be (?:appointed|nominated|assigned|added|decided|determined))\b[^()]*)\)_?$|^_?update (?:when|after|once)\b[^()]*_?$/i;
const FILL_IN_RE = /^\((?:[^()]*\b(?:fill (?:me |this |it )?in|fill out|to be filled|TBD|e\.g\.)\b[^()]*)\)$/i;
/**
 * A value that makes the field optional: `*if applicable*`, Babel's `<!-- if relevant -->`, `(optional)`, Solana's `(optional - fill
 * this in if …)`, Algorand's `<ARC number, optional, remove field if not needed>` and `<…, remove
 * field until Review if not yet created>`, Celestia's "Only required for Standards Track", Chia's
 * `<CHIP number (only allowed for Obsolete CHIPs)>`.
 */
const OPTIONAL_VALUE_RE = /\*if applicable\*|\bif applicable\b|\bif relevant\b|\(optional\b|<[^<>]*\boptional\b|\bif any\b|\bremove (?:this )?(?:field |line |it )?(?:if|until|when|unless)\b|\bonly (?:required|allowed|needed) (?:for|when|if)\b/i;
/**
 * A field that names a relation to other documents (`see-also`, `replaces`, `superseded-by`,
 * `requires` …): there is one only where the document has such a relation, so the field may be left
 * out or empty (operator-framework's enhancements and KEPs: empty or absent means none).
 */
const RELATION_FIELD_RE = /^(?:see ?also|replaces|replaced by|super[sc]edes|super[sc]eded by|obsoletes|obsoleted by|extends|extended by|requires|required by|amends|amended by|updates|updated by|related(?: to)?)$/;

/**
 * A front matter key's own comment that makes it optional: Ethereum's `category: … # Only required for
 * Standards Track. Otherwise, remove this field.`
 */
const OPTIONAL_COMMENT_RE = /\b(?:optional|only required|if applicable|remove this field)\b/i;

/** The comment at the end of a YAML line (` # …`), or ''. */
function trailingComment(line: string): string {
  return /\s#\s*(.*)$/.exec(line.slice(line.indexOf(':') + 1))?.[1] ?? '';
}

/**
 * The traits of each header field of a template, from its value and from the template's directions:
 * an HTML comment of `key: Leave as is` lines (Ember's) or of `Key (Optional): …` lines (NEAR's), a
 * front matter comment that calls the fields below it optional (MADR's "optional metadata
 * elements"), a key's own comment that does (Ethereum's "# Only required for Standards Track.
 * Otherwise, remove this field.").
 */
export function fieldTraits(doc: RfcDocument, text: string): Map<number, FieldTraits> {
  const leaveAsIs = new Set<string>();
  for (const m of text.matchAll(/^\s*([A-Za-z][\w -]*?)\s*:\s*leave (?:this |it )?(?:as is|empty|blank)\b/gim)) leaveAsIs.add(normal(m[1]));
  // The template's directions list a field as optional (NEAR's `DiscussionsTo (Optional): URL of …`).
  const optionalNamed = new Set<string>();
  for (const m of text.matchAll(/^\s*([A-Za-z][\w -]*?)\s*\(optional\)\s*:/gim)) optionalNamed.add(normal(m[1]));
  const optionalFrom = optionalFrontMatterLine(doc);
  const asNeededFrom = asNeededLine(doc);
  const siteKeys = siteConfigurationLines(doc);
  const kept = keptLines(doc);
  const replaced = linesUnderComment(doc, REPLACE_RE, 'line');
  const namesInDirections = NAMES_ALONE_RE.test(text);
  const out = new Map<number, FieldTraits>();
  doc.header.forEach((f, i) => {
    const value = f.value.trim();
    // A value that is a comment is a direction, read without its marks (Astro's `<!-- leave empty -->`).
    const said = /^<!--([\s\S]*?)-->$/.exec(value)?.[1].trim() ?? value;
    const fromFrontMatter = f.style === 'frontMatter';
    const site = fromFrontMatter && (siteKeys.has(f.line) || SITE_KEYS.has(f.name.toLowerCase()));
    const relation = RELATION_FIELD_RE.test(fieldKey(f.name));
    const optional =
      relation ||
      // A name that says so, now that names may carry a note: `- Reviewers (optional):`, Avalanche's `| **Replaces (\*optional)** |`.
      OPTIONAL_HEADING_RE.test(f.name.replace(/\\/g, '')) ||
      OPTIONAL_VALUE_RE.test(said) ||
      isGuidance(f) ||
      optionalNamed.has(normal(f.name)) ||
      (asNeededFrom !== undefined && f.line > asNeededFrom) ||
      site ||
      (fromFrontMatter && ((optionalFrom !== undefined && f.line > optionalFrom) || OPTIONAL_COMMENT_RE.test(trailingComment(doc.text.line(f.line)))));
    // Empty in the template means "may stay empty", except for a field whose content is its sub-items
    // (Links), and a front matter key whose only value is a comment telling what to write there
    // (Ember's `start-date: # In format YYYY-MM-DD…`).
    const direction = fromFrontMatter && value === '' && doc.text.line(f.line).slice(f.valueRange.start.character).trimStart().startsWith('#');
    const mayBeEmpty = (value === '' && f.children.length === 0 && !direction) || LEAVE_EMPTY_RE.test(said) || LATER_RE.test(said) || leaveAsIs.has(normal(f.name));
    // A direction to fill it in later may be left as it is until then.
    const placeholder = FILL_IN_RE.test(value) && !LATER_RE.test(value) ? value : undefined;
    out.set(i, { optional, mayBeEmpty, ...(placeholder ? { placeholder } : {}), ...(site || (fromFrontMatter && kept.has(f.line)) ? { keep: true } : {}), ...(fromFrontMatter && replaced.has(f.line) ? { replace: true } : {}), ...(namesInDirections || NAMES_ALONE_RE.test(value) ? { namesAlone: true } : {}) });
  });
  return out;
}

/**
 * A bold or plain label that opens a paragraph of guidance, not a field (Aptos's `**File naming
 * convention:** AIP files are named …. When first drafting, …`): a value of sentences (more than
 * eight words), or longer than any field's.
 */
function isGuidance(f: RfcDocument['header'][number]): boolean {
  if (f.style !== 'bold' && f.style !== 'plain') return false;
  const words = f.value.split(/\s+/).length;
  // A short value of two "sentences" is still a field's (`**Status:** Draft. Accepted.`).
  return words > 30 || (words > 8 && /[a-z)`][.!?]\s+[A-Z]/.test(f.value));
}

const AS_NEEDED_RE = /\b(?:as needed|if needed|where applicable|if applicable|optional)\b/i;

/**
 * The line of a direction among the header fields that makes the fields below it optional: SwiftPM's
 * "*During the review process, add the following fields as needed:*" between its fields.
 */
function asNeededLine(doc: RfcDocument): number | undefined {
  const fields = doc.header.filter((f) => f.style !== 'frontMatter');
  if (fields.length < 2) return undefined;
  const at = new Set(fields.map((f) => f.line));
  for (let l = fields[0].line + 1; l < fields[fields.length - 1].line; l++) {
    const line = doc.text.line(l);
    // A paragraph of its own (after a blank line, not indented, no list item): not a wrapped value.
    if (at.has(l) || doc.text.line(l - 1).trim() !== '' || /^\s|^[-*+]\s/.test(line)) continue;
    if (AS_NEEDED_RE.test(line)) return l;
  }
  return undefined;
}

function normal(name: string): string {
  return name.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}

/** Keys static site generators read from a page's front matter (Jekyll, Just the Docs, Docusaurus): the site's, not the document's. */
const SITE_KEYS: ReadonlySet<string> = new Set(['layout', 'permalink', 'nav_order', 'parent', 'grand_parent', 'has_children', 'nav_exclude', 'sidebar_position', 'sidebar_label', 'slug', 'sidebar']);

const SITE_COMMENT_RE = /\b(?:remove (?:it|this) when|configuration for the|jekyll|site generator)\b/i;
const REPLACE_RE = /\breplace (?:this|it)\b/i;
const KEEP_RE = /\b(?:keep (?:this|it|as is)|leave (?:this |it )?as is|do not (?:change|edit) (?:this|it))\b/i;

/**
 * Front matter lines the template's own comments address to the template (`# Configuration for the
 * Jekyll template …`, `# Remove it when creating a new ADR`): the keys below such a comment, up to a
 * blank line.
 */
function siteConfigurationLines(doc: RfcDocument): Set<number> {
  return linesUnderComment(doc, SITE_COMMENT_RE, 'block');
}

/** Front matter lines right below a comment that says to keep the value (`# Keep this`). */
function keptLines(doc: RfcDocument): Set<number> {
  return linesUnderComment(doc, KEEP_RE, 'line');
}

/**
 * The front matter lines a comment matching `re` speaks of: the next key (`line`), or every key up to
 * the next blank line (`block`).
 */
function linesUnderComment(doc: RfcDocument, re: RegExp, reach: 'line' | 'block'): Set<number> {
  const out = new Set<number>();
  const fm = doc.frontMatter;
  if (!fm) return out;
  let flagged = false;
  for (let l = fm.startLine + 1; l < fm.endLine - 1; l++) {
    const line = doc.text.line(l);
    if (/^\s*#/.test(line)) {
      flagged ||= re.test(line);
      continue;
    }
    if (flagged && line.trim() !== '') out.add(l);
    if (line.trim() === '' || reach === 'line') flagged = false;
  }
  return out;
}

/** The line of a front matter comment that calls the fields below it optional, if any. */
function optionalFrontMatterLine(doc: RfcDocument): number | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  for (let l = fm.startLine + 1; l < fm.endLine - 1; l++) {
    const line = doc.text.line(l);
    if (/^\s*#.*\boptional\b/i.test(line)) return l;
  }
  return undefined;
}

/** Whether a template has tasks: a Tasks field, a task path or a task id (its prefix) in its text. */
export function hasTasks(doc: RfcDocument, text: string, taskPrefix: string, taskFolders: readonly string[]): boolean {
  const named = (name: string): boolean => /^tasks?$/i.test(name.trim());
  if (doc.header.some((f) => named(f.name) || f.children.some((c) => named(c.name)))) return true;
  if (new RegExp(`\\b${taskPrefix}[-\\u2010\\u2011]`).test(text)) return true;
  return taskFolders.some((f) => f !== '' && text.includes(`${f}/`));
}
