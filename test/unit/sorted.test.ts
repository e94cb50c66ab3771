import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, lowerBound, upperBoundBy } from '../../server/src/core/sorted';

describe('lowerBound', () => {
  it('finds the first element not less than the value, or the length', () => {
    const xs = [0, 4, 4, 9];
    expect([-1, 0, 3, 4, 5, 9, 10].map((v) => lowerBound(xs, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound([], 3)).toBe(0);
  });

  it('works on sorted strings (a folder listing)', () => {
    const paths = ['tasks/TASK-0001-a.md', 'tasks/TASK-0010-b.md', 'tasks/TASK-0011-c.md'];
    expect(lowerBound(paths, 'tasks/TASK-001')).toBe(1);
    expect(lowerBound(paths, 'tasks/TASK-1')).toBe(3);
  });
});

describe('lastAtOrBefore', () => {
  it('finds the line whose start is at or before an offset', () => {
    const starts = [0, 5, 6, 12];
    expect([0, 4, 5, 6, 11, 12, 99].map((o) => lastAtOrBefore(starts, o))).toEqual([0, 0, 1, 2, 2, 3, 3]);
  });

  it('answers 0 before the first element and for a single line', () => {
    expect(lastAtOrBefore([0], 7)).toBe(0);
    expect(lastAtOrBefore([3, 8], 1)).toBe(0);
  });
});

describe('upperBoundBy', () => {
  it('finds the first item whose key is greater than the value, over repeated keys', () => {
    const items = [{ k: 1 }, { k: 3 }, { k: 3 }, { k: 7 }];
    expect([0, 1, 3, 5, 7, 9].map((v) => upperBoundBy(items, v, (x) => x.k))).toEqual([0, 1, 3, 3, 4, 4]);
    expect(upperBoundBy([], 1, (x: { k: number }) => x.k)).toBe(0);
  });
});
