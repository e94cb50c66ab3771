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
    // A section that only stands for the template's (`## Security / invariants` in an older RFC) has its own form.
    if (!match || match.loose || labels.length === 0) return;
    const found = labelsIn(a, match);
    // A label is there under a longer name (`### Mitigations / invariants`, `**Open risks / follow-up**`),
    // or as a section of its own elsewhere (`## Risks & Mitigations`).
    const elsewhere = a.sections.filter((s) => s !== match).map((s) => sectionKey(s.section.heading.text));
    const inSection = (key: string): boolean => found.has(key) || [...found].some((f) => headOf(f) === key);
    const inOtherSection = (key: string): boolean => {
      const words = new RegExp(`(?:^|[ /])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[ /])`);
      return elsewhere.some((k) => words.test(k));
    };
    const covered = (label: string): boolean => {
      const key = sectionKey(label);
      if (inSection(key) || inOtherSection(key)) return true;
      const other = LABEL_SYNONYMS.get(key);
      return other !== undefined && (other.inSection.some(inSection) || other.elsewhere.some(inOtherSection));
    };
    const missing = labels.filter((l) => !covered(l));
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
 * Other words for the template's usual labels, as `sectionKey`s: as a label of the security section
 * ("Security invariants" are the mitigations an RFC holds itself to), and as a section of their own
 * (a "Risks" section holds the open risks). Only words that say nothing else: a "Constraints /
 * invariants" section is no mitigation.
 */
const LABEL_SYNONYMS: ReadonlyMap<string, { readonly inSection: readonly string[]; readonly elsewhere: readonly string[] }> = new Map([
  ['mitigation', { inSection: ['security invariant', 'invariant', 'control', 'countermeasure', 'safeguard', 'defense', 'defence'], elsewhere: [] }],
  ['open risk', { inSection: ['risk', 'residual risk', 'known risk', 'risk note'], elsewhere: ['risk', 'residual risk', 'known risk'] }],
  ['threat model', { inSection: ['threat', 'attack surface'], elsewhere: [] }],
]);

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

/** A label key's head: before a `/` alternative or a dash (`mitigation/invariant` → `mitigation`). */
function headOf(key: string): string {
  return key.split(/\s*[/\u2014\u2013:]\s*/)[0].trim();
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
