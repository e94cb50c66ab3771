import { describe, expect, it } from 'vitest';
import { check, cleanRfc, findingsOf, workspace } from '../helpers';

const rule = 'section-order';

/** The text with the H2 section starting `move` put before the one starting `before` (at the end when undefined). */
function reorder(move: string, before: string | undefined, text = cleanRfc()): string {
  const [head, ...blocks] = text.split(/\n(?=## )/);
  const moved = blocks.find((b) => b.startsWith(`## ${move}`));
  if (!moved) throw new Error(`no section ${move}`);
  const rest = blocks.filter((b) => b !== moved);
  const at = before === undefined ? rest.length : rest.findIndex((b) => b.startsWith(`## ${before}`));
  rest.splice(at, 0, moved);
  return [head, ...rest].map((b) => (b.endsWith('\n') ? b : `${b}\n`)).join('\n');
}

const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);

describe('section-order', () => {
  it('reports nothing when the sections follow the template', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports a section moved down on its heading, naming the sections it belongs between (it is after the first already)', async () => {
    const text = reorder('Goals', 'Open questions');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Section "Goals" is out of the template\'s order: it should come after "Context" and before "Non-Goals".');
    expect(f[0].range).toEqual({ start: { line: lineOf(text, '## Goals'), character: 3 }, end: { line: lineOf(text, '## Goals'), character: 8 } });
    // `order`: the two sections written the other way round, by key in the template's order.
    expect(f[0].data).toEqual({ section: 'Goals', after: 'Context', order: ['goal', 'non goal'] });
  });

  it("only hints where both sections are ones the team may leave out (Matrix's proposals, whose template the README says not to feel bound by)", async () => {
    const text = reorder('Goals', 'Open questions');
    const optional = await check(text, rule, {}, undefined, { optionalSections: ['Goals', 'Non-Goals'] });
    expect(optional.map((x) => x.severity)).toEqual(['info']);
    // One of them required: still a warning.
    expect((await check(text, rule, {}, undefined, { optionalSections: ['Goals'] })).map((x) => x.severity)).toEqual(['warning']);
  });

  it('names only the section it belongs after when it stands above that one', async () => {
    const text = reorder('Open questions', 'Goals');
    const f = await check(text, rule);
    expect(f.map((x) => x.message)).toEqual(['Section "Open questions" is out of the template\'s order: it should come after "Alternatives considered".']);
  });

  it('reports only the one moved section when it was moved to the top', async () => {
    const text = reorder('Checklist (keep current)', 'Status at a Glance');
    const f = await check(text, rule);
    expect(f.map((x) => x.data)).toEqual([{ section: 'Checklist (keep current)', after: 'Open questions', order: ['open question', 'checklist'] }]);
  });

  it('says "before" when the misplaced section is the first one of the template', async () => {
    const text = reorder('Status at a Glance', undefined);
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Section "Status at a Glance" is out of the template\'s order: it should come before "Scope boundaries (anti-drift)".');
    expect(f[0].data).toEqual({ section: 'Status at a Glance', order: ['status at a glance', 'scope boundary'] });
  });

  it('reports one of two swapped neighbours, not both', async () => {
    const f = await check(reorder('Non-Goals', 'Goals'), rule);
    expect(f).toHaveLength(1);
  });

  it('ignores sections the template does not know, wherever they are', async () => {
    const text = cleanRfc()
      .replace('## Status at a Glance', '## Notes\n\nRead this first.\n\n## Status at a Glance')
      .replace('## Goals', '## Appendix: benchmarks\n\nNumbers.\n\n## Goals');
    expect(await check(text, rule)).toEqual([]);
  });

  it('ignores a repeated section (duplicate-section reports it) and missing ones', async () => {
    const text = `${cleanRfc().replace(/## Context\n\nSamples need a design\.\n\n/, '')}\n## Goals\n\n- More goals.\n`;
    expect(await check(text, rule)).toEqual([]);
  });

  it("follows the order of the repository's own template", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / In Progress / Complete\n\n## Context\n\nWhy.\n\n## Implementation Checklist\n\n- [ ] done\n';
    const text = '# RFC-0001: X\n\n- Status: Draft\n\n## Implementation Checklist\n\n- [ ] a\n\n## Context\n\nBecause.\n';
    const f = await check(text, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(f.map((x) => x.data)).toEqual([{ section: 'Implementation Checklist', after: 'Context', order: ['context', 'implementation checklist'] }]);
    expect(f[0].range.start.line).toBe(4);
  });

  it("gives a hint, not a warning, to an RFC written before the template put two sections in this order (Solana's SIMDs before 162), and keeps the warning on a newer one", async () => {
    const template = '# Summary\n\nS.\n\n# Motivation\n\nM.\n\n# Prior art\n\nP.\n';
    const swapped = '# Summary\n\nS.\n\n# Prior art\n\nP.\n\n# Motivation\n\nM.\n';
    const files: Record<string, string> = { '0000-template.md': template };
    for (let n = 1; n <= 20; n++) files[`text/${String(n).padStart(4, '0')}-x.md`] = n >= 12 && n !== 15 ? template : swapped;
    const ws = await workspace(files, { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' });
    const of = async (p: string) => (await findingsOf(ws, p)).filter((f) => f.rule === rule).map((f) => [f.severity, f.message]);
    expect(await of('text/0003-x.md')).toEqual([
      ['info', 'Section "Prior art" is out of the template\'s order: it should come after "Motivation". Only 0 of the 11 RFCs before RFC 12 that have both sections write them in the template\'s order, and most from RFC 12 on do: the template likely changed its order after this one was written.'],
    ]);
    expect((await of('text/0015-x.md')).map(([s]) => s)).toEqual(['warning']);
  });
});
