import type { DocumentAnalysis } from '../analysis';
import type { Rule } from './rule';
import { bodyEndLine } from './sectionBody';

/**
 * The proof section holds at least one code block (fenced or indented, in the section or one of its
 * subsections): the commands that prove the design, ready to copy. Commands written only as inline
 * code are understood, so they get a hint to move them into a block rather than a warning.
 */
export const proofMissing: Rule<'proof-missing'> = {
  id: 'proof-missing',
  defaultSeverity: 'warning',
  description: 'The proof section holds a command block.',
  requires: ['proof'],
  check(a, report) {
    const match = a.sectionFor(a.template.roles.proofSection);
    if (!match || a.doc.codeBlocks.some((c) => c.section === match.index)) return;
    const section = match.section.heading.text;
    const data = { section, line: bodyEndLine(a, match.section), text: templateProofBlock(a) };
    if (a.doc.prose.some((p) => p.code && p.section === match.index)) {
      report(match.section.heading.range, `Section "${section}" gives its commands only as inline code; put them in a fenced code block so they can be copied and run.`, data, { hint: true });
      return;
    }
    report(match.section.heading.range, `Section "${section}" has no command block; add the commands that prove the design in a fenced code block.`, data);
  },
};

/** The template's first code block in its proof section, fence lines included ('' when it has none). */
function templateProofBlock(a: DocumentAnalysis): string {
  const t = a.template;
  const order = t.sections.find((s) => s.key === t.roles.proofSection)?.order;
  const block = t.doc.codeBlocks.find((c) => c.section === order);
  if (!block) return '';
  const lines: string[] = [];
  for (let l = block.range.start.line; l <= block.range.end.line; l++) lines.push(t.doc.text.line(l));
  return lines.join('\n');
}
