import { sectionKey } from '../template';
import type { Rule } from './rule';

/**
 * A template section holds something besides blank lines and comments. A section the team has
 * nothing to say in still says so ("None.", "N/A"), which tells the reader it was considered. A
 * section the template calls optional ("Infrastructure Needed (Optional)") or that
 * `optionalSections` names may have been left with nothing to say: only a hint, at info.
 */
export const emptySection: Rule<'empty-section'> = {
  id: 'empty-section',
  defaultSeverity: 'warning',
  description: 'Every template section has content.',
  check(a, report) {
    const optional = new Set(a.config.optionalSections.map(sectionKey));
    for (const { section, template } of a.sections) {
      if (!template || section.hasContent) continue;
      const name = section.heading.text;
      if (template.optional || optional.has(template.key)) {
        report(section.heading.range, `Section "${name}" is empty; the template calls it optional: write its content, or remove the heading.`, { section: name, key: template.key }, { hint: true });
        continue;
      }
      report(section.heading.range, `Section "${name}" is empty; write its content, or "None." when nothing applies.`, { section: name, key: template.key });
    }
  },
};
