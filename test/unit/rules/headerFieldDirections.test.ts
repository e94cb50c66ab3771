import { describe, expect, it } from 'vitest';
import { check } from '../helpers';

const rule = 'header-field';

describe('header-field: what the template says of a field', () => {
  const babel = '- Repo: <!-- the repo it will be implemented in -->\n- Start Date: <!-- fill me in with today\'s date, YYYY-MM-DD -->\n- Related Issues: <!-- if relevant -->\n- Authors: <!-- the names of everyone contributing to this RFC -->\n- Champion: <!-- the name of a core team member. You can leave this empty if you haven\'t found it yet -->\n\n# Summary\n\nS.\n';
  const config = { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' };
  const files = { '0000-template.md': babel };
  const found = async (header: string) => (await check(`${header}\n# Summary\n\nS.\n`, rule, files, 'rfcs/0001-x.md', config)).map((f) => f.data?.field);

  it("lets a field the template marks `<!-- if relevant -->` be left out, and one it says \"you can leave this empty\" stay empty (Babel's)", async () => {
    expect(await found('- Repo: babel/babel\n- Start Date: 2020-01-01\n- Authors: A\n- Champion:\n')).toEqual([]);
  });

  it('still holds the document to the fields the template does not excuse', async () => {
    expect(await found('- Start Date: 2020-01-01\n- Authors: A\n- Champion:\n')).toEqual(['Repo']);
  });

  it("reads `Status:` as the template's `State:` and the other way round (dapr's proposals)", async () => {
    const dapr = '# Title of proposal\n\n* Author(s): [Author Name]\n* State: {Ready for Implementation, Implemented}\n\n## Overview\n\nO.\n';
    const doc = (field: string) => `# Trust distribution\n\n* Author(s): A. Author\n* ${field}: Proposed\n\n## Overview\n\nO.\n`;
    const of = async (template: string, field: string) => (await check(doc(field), rule, { 'templates/proposal.md': template }, '20231024-CIR-trust-distribution.md', { rfcGlobs: ['[0-9]*.md'], template: 'templates/proposal.md' })).map((f) => f.data?.field);
    expect(await of(dapr, 'Status')).toEqual([]);
    expect(await of(dapr.replace('State:', 'Status:'), 'State')).toEqual([]);
    expect(await of(dapr, 'Phase')).toEqual(['State']);
  });
});
