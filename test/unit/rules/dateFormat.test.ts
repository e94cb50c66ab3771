import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'date-format';
const withCreated = (value: string) => cleanRfc().replace('- Created: 2026-01-10', `- Created: ${value}`);

describe('date-format', () => {
  it('reports nothing for a clean RFC', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('accepts commentary after the date and emphasis around it', async () => {
    expect(await check(withCreated('2026-01-10 (Phase 1b proven)'), rule)).toEqual([]);
    expect(await check(withCreated('**2026-01-10**'), rule)).toEqual([]);
    expect(await check(withCreated('2024-02-29'), rule)).toEqual([]);
  });

  it('accepts dates in front matter and in bold header lines', async () => {
    expect(await check('---\ncreated: 2026-01-10\nlast_updated: "2026-02-01"\n---\n# RFC-0001: X\n', rule)).toEqual([]);
    expect(await check('# RFC-0001: X\n\n**Created:** 2026-01-10\n', rule)).toEqual([]);
  });

  it('leaves the literal YYYY-MM-DD to the placeholder rule', async () => {
    expect(await check(withCreated('YYYY-MM-DD'), rule)).toEqual([]);
  });

  it('reports a date that does not exist, on the date only, without an ISO form', async () => {
    const f = await check(withCreated('2026-02-30 (kickoff)'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: 4, character: 11 }, end: { line: 4, character: 21 } });
    expect(f[0].data).toEqual({ field: 'Created', value: '2026-02-30' });
    expect(f[0].message).toBe('Created "2026-02-30" is not a real calendar date (February 2026 has 28 days); write a real date as YYYY-MM-DD.');
  });

  it('reports a month outside 1–12 as not a real date', async () => {
    const f = await check(withCreated('2026-13-01'), rule);
    expect(f.map((x) => x.message)).toEqual(['Created "2026-13-01" is not a real calendar date; write a real date as YYYY-MM-DD.']);
  });

  it('offers the ISO form of dates written unambiguously in other forms', async () => {
    const cases: [string, string, string][] = [
      ['2026/01/10', '2026/01/10', '2026-01-10'],
      ['2026-1-5', '2026-1-5', '2026-01-05'],
      ['10 January 2026', '10 January 2026', '2026-01-10'],
      ['Jan 10, 2026 (kickoff)', 'Jan 10, 2026', '2026-01-10'],
      ['Sept 3 2026', 'Sept 3 2026', '2026-09-03'],
      ['25/12/2026', '25/12/2026', '2026-12-25'],
    ];
    for (const [value, written, iso] of cases) {
      const f = await check(withCreated(value), rule);
      expect(f.map((x) => x.data), value).toEqual([{ field: 'Created', value: written, iso }]);
      expect(f[0].range.end.character - f[0].range.start.character, value).toBe(written.length);
      expect(f[0].message, value).toBe(`Created "${written}" is not written as YYYY-MM-DD; write "${iso}".`);
    }
  });

  it('offers no ISO form for a day/month date that could be read either way', async () => {
    const f = await check(withCreated('01/02/2026'), rule);
    expect(f.map((x) => x.data)).toEqual([{ field: 'Created', value: '01/02/2026' }]);
    expect(f[0].message).toBe('Created "01/02/2026" is not written as YYYY-MM-DD and could be 2026-01-02 or 2026-02-01; write it as YYYY-MM-DD.');
  });

  it('reports a value that is no date at all on its words, before any note', async () => {
    const f = await check(cleanRfc().replace('- Last Updated: 2026-02-01', '- Last Updated: last week (after review)'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: 5, character: 16 }, end: { line: 5, character: 25 } });
    expect(f[0].data).toEqual({ field: 'Last Updated', value: 'last week' });
    expect(f[0].message).toBe('Last Updated "last week" is not a date; write the date as YYYY-MM-DD.');
  });

  it('checks the date fields of a custom template, whatever they are called', async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / Complete\n- Proposed on: YYYY-MM-DD\n\n## Context\n\nWhy.\n';
    const f = await check('# RFC-0001: X\n\n- Status: Draft\n- Proposed on: 2026/3/4\n\n## Context\n\nBecause.\n', rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(f.map((x) => x.data)).toEqual([{ field: 'Proposed on', value: '2026/3/4', iso: '2026-03-04' }]);
  });

  it("leaves a value kept exactly as the template's direction to the placeholder rule", async () => {
    const template = "- Start Date: (fill me in with today's date, YYYY-MM-DD)\n\n# Summary\n\nBrief.\n";
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const kept = "- Start Date: (fill me in with today's date, YYYY-MM-DD)\n\n# Summary\n\nS.\n";
    expect(await check(kept, rule, { '0000-template.md': template }, 'text/0001-x.md', config)).toEqual([]);
    expect(await check(kept, 'placeholder', { '0000-template.md': template }, 'text/0001-x.md', config)).toHaveLength(1);
    const wrong = '- Start Date: (to do)\n\n# Summary\n\nS.\n';
    expect(await check(wrong, rule, { '0000-template.md': template }, 'text/0001-x.md', config)).toHaveLength(1);
  });
});

