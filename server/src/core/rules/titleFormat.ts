import { idFromFileName } from '../ids';
import { basename } from '../index/paths';
import { range } from '../text';
import type { Rule } from './rule';

/** The first heading is `# RFC-NNNN: Title`. Placeholders (`RFC-XXXX`, `<Title>`) are `placeholder`'s. */
export const titleFormat: Rule<'title-format'> = {
  id: 'title-format',
  defaultSeverity: 'error',
  description: 'The first heading is `# RFC-NNNN: Title`.',
  check(a, report) {
    const { doc } = a;
    const fileId = idFromFileName(basename(doc.path), 'rfc');
    const data = fileId ? { fileId } : {};
    const t = doc.title;
    if (!t) {
      report(range(0, 0, 0, doc.text.lineLength(0)), `The RFC has no title; its first line should be \`# ${fileId ?? 'RFC-NNNN'}: Title\`.`, data);
      return;
    }
    const h = t.heading;
    if (h.level !== 1) {
      report(h.range, `The first heading should be a level-1 title \`# ${fileId ?? 'RFC-NNNN'}: Title\`, not a level-${h.level} heading.`, data);
      return;
    }
    if (!t.id) {
      report(h.range, `The title should start with the RFC id: \`# ${fileId ?? 'RFC-NNNN'}: ${h.text}\`.`, { ...data, title: h.text });
      return;
    }
    if (!t.canonicalId) return;
    if (t.separator !== ':') {
      const sep = t.separator ? `"${t.separator}"` : 'nothing';
      report(h.range, `Separate the id and the title with a colon (\`# ${t.id.text}: …\`), not ${sep}.`, { ...data, title: t.title?.text ?? '' });
      return;
    }
    if (!t.title) report(h.range, `The title is missing after the id: \`# ${t.id.text}: Title\`.`, data);
  },
};
