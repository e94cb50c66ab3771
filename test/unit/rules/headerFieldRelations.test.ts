import { describe, expect, it } from 'vitest';
import { check } from '../helpers';

const rule = 'header-field';

describe('header-field: fields that name a relation to other documents', () => {
  // PowerShell's RFC template: front matter whose `SupercededBy` (so spelt) has a value only where a later RFC replaces this one.
  const template = '---\nRFC: RFCnnnn\nAuthor: Author Name\nStatus: <Draft | Final>\nSupercededBy: <link to another RFC>\nVersion: <Major>.<Minor>\n---\n\n# Title\n\n## Motivation\n\nM.\n';
  const config = { rfcGlobs: ['Final/RFC*.md'], template: 'RFCNNNN-New-RFC-Template.md', idPattern: { rfc: 'RFC(\\d{4})' } };
  const files = { 'RFCNNNN-New-RFC-Template.md': template };
  const doc = (fields: string) => `---\nRFC: RFC0051\nAuthor: A. Author\nStatus: Final\n${fields}Version: 1.0\n---\n\n# Null-conditional operators\n\n## Motivation\n\nM.\n`;
  const found = async (fields: string) => (await check(doc(fields), rule, files, 'Final/RFC0051-Null-conditional-operators.md', config)).map((f) => [f.severity, f.data?.field]);

  it("lets a camel-cased relation field be empty or left out, however spelt (PowerShell's SupercededBy and SupersededBy)", async () => {
    expect(await found('SupercededBy:\n')).toEqual([]);
    expect(await found('')).toEqual([]);
    expect(await found('SupersededBy: N/A\n')).toEqual([]);
  });

  it('still requires a field that names no relation', async () => {
    const noAuthor = doc('SupercededBy:\n').replace('Author: A. Author\n', '');
    expect((await check(noAuthor, rule, files, 'Final/RFC0051-Null-conditional-operators.md', config)).map((f) => [f.severity, f.data?.field])).toEqual([['warning', 'Author']]);
  });
});
