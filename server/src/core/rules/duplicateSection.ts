import type { Rule } from './rule';

/**
 * A section appears once. Template sections are compared by the template section they stand for
 * ("Goals" and "Goals (revised)" are both "Goals"); other H2 headings only when their text is the
 * same apart from case, under the same parent heading. Every repeat is reported on its heading,
 * naming the first.
 */
export const duplicateSection: Rule<'duplicate-section'> = {
  id: 'duplicate-section',
  defaultSeverity: 'warning',
  description: 'Each section appears once.',
  check(a, report) {
    const first = new Map<string, number>();
    const headings = a.doc.headings;
    for (const { section, template } of a.sections) {
      // A heading of the author's own repeats only under the same parent: Ember's "Merged and
      // Concatenated Properties" under "# Detailed Design" and again under "# Topics for Future RFCs"
      // are two subjects.
      const at = headings.indexOf(section.heading);
      let parent = at - 1;
      while (parent >= 0 && headings[parent].level >= section.heading.level) parent--;
      const key = template ? `template:${template.key}` : `own:${parent >= 0 ? headings[parent].line : -1}:${section.heading.text.trim().toLowerCase()}`;
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
