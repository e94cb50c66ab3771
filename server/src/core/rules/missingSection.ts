import { isOptional } from '../absentSections';
import type { DocumentAnalysis } from '../analysis';
import { sameGroup } from '../sectionMatch';
import { olderThanSection } from '../sectionOnset';
import { namesakeOf } from '../sectionNamesake';
import { range } from '../text';
import type { Section } from '../types';
import type { Rule } from './rule';
import { boldInstead, someNames, swallowedByFence } from './missingCauses';
import { eraNote, eraSubject } from './sectionEra';

/** How many required sections may be missing before the document is taken for one that does not follow the template. */
const COLLAPSE_AT = 3;

/**
 * Every section of the template that the template does not mark optional is present. A section the
 * template addresses to the author or marks optional ("(for authors)", "(optional)", `<!-- optional
 * -->`), or that `optionalSections` names, is never missing; nor is one written a level deeper (a
 * `### Non-Goals` under "Goals"). A document that lacks most of the template (at least four sections
 * and more than half) under at least as many headings of its own, or that has none of its sections
 * and lacks two or more (a stub), predates it or follows its own layout: it gets one hint instead. The finding sits on the heading the missing section should come
 * before (or the last line), and `data` says where "Insert section" puts it.
 */
export const missingSection: Rule<'missing-section'> = {
  id: 'missing-section',
  defaultSeverity: 'warning',
  description: 'Every section of the template is present.',
  check(a, report) {
    let missing = a.missingSections;
    const swallowed = swallowedByFence(a, missing);
    if (swallowed) {
      const { fence, sections } = swallowed;
      const at = fence.range.start.line;
      report(range(at, 0, at, a.doc.text.lineLength(at)), `This code block is never closed: its fence ${fence.fence} has no closing line, so the headings after it (${someNames(sections.map((m) => m.template.name))}) are read as code and their sections look missing. Close the block with a ${fence.fence} line after its code.`);
      missing = missing.filter((m) => !sections.includes(m));
    }
    const bold = boldInstead(a, missing);
    if (bold.length > 0) {
      const one = bold.length === 1;
      const at = bold[0].line;
      const marks = '#'.repeat(a.template.structure.sectionLevel);
      report(range(at, 0, at, a.doc.text.lineLength(at)), `${one ? 'Section' : 'Sections'} ${someNames(bold.map((b) => b.section.template.name))} of the template ${one ? 'is' : 'are'} written as bold text (line ${at + 1}${one ? '' : ' and on'}), not as ${one ? 'a heading' : 'headings'}: write ${one ? 'it' : 'them'} as \`${marks} …\` so readers and tools find ${one ? 'it' : 'them'}.`, undefined, { hint: true });
      missing = missing.filter((m) => !bold.some((b) => b.section === m));
    }
    const required = a.template.sections.filter((t) => !isOptional(a, t)).length;
    // Headings of its own: unmatched sections and everything under them (Cranelift's roadmaps are
    // one level-1 heading over many "##" ones where the template's sections are level 1).
    const foreign = a.sections.filter((s) => s.template === undefined).reduce((n, s) => n + 1 + headingsWithin(a, s.section), 0);
    // None of the template's sections at all, two or more missing: a stub ("This is a placeholder for
    // its specification.", 16 of C#'s proposals) or a document of another shape, whatever headings of
    // its own it has.
    const none = missing.length >= 2 && missing.length === required;
    if (none || (missing.length >= COLLAPSE_AT && missing.length * 2 > required && foreign >= missing.length)) {
      // Most of the template is absent: a document that predates it or follows its own layout. One
      // hint says so; a warning per section would mostly name sections written under other headings.
      const first = missing[0];
      const names = missing.slice(0, 4).map((m) => `"${m.template.name}"`).join(', ');
      const more = missing.length > 4 ? ` and ${missing.length - 4} more` : '';
      const lacks = none ? `has none of the template's ${required} sections` : `lacks ${missing.length} of the template's ${required} sections`;
      report(first.range, `This RFC ${lacks} (${names}${more}); it may predate the template${none ? ' or hold a placeholder' : ''}. Add them, or name its own headings for them in \`sectionAliases\`.`, { section: first.template.name, key: first.template.key, line: first.line }, { hint: true });
      return;
    }
    for (const m of missing) {
      const where = m.after ? ` It belongs after "${m.after.name}".` : ' It belongs first.';
      const data = { section: m.template.name, key: m.template.key, line: m.line };
      const host = designHost(a, m.template.key, m.after?.key);
      const namesake = host ? undefined : namesakeOf(a, m);
      const older = host || namesake ? undefined : olderThanSection(eraSubject(a), m.template.key);
      if (older) report(m.range, `Section "${m.template.name}" of the template is missing.${where} ${eraNote(a, older)}`, data, { hint: true });
      else if (host) report(m.range, `Section "${m.template.name}" of the template is missing.${where} "${host}" runs ${LONG_LINES} lines or more: if it gives the design, name it in \`sectionAliases\` or split it.`, data, { hint: true });
      else if (namesake) report(m.range, `Section "${m.template.name}" of the template is missing.${where} If "${namesake.text}" (line ${namesake.line + 1}) is it, name it in \`sectionAliases\`.`, data, { hint: true });
      else report(m.range, `Section "${m.template.name}" of the template is missing.${where}`, data);
    }
  },
};

/** The headings under a section, at any level below it (Fabric's orderer-v3 goes from `#` to `###`). */
function headingsWithin(a: DocumentAnalysis, s: Section): number {
  return a.doc.headings.filter((h) => h.line > s.heading.line && h.line < s.end).length;
}

/** A section this long is a design written out in full. */
const LONG_LINES = 40;

/**
 * The heading of the present section right before a missing design section, when that section is a
 * design written out in full (Swift's "Proposed solution" of 60 lines or 500 where the template also
 * asks for "Detailed design"): the design may be there, under the name before it. Of the Swift
 * proposals read, those with a solution of 40 lines or more mostly gave the design there (0158, 0216,
 * 0374, 0006); those with a short one (0049's 16 lines, 0121's 8) did not.
 */
function designHost(a: DocumentAnalysis, missing: string, after: string | undefined): string | undefined {
  if (after === undefined || !sameGroup(missing, 'detailed design')) return undefined;
  const host = a.sectionFor(after);
  if (!host || !DESIGN_WORD_RE.test(host.section.heading.text)) return undefined;
  const s = host.section;
  return s.end - s.bodyStart >= LONG_LINES ? s.heading.text : undefined;
}

const DESIGN_WORD_RE = /\b(?:solution|design|proposal|approach)\b/i;
