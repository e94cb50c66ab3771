/**
 * Whether a missing template section may be in the document under a name of the author's own: a
 * heading, where the section belongs, that opens with the word the section's name opens with, when no
 * other heading of the template (section or subsection) has that word. "Proposed functionality" or
 * "The Proposed API" where the template asks for "Proposed solution"; not "Implementation details"
 * for a KEP's "Implementation History", whose template also has "Implementation Details/Notes/
 * Constraints". Such a section is not certainly missing, so `missing-section` says so as a hint.
 * Words compare by their first six letters ("proposed" and "proposal").
 */
import type { AbsentSection } from './absentSections';
import type { DocumentAnalysis } from './analysis';
import type { TemplateModel } from './template';
import type { Heading } from './types';

/** Per template: each section's words, and its lead word where no other heading of the template has it. */
interface TemplateWords {
  readonly lead: ReadonlyMap<string, string>;
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
  /** How many of the template's headings (sections and subsections) use each word. */
  readonly uses: ReadonlyMap<string, number>;
}

const wordsCache = new WeakMap<TemplateModel, TemplateWords>();

/**
 * The heading of the document that may be `m` under another name, if one is: one of the author's own,
 * after the present section `m` follows and before the next, that opens with `m`'s lead word, has at
 * least half of its name's words, and no word of another heading of the template ("Implementation
 * details" is not a KEP's "Implementation History": "details" is its "Design Details" word).
 */
export function namesakeOf(a: DocumentAnalysis, m: AbsentSection): Heading | undefined {
  const t = templateWords(a.template);
  const lead = t.lead.get(m.template.key);
  const name = t.words.get(m.template.key);
  if (lead === undefined || name === undefined) return undefined;
  const from = m.after ? (a.sectionFor(m.after.key)?.section.heading.line ?? -1) : -1;
  return ownHeadings(a).find((h) => {
    if (h.line <= from || h.line >= m.line) return false;
    const words = stemsOf(h.text);
    if (words[0] !== lead) return false;
    const shared = words.filter((w) => name.has(w)).length;
    return shared * 2 >= name.size && words.every((w) => name.has(w) || !t.uses.has(w));
  });
}

/**
 * The headings that stand for no template section: the author's own, at the section level or one
 * deeper or shallower, the title excepted.
 */
function ownHeadings(a: DocumentAnalysis): Heading[] {
  const level = a.template.structure.sectionLevel;
  const matched = new Set(a.sections.filter((s) => s.template !== undefined).map((s) => s.section.heading.line));
  const title = a.doc.title?.heading.line;
  return a.doc.headings.filter((h) => Math.abs(h.level - level) <= 1 && h.line !== title && !matched.has(h.line));
}

function templateWords(t: TemplateModel): TemplateWords {
  const cached = wordsCache.get(t);
  if (cached) return cached;
  const uses = new Map<string, number>();
  for (const name of t.sections.flatMap((s) => [s.name, ...s.childNames])) {
    for (const w of new Set(stemsOf(name))) uses.set(w, (uses.get(w) ?? 0) + 1);
  }
  const lead = new Map<string, string>();
  const words = new Map<string, ReadonlySet<string>>();
  for (const s of t.sections) {
    const own = stemsOf(s.name);
    words.set(s.key, new Set(own));
    if (own.length > 0 && uses.get(own[0]) === 1) lead.set(s.key, own[0]);
  }
  const out = { lead, words, uses };
  wordsCache.set(t, out);
  return out;
}

/** Words that open or join a heading without naming anything. */
const FILLER = new Set(['the', 'our', 'a', 'an', 'on', 'of', 'and', 'for', 'with', 'to', 'in', 'this']);

/**
 * A name's words, fillers dropped, each without its ending: "proposed" and "proposal" are one word,
 * "alternative" and "alternate" too; "implications" and "implicitly" are not.
 */
export function stemsOf(name: string): string[] {
  const words = name.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.filter((w) => !FILLER.has(w)).map((w) => (w.length > 4 ? w.replace(/(?:ations?|ities|ity|ions?|als?|ives?|ed|ing|ly|es|e|s)$/, '') : w));
}
