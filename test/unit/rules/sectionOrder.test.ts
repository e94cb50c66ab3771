import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

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
    expect(f[0].data).toEqual({ section: 'Goals', after: 'Context' });
  });

  it('names only the section it belongs after when it stands above that one', async () => {
    const text = reorder('Open questions', 'Goals');
    const f = await check(text, rule);
    expect(f.map((x) => x.message)).toEqual(['Section "Open questions" is out of the template\'s order: it should come after "Alternatives considered".']);
  });

  it('reports only the one moved section when it was moved to the top', async () => {
    const text = reorder('Checklist (keep current)', 'Status at a Glance');
    const f = await check(text, rule);
    expect(f.map((x) => x.data)).toEqual([{ section: 'Checklist (keep current)', after: 'Open questions' }]);
  });

  it('says "before" when the misplaced section is the first one of the template', async () => {
    const text = reorder('Status at a Glance', undefined);
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Section "Status at a Glance" is out of the template\'s order: it should come before "Scope boundaries (anti-drift)".');
    expect(f[0].data).toEqual({ section: 'Status at a Glance' });
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
    expect(f.map((x) => x.data)).toEqual([{ section: 'Implementation Checklist', after: 'Context' }]);
    expect(f[0].range.start.line).toBe(4);
  });
});
