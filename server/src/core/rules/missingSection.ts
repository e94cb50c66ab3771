import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Rule } from './rule';

/**
 * Every H2 section of the template is present. The finding sits on the heading the missing section
 * should come before (or the last line), and `data` says where "Insert section" puts it.
 */
export const missingSection: Rule<'missing-section'> = {
  id: 'missing-section',
  defaultSeverity: 'warning',
  description: 'Every section of the template is present.',
  check(a, report) {
    const present = new Set(a.sections.map((s) => s.template?.key).filter((k): k is string => k !== undefined));
    const sections = a.template.sections;
    for (const t of sections) {
      if (present.has(t.key)) continue;
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
