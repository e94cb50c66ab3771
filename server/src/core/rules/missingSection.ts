import type { Rule } from './rule';

/**
 * Every section of the template that the template does not mark optional is present. A section the
 * template addresses to the author or marks optional ("(for authors)", "(optional)", `<!-- optional
 * -->`), or that `optionalSections` names, is never missing; nor is one written a level deeper (a
 * `### Non-Goals` under "Goals"). The finding sits on the heading the missing section should come
 * before (or the last line), and `data` says where "Insert section" puts it.
 */
export const missingSection: Rule<'missing-section'> = {
  id: 'missing-section',
  defaultSeverity: 'warning',
  description: 'Every section of the template is present.',
  check(a, report) {
    for (const m of a.missingSections) {
      const where = m.after ? ` It belongs after "${m.after.name}".` : ' It belongs first.';
      report(m.range, `Section "${m.template.name}" of the template is missing.${where}`, { section: m.template.name, key: m.template.key, line: m.line });
    }
  },
};

