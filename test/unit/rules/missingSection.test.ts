import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, check, cleanRfc } from '../helpers';

const BUILTIN_RFC = BUILTIN_TEMPLATES.rfc;

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

describe('missing-section on real repositories (issues 9 and 14)', () => {
  const withGuidance = (extra: string) => `${BUILTIN_RFC}\n${extra}`;

  it('never reports a section the template addresses to authors or marks optional, nor one optionalSections names', async () => {
    for (const marked of [
      '## RFC Quality Guidelines (for authors)\n\n- [ ] Keep it short.\n',
      '## Migration notes\n\n<!-- optional -->\n\nHow to migrate.\n',
      '## Basic example\n\nOmit this section if it\'s not applicable.\n',
      '## Prior art (optional)\n\nWhat others did.\n',
      '<!-- This is an optional element. Feel free to remove. -->\n## Decision Drivers\n\n* driver\n',
    ]) {
      const template = withGuidance(marked);
      expect(await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': template }), marked).toEqual([]);
    }
    const text = cleanRfc().replace(/## Open questions\n\n[^#]*/, '');
    expect(await check(text, rule)).toHaveLength(1);
    expect(await check(text, rule, {}, undefined, { optionalSections: ['open questions'] })).toEqual([]);
  });

  it('counts a section written one level down, or under an evident equivalent of its name', async () => {
    const deeper = cleanRfc().replace('## Non-Goals', '### Non-Goals');
    expect(await check(deeper, rule)).toEqual([]);
    const shortened = cleanRfc().replace('## Proof / validation strategy (required)', '## Proof').replace('## Security considerations', '## Security');
    expect(await check(shortened, rule)).toEqual([]);
    const noted = cleanRfc().replace('## Scope boundaries (anti-drift)', '## Scope boundary (anti-drift) + TASK-0002 alignment');
    expect(await check(noted, rule)).toEqual([]);
  });

  it('gives one hint instead of a warning per section when a document lacks most of the template', async () => {
    const text = '# RFC-0001: Early design\n\n- Status: In Progress\n- Owners: @alice\n- Created: 2026-01-10\n- Last Updated: 2026-02-01\n\n## Summary\n\nText.\n\n## Design\n\nText.\n';
    const f = await check(text, rule);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0].message).toMatch(/^This RFC lacks \d+ of the template's \d+ sections/);
  });

  it('finds missing sections at the template’s own level: level-1 sections of a template without a title', async () => {
    const template = '- Start Date: (fill me in with today\'s date, YYYY-MM-DD)\n- RFC PR: (leave this empty)\n\n# Summary\n\nBrief.\n\n# Motivation\n\nWhy.\n\n# Detailed design\n\nHow.\n\n# Drawbacks\n\nCost.\n\n# Alternatives\n\nOthers.\n';
    const text = '- Start Date: 2026-01-10\n- RFC PR: (leave this empty)\n\n# Summary\n\nA.\n\n# Motivation\n\nB.\n\n# Detailed design\n\nC.\n\n# Alternatives\n\nD.\n';
    const f = await check(text, rule, { '0000-template.md': template }, 'text/0042-feature.md', { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' });
    expect(f.map((x) => x.message)).toEqual(['Section "Drawbacks" of the template is missing. It belongs after "Detailed design".']);
  });
});
