import { describe, expect, it } from 'vitest';
import { check } from '../helpers';

const rule = 'missing-section';

describe('missing-section: other teams’ words for a section (issue 9)', () => {
  it("reads PowerShell's \"Alternate Design Options\" and \"Possible Alternate Proposals\" as its template's \"Alternate Proposals and Considerations\"", async () => {
    const template = '# Title\n\n## Motivation\n\nM.\n\n## Specification\n\nS.\n\n## Alternate Proposals and Considerations\n\nA.\n';
    const config = { rfcGlobs: ['Final/RFC*.md'], template: 'RFCNNNN-New-RFC-Template.md' };
    const files = { 'RFCNNNN-New-RFC-Template.md': template };
    const doc = (heading: string) => `# Custom remote connections\n\n## Motivation\n\nM.\n\n## Specification\n\nS.\n\n## ${heading}\n\nOther ways.\n`;
    for (const heading of ['Alternate Design Options', 'Possible Alternate Proposals']) expect(await check(doc(heading), rule, files, 'Final/RFC0063-x.md', config)).toEqual([]);
    // A section of another subject is no such section.
    expect((await check(doc('Demo'), rule, files, 'Final/RFC0063-x.md', config)).map((f) => f.data?.section)).toEqual(['Alternate Proposals and Considerations']);
  });

  it("reads dapr's \"Solution\" as its template's \"Implementation Details\", and \"Alternatives\" as \"Expectations and alternatives\"", async () => {
    const template = '# Title\n\n## Overview\n\nO.\n\n## Background\n\nB.\n\n## Expectations and alternatives\n\nE.\n\n## Implementation Details\n\nI.\n';
    const config = { rfcGlobs: ['[0-9]*.md'], template: 'templates/proposal.md' };
    const files = { 'templates/proposal.md': template };
    const doc = '# Pub/sub streaming\n\n## Overview\n\nO.\n\n## Background\n\nB.\n\n## Alternatives\n\nA.\n\n## Solution\n\nHow.\n';
    expect(await check(doc, rule, files, '0013-RS-pubsub-subscription-streaming.md', config)).toEqual([]);
  });

  it("reads Electron's \"Alternative designs considered\" as its template's \"Rationale and alternatives\"", async () => {
    const template = '# Title\n\n## Summary\n\nS.\n\n## Drawbacks\n\nD.\n\n## Rationale and alternatives\n\nR.\n\n## Prior art\n\nP.\n';
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const doc = '# Lazy download\n\n## Summary\n\nS.\n\n## Drawbacks\n\nD.\n\n## Alternative designs considered\n\nWhat if we do not do this?\n\n## Prior art\n\nP.\n';
    expect(await check(doc, rule, { '0000-template.md': template }, 'text/0022-lazy-electron-download.md', config)).toEqual([]);
  });

  it("reads a heading that joins two template sections of four words or fewer as both (React Native's \"Adoption strategy / How we teach this\")", async () => {
    const template = '# Title\n\n## Summary\n\nS.\n\n## Adoption strategy\n\nA.\n\n## How we teach this\n\nH.\n\n## Unresolved questions\n\nU.\n';
    const config = { rfcGlobs: ['proposals/[0-9]*.md'], template: 'proposals/0000-template.md' };
    const files = { 'proposals/0000-template.md': template };
    const doc = (joined: string) => `# Proposal\n\n## Summary\n\nS.\n\n## ${joined}\n\nBoth.\n\n## Unresolved questions\n\nU.\n`;
    expect(await check(doc('Adoption strategy / How we teach this'), rule, files, 'proposals/0605-x.md', config)).toEqual([]);
    // A longer phrase with a slash is no list of names.
    const long = await check(doc('Adoption strategy / how teams will be taught to use it'), rule, files, 'proposals/0605-x.md', config);
    expect(long.map((f) => f.data?.section)).toContain('How we teach this');
  });
});
