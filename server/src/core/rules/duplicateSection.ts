import type { Heading } from '../types';
import type { Rule } from './rule';

/**
 * A section appears once. Template sections are compared by the template section they stand for
 * ("Goals" and "Goals (revised)" are both "Goals", while "Design (client)" and "Design (server)" are
 * two parts of it); other H2 headings only when their text is the
 * same apart from case, under the same parent heading. Every repeat is reported on its heading,
 * naming the first.
 */
export const duplicateSection: Rule<'duplicate-section'> = {
  id: 'duplicate-section',
  defaultSeverity: 'warning',
  description: 'Each section appears once.',
  check(a, report) {
    const first = new Map<string, Heading>();
    /** The notes of the noted parts of each section seen so far (see below). */
    const notes = new Map<string, Set<string>>();
    const parents = parentLines(a.doc.headings);
    for (const { section, template } of a.sections) {
      // A heading of the author's own repeats only under the same parent: Ember's "Merged and
      // Concatenated Properties" under "# Detailed Design" and again under "# Topics for Future RFCs"
      // are two subjects.
      const key = template ? `template:${template.key}` : `own:${parents.get(section.heading) ?? -1}:${section.heading.text.trim().toLowerCase()}`;
      const earlier = first.get(key);
      const own = note(section.heading.text);
      if (earlier === undefined) {
        first.set(key, section.heading);
        if (own !== undefined) notes.set(key, new Set([own]));
        continue;
      }
      // Parts of one template section, each named by its note: C#'s "Detailed design
      // (interpolation case)" and "Detailed design (non-interpolation case)".
      const seen = notes.get(key);
      if (own !== undefined && seen !== undefined && !seen.has(own)) {
        seen.add(own);
        continue;
      }
      const firstLine = earlier.line;
      const name = section.heading.text;
      report(
        section.heading.range,
        `Section "${name}" appears a second time (first on line ${firstLine + 1}); merge it into the first one.`,
        { section: name, firstLine },
      );
    }
  },
};

/** The note in parentheses that ends a heading (`interpolation case` of "Detailed design (interpolation case)"), lower-cased. */
function note(text: string): string | undefined {
  return /\(([^()]+)\)\s*$/.exec(text)?.[1].trim().toLowerCase();
}

/** The line of each heading's parent (the nearest heading above it at a shallower level), in one pass. */
function parentLines(headings: readonly Heading[]): Map<Heading, number> {
  const out = new Map<Heading, number>();
  const open: Heading[] = [];
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop();
    if (open.length > 0) out.set(h, open[open.length - 1].line);
    open.push(h);
  }
  return out;
}
