import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'empty-section';

describe('empty-section', () => {
  it('reports nothing when every section has content', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports a template section with only blank lines, on its heading', async () => {
    const text = cleanRfc().replace('Samples need a design.\n', '\n\n');
    const line = text.split('\n').indexOf('## Context');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line, character: 3 }, end: { line, character: 10 } });
    expect(f[0].message).toBe('Section "Context" is empty; write its content, or "None." when nothing applies.');
    expect(f[0].data).toEqual({ section: 'Context', key: 'context' });
  });

  it('takes a section holding only an HTML comment for empty', async () => {
    const text = cleanRfc().replace('- None.\n', '<!-- fill in later -->\n');
    expect((await check(text, rule)).map((x) => x.data?.section)).toEqual(['Open questions']);
  });

  it("takes a dash alone for \"none\" (TON's TEPs), and a dash with anything else for what it is", async () => {
    for (const dash of ['-', '\u2014']) expect(await check(cleanRfc().replace('- None.\n', `${dash}\n`), rule), dash).toEqual([]);
    expect((await check(cleanRfc().replace('- None.\n', '-\n-\n'), rule)).map((x) => x.data?.section)).toEqual(['Open questions']);
  });

  it('counts content in a subsection, a code block or a table as content', async () => {
    const text = cleanRfc()
      .replace('The contract is a function.\n', '')
      .replace('Samples need a design.\n', '| a | b |\n|---|---|\n| 1 | 2 |\n')
      .replace('- None.\n', '```text\nnone\n```\n');
    expect(await check(text, rule)).toEqual([]);
  });

  it("counts footnotes as content (Aptos's `## References` holding only `[^aip-61]: https://…`), not a link reference definition", async () => {
    const text = cleanRfc().replace('Samples need a design.\n', '[^aip-61]: https://github.com/aptos-foundation/AIPs/blob/main/aips/aip-61.md\n');
    expect(await check(text, rule)).toEqual([]);
    // A link reference definition alone is no content a reader sees.
    const definition = cleanRfc().replace('Samples need a design.\n', '[aip-61]: https://example.com/aip-61.md\n');
    expect((await check(definition, rule)).map((x) => x.data?.section)).toEqual(['Context']);
  });

  it('accepts a section that says "None." or "N/A"', async () => {
    expect(await check(cleanRfc().replace('- Make it fast.', 'N/A'), rule)).toEqual([]);
  });

  it('leaves empty sections the template does not know alone', async () => {
    expect(await check(`${cleanRfc()}\n## Appendix\n\n## Notes\n`, rule)).toEqual([]);
  });

  it('leaves alone an empty section the template calls optional, or that optionalSections names', async () => {
    const template = '# KEP-NNNN: Title\n\n## Summary\n\nWhat.\n\n## Infrastructure Needed (Optional)\n\nWhat else.\n\n## Rollout\n\nHow.\n';
    const config = { rfcGlobs: ['keps/*/[0-9]*/README.md'], template: 'keps/NNNN-kep-template/README.md' };
    const doc = '# KEP-1000: X\n\n## Summary\n\nS.\n\n## Infrastructure Needed (Optional)\n\n## Rollout\n\n<!-- later -->\n';
    const f = await check(doc, rule, { 'keps/NNNN-kep-template/README.md': template }, 'keps/sig-a/1000-x/README.md', config);
    expect(f.map((x) => `${x.severity} ${x.message}`)).toEqual(['warning Section "Rollout" is empty; write its content, or "None." when nothing applies.']);
    const named = await check(doc, rule, { 'keps/NNNN-kep-template/README.md': template }, 'keps/sig-a/1000-x/README.md', { ...config, optionalSections: ['Rollout'] });
    expect(named).toEqual([]);
  });

  it("leaves empty a section the template expects to start empty, and takes one it does not strictly require for optional (Scala's FAQ and Alternatives)", async () => {
    const template = '# SIP: Title\n\n## Summary\n\nS.\n\n## Alternatives\n\nThis section should present alternatives.\n\nHaving alternatives is not a strict requirement for a proposal, but one gives weight.\n\n## FAQ\n\nThis section will probably initially be empty. As discussions progress, questions will come.\n';
    const config = { rfcGlobs: ['content/*.md'], template: 'sip-template.md' };
    const files = { 'sip-template.md': template };
    const doc = '# SIP-44: Fewer braces\n\n## Summary\n\nS.\n\n## FAQ\n';
    expect(await check(doc, rule, files, 'content/044-fewer-braces.md', config)).toEqual([]);
    expect(await check(doc, 'missing-section', files, 'content/044-fewer-braces.md', config)).toEqual([]);
    // Without those words, the section is required and must be written.
    const plain = { 'sip-template.md': template.replace('This section will probably initially be empty.', 'List the questions.') };
    expect((await check(doc, rule, plain, 'content/044-fewer-braces.md', config)).map((x) => x.severity)).toEqual(['warning']);
  });

  it("leaves a section empty where the template keeps its content commented out for later (Buildpacks' History: `<!-- ## Amended … -->`), and not where the comment is guidance", async () => {
    const template = (history: string) => `# Meta\n\n- Name: (fill in)\n\n# Summary\n\nOne paragraph.\n\n# History\n[history]: #history\n\n${history}\n`;
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const later = '<!--\n## Amended\n### Meta\n- Name: (fill in the amendment name)\n-->';
    const doc = `# Meta\n\n- Name: Stage mixins\n\n# Summary\n\nS.\n\n# History\n[history]: #history\n\n${later}\n`;
    expect(await check(doc, rule, { '0000-template.md': template(later) }, 'text/0006-stage-mixins.md', config)).toEqual([]);
    const guidance = '<!-- Describe how this RFC changed over time. -->';
    expect((await check(doc, rule, { '0000-template.md': template(guidance) }, 'text/0006-stage-mixins.md', config)).map((f) => f.data?.section)).toEqual(['History']);
  });

  it("counts a subsection of the author's own as content, not one the template has left bare", async () => {
    const named = cleanRfc().replace(/## Alternatives considered\n\n[^#]*/, '## Alternatives considered\n\n### A shared queue ([KEP-4153](https://example.com/4153))\n\n');
    expect(await check(named, rule)).toEqual([]);
    // The template's own subheadings, left bare, are no content.
    const bare = cleanRfc().replace(/## Proposed design\n\n[\s\S]*?## Security considerations/, '## Proposed design\n\n### Contract / interface (normative)\n\n### Phases / milestones (contract-level)\n\n## Security considerations');
    expect((await check(bare, rule)).map((f) => [f.data?.section, f.severity])).toEqual([['Proposed design', 'warning']]);
  });

  it("only hints when a section of the author's own follows right below: its content may be there, a heading level off (Go's Rationale)", async () => {
    const slip = cleanRfc().replace(/## Alternatives considered\n\n[^#]*/, '## Alternatives considered\n\n## Relation with the old queue\n\nWe keep it because…\n\n');
    const f = await check(slip, rule);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0].message).toContain('If "Relation with the old queue" below is part of it, make that heading a subsection.');
  });

  it('leaves alone an empty section whose own heading says optional (a KEP written from the older template: `## Drawbacks [optional]`)', async () => {
    const text = cleanRfc().replace(/## Alternatives considered\n\n[^#]*/, '## Alternatives considered [optional]\n\n');
    expect(await check(text, rule)).toEqual([]);
    expect((await check(cleanRfc().replace(/## Alternatives considered\n\n[^#]*/, '## Alternatives considered [draft]\n\n'), rule)).map((f) => f.severity)).toEqual(['warning']);
  });
});
