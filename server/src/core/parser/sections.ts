import { lowerBound } from '../sorted';
import type { Heading, Section } from '../types';

/**
 * Builds the sections at `level` (with their subsections one level deeper) from the headings. A
 * section's body runs from the line after its heading to the next heading of the same or a higher
 * level. `contentStarts` are the first lines of blocks that count as content (not headings, not
 * comment-only HTML). A title (the first heading, at level 1, when documents have one) is no section.
 */
export function buildSections(headings: readonly Heading[], contentStarts: readonly number[], lineCount: number, level = 2, hasTitle = true): Section[] {
  const sorted = [...contentStarts].sort((a, b) => a - b);
  const hasContentIn = (from: number, to: number): boolean => {
    const lo = lowerBound(sorted, from);
    return lo < sorted.length && sorted[lo] < to;
  };
  const build = (index: number, at: number): { section: Section; next: number } => {
    const h = headings[index];
    let j = index + 1;
    const children: Section[] = [];
    while (j < headings.length && headings[j].level > at) {
      if (headings[j].level === at + 1) {
        const child = build(j, at + 1);
        children.push(child.section);
        j = child.next;
      } else j++;
    }
    const end = j < headings.length ? headings[j].line : lineCount;
    const bodyStart = headingEndLine(h, headings[index + 1]);
    return { section: { heading: h, bodyStart, end, children, hasContent: hasContentIn(bodyStart, end) }, next: j };
  };
  const out: Section[] = [];
  for (let i = 0; i < headings.length; ) {
    if (headings[i].level === level && !(hasTitle && i === 0 && level === 1)) {
      const { section, next } = build(i, level);
      out.push(section);
      i = next;
    } else i++;
  }
  return out;
}

/** Line after a heading (setext headings take two lines). */
function headingEndLine(h: Heading, next: Heading | undefined): number {
  const after = h.range.end.line + 1;
  return next && next.line < after ? next.line : after;
}
