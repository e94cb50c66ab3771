import { describe, expect, it } from 'vitest';
import { check, cleanRfc, TODAY } from '../helpers';

const rule = 'date-order';
const withDates = (created: string, updated: string) =>
  cleanRfc().replace('- Created: 2026-01-10', `- Created: ${created}`).replace('- Last Updated: 2026-02-01', `- Last Updated: ${updated}`);

describe('date-order', () => {
  it('reports nothing for a clean RFC or when both dates are the same day', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
    expect(await check(withDates('2026-01-10', '2026-01-10'), rule)).toEqual([]);
  });

  it('reports Last Updated before Created on the Last Updated date, with its range for the fix', async () => {
    const f = await check(withDates('2026-01-10', '2026-01-05 (phase 0)'), rule);
    expect(f).toHaveLength(1);
    const date = { start: { line: 5, character: 16 }, end: { line: 5, character: 26 } };
    expect(f[0].range).toEqual(date);
    expect(f[0].data).toEqual({ field: 'Last Updated', problem: 'before-created', lastUpdatedRange: date });
    expect(f[0].message).toBe('Last Updated (2026-01-05) is before Created (2026-01-10); it should be on or after 2026-01-10, e.g. today.');
  });

  it('reports a Created date in the future on that date, without a Last Updated range', async () => {
    const f = await check(withDates('2027-03-01', '2027-03-01'), rule);
    expect(f.map((x) => [x.range.start.line, x.data])).toEqual([
      [4, { field: 'Created', problem: 'future' }],
      [5, { field: 'Last Updated', problem: 'future', lastUpdatedRange: { start: { line: 5, character: 16 }, end: { line: 5, character: 26 } } }],
    ]);
    expect(f[0].message).toBe(`Created (2027-03-01) lies in the future; today is ${TODAY}.`);
  });

  it('allows one day past today for time zones, but not two', async () => {
    expect(TODAY).toBe('2026-11-26');
    expect(await check(withDates('2026-01-10', '2026-11-27'), rule)).toEqual([]);
    expect(await check(withDates('2026-01-10', '2026-11-28'), rule)).toHaveLength(1);
  });

  it('skips dates that do not read as YYYY-MM-DD (date-format reports them)', async () => {
    expect(await check(withDates('2026-01-10', '2026/01/05'), rule)).toEqual([]);
    expect(await check(withDates('2026-02-30', '2026-01-05'), rule)).toEqual([]);
    expect(await check(withDates('YYYY-MM-DD', 'YYYY-MM-DD'), rule)).toEqual([]);
  });

  it('reads dates from front matter and through the Updated alias', async () => {
    const f = await check('---\ncreated: 2026-03-01\nupdated: 2026-02-01\n---\n# RFC-0001: X\n', rule);
    expect(f.map((x) => [x.data?.problem, x.range])).toEqual([['before-created', { start: { line: 2, character: 9 }, end: { line: 2, character: 19 } }]]);
  });
});
