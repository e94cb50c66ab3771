import { describe, expect, it } from 'vitest';
import { joinPath } from '../../../server/src/core/index/paths';

describe('joinPath', () => {
  it('concatenates a plain relative path, and normalises `.`, `..` and empty segments', () => {
    expect(joinPath('docs/rfcs', 'RFC-0001-x.md')).toBe('docs/rfcs/RFC-0001-x.md');
    expect(joinPath('', 'tasks/TASK-0001.md')).toBe('tasks/TASK-0001.md');
    expect(joinPath('docs/rfcs', '../../tasks/x.md')).toBe('tasks/x.md');
    expect(joinPath('docs/rfcs', './a//b/')).toBe('docs/rfcs/a/b');
    expect(joinPath('docs', 'a/./b/../c')).toBe('docs/a/c');
    expect(joinPath('docs', '/abs')).toBe('docs/abs');
    expect(joinPath('docs', '..')).toBe('');
    expect(joinPath('docs', '../..')).toBeUndefined();
  });

  it('keeps names that only contain dots as names', () => {
    expect(joinPath('a', '.github/x.yml')).toBe('a/.github/x.yml');
    expect(joinPath('a', '...')).toBe('a/...');
    expect(joinPath('a', 'x../..y')).toBe('a/x../..y');
  });
});
