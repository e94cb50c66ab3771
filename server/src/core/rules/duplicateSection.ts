import type { Rule } from './rule';

/**
 * A section appears once. Template sections are compared by the template section they stand for
 * ("Goals" and "Goals (revised)" are both "Goals"); other H2 headings only when their text is the
 * same apart from case. Every repeat is reported on its heading, naming the first.
 */
export const duplicateSection: Rule<'duplicate-section'> = {
  id: 'duplicate-section',
  defaultSeverity: 'warning',
  description: 'Each section appears once.',
  check(a, report) {
    const first = new Map<string, number>();
    for (const { section, template } of a.sections) {
      const key = template ? `template:${template.key}` : `own:${section.heading.text.trim().toLowerCase()}`;
      const firstLine = first.get(key);
      if (firstLine === undefined) {
        first.set(key, section.heading.line);
        continue;
      }
      const name = section.heading.text;
      report(
        section.heading.range,
        `Section "${name}" appears a second time (first on line ${firstLine + 1}); merge it into the first one.`,
        { section: name, firstLine },
      );
    }
  },
};
