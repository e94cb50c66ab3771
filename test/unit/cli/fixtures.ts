import { cleanRfc, task } from '../helpers';

/** A task file that the clean RFC's phases can rely on. */
export const DONE_TASK = { 'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step', 'done') };

/** An RFC with exactly one finding: its title separates id and title with a dash (an error). */
export function rfcWithTitleError(id: string, title = 'Dashed title'): string {
  return cleanRfc(id, title).replace(`# ${id}: ${title}`, `# ${id} — ${title}`);
}

/** An RFC with exactly one finding: Last Updated before Created (a warning). */
export function rfcWithDateWarning(id: string, title = 'Dates swapped'): string {
  return cleanRfc(id, title).replace('- Last Updated: 2026-02-01', '- Last Updated: 2025-12-01');
}

/** A workspace with one clean RFC, one RFC with an error and one with a warning. */
export function mixedWorkspace(): Record<string, string> {
  return {
    ...DONE_TASK,
    'docs/rfcs/RFC-0001-clean.md': cleanRfc('RFC-0001', 'Clean'),
    'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002'),
    'docs/rfcs/RFC-0003-dates-swapped.md': rfcWithDateWarning('RFC-0003'),
  };
}

export { cleanRfc, task };
