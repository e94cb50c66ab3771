import { describe, expect, it } from 'vitest';
import { memoize } from '../../server/src/core/memo';

describe('memoize', () => {
  it('computes once per argument, forgets everything past its bound, and hands the function a copy of the argument', () => {
    const seen: string[] = [];
    const twice = memoize((s) => {
      seen.push(s);
      return s + s;
    }, 2);
    expect([twice('a'), twice('b'), twice('a')]).toEqual(['aa', 'bb', 'aa']);
    expect(seen).toEqual(['a', 'b']);
    twice('c');
    twice('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
    const text = `${'x'.repeat(100)} a long heading in a long text`;
    const intern = memoize((s) => s, 10);
    const piece = text.slice(100);
    expect(intern(piece)).toBe(piece);
    expect(intern(text.slice(100))).toBe(intern(piece));
  });
});
