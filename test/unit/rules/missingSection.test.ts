import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'missing-section';

describe('missing-section', () => {
  it('reports nothing when every template section is present', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports a missing section on the heading it belongs before', async () => {
    const text = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, '');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Section "Goals" of the template is missing. It belongs after "Context".');
    const nonGoalsLine = text.split('\n').indexOf('## Non-Goals');
    expect(f[0].range.start.line).toBe(nonGoalsLine);
    expect(f[0].data).toMatchObject({ section: 'Goals', line: nonGoalsLine });
  });

  it('matches sections ignoring case and trailing parenthetical notes', async () => {
    const text = cleanRfc().replace('## Scope boundaries (anti-drift)', '## scope boundaries').replace('## Checklist (keep current)', '## Checklist');
    expect(await check(text, rule)).toEqual([]);
  });

  it('accepts a configured alias for a renamed section', async () => {
    const text = cleanRfc().replace('## Checklist (keep current)', '## Implementation Checklist');
    expect(await check(text, rule)).toHaveLength(1);
    expect(await check(text, rule, {}, undefined, { sectionAliases: { 'Implementation Checklist': 'Checklist (keep current)' } })).toEqual([]);
  });

  it("follows the repository's own template", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / In Progress / Complete\n\n## Context\n\nWhy.\n\n## Implementation Checklist\n\n- [ ] done\n';
    const text = '# RFC-0001: X\n\n- Status: Draft\n\n## Context\n\nBecause.\n';
    const f = await check(text, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(f.map((x) => x.data?.section)).toEqual(['Implementation Checklist']);
    expect(f[0].range.start.line).toBe(6);
  });
});
