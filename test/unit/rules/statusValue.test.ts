import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'status-value';
const withStatus = (status: string) => cleanRfc('RFC-0001', 'Sample design', { status });

describe('status-value', () => {
  it('accepts the statuses real repositories write, with qualifiers and emphasis', async () => {
    for (const status of ['Done (2026-07-21)', '**In progress**', 'Complete — phases 0–2', 'In Progress (all phases proven 2026-07-21)', 'Draft', 'complete']) {
      expect(await check(withStatus(status), rule), status).toEqual([]);
    }
  });

  it('accepts the words teams use on purpose: Accepted, Implemented, Superseded, Completed', async () => {
    for (const status of ['Accepted', 'Implemented', 'Superseded', 'Completed']) expect(await check(withStatus(status), rule), status).toEqual([]);
  });

  it('accepts a status that wraps onto an indented second line', async () => {
    expect(await check(withStatus('In Progress\n  (phase 2 pending review)'), rule)).toEqual([]);
  });

  it('accepts **Status:** Done and Status: Done written outside a list', async () => {
    const text = (line: string) => `# RFC-0001: X\n\n${line}\n\n## Context\n\nWhy.\n`;
    expect(await check(text('**Status:** Done'), rule)).toEqual([]);
    expect(await check(text('Status: Done'), rule)).toEqual([]);
  });

  it('leaves the template value verbatim to the placeholder rule', async () => {
    expect(await check(withStatus('Draft / In Progress / Complete'), rule)).toEqual([]);
  });

  it('accepts configured statuses and synonyms, and only those when statuses are configured', async () => {
    expect(await check(withStatus('Approved'), rule, {}, undefined, { statuses: ['Proposed', 'Approved'] })).toEqual([]);
    expect(await check(withStatus('Landed'), rule, {}, undefined, { statusSynonyms: { Landed: 'Complete' } })).toEqual([]);
    expect(await check(withStatus('Landed'), rule)).toHaveLength(1);
    expect(await check(withStatus('In Progress'), rule, {}, undefined, { statuses: ['Proposed', 'Approved'] })).toHaveLength(1);
  });

  it('reports an unknown status on the status words only, with the allowed values and a close suggestion', async () => {
    const f = await check(withStatus('**Complet** (phase 2 next)'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].range).toEqual({ start: { line: 2, character: 12 }, end: { line: 2, character: 19 } });
    expect(f[0].data).toMatchObject({ written: 'Complet', suggestion: 'Complete' });
    expect(f[0].data?.allowed).toEqual(expect.arrayContaining(['Draft', 'In Progress', 'Complete', 'Accepted']));
    expect(f[0].message).toMatch(/^Status "Complet" is not an allowed value; use one of Draft, In Progress, Complete, Accepted, .*\. Did you mean "Complete"\?$/);
  });

  it('suggests a synonym when it is the closest word', async () => {
    const f = await check(withStatus('Doen'), rule);
    expect(f[0].data).toMatchObject({ written: 'Doen', suggestion: 'Done' });
  });

  it('offers no suggestion when no allowed value is close', async () => {
    const f = await check(withStatus('Banana'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].data).not.toHaveProperty('suggestion');
    expect(f[0].message).not.toContain('Did you mean');
  });

  it('points at the status words when they sit on the wrapped second line', async () => {
    const text = cleanRfc().replace('- Status: In Progress', '- Status:\n  Waiting (for review)');
    const f = await check(text, rule);
    expect(f.map((x) => x.range)).toEqual([{ start: { line: 3, character: 2 }, end: { line: 3, character: 9 } }]);
  });

  it('points inside the quotes of a front matter status', async () => {
    const f = await check('---\nstatus: "Waiting"\n---\n# RFC-0001: X\n', rule);
    expect(f.map((x) => x.range)).toEqual([{ start: { line: 1, character: 9 }, end: { line: 1, character: 16 } }]);
  });
});
