/**
 * Whether a missing template section may be in the document under a name of the author's own: a
 * heading, where the section belongs, that opens with the word the section's name opens with, when no
 * other heading of the template (section or subsection) has that word ("Proposed functionality" or
 * "The Proposed API" where the template asks for "Proposed solution"), or with a word of the
 * section's own short guidance that no other section uses, anywhere (Go's "Alternatives considered"
 * for its Rationale, "A discussion of alternate approaches…"). Not "Implementation details" for a KEP's
 * "Implementation History": its template also has "Design Details". Such a section is not certainly
 * missing, so `missing-section` says so as a hint. Words compare without their endings ("proposed"
 * and "proposal", "alternate" and "alternatives").
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
  /**
   * Each section's guidance words that no other section's name or guidance has, where the guidance is
   * a sentence or two: Go's Rationale is "A discussion of alternate approaches and the trade offs…".
   */
  readonly guided: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The most words a section's guidance may have for its own words to stand for it. */
const SHORT_GUIDANCE = 30;

const wordsCache = new WeakMap<TemplateModel, TemplateWords>();

/**
 * The heading of the document that may be `m` under another name, if one is: one of the author's own
 * with no word of another heading of the template ("Implementation details" is not a KEP's
 * "Implementation History": "details" is its "Design Details" word), that either opens with a word
 * of `m`'s short guidance, anywhere and at any depth (a document may order its sections otherwise,
 * or write the section as a subsection: Go 48409's "#### Alternative approaches considered"), or
 * stands where `m` belongs (after the present section it follows, before the next, at the section
 * level or one off), opens with `m`'s lead word and has at least half of its name's words.
 */
export function namesakeOf(a: DocumentAnalysis, m: AbsentSection): Heading | undefined {
  const t = templateWords(a.template);
  const lead = t.lead.get(m.template.key);
  const name = t.words.get(m.template.key);
  const guided = t.guided.get(m.template.key);
  if (name === undefined || (lead === undefined && guided === undefined)) return undefined;
  const from = m.after ? (a.sectionFor(m.after.key)?.section.heading.line ?? -1) : -1;
  const level = a.template.structure.sectionLevel;
  const matched = new Set(a.sections.filter((s) => s.template !== undefined).map((s) => s.section.heading.line));
  const title = a.doc.title?.heading.line;
  return a.doc.headings.find((h) => {
    if (h.line === title || matched.has(h.line) || h.level < level - 1) return false;
    const words = stemsOf(h.text);
    if (!words.every((w) => name.has(w) || !t.uses.has(w))) return false;
    if (guided?.has(words[0])) return true;
    const inPlace = h.line > from && h.line < m.line && h.level <= level + 1;
    return inPlace && words[0] === lead && words.filter((w) => name.has(w)).length * 2 >= name.size;
  });
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
  const guidance = new Map(t.sections.map((s) => [s.key, stemsOf(guidanceText(s.body))] as const));
  const users = new Map<string, number>();
  for (const s of t.sections) for (const w of new Set([...stemsOf(s.name), ...guidance.get(s.key)!])) users.set(w, (users.get(w) ?? 0) + 1);
  const guided = new Map<string, ReadonlySet<string>>();
  for (const s of t.sections) {
    const g = guidance.get(s.key)!;
    if (g.length > 0 && g.length <= SHORT_GUIDANCE) guided.set(s.key, new Set(g.filter((w) => w.length >= 4 && users.get(w) === 1 && !uses.has(w))));
  }
  const out = { lead, words, uses, guided };
  wordsCache.set(t, out);
  return out;
}

/** A section's guidance as prose: no link targets, no URLs. */
function guidanceText(body: string): string {
  return body.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, ' ');
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
