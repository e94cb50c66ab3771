import type { DocumentAnalysis, SectionMatch } from '../analysis';
import { sectionKey } from '../template';
import type { Rule } from './rule';
import { bodyEndLine } from './sectionBody';

/** A label at the start of a line: `**Threat model**:`, `**Threat model:**`, `__x__`, `Threat model:`. */
const LABEL_RE = /^\s*(?:\*\*|__)?\s*([^*_:\n]{1,80}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:?|:)/;
/** What comes before a line's text: indentation, quote markers, a list marker. */
const LINE_PREFIX_RE = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?/;
const TEMPLATE_LABEL_RE = /^\s*[-*+]\s+\*\*([^*]+?)\*\*/;

/**
 * The security section covers each label the template's security section has (`Threat model`,
 * `Mitigations`, `Open risks`), written as a bold or plain `Label:` line or as an H3. A label still
 * followed by the template's placeholder text is present: the placeholder rule reports that text,
 * so it is not reported twice.
 */
export const securitySection: Rule<'security-section'> = {
  id: 'security-section',
  defaultSeverity: 'warning',
  description: "The security section covers each of the template's labels (threat model, mitigations, open risks).",
  requires: ['security'],
  check(a, report) {
    const labels = a.template.securityLabels;
    const match = a.sectionFor(a.template.roles.securitySection);
    if (!match || labels.length === 0) return;
    const found = labelsIn(a, match);
    const missing = labels.filter((l) => !found.has(sectionKey(l)));
    if (missing.length === 0) return;
    const names = missing.map((l) => `"${l}"`).join(', ');
    const section = match.section.heading.text;
    report(
      match.section.heading.range,
      `Section "${section}" lacks ${names}; add a line for each (\`- **${missing[0]}**: …\`).`,
      { missing, line: bodyEndLine(a, match.section), text: templateLines(a, missing) },
    );
  },
};

/**
 * Keys of the labels the section has: its H3 headings and the labels that start its lines (after a
 * list marker or quote prefix), outside code blocks. Reads the section's source lines, so the
 * document's prose spans need not be built.
 */
function labelsIn(a: DocumentAnalysis, match: SectionMatch): Set<string> {
  const found = new Set(match.section.children.map((c) => sectionKey(c.heading.text)));
  const { bodyStart, end } = match.section;
  const blocks = a.doc.codeBlocks.filter((b) => b.range.end.line >= bodyStart && b.range.start.line < end);
  for (let l = bodyStart; l < end; l++) {
    if (blocks.some((b) => l >= b.range.start.line && l <= b.range.end.line)) continue;
    const text = a.doc.text.line(l).replace(LINE_PREFIX_RE, '');
    const m = LABEL_RE.exec(text);
    if (m) found.add(sectionKey(m[1]));
  }
  return found;
}

/** The template's lines for the missing labels, in template order. */
function templateLines(a: DocumentAnalysis, missing: readonly string[]): string {
  const body = a.template.sections.find((s) => s.key === a.template.roles.securitySection)?.body ?? '';
  const want = new Set(missing.map(sectionKey));
  return body
    .split('\n')
    .filter((line) => {
      const m = TEMPLATE_LABEL_RE.exec(line);
      return m !== null && want.has(sectionKey(m[1]));
    })
    .join('\n');
}
