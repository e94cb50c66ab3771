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

describe('WorkspaceIndex.tasksNamingPhases', () => {
  it('lists the tasks naming each phase of an RFC, and follows tasks as they change and go', () => {
    const index = new WorkspaceIndex();
    const task = (path: string, phases: string[]) => ({ ...summaryFromName(path, 'task'), phases });
    index.set(task('tasks/TASK-0001-a.md', ['RFC-0082#0', 'RFC-0082#1']));
    index.set(task('tasks/TASK-0002-b.md', ['RFC-0082#1', 'RFC-0090#2']));
    index.set(summaryFromName('docs/rfcs/RFC-0082-x.md', 'rfc'));
    expect([...index.tasksNamingPhases('RFC-0082')]).toEqual([['0', ['TASK-0001']], ['1', ['TASK-0001', 'TASK-0002']]]);
    expect([...index.tasksNamingPhases('RFC-0090')]).toEqual([['2', ['TASK-0002']]]);
    expect(index.tasksNamingPhases('RFC-0001').size).toBe(0);
    index.set(task('tasks/TASK-0002-b.md', ['RFC-0090#2']));
    expect([...index.tasksNamingPhases('RFC-0082')]).toEqual([['0', ['TASK-0001']], ['1', ['TASK-0001']]]);
    index.remove('tasks/TASK-0001-a.md');
    expect(index.tasksNamingPhases('RFC-0082').size).toBe(0);
  });
});
