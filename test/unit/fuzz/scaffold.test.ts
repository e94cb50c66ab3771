import fc from 'fast-check';
import { describe, it } from 'vitest';
import { basename, joinPath } from '../../../server/src/core/index/paths';
import { documentPath, folderFor, formatId, isInside, MAX_SLUG_LENGTH, nextNumber, sanitizeTitle, slugify } from '../../../server/src/core/scaffold';
import { titleInputArb } from './arbitraries';
import { fuzz, timeoutFor } from './fuzz';

/** Existing RFC files, in the spellings repositories have (lower case, unpadded, other slugs). */
const existingArb = fc.array(
  fc.tuple(fc.constantFrom('RFC', 'rfc', 'Rfc'), fc.integer({ min: 0, max: 12_000 }), fc.constantFrom('', '-x', '-same-title', '-a-b')).map(([p, n, slug]) => `docs/rfcs/${p}-${String(n).padStart(4, '0')}${slug}.md`),
  { maxLength: 12 },
);

/** Folders from configuration: ordinary, nested, odd, and some that try to leave the workspace. */
const folderArb = fc.constantFrom('docs/rfcs', 'rfcs', '', 'docs/../docs/rfcs', '../outside', 'docs/rfcs/', '/abs', 'a/./b', '..', 'docs\\rfcs', 'd\u00e9cisions');

// Control characters and the bidirectional controls that make a name read differently.
const UNSAFE_NAME_RE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('New RFC on any title', () => {
  it('writes a non-empty file name directly inside the RFC folder, never over an existing file, or refuses with a reason', async () => {
    await fuzz(
      'new RFC path',
      fc.property(titleInputArb, existingArb, folderArb, (raw, existing, configured) => {
        const title = sanitizeTitle(raw);
        if (!title.ok) {
          if (title.reason.trim() === '') throw new Error('refused without a reason');
          return;
        }
        const slug = slugify(title.title);
        if (slug === '' || slug.length > MAX_SLUG_LENGTH + 4 || /[/\\.]/.test(slug) || slug.startsWith('-') || slug.endsWith('-')) throw new Error(`slug ${JSON.stringify(slug)}`);
        const folder = folderFor([configured], existing, 'docs/rfcs');
        const id = formatId('rfc', nextNumber(existing, 'rfc'));
        const written = documentPath(folder, id, slug);
        const normalFolder = joinPath('', folder);
        if (written === undefined) {
          if (normalFolder === folder && !folder.includes('\\')) throw new Error(`refused folder ${JSON.stringify(folder)} that lies inside the workspace`);
          return;
        }
        if (!isInside(normalFolder ?? '', written) || written.split('/').includes('..')) throw new Error(`${written} is not inside ${folder}`);
        const name = basename(written);
        if (name === '.md' || !name.startsWith(`${id}-`) || UNSAFE_NAME_RE.test(name) || name.includes('\\')) throw new Error(`file name ${JSON.stringify(name)}`);
        const taken = new Set(existing.map((p) => p.toLowerCase()));
        if (taken.has(written.toLowerCase())) throw new Error(`${written} exists already`);
      }),
      2000,
    );
  }, timeoutFor(2000, 5));
});
