import { taskStatusVocabulary } from '../taskStatuses';
import { rangeInValue } from './fieldValue';
import type { Rule } from './rule';
import { taskField } from './taskHeader';

/**
 * A task's status is one the workspace knows: the configured `taskStatuses`, or, when none are
 * configured, the task template's status, the usual task words in their many spellings
 * (`in-progress`, `In Progress`, `WIP`, `done`, `closed`) and the words for stopped tasks
 * (`blocked`, `cancelled`, `wontfix`). A note after the status is allowed (`done (2026-05-02)`,
 * `blocked by TASK-0003`). Without a configured vocabulary an unknown word is only a hint: the
 * team may use it on purpose.
 */
export const taskStatusValue: Rule<'task-status-value'> = {
  id: 'task-status-value',
  defaultSeverity: 'warning',
  description: "A task's status is one of the configured task statuses (or the usual task words).",
  kinds: ['task'],
  check(a, report) {
    const key = a.taskTemplate.statusKey;
    const field = key ? taskField(a, key) : undefined;
    if (!field || field.value.trim() === '') return;
    const vocabulary = taskStatusVocabulary(a.config, a.taskTemplate, a.statuses);
    const read = vocabulary.read(field.value);
    if (!read || read.known) return;
    const { written, start } = read.reading;
    const suggestion = vocabulary.suggest(written);
    const guess = suggestion ? ` Did you mean "${suggestion}"?` : '';
    const where = vocabulary.configured ? 'use one of' : 'use a usual task status such as';
    const setting = vocabulary.configured ? '' : ', or list the team\'s statuses in "taskStatuses"';
    report(
      rangeInValue(a.doc.text, field, start, start + written.length),
      `Task status "${written}" is not a known status; ${where} ${vocabulary.allowed.join(', ')}${setting}.${guess}`,
      { written, allowed: [...vocabulary.allowed], ...(suggestion ? { suggestion } : {}) },
      { hint: !vocabulary.configured },
    );
  },
};
