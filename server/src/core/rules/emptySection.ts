import type { Rule } from './rule';

/**
 * A template section holds something besides blank lines and comments. A section the team has
 * nothing to say in still says so ("None.", "N/A"), which tells the reader it was considered. A
 * section the template marks optional may stay empty.
 */
export const emptySection: Rule<'empty-section'> = {
  id: 'empty-section',
  defaultSeverity: 'warning',
  description: 'Every template section has content.',
  check(a, report) {
    for (const { section, template } of a.sections) {
      // An optional section may be left as a heading only: the author considered it.
      if (!template || section.hasContent || template.optional) continue;
      const name = section.heading.text;
      report(section.heading.range, `Section "${name}" is empty; write its content, or "None." when nothing applies.`, { section: name, key: template.key });
    }
  },
};
