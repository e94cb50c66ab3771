import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'owner-format';
const withOwners = (owners: string) => cleanRfc().replace('- Owners: @alice / @bob', `- Owners: ${owners}`);
/** Range of `part` on the Owners line (line 3; the value starts at column 10). */
const at = (owners: string, part: string) => {
  const start = 10 + owners.indexOf(part);
  return { start: { line: 3, character: start }, end: { line: 3, character: start + part.length } };
};

describe('owner-format', () => {
  it('reports nothing for handles, team handles and organisation teams', async () => {
    for (const owners of ['@alice / @bob', '@kernel-team', '@org/team, @alice', '@alice/@bob', '@a; @b & @c and @d']) {
      expect(await check(withOwners(owners), rule), owners).toEqual([]);
    }
  });

  it('accepts a name written with its handle, even with a note in the parentheses', async () => {
    for (const owners of ['Jane Doe (@jdoe)', 'Jane Doe (@jdoe, lead) / @bob', '[@alice](https://github.com/alice)', '**@alice**']) {
      expect(await check(withOwners(owners), rule), owners).toEqual([]);
    }
  });

  it('checks Authors when a document uses it for Owners', async () => {
    const f = await check(cleanRfc().replace('- Owners: @alice / @bob', '- Authors: alice'), rule);
    expect(f.map((x) => x.data)).toEqual([{ owner: 'alice', suggestion: '@alice' }]);
  });

  it('leaves the template owners verbatim to the placeholder rule', async () => {
    expect(await check(withOwners('@kernel-team / @runtime / @tools-team'), rule)).toEqual([]);
  });

  it('reports each owner that is not a handle on that owner, suggesting a handle for one word', async () => {
    const owners = '@alice, bob and Carol & Dave Smith; erin';
    const f = await check(withOwners(owners), rule);
    expect(f.map((x) => [x.data, x.range])).toEqual([
      [{ owner: 'bob', suggestion: '@bob' }, at(owners, 'bob')],
      [{ owner: 'Carol', suggestion: '@carol' }, at(owners, 'Carol')],
      [{ owner: 'Dave Smith' }, at(owners, 'Dave Smith')],
      [{ owner: 'erin', suggestion: '@erin' }, at(owners, 'erin')],
    ]);
    expect(f[0].message).toBe('Owner "bob" is not an @handle; write "@bob".');
    expect(f[2].message).toBe('Owner "Dave Smith" is not an @handle; write the handle, e.g. "Dave Smith (@handle)".');
  });

  it('takes "TBD" among the owners for nobody yet, not for a name to write as @tbd (Argo CD\'s `- TBD` beside `- "@leoluz"`)', async () => {
    expect(await check(withOwners('@leoluz, TBD'), rule)).toEqual([]);
    expect((await check(withOwners('TBD'), rule)).map((x) => x.message)).toEqual(['"TBD" names no owner; write the owners\' @handles (for example `@alice`).']);
  });

  it('does not take an e-mail address for a handle', async () => {
    const f = await check(withOwners('alice@example.com'), rule);
    expect(f.map((x) => x.data)).toEqual([{ owner: 'alice@example.com' }]);
  });

  it("accepts an owner with an e-mail address in angle brackets where the template's example offers that form (Ethereum's EIPs), and only there", async () => {
    const owners = 'Vitalik Buterin (@vbuterin), Martin Becze <mb@ethereum.org>, Jane Roe';
    const eip = { 'eip-template.md': '---\ntitle: <The title>\nauthor: <name + GitHub username (in parenthesis), or name and email (in angle brackets). Example, FirstName LastName <foo@bar.com>>\nstatus: Draft\n---\n\n## Abstract\n\nA.\n' };
    const config = { rfcGlobs: ['EIPS/eip-*.md'], template: 'eip-template.md' };
    const doc = `---\neip: 1\ntitle: Purpose\nauthor: ${owners}\nstatus: Draft\n---\n\n## Abstract\n\nA.\n`;
    expect((await check(doc, rule, eip, 'EIPS/eip-1.md', config)).map((x) => x.data?.owner)).toEqual(['Jane Roe']);
    // Where the template's example has handles only, an address is still no handle.
    expect((await check(withOwners('Martin Becze <mb@ethereum.org>'), rule)).map((x) => x.data?.owner)).toEqual(['Martin Becze <mb@ethereum.org>']);
  });

  it("accepts an owner with an e-mail address in parentheses where the template's example writes one so (Flow's FLIPs)", async () => {
    const flip = { 'yyyymmdd-flip-template.md': '---\nstatus: draft\nflip: NNN (set to the issue number)\nauthors: My Name (me@example.org), AN Other (you@example.org)\nsponsor: AN Expert (core-contributor@example.org)\nupdated: YYYY-MM-DD\n---\n\n# FLIP NNN: Title of FLIP\n\n## Objective\n\nWhat.\n' };
    const config = { rfcGlobs: ['application/[0-9]*.md'], template: 'yyyymmdd-flip-template.md' };
    const doc = '---\nstatus: implemented\nflip: 2\nauthors: Peter Siemens (peter@dapperlabs.com), Jeffery Doyle (jeffrey.doyle@dapperlabs.com), Jane Roe\nsponsor: AN Expert (core@example.org)\nupdated: 2021-01-01\n---\n\n# FLIP 2: Accounts\n\n## Objective\n\nWhat.\n';
    const found = await check(doc.replace('Jeffery Doyle (jeffrey.doyle@dapperlabs.com)', 'jeffrey.doyle@dapperlabs.com'), rule, flip, 'application/20201125-bip-44-multi-account.md', config);
    // An address alone is a contact too; a name alone is told the template's form, not asked for a handle it never shows.
    expect(found.map((x) => [x.severity, x.message])).toEqual([['info', 'Owner "Jane Roe" has neither an @handle nor an address; the template writes owners as `My Name (me@example.org), AN Other (you@example.org)`.']]);
    // A full name is named, only its address is missing: a hint. One word names nobody for sure: a warning.
    expect((await check(doc.replace('Jane Roe', 'jroe'), rule, flip, 'application/20201125-bip-44-multi-account.md', config)).map((x) => x.severity)).toEqual(['warning']);
    // Where the template asks for a handle beside the address (Algorand's `<Name <email@example.com> (@GitHubUsername)>`), a name alone is a warning.
    const arc = { 'yyyymmdd-flip-template.md': flip['yyyymmdd-flip-template.md'].replace('My Name (me@example.org), AN Other (you@example.org)', '<Name (@GitHubUsername)>, <Name <email@example.com> (@GitHubUsername)>') };
    expect((await check(doc, rule, arc, 'application/20201125-bip-44-multi-account.md', config)).map((x) => [x.data?.owner, x.severity])).toEqual([['Jane Roe', 'warning']]);
    // Where the template's example has handles only, an address in parentheses is still no handle.
    expect((await check(withOwners('Peter Siemens (peter@dapperlabs.com)'), rule)).map((x) => x.data?.owner)).toEqual(['Peter Siemens (peter@dapperlabs.com)']);
  });

  it("keeps a web address in angle brackets whole, and accepts it as a contact where the template offers an e-mail address (Cardano's CIPs)", async () => {
    const cip = { '.github/CIP-TEMPLATE.md': '---\nCIP: "?"\nAuthors:\n    - John Doe <john.doe@email.domain>\nStatus: Proposed\n---\n\n## Abstract\n\nA.\n' };
    const config = { rfcGlobs: ['CIP-*/README.md'], template: '.github/CIP-TEMPLATE.md' };
    const doc = '---\nCIP: 50\nAuthors:\n  - Michael Liesenfelt <michael.liesenfelt@gmail.com>\n  - Ryan Wiley <https://x.com/Cerkoryn>\n  - Jane Roe\nStatus: Proposed\n---\n\n## Abstract\n\nA.\n';
    expect((await check(doc, rule, cip, 'CIP-0050/README.md', config)).map((x) => x.data?.owner)).toEqual(['Jane Roe']);
    // Where the template's example has handles only, the owner is one, still no handle.
    expect((await check(withOwners('Ryan Wiley <https://x.com/Cerkoryn>'), rule)).map((x) => x.data?.owner)).toEqual(['Ryan Wiley <https://x.com/Cerkoryn>']);
  });

  it("accepts names where the template's words let them stand alone (NEAR's \"name(s) and optional contact info\", Filecoin's \"name(s) and/or username(s)\")", async () => {
    const near = { 'neps/nep-0000-template.md': '---\nNEP: 0\nAuthors: Todd Codrington III <satoshi@fakenews.org>\nStatus: Approved\n---\n\n<!-- Author: List of author name(s) and optional contact info. -->\n\n## Summary\n\nS.\n' };
    const nearConfig = { rfcGlobs: ['neps/nep-*.md'], template: 'neps/nep-0000-template.md' };
    const doc = (authors: string) => `---\nNEP: 568\nAuthors: ${authors}\nStatus: Approved\n---\n\n## Summary\n\nS.\n`;
    expect(await check(doc('Adam Chudas, Aleksandr Logunov'), rule, near, 'neps/nep-0568.md', nearConfig)).toEqual([]);
    expect((await check(doc('TBD'), rule, near, 'neps/nep-0568.md', nearConfig)).map((x) => x.message)).toEqual(['"TBD" names no owner; write the owners\' names.']);
    const fil = { 'templates/template.md': '---\nfip: "<to be assigned>"\nauthor: "<a list of the author\'s or authors\' name(s) and/or username(s), e.g. FirstName LastName (@GitHubUsername)>"\nstatus: Draft\n---\n\n## Abstract\n\nA.\n' };
    const filConfig = { rfcGlobs: ['FIPS/fip-*.md'], template: 'templates/template.md' };
    expect(await check('---\nfip: "0024"\nauthor: zx, jbenet, momack2\nstatus: Final\n---\n\n## Abstract\n\nA.\n', rule, fil, 'FIPS/fip-0024.md', filConfig)).toEqual([]);
    // Avalanche's table row: "A list of the author's name(s) and optionally contact info".
    const acp = { 'ACPs/TEMPLATE.md': "| ACP | PR Number |\n| :--- | :--- |\n| **Author(s)** | A list of the author's name(s) and optionally contact info: FirstName LastName ([@GitHubUsername](https://github.com/Username)) |\n\n## Abstract\n\nA.\n" };
    expect(await check('| ACP | 75 |\n| :--- | :--- |\n| **Author(s)** | Joshua Kim |\n\n## Abstract\n\nA.\n', rule, acp, 'ACPs/75-acceptance-proofs/README.md', { rfcGlobs: ['ACPs/*/README.md'], template: 'ACPs/TEMPLATE.md' })).toEqual([]);
  });

  it('reports a value that names nobody once, on the whole value', async () => {
    const f = await check(withOwners('TBD'), rule);
    expect(f.map((x) => [x.data, x.range, x.message])).toEqual([
      [{ owner: 'TBD' }, at('TBD', 'TBD'), '"TBD" names no owner; write the owners\' @handles (for example `@alice`).'],
    ]);
    expect(await check(withOwners('N/A'), rule)).toHaveLength(1);
  });

  it('leaves an empty or missing Owners field to header-field', async () => {
    expect(await check(withOwners(''), rule)).toEqual([]);
    expect(await check(cleanRfc().replace('- Owners: @alice / @bob\n', ''), rule)).toEqual([]);
  });

  it('points at an owner on the wrapped second line of the value', async () => {
    const f = await check(cleanRfc().replace('- Owners: @alice / @bob', '- Owners: @alice /\n  bob'), rule);
    expect(f.map((x) => x.range)).toEqual([{ start: { line: 4, character: 2 }, end: { line: 4, character: 5 } }]);
  });
});
