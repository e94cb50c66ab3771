import type { Reference } from '../types';
import type { Rule } from './rule';

/**
 * The RFC links at least one task: each phase must be implemented and proven by one. Any reference
 * counts (a bare `TASK-0003`, a range, a path into a task folder), wherever it is written. A glob
 * that names every task (`tasks/TASK-*.md`, from the template's prose) names none in particular and
 * does not count. A draft (or an RFC without a status yet, just started) may not have tasks yet, so
 * there the finding is only a hint.
 */
export const noTaskLink: Rule<'no-task-link'> = {
  id: 'no-task-link',
  defaultSeverity: 'warning',
  description: 'The RFC links at least one task.',
  requires: ['tasks'],
  check(a, report) {
    const taskFolders = a.folders.task;
    const namesTask = (r: Reference): boolean => {
      if (r.ids.some((id) => a.ids.kindOfId(id) === 'task')) return !a.isPlaceholder(r.text);
      if (r.path === undefined || /[*?]/.test(r.path)) return false;
      const path = r.path.replace(/^\.\//, '');
      if (taskFolders.some((f) => f !== '' && path.startsWith(`${f}/`) && path.length > f.length + 1)) return true;
      const resolved = a.resolve(r);
      return resolved?.status === 'resolved' && resolved.targets.some((t) => a.index.get(t)?.kind === 'task');
    };
    if (a.doc.references.some(namesTask)) return;
    const links = a.field(a.template.roles.linksField);
    const range = links?.nameRange ?? a.doc.title?.heading.range ?? a.doc.text.lineRange(0);
    const where = links ? `under "${links.name}"` : 'in the header';
    const example = taskFolders[0] !== undefined && taskFolders[0] !== '' ? ` (\`${taskFolders[0]}/TASK-NNNN-slug.md\`)` : '';
    const status = a.status;
    const hint = status === undefined || status.statusClass === 'draft' ? { hint: true } : undefined;
    report(range, `This RFC links no task; link the task(s) that implement and prove its phases ${where}${example}.`, links ? { linksLine: links.line } : {}, hint);
  },
};
