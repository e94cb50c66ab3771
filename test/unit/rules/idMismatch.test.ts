import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'id-mismatch';

describe('id-mismatch', () => {
  it('reports nothing when the title id is the file name id', async () => {
    expect(await check(cleanRfc('RFC-0001'), rule)).toEqual([]);
  });

  it('accepts a title id written without leading zeros when the numbers agree', async () => {
    expect(await check(cleanRfc('RFC-0004'), rule, {}, 'docs/rfcs/RFC-4-storage.md')).toEqual([]);
    expect(await check(cleanRfc('RFC-4'), rule, {}, 'docs/rfcs/RFC-0004-storage.md')).toEqual([]);
  });

  it('accepts a title id written with a non-breaking hyphen', async () => {
    expect(await check(cleanRfc('RFC\u20110001'), rule)).toEqual([]);
  });

  it('reports a title id that differs from the file name id, on the id, with both ids in data', async () => {
    const f = await check(cleanRfc('RFC-0004'), rule, {}, 'docs/rfcs/RFC-0005-storage.md');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 10 } });
    expect(f[0].data).toEqual({ fileId: 'RFC-0005', titleId: 'RFC-0004' });
    expect(f[0].message).toBe('The title says RFC-0004 but the file name says RFC-0005; they must agree (write RFC-0005 in the title, or rename the file to match RFC-0004).');
  });

  it('compares canonical ids, so RFC-40 and RFC-0004 differ', async () => {
    const f = await check(cleanRfc('RFC-40'), rule, {}, 'docs/rfcs/RFC-0004-storage.md');
    expect(f.map((x) => x.data)).toEqual([{ fileId: 'RFC-0004', titleId: 'RFC-0040' }]);
  });

  it('leaves the template placeholder id to the placeholder rule', async () => {
    expect(await check(cleanRfc('RFC-XXXX'), rule)).toEqual([]);
  });

  it('says nothing when the file name carries no id or the title has none', async () => {
    expect(await check(cleanRfc('RFC-0004'), rule, {}, 'docs/rfcs/RFC-draft-storage.md')).toEqual([]);
    expect(await check(cleanRfc().replace('# RFC-0001: Sample design', '# Sample design'), rule)).toEqual([]);
  });

  it('can be silenced for the title line with a disable-next-line comment', async () => {
    const text = `<!-- rfc-author-disable-next-line id-mismatch -->\n${cleanRfc('RFC-0009')}`;
    expect(await check(text, rule)).toEqual([]);
  });
});
