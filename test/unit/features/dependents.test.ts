import { describe, expect, it } from 'vitest';
import { dependentsOf, rfcsNamingFiles } from '../../../server/src/core/dependents';
import { cleanRfc, task } from '../helpers';
import { open, repo, RFC_PATH, swap } from './fixtures';

describe('which documents to check again after a change', () => {
  it('is the document itself (and the index file for an RFC); its referrers only when its id, title or status changed', async () => {
    const ws = await repo({ [RFC_PATH]: cleanRfc() });
    const before = ws.index.get('tasks/TASK-0001-first-step.md');
    open(ws, 'tasks/TASK-0001-first-step.md', task('TASK-0001', 'First step', 'done', 'links:\n  - RFC-0001\n').replace('Does the thing.', 'Does the thing, carefully.'));
    expect(dependentsOf(ws, 'tasks/TASK-0001-first-step.md', before)).toEqual(['tasks/TASK-0001-first-step.md']);
    const typed = ws.index.get('tasks/TASK-0001-first-step.md');
    open(ws, 'tasks/TASK-0001-first-step.md', task('TASK-0001', 'First step', 'in-progress', 'links:\n  - RFC-0001\n'), 2);
    expect(dependentsOf(ws, 'tasks/TASK-0001-first-step.md', typed)).toContain(RFC_PATH);
    expect(dependentsOf(ws, RFC_PATH).slice(0, 2)).toEqual([RFC_PATH, 'docs/rfcs/README.md']);
  });

  it('names the RFCs whose written paths may name a file that came or went, and no other', async () => {
    const withScript = swap(cleanRfc(), 'Samples need a design.', 'Run `scripts/run.sh` first.');
    const ws = await repo({ [RFC_PATH]: withScript });
    expect(rfcsNamingFiles(ws, ['scripts/run.sh'])).toEqual([RFC_PATH]);
    expect(rfcsNamingFiles(ws, ['scripts'])).toEqual([RFC_PATH]);
    expect(rfcsNamingFiles(ws, ['build/output.js'])).toEqual([]);
  });
});
