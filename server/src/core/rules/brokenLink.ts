import type { Resolution } from '../index/resolver';
import type { Reference } from '../types';
import type { Rule } from './rule';

/**
 * A path reference names a file of the repository. Certainty decides how loud a miss is: a
 * Markdown link, or a path that starts at a folder of the repository, is an error ("does not
 * exist", with the file it most likely meant); a bare document name that matches nothing anywhere is
 * a warning ("not found in this repository"); a name that several files carry is an info listing
 * them; a path in code or prose that matches nothing and starts at no folder of the repository is an
 * example (`./b`, `../foo`, another project's `src/lib.rs`) and is left alone. The text of a link
 * whose target is a URL is never a reference (the parser does not make it one).
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
        if (ref.style === 'link' || !ref.weak) report(ref.range, `\`${ref.path}\` points outside the workspace; link to a file inside the repository.`, { outside: true, path: ref.path });
        continue;
      }
      if (r.status === 'ambiguous') {
        const shown = r.candidates.slice(0, 3).map((c) => `\`${c}\``).join(', ');
        const more = r.candidates.length > 3 ? ` and ${r.candidates.length - 3} more` : '';
        report(ref.range, `\`${ref.path}\` matches ${r.candidates.length} files: ${shown}${more}; write the path from the repository root to say which.`, { path: ref.path, suggestions: [...r.candidates.slice(0, 10)], ambiguous: true }, { hint: true });
        continue;
      }
      const ours = a.resolver.startsAtFolder(ref.path, a.doc.path) || a.resolver.isDocumentPath(r.target);
      const certainty = certaintyOf(ours, ref, r);
      if (certainty === 'none') continue;
      const hint = r.suggestions.length > 0 ? ` Did you mean \`${r.suggestions[0]}\`?` : '';
      if (certainty === 'error') report(ref.range, `\`${ref.path}\` does not exist.${hint}`, { path: ref.path, target: r.target, suggestions: [...r.suggestions] });
      else report(ref.range, `\`${ref.path}\` is not found in this repository.${hint}`, { path: ref.path, target: r.target, suggestions: [...r.suggestions], unsure: true }, { atMost: 'warning' });
    }
  },
};

/**
 * How sure a miss is: a link, a path from an existing folder or where the globs put documents
 * (error); a bare document name (warning); else an example.
 */
function certaintyOf(ours: boolean, ref: Reference, r: Extract<Resolution, { status: 'broken' }>): 'error' | 'warning' | 'none' {
  if (ref.style === 'link' || ours) return 'error';
  // A document id in the name (`tasks/TASK-0007-x.md`) is one of ours even where its folder is not.
  if (r.suggestions.length > 0) return 'error';
  if (!ref.path?.includes('/') && !ref.weak && /\.(?:md|markdown)$/i.test(ref.path ?? '') && ref.style !== 'backtick') return 'warning';
  return 'none';
}
