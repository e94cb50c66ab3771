import type { Rule } from './rule';

/**
 * The id in the title is the id in the file name. Both are compared in canonical form, so
 * `# RFC-4: …` in `RFC-0004-x.md` agrees; a placeholder id (`RFC-XXXX`) is the placeholder rule's.
 */
export const idMismatch: Rule<'id-mismatch'> = {
  id: 'id-mismatch',
  defaultSeverity: 'error',
  description: 'The id in the title is the id in the file name.',
  requires: ['titleId'],
  check(a, report) {
    const title = a.doc.title;
    const titleId = title?.canonicalId;
    const fileId = a.fileId;
    if (!title?.id || !titleId || !fileId || titleId === fileId) return;
    report(
      title.id.range,
      `The title says ${titleId} but the file name says ${fileId}; they must agree (write ${fileId} in the title, or rename the file to match ${titleId}).`,
      { fileId, titleId },
    );
  },
};
