import { describe, expect, it } from 'vitest';
import { summaryFromName } from '../../../server/src/core/index/summary';
import { WorkspaceIndex } from '../../../server/src/core/index/workspaceIndex';

describe('WorkspaceIndex.highestNumber', () => {
  it('follows documents as they come, change their id and go', () => {
    const index = new WorkspaceIndex();
    expect(index.highestNumber('task')).toBe(0);
    index.set(summaryFromName('tasks/TASK-0007-a.md', 'task'));
    index.set(summaryFromName('tasks/TASK-0042-b.md', 'task'));
    expect(index.highestNumber('task')).toBe(42);
    index.set(summaryFromName('tasks/TASK-0100-c.md', 'task'));
    expect(index.highestNumber('task')).toBe(100);
    index.remove('tasks/TASK-0100-c.md');
    expect(index.highestNumber('task')).toBe(42);
    index.set({ ...summaryFromName('tasks/TASK-0042-b.md', 'task'), id: 'TASK-0003' });
    expect(index.highestNumber('task')).toBe(7);
    expect(index.highestNumber('rfc')).toBe(0);
  });
});
