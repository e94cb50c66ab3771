import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'duplicate-section';

describe('duplicate-section', () => {
  it('reports nothing when each section appears once', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports the second occurrence of a template section on its heading, with the first line', async () => {
    const text = `${cleanRfc()}\n## Goals\n\n- A late goal.\n`;
    const lines = text.split('\n');
    const first = lines.indexOf('## Goals');
    const second = lines.lastIndexOf('## Goals');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: second, character: 3 }, end: { line: second, character: 8 } });
    expect(f[0].message).toBe(`Section "Goals" appears a second time (first on line ${first + 1}); merge it into the first one.`);
    expect(f[0].data).toEqual({ section: 'Goals', firstLine: first });
  });

  it('treats headings that stand for the same template section as the same section', async () => {
    const text = `${cleanRfc()}\n## goals (revised)\n\n- Another goal.\n`;
    expect((await check(text, rule)).map((x) => x.data?.section)).toEqual(['goals (revised)']);
  });

  it("takes two headings of one template section, each named by a note of its own, for two parts of it (C#'s \"Detailed design (interpolation case)\")", async () => {
    const text = `${cleanRfc()}\n## Goals (client)\n\n- One.\n\n## Goals (server)\n\n- Two.\n`;
    // The first "Goals" has no note: each noted one repeats it.
    expect((await check(text, rule)).map((x) => x.data?.section)).toEqual(['Goals (client)', 'Goals (server)']);
    const parts = text.replace(/## Goals\n/, '## Goals (library)\n');
    expect(await check(parts, rule)).toEqual([]);
    expect((await check(parts.replace('## Goals (server)', '## Goals (library)'), rule)).map((x) => x.data?.section)).toEqual(['Goals (library)']);
    expect((await check(`${parts}\n## Goals (server)\n\n- Three.\n`, rule)).map((x) => [x.data?.section, x.data?.firstLine])).toEqual([['Goals (server)', parts.split('\n').indexOf('## Goals (library)')]]);
  });

  it('reports a repeated heading of the team\'s own, compared without case', async () => {
    const text = `${cleanRfc()}\n## Notes\n\nOne.\n\n## notes\n\nTwo.\n`;
    expect((await check(text, rule)).map((x) => x.data?.section)).toEqual(['notes']);
  });

  it('does not take different own headings or a repeated H3 for duplicates', async () => {
    const text = `${cleanRfc()}\n## Notes (old)\n\nOne.\n\n## Notes (new)\n\n### Proof (Host)\n\nAgain.\n`;
    expect(await check(text, rule)).toEqual([]);
  });

  it('does not take a heading inside a code block for a section', async () => {
    const text = cleanRfc().replace('## Open questions', '```md\n## Goals\n```\n\n## Open questions');
    expect(await check(text, rule)).toEqual([]);
  });

  it("takes a heading of the author's own under two different parents for two subjects (Ember's level-1 parts)", async () => {
    const level1 = { '0000-template.md': '# Summary\n\nS.\n\n## Notes\n\nN.\n' };
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const text = '# Detailed design\n\n## Merged properties\n\nA.\n\n# Topics for future RFCs\n\n## Merged properties\n\nB.\n';
    expect(await check(text, rule, level1, 'text/0240-x.md', config)).toEqual([]);
    // Under one parent it is a repeat.
    const twice = '# Detailed design\n\n## Merged properties\n\nA.\n\n## Merged properties\n\nB.\n';
    expect((await check(twice, rule, level1, 'text/0240-x.md', config)).map((f) => f.data?.section)).toEqual(['Merged properties']);
  });
});
