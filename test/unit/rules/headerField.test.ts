import { describe, expect, it } from 'vitest';
import { parseFieldLine } from '../../../server/src/core/parser/header';
import { check, cleanRfc } from '../helpers';

const rule = 'header-field';
const TITLE = { start: { line: 0, character: 2 }, end: { line: 0, character: 25 } };

describe('header-field', () => {
  it('reports nothing for a clean RFC', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports a missing field on the title, with the line after the previous field and the template line', async () => {
    const f = await check(cleanRfc().replace('- Created: 2026-01-10\n', ''), rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual(TITLE);
    expect(f[0].data).toEqual({ field: 'Created', missing: true, line: 4, text: '- Created: YYYY-MM-DD' });
    expect(f[0].message).toBe('The header has no "Created" field; add `- Created: YYYY-MM-DD` after "Owners".');
  });

  it('inserts a missing first field before the next field the document has', async () => {
    const f = await check(cleanRfc().replace('- Status: In Progress\n', ''), rule);
    expect(f.map((x) => x.data)).toEqual([{ field: 'Status', missing: true, line: 2, text: '- Status: Draft / In Progress / Complete' }]);
  });

  it('offers the whole template block for a missing field with sub-items, after the last wrapped line before it', async () => {
    const text = cleanRfc().replace('- Last Updated: 2026-02-01\n- Links:\n  - Tasks: `tasks/TASK-0001-first-step.md` (execution + proof)\n', '- Last Updated: 2026-02-01\n  (after review)\n');
    const f = await check(text, rule);
    expect(f.map((x) => x.data)).toEqual([
      {
        field: 'Links',
        missing: true,
        line: 7,
        text: '- Links:\n  - Tasks: `tasks/TASK-XXXX-...md` (execution + proof)\n  - ADRs: `docs/adr/XXXX-...md` (optional, decision records)\n  - Related RFCs: `docs/rfcs/RFC-000Y-...md`',
      },
    ]);
  });

  it('reports every field of a document without a header, each inserted below the title', async () => {
    const f = await check('# RFC-0001: Bare\n\n## Context\n\nWhy.\n', rule);
    expect(f.map((x) => [x.data?.field, x.data?.line])).toEqual([['Status', 1], ['Owners', 1], ['Created', 1], ['Last Updated', 1], ['Links', 1]]);
  });

  it('reports an empty field on its name, not as missing', async () => {
    const f = await check(cleanRfc().replace('- Owners: @alice / @bob', '- Owners:'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 8 } });
    expect(f[0].data).toEqual({ field: 'Owners', missing: false });
    expect(f[0].message).toBe('"Owners" is empty; fill it in (the template shows "@kernel-team / @runtime / @tools-team").');
  });

  it('takes items indented below a field for its value (Prometheus\'s `* **Implementation Status:**` then `  * Implemented`)', async () => {
    expect(await check(cleanRfc().replace('- Owners: @alice / @bob', '- Owners:\n  - @alice\n  - @bob'), rule)).toEqual([]);
    // A field below is another field, not a value; nothing below is nothing.
    expect((await check(cleanRfc().replace('- Owners: @alice / @bob', '- Owners:\n  - Reviewers: @carol'), rule)).map((f) => f.data)).toEqual([{ field: 'Owners', missing: false }]);
    expect((await check(cleanRfc().replace('- Owners: @alice / @bob', '- Owners:\n\nSome prose.'), rule)).map((f) => f.data)).toEqual([{ field: 'Owners', missing: false }]);
  });

  it("takes a list at the margin or a short line below a bold label for its value (GraphQL's `**Proposed by:**`, a blank line, `- [Name](…) - Org`), and not below a list item", async () => {
    const template = '# RFC: <Title>\n\n**Proposed by:** [<Full Name>](https://github.com/<username>) - <Organization>\n\n## Problem Statement\n\nP.\n';
    const config = { rfcGlobs: ['rfcs/*.md'], template: 'rfcs/TEMPLATE.md' };
    const files = { 'rfcs/TEMPLATE.md': template };
    const doc = (below: string) => `# RFC: Feature Discovery\n\n**Proposed by:**\n\n${below}\n\n## Problem Statement\n\nP.\n`;
    expect(await check(doc('- [Young Min Kim](https://github.com/aprilrd) - The Trade Desk'), rule, files, 'rfcs/FeatureDiscovery.md', config)).toEqual([]);
    expect((await check(doc('This RFC provides a way.'), rule, files, 'rfcs/FeatureDiscovery.md', config)).map((f) => f.data)).toEqual([{ field: 'Proposed by', missing: false }]);
    // A word or a few alone on the next line is the value too (Cilium's `**Status:**`, a blank line, `Implementable`); a longer line is prose.
    expect(await check(doc('Young Min Kim'), rule, files, 'rfcs/FeatureDiscovery.md', config)).toEqual([]);
    expect((await check(doc('Many people from many teams together'), rule, files, 'rfcs/FeatureDiscovery.md', config)).map((f) => f.data)).toEqual([{ field: 'Proposed by', missing: false }]);
    // Below a list item, an item at the margin is the next item, not a value.
    expect((await check(cleanRfc().replace('- Owners: @alice / @bob', '- Owners:\n- Reviewers: @carol'), rule)).map((f) => f.data?.field)).toContain('Owners');
  });

  it('counts Links as filled in when it has a sub-item or a value, and empty when it has neither', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
    expect(await check(cleanRfc('RFC-0001', 'Sample design', { links: '' }).replace('- Links:', '- Links: see TASK-0001'), rule)).toEqual([]);
    const f = await check(cleanRfc('RFC-0001', 'Sample design', { links: '' }), rule);
    expect(f.map((x) => [x.data, x.message])).toEqual([[{ field: 'Links', missing: false }, '"Links" is empty; list at least one of "Tasks", "ADRs", "Related RFCs" under it.']]);
  });

  it('never requires the optional sub-items of Links', async () => {
    expect(await check(cleanRfc('RFC-0001', 'Sample design', { links: '  - Related RFCs: `docs/rfcs/RFC-0002-x.md`' }), rule)).toEqual([]);
  });

  it('accepts bold and plain header lines', async () => {
    const text = '# RFC-0001: X\n\n**Status:** Done\n**Owners**: @a\nCreated: 2026-01-01\nLast Updated: 2026-01-02\nLinks: TASK-0001\n\n## Context\n';
    expect(await check(text, rule)).toEqual([]);
  });

  it('accepts YAML front matter fields with underscores and Authors for Owners', async () => {
    const text = '---\nstatus: Draft\nauthors: [ "@a" ]\ncreated: 2026-01-01\nlast_updated: 2026-01-02\nlinks: [ TASK-0001 ]\n---\n# RFC-0001: X\n\n## Context\n';
    expect(await check(text, rule)).toEqual([]);
    expect(await check(cleanRfc().replace('- Owners:', '- Authors:'), rule)).toEqual([]);
  });

  it('offers a front matter line when the document keeps its header in front matter', async () => {
    const text = '---\nstatus: Draft\nowners: "@a"\nlast_updated: 2026-01-02\nlinks: [ TASK-0001 ]\n---\n# RFC-0001: X\n';
    const f = await check(text, rule);
    expect(f.map((x) => x.data)).toEqual([{ field: 'Created', missing: true, line: 3, text: 'created: YYYY-MM-DD' }]);
  });

  it("follows the repository's own template: its fields are the ones required", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / Complete\n- Reviewers: @someone\n\n## Context\n\nWhy.\n';
    const f = await check('# RFC-0001: X\n\n- Status: Draft\n- Owners: @a\n\n## Context\n\nBecause.\n', rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(f.map((x) => x.data)).toEqual([{ field: 'Reviewers', missing: true, line: 3, text: '- Reviewers: @someone' }]);
  });

  it('counts a field written in the singular or plural, or with a trailing #, as the template field it is', async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / Complete\n- Authors: @someone\n- RFC PR: [#0000](https://example.com)\n- Reviewer: @other\n\n## Context\n\nWhy.\n';
    const doc = '# RFC-0001: X\n\n- Status: Draft\n- Author: @a\n- RFC PR #: [#12](https://example.com/12)\n- Reviewers: @b, @c\n\n## Context\n\nBecause.\n';
    expect(await check(doc, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template })).toEqual([]);
    // A different name is still a different field.
    const other = await check(doc.replace('- Author: @a', '- Editor: @a'), rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(other.map((x) => x.data?.field)).toEqual(['Authors']);
    // A configured alias to a field the template has is the team's word, over a variant.
    const aliased = await check(doc.replace('- Reviewers: @b, @c', '- Reviewer: @r\n- Authors: @b'), rule, { 'docs/rfcs/RFC-TEMPLATE.md': template.replace('- Authors: @someone\n', '- Authors: @someone\n- Owners: @o\n') }, undefined, { fieldAliases: { Author: 'Owners' } });
    expect(aliased.map((x) => x.data?.field)).toEqual([]);
    // A last word with or without its `d` (Go's `Last update:` for `Last updated:`).
    const go = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n- Last updated: [Date]\n\n## Context\n\nWhy.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n- Last update: 2019-06-12\n\n## Context\n\nBecause.\n', rule, go)).toEqual([]);
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n- Last up: 2019-06-12\n\n## Context\n\nBecause.\n', rule, go)).map((x) => x.data?.field)).toEqual(['Last updated']);
    // A `#` that starts an issue number is no field name's end: `Fixes #42: …` is a sentence.
    expect(parseFieldLine('Fixes #42: the crash on start')).toBeUndefined();
    expect(parseFieldLine('RFC PR #: [#12](https://example.com/12)')?.name).toBe('RFC PR #');
  });

  it("counts a field under another qualifier of the same noun as the template's, when the template has no other field of that noun (Rust's Tracking Issue)", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / Complete\n- RFC PR: [#0000](https://example.com)\n- Rust Issue: [#0000](https://example.com)\n\n## Context\n\nWhy.\n';
    const others = { 'docs/rfcs/RFC-TEMPLATE.md': template };
    const doc = '# RFC-0001: X\n\n- Status: Draft\n- RFC PR: [#12](https://example.com/12)\n- Tracking Issue:\n\n## Context\n\nBecause.\n';
    // Found under its other name, and not held to be filled in (its value may be a list below it).
    expect(await check(doc, rule, others)).toEqual([]);
    // Two candidates in the document (Kotlin's "Prototype authors" and "Proposal author" for "Author"):
    // which one is meant is unsure, that one is there is not.
    const two = await check(doc.replace('- Tracking Issue:', '- Tracking Issue: #1\n- Cargo Issue: #2'), rule, others);
    expect(two).toEqual([]);
    // Another noun is another field.
    const noun = await check(doc.replace('- Tracking Issue:', '- Tracking Bug: #1'), rule, others);
    expect(noun.map((x) => x.data?.field)).toEqual(['Rust Issue']);
    // Two template fields of that noun: no guess either.
    const twoInTemplate = await check(doc, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template.replace('- Rust Issue:', '- Cargo Issue: #0\n- Rust Issue:') });
    expect(twoInTemplate.map((x) => x.data?.field).sort()).toEqual(['Cargo Issue', 'Rust Issue']);
  });

  it("reads the header under a document's own first heading when the template has no title (Rust's `## unsafe_pinned`)", async () => {
    const template = '- Feature Name: (fill me in)\n- Start Date: (YYYY-MM-DD)\n\n## Summary\n\nOne paragraph.\n\n## Motivation\n\nWhy.\n';
    const others = { 'docs/rfcs/RFC-TEMPLATE.md': template };
    const fields = '- Feature Name: `unsafe_pinned`\n- Start Date: 2022-11-05\n';
    expect(await check(`## unsafe_pinned\n\n${fields}\n## Summary\n\nX.\n\n## Motivation\n\nY.\n`, rule, others)).toEqual([]);
    expect(await check(`# Module system cleanups\n${fields}\n## Summary\n\nX.\n\n## Motivation\n\nY.\n`, rule, others)).toEqual([]);
    // Go's `## Proposal: …` where the template's title is `# Proposal: [Title]`.
    const titled = { 'docs/rfcs/RFC-TEMPLATE.md': `# Proposal: [Title]\n\nAuthor(s): [Name]\n\nLast updated: [Date]\n\n## Abstract\n\nX.\n` };
    expect(await check('## Proposal: go install\n\nAuthors: Jay\n\nLast Updated: 2020-09-29\n\n## Abstract\n\nX.\n', rule, titled)).toEqual([]);
    // A first section that opens with prose, and a list under it, is no header.
    const section = await check(`## Summary\n\nX.\n\n${fields}\n## Motivation\n\nY.\n`, rule, others);
    expect(section.map((x) => x.data?.field)).toEqual(['Feature Name', 'Start Date']);
    // A first section whose prose opens with a label ("Note: …") is no header: the template's fields are still missing.
    const note = await check('## Summary\n\nNote: this replaces the old design.\n\n## Motivation\n\nY.\n', rule, others);
    expect(note.map((x) => x.data?.field)).toEqual(['Feature Name', 'Start Date']);
    // Only the first heading: fields under a later section are not the header.
    const later = await check(`## Summary\n\nX.\n\n## Motivation\n${fields}`, rule, others);
    expect(later.map((x) => x.data?.field)).toEqual(['Feature Name', 'Start Date']);
  });

  it("only hints when the header gives the date without the template's label (Go's `Russ Cox \\` and `December 2022`)", async () => {
    const go = { 'docs/rfcs/RFC-TEMPLATE.md': '# Proposal: [Title]\n\nAuthor(s): [Author Name]\n\nLast updated: [Date]\n\n## Abstract\n\nX.\n' };
    for (const header of ['Russ Cox \\\nDecember 2022', 'Ian Lance Taylor\\\nAugust 20, 2021', 'Author: Michael Knyszek\n\nDate: 15 September 2021', 'Author(s): Michael Knyszek Last Updated: 2019-02-20']) {
      const f = await check(`# Proposal: X\n\n${header}\n\n## Abstract\n\nY.\n`, rule, go);
      expect(f.filter((x) => x.data?.field === 'Last updated').map((x) => x.severity), header).toEqual(['info']);
      expect(f.find((x) => x.data?.field === 'Last updated')?.message).toMatch(/gives the date ".+" without the "Last updated" label/);
    }
    // No date in the header, or only one in the body: the field is missing.
    for (const text of ['# Proposal: X\n\nAuthor(s): Jay\n\n## Abstract\n\nY.\n', '# Proposal: X\n\nAuthor(s): Jay\n\n## Abstract\n\nDecember 2022\n']) {
      expect((await check(text, rule, go)).map((x) => x.severity)).toEqual(['warning']);
    }
    // Another field's date is that field's: a Created date is no Last updated.
    const ours = cleanRfc().replace(/- Last Updated: .*\n/, '');
    expect((await check(ours, rule)).map((x) => [x.data?.field, x.severity])).toEqual([['Last Updated', 'warning']]);
  });

  it("only hints when the header names the authors without the template's label (Go's byline: `Ian Lance Taylor\\`, `Marcel van Lohuizen\\`)", async () => {
    const go = { 'docs/rfcs/RFC-TEMPLATE.md': '# Proposal: [Title]\n\nAuthor(s): [Author Name, Co-Author Name]\n\nLast updated: [Date]\n\n## Abstract\n\nX.\n' };
    const authors = async (header: string) => (await check(`# Proposal: X\n\n${header}\n\n## Abstract\n\nY.\n`, rule, go)).filter((x) => x.data?.field === 'Author(s)');
    for (const header of ['Ian Lance Taylor\\\nRobert Griesemer\\\nAugust 20, 2021', 'Jonathan Amsterdam\\\nMarcel van Lohuizen\\\nLast updated: January 25, 2019', 'Russ Cox <br>\nDecember 2022']) {
      const f = await authors(header);
      expect(f.map((x) => x.severity), header).toEqual(['info']);
      expect(f[0].message).toMatch(/^The header names "[^"]+"(?:, "[^"]+")* without the "Author\(s\)" label/);
    }
    // A sentence or a link below the title names no author: the field is missing.
    for (const header of ['Discussion at https://golang.org/issue/18802', 'Authored by mknyszek@google.com with input from others.']) {
      expect((await authors(header)).map((x) => x.severity), header).toEqual(['warning']);
    }
  });

  it("finds a field written without its colon, or its name without the template's preposition (gRPC's `* Discussion at https://…`, `* Discussion : https://…`)", async () => {
    const grpc = { 'GRFC-TEMPLATE.md': 'Title\n----\n* Author(s): [Author Name]\n* Last updated: [YYYY-MM-DD]\n* Discussion at: <google group thread> (filled after thread exists)\n\n## Abstract\n\nA.\n' };
    const config = { rfcGlobs: ['[AGLP][0-9]*.md'], template: 'GRFC-TEMPLATE.md' };
    const doc = (line: string) => `Core RPCs\n----\n* Author(s): vjpai\n* Last updated: 2020-06-09\n${line}\n\n## Abstract\n\nA.\n`;
    const found = async (line: string) => (await check(doc(line), rule, grpc, 'L66-core.md', config)).map((f) => [f.severity, f.range.start.line, f.message]);
    expect(await found('* Discussion at https://groups.google.com/g/grpc-io/c/5o3')).toEqual([['info', 4, '"Discussion at" is written without its colon; write "Discussion at:" to have it read as the field.']]);
    expect(await found('* Discussion : https://groups.google.com/g/grpc-io/c/eqA')).toEqual([]);
    // Without it, the field is missing; a line that only mentions a discussion is no such label.
    for (const line of ['', '* See the discussion at the mailing list', '* Discussion at time: 2020-06-10']) expect((await found(line)).map((f) => f[0]), line).toEqual(['warning']);
  });

  it("only hints at a header's first list item that is a date, where the template asks for the date in its direction (Gatsby 0009)", async () => {
    const gatsby = { '0000-template.md': "- Start Date: (fill me in with today's date, YYYY-MM-DD)\n- RFC PR: (leave this empty)\n\n# Summary\n\nBrief.\n" };
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const f = await check('- 2019-03-05\n- RFC PR: (leave this empty)\n\n## Summary\n\nS.\n', rule, gatsby, 'text/0009-x.md', config);
    expect(f.map((x) => `${x.severity} ${x.message}`)).toEqual(['info The header gives the date "2019-03-05" without the "Start Date" label; to be read as it, add `- Start Date: (fill me in with today\'s date, YYYY-MM-DD)` before "RFC PR".']);
    // An item that is not only a date is no such date: the field is missing.
    const other = await check('- 2019-03-05 draft by Jay\n- RFC PR: (leave this empty)\n\n## Summary\n\nS.\n', rule, gatsby, 'text/0009-x.md', config);
    expect(other.map((x) => x.severity)).toEqual(['warning']);
  });

  it("reads the template's header below its title, not the collapsed instructions above it (PyTorch's `- Fork the rfcs repo: https://…`)", async () => {
    const template = '<details>\n<summary>Instructions - click to expand</summary>\n\n- Fork the rfcs repo: https://github.com/pytorch/rfcs\n- Copy `RFC-0000-template.md` to `RFC-00xx-my-feature.md`.\n\n</details>\n\n# [Title]\n\n**Authors:**\n* @nickname\n\n## **Summary**\n\nA short paragraph.\n';
    const config = { rfcGlobs: ['RFC-[0-9]*.md'], template: 'RFC-0000-template.md' };
    const files = { 'RFC-0000-template.md': template };
    expect(await check('# InferenceMode\n\n**Authors:**\n* @ezyang\n\n## **Summary**\n\nS.\n', rule, files, 'RFC-0011-InferenceMode.md', config)).toEqual([]);
    // The field below the title is still required.
    expect((await check('# InferenceMode\n\n## **Summary**\n\nS.\n', rule, files, 'RFC-0011-InferenceMode.md', config)).map((x) => x.data?.field)).toEqual(['Authors']);
  });

  it("takes a document's title heading for the template's front matter title (Jupyter's older JEPs)", async () => {
    const jep = { 'jep/JEP-TEMPLATE.md': '---\ntitle: <your-JEP-title>\nauthors: <list-of-authors>\n---\n\n# Title\n\n## Summary\n\nOne paragraph.\n' };
    const config = { rfcGlobs: ['[0-9]*-*/*.md'], template: 'jep/JEP-TEMPLATE.md' };
    const f = await check('# Notebook diff\n\n## Summary\n\nS.\n', rule, jep, '08-notebook-diff/notebook-diff.md', config);
    expect(f.map((x) => x.data?.field)).toEqual(['authors']);
    // Without a title heading the field is missing.
    const none = await check('## Summary\n\nS.\n', rule, jep, '08-notebook-diff/notebook-diff.md', config);
    expect(none.map((x) => x.data?.field)).toEqual(['title', 'authors']);
  });

  it("takes a bold label that opens a paragraph of guidance in the template for no field (Aptos's **File naming convention:**)", async () => {
    const aip = { 'TEMPLATE.md': '---\ntitle: (AIP title)\ncreated: <mm/dd/yyyy>\n---\n\n# AIP-X - (AIP title)\n\n**File naming convention:** AIP files are named `aip-<NNN>-<slug>.md`. When first drafting, use a temporary name.\n\n**Owner:** <name>\n\n## Summary\n\n> Summarize.\n' };
    const config = { rfcGlobs: ['aips/aip-*.md'], template: 'TEMPLATE.md' };
    const f = await check('---\ntitle: Keyless accounts\ncreated: 01/02/2024\n---\n\n# AIP-61 - Keyless accounts\n\n## Summary\n\nS.\n', rule, aip, 'aips/aip-061-keyless.md', config);
    // A short bold field is still one.
    expect(f.map((x) => x.data?.field)).toEqual(['Owner']);
    // So is a short value written as two sentences (found in review).
    const status = { 'TEMPLATE.md': aip['TEMPLATE.md'].replace('**Owner:** <name>', '**Status:** Draft. Accepted.') };
    const g = await check('---\ntitle: Keyless accounts\ncreated: 01/02/2024\n---\n\n# AIP-61 - Keyless accounts\n\n## Summary\n\nS.\n', rule, status, 'aips/aip-061-keyless.md', config);
    expect(g.map((x) => x.data?.field)).toEqual(['Status']);
  });

  it("reads the header below a document's own setext title (Hyperledger Fabric's `Title` / `=====`)", async () => {
    const fabric = { '0000-template.md': "- Feature Name: (fill me in with a unique ident)\n- Start Date: (fill me in with today's date, YYYY-MM-DD)\n\n# Summary\n\nS.\n\n# Motivation\n\nM.\n" };
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const doc = '\nByzantine Fault Tolerant ordering service\n==========================\n\n\n- Feature Name: (SmartBFT ordering service)\n- Start Date: 2020-04-01\n\n# Summary\n\nS.\n\n# Motivation\n\nM.\n';
    expect(await check(doc, rule, fabric, 'text/006-bft.md', config)).toEqual([]);
    // Fields far below the title are no header.
    const far = doc.replace('\n\n\n- Feature', '\n\nSome prose.\n\n- Feature');
    expect((await check(far, rule, fabric, 'text/006-bft.md', config)).map((x) => x.data?.field)).toEqual(['Feature Name', 'Start Date']);
  });

  it("takes a field its template's directions call optional for optional (NEAR's `DiscussionsTo (Optional): URL …`)", async () => {
    const near = { 'neps/nep-0000-template.md': '---\nNEP: 0\nDiscussionsTo: https://github.com/near/NEPs/pull/0000\nVersion: 1.1.0\n---\n\n<!-- NEP Header Preamble\n\nDiscussionsTo (Optional): URL of current canonical discussion thread.\n\nVersion: The version number.\n-->\n\n## Summary\n\nS.\n' };
    const config = { rfcGlobs: ['neps/nep-*.md'], template: 'neps/nep-0000-template.md' };
    expect((await check('---\nNEP: 21\n---\n\n## Summary\n\nS.\n', rule, near, 'neps/nep-0021.md', config)).map((x) => x.data?.field)).toEqual(['Version']);
  });

  it("takes a field whose placeholder says it is optional, or to remove it if not needed, for optional (Algorand's ARC template)", async () => {
    const arc = { 'templates/arc.template.md': '---\narc: <to be assigned>\nstatus: Draft\nupdated:\n  - <yyyy-mm-dd, optional, remove field if not needed>\nsuperseded-by: <optional, remove if not needed>\nsub-category: <General or ASA; remove field if category is omitted>\nimplementation-url: <https://github.com/x/arcN, remove field until Review if not yet created>\nsponsor: <Foundation or Ecosystem>\n---\n\n## Abstract\n\nA.\n' };
    const config = { rfcGlobs: ['ARCs/arc-*.md'], template: 'templates/arc.template.md' };
    expect((await check('---\narc: 21\nstatus: Final\n---\n\n## Abstract\n\nS.\n', rule, arc, 'ARCs/arc-0021.md', config)).map((x) => x.data?.field)).toEqual(['sponsor']);
  });

  it("takes a field written in camel case for the same words spaced (NEAR's LastUpdated, DiscussionsTo)", async () => {
    const near = { 'neps/nep-0000-template.md': '---\nNEP: 0\nLastUpdated: 2023-03-07\nDiscussionsTo: https://github.com/near/NEPs/pull/0000\n---\n\n## Summary\n\nS.\n' };
    const config = { rfcGlobs: ['neps/nep-*.md'], template: 'neps/nep-0000-template.md' };
    expect(await check('---\nNEP: 1\nLast Updated: 2025-08-04\nDiscussions-To: https://example.com\n---\n\n## Summary\n\nS.\n', rule, near, 'neps/nep-0001.md', config)).toEqual([]);
  });

  it("counts a field under the name the template had before it renamed it (Swift's Decision Notes for Review)", async () => {
    const swift = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n* Status: Draft\n* Review: ([pitch](https://forums.swift.org/...))\n\n## Context\n\nWhy.\n' };
    expect(await check('# RFC-0001: X\n\n* Status: Draft\n* Decision Notes: [Rationale](https://forums.swift.org/t/1)\n\n## Context\n\nY.\n', rule, swift)).toEqual([]);
    // Only where the template has the newer name: elsewhere it is a field of the author's own.
    const ours = cleanRfc().replace('- Status:', '- Decision Notes: [Rationale](https://example.com)\n- Status:');
    expect(await check(ours, rule)).toEqual([]);
    expect((await check('# RFC-0001: X\n\n* Status: Draft\n\n## Context\n\nY.\n', rule, swift)).map((x) => x.data?.field)).toEqual(['Review']);
  });

  it("follows the template's words: a field it calls optional may be missing, one it says to leave empty may be empty", async () => {
    const template = "- Start Date: (fill me in with today's date, YYYY-MM-DD)\n- RFC PR: (leave this empty)\n- Tracking Issue: *if applicable* [#NNN](https://example.com)\n\n# Summary\n\nBrief.\n";
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const doc = '- Start Date: 2024-01-01\n- RFC PR:\n\n# Summary\n\nS.\n';
    expect(await check(doc, rule, { '0000-template.md': template }, 'text/0001-x.md', config)).toEqual([]);
    // The optional one present and empty is fine; the one to leave empty, left out, is a hint.
    const left = await check('- Start Date: 2024-01-01\n- Tracking Issue:\n\n# Summary\n\nS.\n', rule, { '0000-template.md': template }, 'text/0001-x.md', config);
    expect(left.map((x) => `${x.severity} ${x.message}`)).toEqual(['info The header has no "RFC PR" field, which the template lets the author leave empty; add `- RFC PR: (leave this empty)` after "Start Date".']);
    // The field the template asks to fill in is still required, present or not.
    const f = await check('- RFC PR:\n\n# Summary\n\nS.\n', rule, { '0000-template.md': template }, 'text/0001-x.md', config);
    expect(f.map((x) => x.message)).toEqual(['The header has no "Start Date" field; add `- Start Date: (fill me in with today\'s date, YYYY-MM-DD)` before "RFC PR".']);
  });

  it("accepts front matter fields the template's directions say to leave as they are empty, and only hints when they are absent (Ember's)", async () => {
    const template = '---\nstage: accepted\nstart-date: # In format YYYY-MM-DDT00:00:00.000Z\nsuite:\n---\n\n<!--\nstage: Leave as is\nstart-date: Fill in with today\'s date\nsuite: Leave as is\n-->\n\n# RFC title\n\n## Summary\n\nS.\n';
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const doc = '---\nstart-date: 2020-01-01T00:00:00.000Z\n---\n\n# Title\n\n## Summary\n\nS.\n';
    expect((await check(doc, rule, { '0000-template.md': template }, 'text/0001-x.md', config)).map((x) => `${x.severity} ${(x.data as { field: string }).field}`)).toEqual(['info stage', 'info suite']);
    expect(await check('---\nstage:\nstart-date: 2020-01-01T00:00:00.000Z\nsuite:\n---\n\n# Title\n\n## Summary\n\nS.\n', rule, { '0000-template.md': template }, 'text/0001-x.md', config)).toEqual([]);
    const f = await check('---\nstage: accepted\n---\n\n# Title\n\n## Summary\n\nS.\n', rule, { '0000-template.md': template }, 'text/0001-x.md', config);
    expect(f.filter((x) => x.severity !== 'info').map((x) => x.data)).toEqual([expect.objectContaining({ field: 'start-date', missing: true })]);
  });
});

describe('header-field obeys the template’s own words (issue 14)', () => {
  const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };

  it('lets a field the template says to leave empty stay empty, and one it calls optional be left out', async () => {
    const template = { '0000-template.md': '- Start Date: (fill me in with today\'s date, YYYY-MM-DD)\n- RFC PR: (leave this empty)\n- Upcoming Feature Flag: *if applicable* `MyFeature`\n\n# Summary\n\nBrief.\n' };
    expect(await check('- Start Date: 2026-01-10\n- RFC PR:\n\n# Summary\n\nA.\n', 'header-field', template, 'text/0042-x.md', config)).toEqual([]);
    const f = await check('- RFC PR:\n\n# Summary\n\nA.\n', 'header-field', template, 'text/0042-x.md', config);
    expect(f.map((x) => x.data?.field)).toEqual(['Start Date']);
  });

  it('reads Ember-style directions ("stage: Leave as is") and MADR-style optional front matter', async () => {
    const ember = '---\nstage: accepted\nstart-date: # In format YYYY-MM-DDT00:00:00.000Z\nrelease-date: # In format YYYY-MM-DDT00:00:00.000Z\n---\n\n<!--- \nDirections for above:\n\nstage: Leave as is\nrelease-date: Leave as is\n-->\n\n# RFC title\n\n## Summary\n\nOne paragraph.\n';
    const rfc = '---\nstage: accepted\nstart-date: 2026-01-10T00:00:00.000Z\nrelease-date:\n---\n\n# Block params\n\n## Summary\n\nText.\n';
    expect(await check(rfc, 'header-field', { '0000-template.md': ember }, 'text/0003-block-params.md', config)).toEqual([]);
    const madr = '---\n# These are optional metadata elements. Feel free to remove any of them.\nstatus: "{proposed | accepted}"\ndate: {YYYY-MM-DD when the decision was last updated}\n---\n\n# {short title}\n\n## Context and Problem Statement\n\n{Describe the context.}\n';
    expect(await check('# Use Markdown\n\n## Context and Problem Statement\n\nWe need records.\n', 'header-field', { 'docs/decisions/adr-template.md': madr }, 'docs/decisions/0001-use-markdown.md', { rfcGlobs: ['docs/decisions/[0-9]*.md'], template: 'docs/decisions/adr-template.md' })).toEqual([]);
  });

  it("lets a field that names a relation to other documents be left out or empty (operator-framework's see-also, replaces, superseded-by), and still reports the template's example value left in it", async () => {
    const template = '---\ntitle: neat-enhancement-idea\nstatus: provisional|implementable|implemented\nsee-also:\n  - "/enhancements/this-other-neat-thing.md"\nreplaces:\n  - "/enhancements/that-less-than-great-idea.md"\nsuperseded-by:\n  - "/enhancements/our-past-effort.md"\n---\n\n## Summary\n\nS.\n';
    const config = { rfcGlobs: ['enhancements/*.md'], template: 'enhancements/template.md' };
    const files = { 'enhancements/template.md': template };
    const doc = '---\ntitle: compound-bundle-constraints\nstatus: implementable\nreplaces:\n---\n\n## Summary\n\nS.\n';
    expect(await check(doc, rule, files, 'enhancements/compound-bundle-constraints.md', config)).toEqual([]);
    const leftover = doc.replace('replaces:\n', 'see-also:\n  - "/enhancements/this-other-neat-thing.md"\n');
    expect((await check(leftover, 'placeholder', files, 'enhancements/compound-bundle-constraints.md', config)).map((x) => x.severity)).toEqual(['warning']);
    // Another field is still required.
    expect((await check(doc.replace('status: implementable\n', ''), rule, files, 'enhancements/compound-bundle-constraints.md', config)).map((x) => x.data?.field)).toEqual(['status']);
  });

  it("takes a front matter key its own comment makes optional for optional, and offers the template's own key (Ethereum's EIPs)", async () => {
    const eip = '---\ntitle: <The EIP title>\ndiscussions-to: <URL>\nstatus: Draft\ncategory: <Core or ERC> # Only required for Standards Track. Otherwise, remove this field.\nrequires: <EIP number(s)> # Only required when you reference an EIP. Otherwise, remove this field.\ncreated: <date>\n---\n\n## Abstract\n\nA.\n';
    const config = { rfcGlobs: ['EIPS/eip-*.md'], template: 'eip-template.md' };
    const doc = '---\neip: 1559\ntitle: Fee market\nstatus: Final\ncreated: 2019-04-13\n---\n\n## Abstract\n\nA.\n';
    const f = await check(doc, rule, { 'eip-template.md': eip }, 'EIPS/eip-1559.md', config);
    // "category" and "requires" may be left out; "discussions-to" may not, and is offered as the template writes it.
    expect(f.map((x) => [x.data?.field, x.data?.text])).toEqual([['discussions-to', 'discussions-to: <URL>']]);
  });

  it("lets a field whose template value opens with \"(optional\" be left out or empty, and one to fill in once accepted stay as it is (Solana's SIMDs)", async () => {
    const simd = "---\nsimd: 'XXXX'\ntitle: Title of SIMD.\ncreated: (fill me in with today's date, YYYY-MM-DD)\nfeature: (fill in with feature key and github tracking issues once accepted)\nsupersedes: (optional - fill this in if the SIMD supersedes a previous SIMD)\nextends: (optional - fill this in if the SIMD extends the design of a previous\n SIMD)\n---\n\n## Summary\n\nS.\n";
    const config = { rfcGlobs: ['proposals/[0-9]*.md'], template: 'XXXX-template.md' };
    const files = { 'XXXX-template.md': simd };
    const doc = "---\nsimd: '0033'\ntitle: Timely Vote Credits\ncreated: 2023-03-01\nfeature: (fill in with feature key and github tracking issues once accepted)\nsupersedes:\n---\n\n## Summary\n\nS.\n";
    expect(await check(doc, rule, files, 'proposals/0033-timely-vote-credits.md', config)).toEqual([]);
    expect(await check(doc, 'placeholder', files, 'proposals/0033-timely-vote-credits.md', config)).toEqual([]);
    // A field without such words is still required.
    const f = await check(doc.replace('created: 2023-03-01\n', ''), rule, files, 'proposals/0033-timely-vote-credits.md', config);
    expect(f.map((x) => [x.data?.field, x.severity])).toEqual([['created', 'warning']]);
  });

  it("reads a template's header table (Chia's CHIPs, Celestia's CIPs): a field the creator must leave blank may be absent, one only required for a category may be left out", async () => {
    const template = 'CHIP Number   | < Creator must leave this blank. Editor will assign a number.>\n:-------------|:----\nTitle         | <Keep succinct.>\nEditor        | < Creator must leave this blank. Editor will be assigned.>\nCategory      | Core, Networking. Only required for Standards Track. Otherwise, remove this field.\nSuperseded-By | <CHIP number (only allowed for Obsolete CHIPs)>\n\n## Abstract\n\nA.\n';
    const config = { rfcGlobs: ['CHIPs/chip-*.md'], template: 'chip-template.md' };
    const doc = (rows: string) => `CHIP Number   | 0002\n:-------------|:----\nTitle         | Sign messages\n${rows}\n## Abstract\n\nA.\n`;
    const found = await check(doc(''), rule, { 'chip-template.md': template }, 'CHIPs/chip-0002.md', config);
    expect(found.map((f) => [f.severity, f.data?.field])).toEqual([['info', 'Editor']]);
    // Without its Title row, the document is held to it.
    const untitled = await check(doc('').replace('Title         | Sign messages\n', ''), rule, { 'chip-template.md': template }, 'CHIPs/chip-0002.md', config);
    expect(untitled.filter((f) => f.severity === 'warning').map((f) => f.data?.field)).toEqual(['Title']);
    // A name that carries "(optional)" is optional, in a table or a list (Avalanche's `| **Replaces (\*optional)** |`).
    const noted = template.replace('Title         | <Keep succinct.>\n', 'Title         | <Keep succinct.>\nReplaces (\\*optional) | <CHIP number>\n');
    expect((await check(doc(''), rule, { 'chip-template.md': noted }, 'CHIPs/chip-0002.md', config)).map((f) => f.data?.field)).toEqual(['Editor']);
    const list = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n- Reviewers (optional): @x\n\n## Summary\n\nS.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n', rule, list)).toEqual([]);
    // "Do not leave this blank" asks for a value.
    const required = template.replace('< Creator must leave this blank. Editor will be assigned.>', '< Do not leave this blank. >');
    expect((await check(doc(''), rule, { 'chip-template.md': required }, 'CHIPs/chip-0002.md', config)).map((f) => [f.severity, f.data?.field])).toEqual([['warning', 'Editor']]);
  });

  it("reads a value that is a comment as the template's direction (Astro's `- Implementation PR: <!-- leave empty -->`): a field to leave empty may stay empty or keep the comment", async () => {
    const template = "- Start Date: <!-- today's date, YYYY-MM-DD -->\n- Reference Issues: <!-- related issues, otherwise leave empty -->\n- Implementation PR: <!-- leave empty -->\n\n# Summary\n\nS.\n";
    const files = { 'stage-3--rfc-template.md': template };
    const config = { rfcGlobs: ['proposals/[0-9]*.md'], template: 'stage-3--rfc-template.md' };
    const doc = (fields: string) => `${fields}\n\n# Summary\n\nS.\n`;
    const kept = doc('- Start Date: 2022-03-15\n- Reference Issues: <!-- related issues, otherwise leave empty -->\n- Implementation PR: <!-- leave empty -->');
    const emptied = doc('- Start Date: 2022-03-15\n- Reference Issues:\n- Implementation PR:');
    for (const d of [kept, emptied]) {
      expect(await check(d, rule, files, 'proposals/0016-style.md', config), d).toEqual([]);
      expect(await check(d, 'placeholder', files, 'proposals/0016-style.md', config), d).toEqual([]);
    }
    // A direction to write something still asks for it.
    const undated = await check(emptied.replace('2022-03-15', ''), rule, files, 'proposals/0016-style.md', config);
    expect(undated.map((f) => [f.severity, f.data?.field])).toEqual([['warning', 'Start Date']]);
  });

  it("takes a 'Created' field for the template's 'date-started' (Jupyter's JEP 47 header table)", async () => {
    const template = '---\ntitle: <title>\nauthors: <names>\ndate-started: <date>\n---\n\n# Title\n\n## Summary\n\nS.\n';
    const config = { rfcGlobs: ['[0-9]*/*.md'], template: 'JEP-TEMPLATE.md', idPattern: { rfc: '^(\\d+)-[^/]+/[^/]+\\.md$' } };
    const doc = (row: string) => `# Debugger protocol\n\n| Item | Value |\n|---|---|\n| Title | Debugger protocol |\n| Authors | Sylvain |\n${row}\n\n## Summary\n\nS.\n`;
    expect(await check(doc('| Created | January 1st, 2020 |'), rule, { 'JEP-TEMPLATE.md': template }, '47-debugger/debugger.md', config)).toEqual([]);
    expect((await check(doc('| Updated | January 1st, 2020 |'), rule, { 'JEP-TEMPLATE.md': template }, '47-debugger/debugger.md', config)).map((f) => f.data?.field)).toEqual(['date-started']);
  });

  it("takes the authors' field for the template's byline (Scala's `**By: Author A and Author B**`, written `**Author(s): …**` by some SIPs)", async () => {
    const template = '---\nlayout: sip\n---\n\n# SIP: Title\n\n**By: Author A and Author B and Author C**\n\n## Summary\n\nS.\n';
    const config = { rfcGlobs: ['content/*.md'], template: 'sip-template.md' };
    const doc = (byline: string) => `---\nlayout: sip\n---\n\n# SIP-49: Eta expansion\n\n${byline}\n\n## Summary\n\nS.\n`;
    for (const byline of ['**By: Quentin Bernet and Guillaume Martres** <!-- see below -->', '**Author(s): Martin Odersky**']) expect(await check(doc(byline), rule, { 'sip-template.md': template }, 'content/049-eta.md', config), byline).toEqual([]);
    expect((await check(doc('Written in 2023.'), rule, { 'sip-template.md': template }, 'content/049-eta.md', config)).map((f) => f.data?.field)).toEqual(['By']);
  });

  it("reads a header table right below a title the template does not have (Avalanche's ACP-204), and lets a field to update later be absent (TensorFlow's `RFC #`, Spinnaker's)", async () => {
    const template = '| ACP | PR Number |\n| :--- | :--- |\n| **Title** | ACP title |\n| **RFC #** | [NNN](https://github.com/org/community/pull/NNN) (update when you have community PR #)|\n| **PR** | _Update after PR has been made_ |\n\n## Abstract\n\nA.\n';
    const config = { rfcGlobs: ['ACPs/*/README.md'], template: 'ACPs/TEMPLATE.md' };
    const doc = '# ACP-204: Precompile for secp256r1\n\n| ACP | 204 |\n| :--- | :--- |\n| **Title** | Precompile for secp256r1 |\n\n## Abstract\n\nA.\n';
    const found = await check(doc, rule, { 'ACPs/TEMPLATE.md': template }, 'ACPs/204-precompile/README.md', config);
    expect(found.map((f) => [f.severity, f.data?.field])).toEqual([
      ['info', 'RFC #'],
      ['info', 'PR'],
    ]);
  });

  it("lets a field whose template value is a direction for later stay empty, or as it is (NixOS's co-authors, shepherds, related-issues)", async () => {
    const nix = '---\nfeature: (fill me in with a unique ident, my_awesome_feature)\nco-authors: (find a buddy later to help out with the RFC)\nshepherd-leader: (name to be appointed by RFC steering committee)\nrelated-issues: (will contain links to implementation PRs)\n---\n\n# Summary\n\nS.\n';
    const config = { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' };
    const doc = '---\nfeature: flakes\nco-authors:\nshepherd-leader: (name to be appointed by RFC steering committee)\nrelated-issues:\n---\n\n# Summary\n\nS.\n';
    expect(await check(doc, rule, { '0000-template.md': nix }, 'rfcs/0049-flakes.md', config)).toEqual([]);
    expect(await check(doc, 'placeholder', { '0000-template.md': nix }, 'rfcs/0049-flakes.md', config)).toEqual([]);
    // A direction to fill it in is still to be followed.
    const f = await check(doc.replace('feature: flakes', 'feature:'), rule, { '0000-template.md': nix }, 'rfcs/0049-flakes.md', config);
    expect(f.map((x) => [x.data?.field, x.severity])).toEqual([['feature', 'warning']]);
  });
});
