import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'phase-marker';
const withPhases = (phases: string) => cleanRfc('RFC-0001', 'Sample design', { phases });
const lineOf = (text: string, part: string) => text.split('\n').findIndex((l) => l.includes(part));

describe('phase-marker', () => {
  it('reports nothing when every phase has one of ⬜ 🟨 ✅, with or without a note', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
    expect(await check(withPhases('- **Phase 0 (contract)**: ✅ (proven 2026-01-10)\n- **Phase 1:** 🟨 hardening underway'), rule)).toEqual([]);
  });

  it('reports a phase line without a marker on its label', async () => {
    const text = withPhases('- **Phase 0 (contract)**: ✅\n- **Phase 1 (hardening)**: soon');
    const line = lineOf(text, 'Phase 1 (hardening)');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Phase 1 has no status marker; it needs one of ⬜ 🟨 ✅.');
    expect(f[0].severity).toBe('warning');
    expect(f[0].range).toEqual({ start: { line, character: 10 }, end: { line, character: 11 } });
  });

  it("reports the template's untouched triple on the markers and offers the three choices", async () => {
    const text = withPhases('- **Phase 0 (contract)**: ⬜ / 🟨 / ✅');
    const line = lineOf(text, 'Phase 0');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Phase 0 still has the template\'s "⬜ / 🟨 / ✅"; keep the one marker that is true.');
    expect(f[0].range).toEqual({ start: { line, character: 26 }, end: { line, character: 36 } });
    expect(f[0].data).toEqual({ choices: ['⬜', '🟨', '✅'] });
  });

  it('reports two contradicting markers as a warning over both markers', async () => {
    const text = withPhases('- **Phase 0**: 🟨 ✅');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('contradicting markers "🟨 ✅"');
    expect(text.split('\n')[f[0].range.start.line].slice(f[0].range.start.character, f[0].range.end.character)).toBe('🟨 ✅');
    expect(f[0].data).toEqual({ choices: ['🟨', '✅'] });
  });

  it.each([
    ['🟢', '✅'],
    ['🟩', '✅'],
    ['[x]', '✅'],
    ['Complete', '✅'],
    ['🟡', '🟨'],
  ])('reports the real-world marker %s only as an info hint that offers %s', async (marker, canonical) => {
    const text = withPhases(`- **Phase 0 (contract)**: ${marker} (2026-01-10)`);
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].data).toEqual({ replacement: canonical });
    expect(text.split('\n')[f[0].range.start.line].slice(f[0].range.start.character, f[0].range.end.character)).toBe(marker);
  });

  it('reports ❌ only as a hint, without a replacement, since no canonical marker means the same', async () => {
    const f = await check(withPhases('- **Phase 0**: ✅\n- **Phase 1**: ❌ (dropped)'), rule);
    expect(f.map((x) => [x.severity, x.data])).toEqual([['info', undefined]]);
    expect(f[0].message).toContain('"❌"');
  });

  it('reports a canonical marker repeated in words ("✅ Complete") as a hint offering the marker alone', async () => {
    const f = await check(withPhases('- **Phase 0**: ✅ Complete (2026-01-10)'), rule);
    expect(f.map((x) => [x.severity, x.data])).toEqual([['info', { replacement: '✅' }]]);
  });

  it('still shows hints at info when the rule is configured as an error', async () => {
    const f = await check(withPhases('- **Phase 0**: 🟢'), rule, {}, undefined, { rules: { 'phase-marker': 'error' } });
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });

  it('reports a malformed bullet ("-- **Phase 1 …**") as a hint on the bullet and label', async () => {
    const text = withPhases('- **Phase 0**: ✅\n\n-- **Phase 1 (hardening)**: 🟨');
    const line = lineOf(text, '-- **Phase 1');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].range).toEqual({ start: { line, character: 0 }, end: { line, character: 12 } });
  });

  it('accepts sub-phases and ignores prose bullets in the phase section', async () => {
    const phases = '- **Phase 0**: ✅\n- **Phase 1a (parser)**: ✅\n- **Phase 1b (rules)**: 🟨\n- Phase 2 follow-ups are tracked in TASK-0001.\n- Note: Phase 3 was folded into Phase 2.';
    expect(await check(withPhases(phases), rule)).toEqual([]);
  });

  it('ignores milestone lines outside the phase section', async () => {
    // The clean RFC's "Phases / milestones" lines carry no markers; they are not status lines.
    const f = await check(cleanRfc(), rule);
    expect(f).toEqual([]);
  });

  it('ignores markers-like text in code blocks of the phase section', async () => {
    const text = withPhases('- **Phase 0**: ✅\n\n```md\n- **Phase 1**: ⬜ / 🟨 / ✅\n```');
    expect(await check(text, rule)).toEqual([]);
  });

  it('only hints at two status words on one line (the team\'s own account), and warns at two symbols that disagree', async () => {
    const words = await check(withPhases('- **Phase 0 (contract)**: ✅\n- **Phase 1 (Service maturity)**: In progress / deferred (tracked in RFC-0005)'), rule);
    expect(words.map((f) => f.severity)).toEqual(['info']);
    const symbols = await check(withPhases('- **Phase 0 (contract)**: ✅ / 🟨'), rule);
    expect(symbols.map((f) => [f.severity, f.message])).toEqual([['warning', 'Phase 0 has contradicting markers "✅ 🟨"; keep the one of ⬜ 🟨 ✅ that is true.']]);
  });

  it('sees the marker of a sub-phase whose name follows a colon inside the bold', async () => {
    expect(await check(withPhases('- **Phase 1 (handshake)**: ✅\n  - **Phase 1a: Handshake Implementation**: ✅ **COMPLETE** (`TASK-0001`)\n  - **Phase 1b — Identity binding**: 🟨'), rule)).toEqual([]);
  });
});
