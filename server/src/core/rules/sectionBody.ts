import type { DocumentAnalysis } from '../analysis';
import type { Section } from '../types';

/**
 * The line just after a section's last non-blank line (subsections included): where text appended
 * to the section goes, so that the blank line before the next heading stays where it is.
 */
export function bodyEndLine(a: DocumentAnalysis, section: Section): number {
  let last = section.end - 1;
  while (last >= section.bodyStart && a.doc.text.line(last).trim() === '') last--;
  return Math.max(last + 1, section.bodyStart);
}

