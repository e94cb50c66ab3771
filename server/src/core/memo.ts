/**
 * Strings kept for the whole process: copies that do not pin the text they were cut from, and memos
 * of pure functions of a string (a section name's key, a written glob's matcher, one shared copy of
 * a path or an id).
 */

/**
 * A copy of a piece of a file's text that does not keep the whole text alive. V8 represents a
 * substring as a view of its parent string, so a 20-character title sliced from an 8 KB task would
 * pin all 8 KB in the index: at 55,000 files, most of the heap.
 */
export function detach(s: string): string {
  return s.length > 12 ? (' ' + s).slice(1) : s;
}

/**
 * `fn`, remembered: computed once per argument, every answer forgotten at once past `max` arguments.
 * `fn` is given the argument detached, and that copy is what the table keeps (a heading or a path
 * sliced from a document must not keep the document's text alive in a process-wide table); so
 * `memoize((s) => s, n)` interns strings. `fn` must be pure.
 */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= max) known.clear();
      const kept = detach(key);
      value = fn(kept);
      known.set(kept, value);
    }
    return value;
  };
}
