import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { DocumentClassifier } from '../../../server/src/core/index/globs';
import { ReferenceResolver } from '../../../server/src/core/index/resolver';
import { summaryFromName } from '../../../server/src/core/index/summary';
import { WorkspaceIndex } from '../../../server/src/core/index/workspaceIndex';

function indexOf(paths: readonly string[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const p of paths) index.set(summaryFromName(p, p.startsWith('tasks/') ? 'task' : 'rfc'));
  return index;
}

const TASKS = ['tasks/TASK-0010-b.md', 'tasks/TASK-0001-a.md', 'tasks/TASK-0011-c.md', 'tasks/TASK-0100-d.md', 'tasks/TASK-0012-e.md'];

describe('WorkspaceIndex folder listings', () => {
  it('lists a folder sorted, and the paths whose file name starts with a prefix', () => {
    const index = indexOf(TASKS);
    expect(index.pathsInFolder('tasks')).toEqual([...TASKS].sort());
    expect(index.pathsWithPrefix('tasks', 'TASK-001')).toEqual(['tasks/TASK-0010-b.md', 'tasks/TASK-0011-c.md', 'tasks/TASK-0012-e.md']);
    expect(index.pathsWithPrefix('tasks', 'TASK-0011-')).toEqual(['tasks/TASK-0011-c.md']);
    expect(index.pathsWithPrefix('tasks', 'TASK-9')).toEqual([]);
    expect(index.pathsWithPrefix('tasks', '')).toHaveLength(5);
    expect(index.pathsWithPrefix('nowhere', 'TASK')).toEqual([]);
  });

  it('changes the members version when a path comes or goes, not when a document changes', () => {
    const index = indexOf(TASKS);
    const v = index.membersVersion('tasks');
    index.set(summaryFromName('tasks/TASK-0001-a.md', 'task'));
    expect(index.membersVersion('tasks')).toBe(v);
    index.set(summaryFromName('tasks/TASK-0002-new.md', 'task'));
    expect(index.membersVersion('tasks')).toBe(v + 1);
    expect(index.pathsWithPrefix('tasks', 'TASK-000')).toEqual(['tasks/TASK-0001-a.md', 'tasks/TASK-0002-new.md']);
    index.remove('tasks/TASK-0001-a.md');
    expect(index.membersVersion('tasks')).toBe(v + 2);
    expect(index.pathsWithPrefix('tasks', 'TASK-000')).toEqual(['tasks/TASK-0002-new.md']);
  });
});

describe('ReferenceResolver on globs', () => {
  const resolver = (index: WorkspaceIndex) => new ReferenceResolver(index, new DocumentClassifier(DEFAULT_CONFIG, []));

  it('resolves a glob to exactly the documents it matches, whatever its literal prefix', () => {
    const r = resolver(indexOf(TASKS));
    const targets = (w: string) => {
      const res = r.resolvePath(w, 'docs/rfcs/RFC-0001-x.md');
      return res.status === 'resolved' ? [...res.targets].sort() : res.status;
    };
    expect(targets('tasks/TASK-0011-*.md')).toEqual(['tasks/TASK-0011-c.md']);
    expect(targets('tasks/TASK-001?-*.md')).toEqual(['tasks/TASK-0010-b.md', 'tasks/TASK-0011-c.md', 'tasks/TASK-0012-e.md']);
    expect(targets('tasks/*-a.md')).toEqual(['tasks/TASK-0001-a.md']);
    expect(targets('tasks/TASK-{0001,0100}-*.md')).toEqual(['tasks/TASK-0001-a.md', 'tasks/TASK-0100-d.md']);
    expect(targets('tasks/TASK-0*.md')).toHaveLength(5);
    expect(targets('tasks/TASK-0999-*.md')).toBe('broken');
  });

  it('sees a task created after the glob was first resolved', () => {
    const index = indexOf(TASKS);
    const r = resolver(index);
    expect(r.resolvePath('tasks/TASK-0200-*.md', 'docs/rfcs/RFC-0001-x.md').status).toBe('broken');
    index.set(summaryFromName('tasks/TASK-0200-later.md', 'task'));
    expect(r.resolvePath('tasks/TASK-0200-*.md', 'docs/rfcs/RFC-0001-x.md')).toMatchObject({ status: 'resolved', targets: ['tasks/TASK-0200-later.md'] });
  });
});
