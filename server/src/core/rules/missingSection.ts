import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { sectionKey } from '../template';
import type { Rule } from './rule';

/** How many required sections may be missing before the document is taken for one that does not follow the template. */
const COLLAPSE_AT = 4;

/**
 * Every section of the template that the template does not mark optional is present. A section the
 * template addresses to the author or marks optional ("(for authors)", "(optional)", `<!-- optional
 * -->`), or that `optionalSections` names, is never missing; nor is one written a level deeper (a
 * `### Non-Goals` under "Goals"). A document that lacks most of the template (at least four sections
 * and more than half) predates it or follows its own layout: it gets one hint instead. The finding sits on the heading the missing section should come
 * before (or the last line), and `data` says where "Insert section" puts it.
 */
export const missingSection: Rule<'missing-section'> = {
  id: 'missing-section',
  defaultSeverity: 'warning',
  description: 'Every section of the template is present.',
  check(a, report) {
    const present = new Set(a.sections.map((s) => s.template?.key).filter((k): k is string => k !== undefined));
    const optional = new Set(a.config.optionalSections.map(sectionKey));
    const deeper = new Set(a.doc.headings.filter((h) => h.level === a.template.structure.sectionLevel + 1).map((h) => sectionKey(h.text)));
    const sections = a.template.sections;
    const required = sections.filter((t) => !t.optional && !optional.has(t.key));
    const missing = required.filter((t) => !present.has(t.key) && !deeper.has(t.key));
    if (missing.length >= COLLAPSE_AT && missing.length * 2 > required.length) {
      // Most of the template is absent: a document that predates it or follows its own layout. One
      // hint says so; a warning per section would mostly name sections written under other headings.
      const first = missing[0];
      const at = insertionPoint(a, first.order);
      const names = missing.slice(0, 4).map((t) => `"${t.name}"`).join(', ');
      const more = missing.length > 4 ? ` and ${missing.length - 4} more` : '';
      report(at.range, `This RFC lacks ${missing.length} of the template's ${required.length} sections (${names}${more}); it may predate the template. Add them, or name its own headings for them in \`sectionAliases\`.`, { section: first.name, key: first.key, line: at.line }, { hint: true });
      return;
    }
    for (const t of missing) {
      const at = insertionPoint(a, t.order);
      const after = sections.slice(0, t.order).reverse().find((s) => present.has(s.key));
      const where = after ? ` It belongs after "${after.name}".` : ' It belongs first.';
      report(at.range, `Section "${t.name}" of the template is missing.${where}`, { section: t.name, key: t.key, line: at.line });
    }
  },
};

/**
 * Where a missing template section goes: before the first present section that comes after it in the
 * template, else at the end of the document. `line` is the line to insert at.
 */
export function insertionPoint(a: DocumentAnalysis, order: number): { line: number; range: Range } {
  const next = a.sections.find((s) => s.template !== undefined && s.template.order > order);
  if (next) return { line: next.section.heading.line, range: next.section.heading.range };
  const text = a.doc.text;
  let last = text.lineCount - 1;
  while (last > 0 && text.line(last).trim() === '') last--;
  return { line: text.lineCount, range: text.lineRange(last) };
}
