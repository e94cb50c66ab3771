/**
 * Whether a heading of a document stands for a template section under another name: the evident
 * equivalents and the design-document vocabulary. Used for the sections at the template's level
 * (`DocumentAnalysis.sections`) and for headings at another level or joined in one heading
 * (`absentSections`). Keys are `sectionKey`s.
 */
import { sectionGroup } from './sectionVocabulary';
import type { TemplateSection } from './template';

/**
 * Whether a document's section key evidently names a template section: one of its `/` alternatives
 * (`proof` for `proof/validation strategy`), its first words (`security` for `security
 * considerations`), or the template's name followed by a note (`scope boundaries (anti drift) + …`).
 */
export function evidentlySame(doc: string, template: string): boolean {
  if (doc.length < 4) return false;
  if (template.split('/').includes(doc)) return true;
  if (template.startsWith(`${doc} `) || template.startsWith(`${doc}/`) || template.endsWith(` ${doc}`)) return true;
  // The template's name after a qualifier: "Go 1 backwards compatibility", "Potential future
  // directions" (a name of several words after words only, not after "Proposed solution +").
  if (template.length >= 6 && doc.endsWith(` ${template}`) && (!template.includes(' ') || /^[a-z0-9 ]+$/.test(doc.slice(0, -template.length - 1)))) return true;
  // The template's one-word name with a qualifier after it: "Implementation plan".
  if (!template.includes(' ') && template.length >= 6 && doc.startsWith(`${template} `) && /^[a-z]+$/.test(doc.slice(template.length + 1))) return true;
  if (doc.startsWith(template) && /^ ?[(+:]/.test(doc.slice(template.length))) return true;
  // One of several, numbered or lettered: aws-cdk's "Appendix A: Breaking Changes" for "Appendix".
  if (doc.startsWith(`${template} `) && /^ (?:(?:[a-z]|\d{1,2}|[ivx]{1,4})(?:\s*[:.)]|$)|\d{1,2} )/.test(doc.slice(template.length))) return true;
  // One word written as two, or joined by a hyphen: "Change log" for CometBFT's "Changelog".
  if (joined(doc) === joined(template)) return true;
  return sameWords(doc, template);
}

function joined(key: string): string {
  return key.replace(/[\s-]+/g, '');
}

/** The same two or more words in another order or form: "Design details" for "Detailed design" (a KEP's). */
function sameWords(doc: string, template: string): boolean {
  const a = stems(doc);
  const b = stems(template);
  return a.length >= 2 && a.length === b.length && a.every((w, i) => w === b[i]);
}

function stems(key: string): string[] {
  return key
    .split(/[\s/]+/)
    .map((w) => w.replace(/[^a-z0-9]/g, '').replace(/(?:ed|ing|s)$/, ''))
    .filter((w) => w.length > 2)
    .sort();
}

/** Whether two section keys are names of one group of the design-document vocabulary (`decision` and `proposed design`). */
export function sameGroup(doc: string, template: string): boolean {
  const g = sectionGroup(doc);
  return g !== undefined && g === sectionGroup(template);
}

/**
 * The one template section among `candidates` that `key` loosely names: by an evident equivalent,
 * else by the vocabulary; undefined when none does or more than one does.
 */
export function looseMatch(key: string, candidates: readonly TemplateSection[]): TemplateSection | undefined {
  for (const same of [evidentlySame, sameGroup]) {
    const fits = candidates.filter((t) => same(key, t.key));
    if (fits.length === 1) return fits[0];
    if (fits.length > 1) return undefined;
  }
  return undefined;
}
