import type { Rule } from './rule';

/**
 * A path reference names a file that exists in the workspace. Loose forms (abbreviated slug, glob,
 * id without slug, `:line`, `#anchor`) that resolve are fine; a full file name that does not exist is
 * broken even when the same id exists under another slug (the fix offers that file).
 */
export const brokenLink: Rule<'broken-link'> = {
  id: 'broken-link',
  defaultSeverity: 'error',
  description: 'A path reference names a file that exists in the workspace.',
  crossDocument: true,
  check(a, report) {
    for (const ref of a.doc.references) {
      if (ref.path === undefined || a.isPlaceholder(ref.text)) continue;
      const r = a.resolve(ref);
      if (!r || r.status === 'resolved') continue;
      if (r.status === 'outside') {
        report(ref.range, `\`${ref.path}\` points outside the workspace; link to a file inside the repository.`, { outside: true, path: ref.path });
        continue;
      }
      const hint = r.suggestions.length > 0 ? ` Did you mean \`${r.suggestions[0]}\`?` : '';
      report(ref.range, `\`${ref.path}\` does not exist.${hint}`, { path: ref.path, target: r.target, suggestions: [...r.suggestions] });
    }
  },
};
