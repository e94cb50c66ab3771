import { describe, expect, it } from 'vitest';
import { fieldList, fieldText, readFrontMatter } from '../../../server/src/core/parser/frontMatter';
import { TextLines } from '../../../server/src/core/text';
import type { FrontMatterField } from '../../../server/src/core/types';

function read(body: string): Map<string, FrontMatterField> & { text: TextLines } {
  const text = new TextLines(`---\n${body}\n---\n# Body\n`);
  const fm = readFrontMatter(text);
  if (!fm) throw new Error('no front matter');
  return Object.assign(new Map(fm.fields), { text });
}

/** The source text at each item's range: where the reader says the item is written. */
function written(fields: ReturnType<typeof read>, key: string): string[] {
  return (fields.get(key)?.items ?? []).map((i) => fields.text.getText(i.range));
}

describe('readFrontMatter on front matter that is not valid YAML (PRODUCT.md, "Real repositories are messy")', () => {
  it('keeps a task\'s id, title, status and owner whatever else is wrong', () => {
    const f = read('id: TASK-0003\ntitle: A: B\nstatus: in-progress\nowner: @runtime\nbroken: [unclosed\n: no key\nnotes: "unterminated');
    expect([f.get('id')?.value, f.get('title')?.value, f.get('status')?.value, f.get('owner')?.value]).toEqual(['TASK-0003', 'A: B', 'in-progress', '@runtime']);
    expect(f.get('broken')?.value).toBe('[unclosed');
    expect(f.get('notes')?.value).toBe('"unterminated');
  });

  it("reads a scalar written on the indented lines below its key (Backstage's ADR descriptions), and a list there as a list", () => {
    const f = read('description:\n  "Architecture Decision Record (ADR) for using Luxon\'s method\n  and presets"\nplain:\n  wraps over\n  two lines\nlinks:\n  - a.md\n  - b.md\nempty:\ntitle: T');
    expect(f.get('description')?.value).toBe("Architecture Decision Record (ADR) for using Luxon's method and presets");
    expect(f.get('plain')?.value).toBe('wraps over two lines');
    expect(written(f, 'links')).toEqual(['a.md', 'b.md']);
    expect(f.get('empty')?.value).toBe('');
    // A comment below a key is no value of it, nor is an indented mapping.
    const g = read('status:\n  # set by the editors\nowner:\n  lead: a\n  backup: b\ntitle: T');
    expect([g.get('status')?.value, g.get('owner')?.value, g.get('owner')?.nested]).toEqual(['', '', true]);
  });

  it('takes a value written with text after its closing quote as written', () => {
    expect(read('title: "A" B').get('title')?.value).toBe('"A" B');
  });

  it("reads a key of words with spaces, as YAML does, not as the previous value's continuation (NEAR's `Last Updated:`)", () => {
    const f = read('Created: 2022-03-03\nLast Updated: 2025-08-04\ntitle: Words then: a colon');
    expect([f.get('created')?.value, f.get('last updated')?.value, f.get('title')?.value]).toEqual(['2022-03-03', '2025-08-04', 'Words then: a colon']);
  });
});

describe('readFrontMatter on the forms YAML defines', () => {
  it('reads escapes in double quotes and a doubled quote in single quotes', () => {
    const f = read('a: "a\\"b\\\\c\\u00e9"\nb: \'It\'\'s\'');
    expect([f.get('a')?.value, f.get('b')?.value]).toEqual(['a"b\\cé', "It's"]);
  });

  it('splits a flow list at commas outside quotes, each item at its place', () => {
    const f = read('links: ["a, b", c, \'d\'] # note');
    expect(fieldList({ startLine: 0, endLine: 0, fields: f }, 'links')).toEqual(['a, b', 'c', 'd']);
    expect(written(f, 'links')).toEqual(['a, b', 'c', 'd']);
  });

  it('reads a flow list over several lines (the task→RFC link)', () => {
    const f = read('links: [RFC-0001,\n  docs/rfcs/RFC-0002-x.md,\n  TASK-0003]\nstatus: done');
    expect(f.get('links')?.items.map((i) => [i.text, i.range.start.line])).toEqual([['RFC-0001', 1], ['docs/rfcs/RFC-0002-x.md', 2], ['TASK-0003', 3]]);
    expect(written(f, 'links')).toEqual(['RFC-0001', 'docs/rfcs/RFC-0002-x.md', 'TASK-0003']);
    expect(f.get('status')?.value).toBe('done');
  });

  it('reads `- item` lists with quotes and comments, each item at its place', () => {
    const f = read('depends-on:\n  - TASK-0001 # first\n  - "TASK-0002"\n  # a comment line\n  - \'tasks/TASK-0003-x.md\'');
    expect(f.get('depends-on')?.items.map((i) => i.text)).toEqual(['TASK-0001', 'TASK-0002', 'tasks/TASK-0003-x.md']);
    expect(written(f, 'depends-on')).toEqual(['TASK-0001', 'TASK-0002', 'tasks/TASK-0003-x.md']);
  });

  it('keeps the line ends of a `|` block scalar and folds a `>` one', () => {
    const f = read('notes: |\n  # not a comment\n  TASK-0009\n\n  last\nsummary: >-\n  one\n  two\n\n  three\nstatus: done');
    expect(f.get('notes')?.value).toBe('# not a comment\nTASK-0009\n\nlast');
    expect(f.get('summary')?.value).toBe('one two\nthree');
    expect(f.get('status')?.value).toBe('done');
  });

  it('reads a comment as no value, and a nested mapping as content that is not text', () => {
    const f = read('release-date: # fill in later\nreviewers:\n  lead: "@a"\n  backup: "@b"\nempty:\nlist: []');
    expect(f.get('release-date')).toMatchObject({ value: '', items: [], nested: false });
    expect(f.get('reviewers')).toMatchObject({ value: '', items: [], nested: true });
    expect(f.get('empty')).toMatchObject({ value: '', items: [], nested: false });
    expect(f.get('list')).toMatchObject({ value: '', items: [], nested: false });
    expect(fieldText({ startLine: 0, endLine: 0, fields: f }, 'release-date')).toBe('');
  });

  it('folds a plain value continued on indented lines', () => {
    expect(read('title: A long\n  title').get('title')?.value).toBe('A long title');
  });
});
