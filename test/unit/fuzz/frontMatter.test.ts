/**
 * The front matter reader against the `yaml` package as an oracle: on front matter that is valid
 * YAML, in the forms task files use (plain, double- and single-quoted values, flow lists over one line
 * or several, `- item` lists, block scalars, comments, nested mappings), every key reads as YAML reads
 * it, and every list item's range holds the item as written. (The reader does not use `yaml` itself:
 * it reads key by key so that one invalid key loses nothing else, on the indexing path, at a fraction
 * of the cost; see parser/frontMatter.ts.)
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { readFrontMatter } from '../../../server/src/core/parser/frontMatter';
import { TextLines } from '../../../server/src/core/text';
import type { FrontMatterField } from '../../../server/src/core/types';
import { fuzz, timeoutFor } from './fuzz';

const WORDS = ['TASK-0001', 'done', 'a', 'in progress', 'docs/rfcs/RFC-0002-x.md', 'v1.2', 'x_y', 'é', '12', 'tasks/TASK-0003B-x.md', '@'.slice(1) + 'team'];
const plainArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const textArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', "'", '\\', ',', ':', '#', 'é', '[', ']', '\t', '\u2011'), maxLength: 12 });
const doubleArb = textArb.map((s) => JSON.stringify(s));
const singleArb = textArb.filter((s) => !s.includes('\t')).map((s) => `'${s.replace(/'/g, "''")}'`);
const scalarArb = fc.oneof(plainArb, doubleArb, singleArb);
const commentArb = fc.constantFrom('', '', ' # a comment');

const flowArb = fc
  .tuple(fc.array(scalarArb, { maxLength: 4 }), fc.array(fc.constantFrom(', ', ',\n  ', ' ,  '), { minLength: 4, maxLength: 4 }))
  .map(([items, seps]) => `[${items.map((i, n) => (n === 0 ? i : seps[n] + i)).join('')}]`);
const blockListArb = fc.array(fc.tuple(scalarArb, commentArb), { minLength: 1, maxLength: 4 }).map((items) => items.map(([i, c]) => `\n  - ${i}${c}`).join(''));
const blockScalarArb = fc
  .tuple(fc.constantFrom('|', '>', '|-', '>-', '|+'), fc.array(fc.oneof(plainArb, fc.constantFrom('', '  more indented', '# not a comment')), { minLength: 1, maxLength: 5 }))
  .filter(([, lines]) => lines.some((l) => l !== '' && !l.startsWith(' ')))
  .map(([indicator, lines]) => {
    const first = lines.findIndex((l) => l !== '');
    // YAML takes the block's indentation from its first non-blank line, which must not be indented further.
    const body = lines[first].startsWith(' ') ? ['x', ...lines] : lines;
    return `${indicator}\n${body.map((l) => (l === '' ? '' : `  ${l}`)).join('\n')}`;
  });

const valueArb = fc.oneof(
  fc.tuple(scalarArb, commentArb).map(([v, c]) => ` ${v}${c}`),
  fc.tuple(flowArb, commentArb).map(([v, c]) => ` ${v}${c}`),
  blockListArb,
  blockScalarArb.map((b) => ` ${b}`),
  fc.constantFrom(' # fill in later', '', '\n  lead: a\n  backup: b', ' []'),
  // A scalar on the lines below its key (Backstage's `description:` and its quoted text below).
  fc.tuple(scalarArb, plainArb).map(([v, more]) => `\n  ${v}${v.startsWith('"') || v.startsWith("'") ? '' : `\n  ${more}`}`),
);

const frontMatterArb = fc.uniqueArray(fc.tuple(fc.constantFrom('title', 'status', 'owner', 'links', 'depends-on', 'notes', 'x_y', 'k1'), valueArb), { selector: ([k]) => k, maxLength: 6 });

describe('the front matter reader on valid YAML', () => {
  it('reads every key as the yaml package does, and places every item where it is written', async () => {
    await fuzz(
      'front matter vs yaml',
      fc.property(frontMatterArb, (entries) => {
        const body = entries.map(([k, v]) => `${k}:${v}`).join('\n');
        const doc = parseDocument(body, { schema: 'failsafe' });
        if (doc.errors.length > 0) throw new Error(`the generator wrote invalid YAML:\n${body}\n${doc.errors[0].message}`);
        const text = new TextLines(`---\n${body}\n---\n`);
        const fields: ReadonlyMap<string, FrontMatterField> = readFrontMatter(text)?.fields ?? new Map();
        const map = doc.contents;
        for (const pair of isMap(map) ? map.items : []) {
          const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
          const ours = fields.get(key.toLowerCase());
          const v = pair.value;
          const expected = v === null || (isScalar(v) && v.value === null) ? { value: '', items: [], nested: false }
            : isScalar(v) ? { value: String(v.value).replace(/\n+$/, ''), items: [], nested: false }
            : isSeq(v) ? { value: '', items: v.items.map((i: unknown) => String(isScalar(i) ? i.value : i)).filter((i) => i !== ''), nested: false }
            : { value: '', items: [], nested: true };
          const got = ours && { value: ours.value, items: ours.items.map((i) => i.text), nested: ours.nested };
          if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`key ${key}: read ${JSON.stringify(got)}, YAML says ${JSON.stringify(expected)}\n${body}`);
          for (const item of ours?.items ?? []) {
            const at = text.getText(item.range);
            const plain = !/["'\\]/.test(at) && !at.includes('\n');
            if (plain && at !== item.text) throw new Error(`item ${JSON.stringify(item.text)} is placed at ${JSON.stringify(at)}\n${body}`);
          }
        }
      }),
      1500,
    );
  }, timeoutFor(1500, 5));
});
