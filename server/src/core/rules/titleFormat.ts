import type { DocumentAnalysis } from '../analysis';
import { idAsWritten, isUnnumbered } from '../ids';
import { titleLead } from '../parser/parseOptions';
import { sectionKey } from '../template';
import { range } from '../text';
import type { Rule } from './rule';

/**
 * The first heading is the title the template teaches: `# RFC-NNNN: Title` in ours (the id in the
 * template's form, then a colon), `# 12. Title` where the template writes `# NUMBER. TITLE`, a plain
 * `# Title` where the template's title carries no id. A template without a title line has no title
 * rule at all. Placeholders (`RFC-XXXX`, `<Title>`) are `placeholder`'s.
 */
export const titleFormat: Rule<'title-format'> = {
  id: 'title-format',
  defaultSeverity: 'error',
  description: 'The first heading is the title the template teaches (`# RFC-NNNN: Title` in the built-in one).',
  requires: ['title'],
  check(a, report) {
    const { doc } = a;
    // A document numbered zero has no number yet: its title is not to be given one.
    const fileId = a.fileId !== undefined && isUnnumbered(a.fileId) ? undefined : a.fileId;
    const unnumbered = a.fileId !== fileId;
    const form = a.template.structure.titleId;
    // The id as the path writes its number: `KEP-492` in `keps/sig-x/492-name/`.
    const written = fileId ? idAsWritten(a.ids.display(fileId), doc.path) : undefined;
    const example = form?.kind === 'prefixed' ? `# ${titleLead(written ?? `${form.prefix}-NNNN`, form)}Title` : form?.kind === 'number' ? `# ${fileId ? String(Number(fileId.replace(/^\D+/, ''))) : 'N'}. Title` : '# Title';
    const file = fileId ? { fileId } : {};
    const t = doc.title;
    // A title kept in front matter (`title: …`) stands in for the heading.
    if (doc.frontMatter?.fields.has('title') && (!t || t.heading.level !== 1)) return;
    if (!t) {
      report(range(0, 0, 0, doc.text.lineLength(0)), `The RFC has no title; its first heading should be \`${example}\`.`, { problem: 'missing', ...file });
      return;
    }
    const h = t.heading;
    // A notice above the title (Ansible's archived `### moved to https://…/issues/7` over `# Auto
    // Install Ansible roles`): the title is the level-1 heading right below it.
    if (h.level !== 1 && noticeAboveTitle(a)) return;
    // The first heading is a section of the template (PyTorch's RFC-0011 opens with `## Summary`): no title at all.
    if (h.level !== 1 && a.template.sections.some((s) => s.key === sectionKey(h.text))) {
      report(range(0, 0, 0, doc.text.lineLength(0)), `The RFC has no title: it opens with its "${h.text}" section. Write \`${example}\` above it.`, { problem: 'missing', ...file });
      return;
    }
    if (h.level !== 1) {
      report(h.range, `The first heading should be a level-1 title \`${example}\`, not a level-${h.level} heading.`, { problem: 'level', ...file });
      return;
    }
    if (!form) return;
    if (!t.id) {
      if (unnumbered) report(h.range, `The title has no id; this RFC has no number yet (its path says 0). Once it has one: \`${example.replace('Title', h.text)}\`.`, { problem: 'no-id', title: h.text }, { hint: true });
      else {
        // Where many of the documents' titles go without it (a third of Kubernetes' KEPs, older than
        // the template's `# KEP-NNNN:`), the id in the title is no practice of the team's: a hint.
        const { read, titled } = a.index.titleIds(a.kind);
        // The others: this document's own title, without an id, is in the count.
        const others = read - 1;
        const without = others - titled;
        const note = others >= TITLE_ID_SAMPLE && titled < TITLE_ID_PRACTICE * others ? ` (${without} of the other ${others} ${a.kind === 'adr' ? 'ADRs' : 'RFCs'} write their title without it)` : '';
        report(h.range, `The title should start with the RFC's id: \`${example.replace('Title', h.text)}\`${note}.`, { problem: 'no-id', ...file, title: h.text }, note ? { hint: true } : undefined);
      }
      return;
    }
    if (!t.canonicalId || form.kind === 'number') return;
    // The template's separator (a colon in ours; a space alone in Flux's `# RFC-NNNN Title`).
    const wanted = form.separator ?? ':';
    if (t.separator !== wanted) {
      const sep = t.separator ? `"${t.separator}"` : 'nothing';
      const name = wanted === ':' ? 'a colon' : wanted === '' ? 'a space, as the template does' : `"${wanted}", as the template does`;
      // Another separator than the template's own form of it is only a hint there: Flux's RFC-0011
      // writes `# RFC-0011: …` where the template has `# RFC-NNNN Title`, and reads as well.
      report(h.range, `Separate the id and the title with ${name} (\`# ${titleLead(t.id.text, form)}…\`), not ${sep}.`, { problem: 'separator', ...file, title: t.title?.text ?? '' }, wanted === ':' ? undefined : { hint: true });
      return;
    }
    if (!t.title) report(h.range, `The title is missing after the id: \`# ${titleLead(t.id.text, form)}Title\`.`, { problem: 'no-title', ...file });
  },
};

/** Below this share of the other documents' titles carrying an id, a title without one is only a hint. */
const TITLE_ID_PRACTICE = 0.8;
/** Documents that must be read besides this one for that share to say anything. */
const TITLE_ID_SAMPLE = 5;

/** A heading that gives notice rather than a name: `moved to https://…`, `Status`, `Deprecated`, `Note: …`. */
const NOTICE_RE = /^(?:status|notes?|notice|warning|important|caution|deprecated|archived|superseded|obsolete|withdrawn|moved\b|this (?:rfc|proposal|document|page)\b)|https?:\/\//i;

/**
 * Whether the first heading is a notice over a level-1 heading right below it: it reads as one
 * (`NOTICE_RE`) or is level 3 or deeper, the next heading is a level-1 one that is no template section,
 * and at most three lines of text stand between them.
 */
function noticeAboveTitle(a: DocumentAnalysis): boolean {
  const [first, next] = a.doc.headings;
  // A level-3 heading or deeper above a level-1 one is no title written a level off (Ansible's
  // `### merge was done for version 2.3`); a level-2 one must read as a notice.
  if (!first || !next || next.level !== 1 || (first.level <= 2 && !NOTICE_RE.test(first.text.trim()))) return false;
  // The heading below must be a title, not one of the template's sections (`### Storage engine` over
  // `# Summary` is a title written two levels off).
  const below = sectionKey(next.text);
  if (a.template.sections.some((t) => t.key === below)) return false;
  let text = 0;
  for (let l = first.line + 1; l < next.line; l++) if (a.doc.text.line(l).trim() !== '') text++;
  return text <= 3;
}
