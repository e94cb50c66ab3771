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
    const fileId = a.fileId;
    const form = a.template.structure.titleId;
    const written = fileId ? a.ids.display(fileId) : undefined;
    const example = form?.kind === 'prefixed' ? `# ${written ?? `${form.prefix}-NNNN`}: Title` : form?.kind === 'number' ? `# ${fileId ? String(Number(fileId.replace(/^\D+/, ''))) : 'N'}. Title` : '# Title';
    const data = fileId ? { fileId } : {};
    const t = doc.title;
    if (!t) {
      report(range(0, 0, 0, doc.text.lineLength(0)), `The RFC has no title; its first heading should be \`${example}\`.`, data);
      return;
    }
    const h = t.heading;
    if (h.level !== 1) {
      report(h.range, `The first heading should be a level-1 title \`${example}\`, not a level-${h.level} heading.`, data);
      return;
    }
    if (!form) return;
    if (!t.id) {
      report(h.range, `The title should start with the RFC's id: \`${example.replace('Title', h.text)}\`.`, { ...data, title: h.text });
      return;
    }
    if (!t.canonicalId || form.kind === 'number') return;
    if (t.separator !== ':') {
      const sep = t.separator ? `"${t.separator}"` : 'nothing';
      report(h.range, `Separate the id and the title with a colon (\`# ${t.id.text}: …\`), not ${sep}.`, { ...data, title: t.title?.text ?? '' });
      return;
    }
    if (!t.title) report(h.range, `The title is missing after the id: \`# ${t.id.text}: Title\`.`, data);
  },
};
