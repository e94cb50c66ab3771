import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'title-format';

describe('title-format', () => {
  it('accepts `# RFC-NNNN: Title`', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('flags a document without any heading, on its first line', async () => {
    const f = await check('Just text.\n', rule);
    expect(f).toHaveLength(1);
    expect(f[0].range.start.line).toBe(0);
    expect(f[0].message).toContain('RFC-0001');
  });

  it('flags a first heading that is not level 1', async () => {
    const f = await check(cleanRfc().replace('# RFC-0001: Sample design', '## RFC-0001: Sample design'), rule);
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('level-1')]);
  });

  it('flags a title without the id and offers the file id in data', async () => {
    const f = await check(cleanRfc().replace('# RFC-0001: Sample design', '# Sample design'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].data).toMatchObject({ fileId: 'RFC-0001', title: 'Sample design' });
  });

  it('flags a dash instead of a colon', async () => {
    const f = await check(cleanRfc().replace('RFC-0001: Sample', 'RFC-0001 — Sample'), rule);
    expect(f[0].message).toContain('colon');
  });

  it('leaves the template placeholder id to the placeholder rule', async () => {
    expect(await check(cleanRfc().replace('# RFC-0001: Sample design', '# RFC-XXXX: <Title>'), rule)).toEqual([]);
  });
});
