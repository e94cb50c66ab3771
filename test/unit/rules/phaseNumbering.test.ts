import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'phase-numbering';
const withPhases = (...labels: string[]) => cleanRfc('RFC-0001', 'Sample design', { phases: labels.map((l) => `- **Phase ${l}**: ⬜`).join('\n') });
const labelsOf = async (...labels: string[]) => (await check(withPhases(...labels), rule)).map((f) => f.data);

describe('phase-numbering', () => {
  it('accepts phases numbered from 0 or from 1 without gaps', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
    expect(await labelsOf('1', '2', '3')).toEqual([]);
  });

  it('accepts sub-phases that share their number, with or without the plain number', async () => {
    expect(await labelsOf('0', '1a', '1b', '2')).toEqual([]);
    expect(await labelsOf('0', '1', '1a', '1b', '2')).toEqual([]);
  });

  it('reports a repeated phase on its label and proposes the next free number', async () => {
    const text = withPhases('0', '1', '1');
    const lines = text.split('\n');
    const line = lines.lastIndexOf('- **Phase 1**: ⬜');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Phase 1 appears twice (this one is probably 2); number phases 0, 1, 2 … without repeats.');
    expect(f[0].range).toEqual({ start: { line, character: 10 }, end: { line, character: 11 } });
    expect(f[0].data).toEqual({ label: '1', expected: '2' });
  });

  it('reports a repeated sub-phase and proposes the next free letter', async () => {
    expect(await labelsOf('0', '1a', '1a')).toEqual([{ label: '1a', expected: '1b' }]);
  });

  it('does not guess a number for a repeat when the next number is taken', async () => {
    expect(await labelsOf('0', '1', '1', '2')).toEqual([{ label: '1' }]);
  });

  it('reports a gap on the phase after it, with the missing number when renaming it repairs the gap', async () => {
    const f = await check(withPhases('0', '1', '3'), rule);
    expect(f.map((x) => x.data)).toEqual([{ label: '3', expected: '2' }]);
    expect(f[0].message).toBe('Phase 3 follows Phase 1: Phase 2 is missing; number phases without gaps.');
  });

  it('reports a gap in the middle without an expected label, since later phases would need renaming too', async () => {
    const f = await check(withPhases('0', '2', '3'), rule);
    expect(f.map((x) => x.data)).toEqual([{ label: '2' }]);
    expect(f[0].message).toContain('Phase 1 is missing');
  });

  it('reports a phase listed out of order once, not as a gap as well', async () => {
    const f = await check(withPhases('0', '2', '1', '3'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Phase 2 is out of order; list it after Phase 1.');
  });

  it('says "before" when the misplaced phase belongs first', async () => {
    const f = await check(withPhases('1', '2', '0'), rule);
    expect(f.map((x) => x.message)).toEqual(['Phase 0 is out of order; list it before Phase 1.']);
  });

  it('reports phases that start above 1', async () => {
    const f = await check(withPhases('2', '3'), rule);
    expect(f.map((x) => x.message)).toEqual(['Phases start at Phase 2; number them from 0 (or 1).']);
  });

  it('does not count prose bullets or milestone lines as phases', async () => {
    const phases = '- **Phase 0**: ✅\n- **Phase 1**: 🟨\n- Phase 1 follow-ups are tracked in TASK-0001.\n- Phase 7 of the old plan was dropped.';
    expect(await check(cleanRfc('RFC-0001', 'Sample design', { phases }), rule)).toEqual([]);
  });

  it('sees no gap where the missing phase is written over several lines (its bold wrapped before the marker)', async () => {
    const phases = '- **Phase 1 (a)**: ✅\n- **Phase 2 (b)**: ✅\n- **Phase 3 (windowd: snapshot fold; watch-as-WAKE-source\n  DEFERRED with measured kernel evidence)**: ✅\n- **Phase 4 (authority flip)**: ✅';
    expect(await check(cleanRfc('RFC-0001', 'Sample design', { phases }), rule)).toEqual([]);
    // A gap no line fills is still one.
    expect((await check(cleanRfc('RFC-0001', 'Sample design', { phases: '- **Phase 1 (a)**: ✅\n- **Phase 2 (b)**: ✅\n- **Phase 4 (d)**: ✅' }), rule)).map((f) => f.message)).toEqual(['Phase 4 follows Phase 2: Phase 3 is missing; number phases without gaps.']);
  });
});
