import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'status-phase-mismatch';
const rfc = (status: string, phases: string) => cleanRfc('RFC-0001', 'Sample design', { status, phases });
const ALL_DONE = '- **Phase 0**: ✅\n- **Phase 1**: ✅';
const SOME_DONE = '- **Phase 0**: ✅\n- **Phase 1**: 🟨';
const NONE_DONE = '- **Phase 0**: 🟨\n- **Phase 1**: ⬜';

describe('status-phase-mismatch', () => {
  it('accepts statuses that agree with the phases', async () => {
    expect(await check(rfc('Complete', ALL_DONE), rule)).toEqual([]);
    expect(await check(rfc('In Progress', SOME_DONE), rule)).toEqual([]);
    expect(await check(rfc('Draft', NONE_DONE), rule)).toEqual([]);
  });

  it('reports Complete while a phase is open, on the status words, expecting the middle status', async () => {
    const text = rfc('Complete', SOME_DONE);
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    const range = { start: { line: 2, character: 10 }, end: { line: 2, character: 18 } };
    expect(f[0].range).toEqual(range);
    expect(f[0].message).toBe('Status is "Complete" but Phase 1 is not done; set Status to "In Progress", or mark it ✅ once done.');
    expect(f[0].data).toEqual({ expected: 'In Progress', statusRange: range });
    expect(f[0].severity).toBe('warning');
  });

  it('reads synonyms, emphasis and dated notes: "**Done** (2026-07-21)" is complete', async () => {
    const text = rfc('**Done** (2026-07-21)', SOME_DONE);
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(text.split('\n')[2].slice(f[0].range.start.character, f[0].range.end.character)).toBe('Done');
  });

  it('accepts "Done (2026-07-21)" and "**In progress**" when they agree with the phases', async () => {
    expect(await check(rfc('Done (2026-07-21)', ALL_DONE), rule)).toEqual([]);
    expect(await check(rfc('**In progress**', SOME_DONE), rule)).toEqual([]);
  });

  it('reports Draft while a phase is done, expecting In Progress', async () => {
    const f = await check(rfc('Draft', SOME_DONE), rule);
    expect(f.map((x) => x.data?.expected)).toEqual(['In Progress']);
    expect(f[0].message).toBe('Status is "Draft" but Phase 0 is done (✅); set Status to "In Progress".');
  });

  it('reports Draft while every phase is done, expecting the last status', async () => {
    const f = await check(rfc('Draft', ALL_DONE), rule);
    expect(f.map((x) => x.data?.expected)).toEqual(['Complete']);
    expect(f[0].message).toContain('Phase 0 and Phase 1 are done');
  });

  it('gives only a hint when the status note speaks of phases', async () => {
    const f = await check(rfc('Complete — phases 0–1', `${SOME_DONE}\n- **Phase 2**: ⬜`), rule);
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });

  it('counts real-world markers by their meaning (🟢 is done, 🟡 is open)', async () => {
    expect(await check(rfc('Complete', '- **Phase 0**: 🟢\n- **Phase 1**: [x]'), rule)).toEqual([]);
    expect(await check(rfc('Complete', '- **Phase 0**: 🟢\n- **Phase 1**: 🟡'), rule)).toHaveLength(1);
  });

  it('leaves phases without a clear state (no marker, the template triple) to phase-marker', async () => {
    expect(await check(rfc('Complete', '- **Phase 0**: ✅\n- **Phase 1**:\n- **Phase 2**: ⬜ / 🟨 / ✅'), rule)).toEqual([]);
  });

  it('takes ❌, "re-opened", "blocked" and "reverted" for not done: a complete status with such a phase is reported', async () => {
    for (const phase of ['❌ (dropped)', '❌ re-opened 2026-09-04', 'blocked', 'reverted 2026-10-12']) {
      const f = await check(rfc('Complete', `- **Phase 0**: ✅\n- **Phase 1**: ${phase}`), rule);
      expect(f.map((x) => [x.severity, x.message]), phase).toEqual([['warning', expect.stringContaining('Phase 1 is not done')]]);
    }
  });

  it('keeps a status whose note scopes it to some phases a hint, and an active status with a ❌ phase fine', async () => {
    expect((await check(rfc('Complete (Phase 0+1)', '- **Phase 0**: ✅\n- **Phase 1**: ✅\n- **Phase 2**: ❌ dropped'), rule)).map((x) => x.severity)).toEqual(['info']);
    expect(await check(rfc('In Progress', '- **Phase 0**: ✅\n- **Phase 1**: ❌ not in this RFC any more'), rule)).toEqual([]);
  });

  it('says nothing without phases, without a status, or for statuses outside the lifecycle', async () => {
    const noPhases = cleanRfc('RFC-0001', 'Sample design', { status: 'Complete', phases: 'All work is tracked in tasks.' });
    expect(await check(noPhases, rule)).toEqual([]);
    expect(await check(rfc('Complete', SOME_DONE).replace('- Status: Complete\n', ''), rule)).toEqual([]);
    expect(await check(rfc('Superseded', SOME_DONE), rule)).toEqual([]);
  });

  it('reads a status that wraps onto an indented second line, reporting on its first line', async () => {
    const text = rfc('Complete\n  (phases 0–1 proven, 2 pending review)', SOME_DONE);
    const f = await check(text, rule);
    expect(f.map((x) => [x.severity, x.range])).toEqual([['info', { start: { line: 2, character: 10 }, end: { line: 2, character: 18 } }]]);
  });

  it('finds the status words inside a quoted front matter value', async () => {
    const text = '---\nstatus: "Complete"\n---\n# RFC-0001: X\n\n## Status at a Glance\n\n- **Phase 0**: 🟨\n';
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 17 } });
  });

  it('finds the status words on a bold header line', async () => {
    const text = rfc('Complete', SOME_DONE).replace('- Status: Complete', '**Status:** Complete');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(text.split('\n')[2].slice(f[0].range.start.character, f[0].range.end.character)).toBe('Complete');
  });
});
