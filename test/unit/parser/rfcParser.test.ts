import { describe, expect, it } from 'vitest';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';
import { fieldKey, parseFieldLine } from '../../../server/src/core/parser/header';
import { BUILTIN_TEMPLATES, cleanRfc } from '../helpers';

const parse = (text: string) => parseRfc('docs/rfcs/RFC-0001-x.md', 1, text);

describe('parseRfc', () => {
  it('reads the title id, separator and title text with exact ranges', () => {
    const d = parse('# RFC-0004: Storage engine\n');
    expect(d.title?.canonicalId).toBe('RFC-0004');
    expect(d.title?.separator).toBe(':');
    expect(d.title?.title?.text).toBe('Storage engine');
    expect(d.title?.id?.range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 10 } });
  });

  it('reads the header list with Links sub-items and their value ranges', () => {
    const d = parse(cleanRfc());
    expect(d.header.map((f) => f.name)).toEqual(['Status', 'Owners', 'Created', 'Last Updated', 'Links']);
    const status = d.header[0];
    expect(status.value).toBe('In Progress');
    expect(status.valueRange).toEqual({ start: { line: 2, character: 10 }, end: { line: 2, character: 21 } });
    expect(d.header[4].children.map((c) => c.name)).toEqual(['Tasks']);
  });

  it('reads bold and plain header forms', () => {
    const d = parse('# RFC-0001: X\n\n**Status:** Done\n**Owners**: @a\nCreated: 2026-01-01\n\n## Context\n');
    expect(d.header.map((f) => [f.name, f.value, f.style])).toEqual([
      ['Status', 'Done', 'bold'],
      ['Owners', '@a', 'bold'],
      ['Created', '2026-01-01', 'plain'],
    ]);
  });

  it("reads the header below a subtitle right under the title (aws-cdk's RFC 728), not below a section after a paragraph", () => {
    const d = parse('# RFC 728 - MediaPackage V2 L2 Construct\n\n## L2 Constructs for ChannelGroup and Channel\n\n* **Original Author(s):** @jamie\n* **Tracking Issue:** #728\n\nThis design outlines…\n\n## Working Backwards\n\n- Speed: fast\n');
    expect(d.header.map((f) => [f.name, f.value])).toEqual([
      ['Original Author(s)', '@jamie'],
      ['Tracking Issue', '#728'],
    ]);
    // A paragraph between the title and the heading: that heading opens a section, and its list is no header.
    expect(parse('# RFC-0001: X\n\nWhat this is.\n\n## Goals\n\n- Speed: fast\n').header).toEqual([]);
  });

  it("reads a table of two cells per row below the title as header fields (Flow's and Chia's preambles), not a table further down or of more columns", () => {
    const d = parse('# Interaction Templates\n\n| Status          | Deprecated |\n| :-------------- | :--------- |\n| **Author(s)**   | Jeffrey Doyle (jd@example.org) |\n| **Updated**     | 2023-03-31 |\n| Replaces (\\*optional) | |\n\n## Abstract\n\n| Key | Value |\n| --- | --- |\n| **Owner** | x |\n');
    expect(d.header.map((f) => [f.name, f.value, f.style])).toEqual([
      ['Status', 'Deprecated', 'table'],
      ['Author(s)', 'Jeffrey Doyle (jd@example.org)', 'table'],
      ['Updated', '2023-03-31', 'table'],
      ['Replaces (\\*optional)', '', 'table'],
    ]);
    expect(d.header[1].valueRange).toEqual({ start: { line: 4, character: 20 }, end: { line: 4, character: 50 } });
    // Chia's, without the outer pipes; a table of column labels or of three columns gives none.
    expect(parse('CHIP Number   | <blank>\n:-------------|:----\nStatus        | Draft\n\n## Abstract\n').header.map((f) => [f.name, f.value])).toEqual([['CHIP Number', '<blank>'], ['Status', 'Draft']]);
    expect(parse('# X\n\n| Field | Value |\n| --- | --- |\n| a | b | c |\n\n## Abstract\n').header).toEqual([]);
    // A first row that labels the columns (NATS's `| Metadata | Value |`) is no field; the rows below are.
    expect(parse('# Pull Subscribe internals\n\n| Metadata | Value |\n|----------|-------|\n| Date     | 2021-07-20 |\n\n## Motivation\n').header.map((f) => f.name)).toEqual(['Date']);
    // A legend of statuses under the title is no Status field: its first row labels the columns.
    expect(parse('# X\n\n| Status | Meaning |\n|---|---|\n| Draft | being written |\n| Done | shipped |\n\n## Summary\n').header.map((f) => f.name)).toEqual(['Draft', 'Done']);
  });

  it('reads a field whose link or URL follows the colon without a space (Rust\'s `- Rust Issue:https://…`), and no URL for a field', () => {
    const d = parse('- Start Date: 2016-09-26\n- Rust Issue:https://github.com/rust-lang/rust/issues/43036\n- Tracking:[#1](https://x.org/1)\n\n## Summary\n');
    expect(d.header.map((f) => [f.name, f.value])).toEqual([
      ['Start Date', '2016-09-26'],
      ['Rust Issue', 'https://github.com/rust-lang/rust/issues/43036'],
      ['Tracking', '[#1](https://x.org/1)'],
    ]);
    const noField = parse('- Start Date: 2016-09-26\n- https://example.org/x\n- Note:see below\n\n## Summary\n');
    expect(noField.header.map((f) => f.name)).toEqual(['Start Date']);
  });

  it('joins a status that wraps onto an indented second line', () => {
    const d = parse('# RFC-0001: X\n\n- Status: In Progress\n  (phase 2 pending review)\n- Owners: @a\n');
    expect(d.header[0].value).toBe('In Progress (phase 2 pending review)');
    expect(d.header[0].valueRange.end).toEqual({ line: 3, character: 26 });
  });

  it('reads YAML front matter fields of an RFC as header fields', () => {
    const d = parse('---\nstatus: Draft\nowners: [ "@a" ]\n---\n# RFC-0001: X\n');
    expect(d.header.filter((f) => f.style === 'frontMatter').map((f) => [f.name, f.value])).toEqual([['status', 'Draft'], ['owners', '@a']]);
    expect(d.title?.canonicalId).toBe('RFC-0001');
  });

  it('finds H2 sections with H3 children and body ranges', () => {
    const d = parse(cleanRfc());
    const names = d.sections.map((s) => s.heading.text);
    expect(names[0]).toBe('Status at a Glance');
    const design = d.sections.find((s) => s.heading.text === 'Proposed design');
    expect(design?.children.map((c) => c.heading.text)).toEqual(['Contract / interface (normative)', 'Phases / milestones (contract-level)']);
    expect(d.sections.every((s) => s.hasContent)).toBe(true);
  });

  it('does not take headings inside code blocks or HTML comments for sections', () => {
    const d = parse('# RFC-0001: X\n\n## Real\n\n```md\n## Not a section\n```\n\n<!--\n## Also not\n-->\n');
    expect(d.sections.map((s) => s.heading.text)).toEqual(['Real']);
  });

  it('marks a section with only a comment as empty', () => {
    const d = parse('# RFC-0001: X\n\n## Goals\n\n<!-- later -->\n\n## Non-Goals\n\n- none\n');
    expect(d.sections.map((s) => s.hasContent)).toEqual([false, true]);
  });

  it('reads phase lines with markers, sub-phases and malformed bullets', () => {
    const d = parse('# RFC-0001: X\n\n## Status at a Glance\n\n- **Phase 0 (contract)**: ✅ (TASK-0001)\n- **Phase 1a (harden):** 🟨\n-- **Phase 2 (scale)**: ⬜\n- **Phase 3 (x)**: ⬜ / 🟨 / ✅\n');
    expect(d.phases.map((p) => [p.label, p.name, p.markers.map((m) => m.text), p.malformed, p.templateTriple])).toEqual([
      ['0', 'contract', ['✅'], false, false],
      ['1a', 'harden', ['🟨'], false, false],
      ['2', 'scale', ['⬜'], true, false],
      ['3', 'x', ['⬜', '🟨', '✅'], false, true],
    ]);
    expect(d.phases[0].markers[0].range).toEqual({ start: { line: 4, character: 26 }, end: { line: 4, character: 27 } });
  });

  it('reads checklist items', () => {
    const d = parse('# RFC-0001: X\n\n## Checklist\n\n- [x] done\n- [ ] open\n');
    expect(d.checklist.map((c) => [c.checked, c.text, c.line])).toEqual([[true, 'done', 4], [false, 'open', 5]]);
  });

  it('reads proof code blocks and their content lines', () => {
    const d = parse('# RFC-0001: X\n\n## Proof\n\n```bash\ncargo test\n```\n');
    expect(d.codeBlocks).toHaveLength(1);
    expect(d.codeBlocks[0]).toMatchObject({ info: 'bash', content: 'cargo test\n', contentStart: 5, contentEnd: 6, section: 0 });
  });

  it('keeps CRLF and lone CR line ends in step with markdown-it', () => {
    const d = parse('# RFC-0001: X\r\n\r\n## Goals\r- TASK-0003\r\n');
    expect(d.sections[0].heading.line).toBe(2);
    expect(d.references[0]).toMatchObject({ ids: ['TASK-0003'], line: 3 });
  });

  it('parses the built-in template with every role it needs', () => {
    const d = parse(BUILTIN_TEMPLATES.rfc);
    expect(d.sections).toHaveLength(13);
    expect(d.phases.filter((p) => p.templateTriple)).toHaveLength(3);
    expect(d.checklist).toHaveLength(7);
    expect(d.codeBlocks).toHaveLength(2);
  });
});

describe('headings in a quote or a list item', () => {
  it('are part of that block, not sections of the document (an RFC that quotes a template section)', () => {
    const doc = parseRfc('docs/rfcs/RFC-0001-x.md', 1, '# RFC-0001: X\n\n## Motivation\n\nWe add:\n\n> ## Prior art\n>\n> Discuss prior art.\n\n- ## Not a section\n\n## Prior art\n\nOurs.\n');
    expect(doc.sections.map((s) => [s.heading.text, s.heading.line])).toEqual([['Motivation', 2], ['Prior art', 12]]);
    expect(doc.headings.map((h) => h.text)).toEqual(['RFC-0001: X', 'Motivation', 'Prior art']);
  });
});

describe('fieldKey', () => {
  it('reads a one-word camel case name as its words, and a capital inside a name of several words as spelling', () => {
    expect(['LastUpdated', 'Last Updated', 'last_updated', '**Last updated**'].map(fieldKey)).toEqual(['last updated', 'last updated', 'last updated', 'last updated']);
    expect(['GitHub Issue', 'Github Issue'].map(fieldKey)).toEqual(['github issue', 'github issue']);
  });

  it("reads `Author(s)` as `Authors` and leaves a note in parentheses out of the name (C#'s `Champion issue (anonymous using declarations)`)", () => {
    expect(['Author(s)', 'Authors', 'Original Author(s)'].map(fieldKey)).toEqual(['authors', 'authors', 'original authors']);
    expect(fieldKey('Champion issue (anonymous using declarations)')).toBe('champion issue');
    // Such names are field lines, the doubled colon of aws-cdk's template too.
    expect(['**Original Author(s):**: @{AUTHOR}', 'Champion issue (anonymous using declarations): <#1>', 'Author(s): [Name]'].map((l) => parseFieldLine(l)?.name)).toEqual([
      'Original Author(s)',
      'Champion issue (anonymous using declarations)',
      'Author(s)',
    ]);
    expect(parseFieldLine('**Original Author(s):**: @{AUTHOR}')?.value).toBe('@{AUTHOR}');
    // Bold around the whole field, its value too (Cilium's); bold that opens and closes elsewhere is no field.
    expect(['**Begin Design Discussion: 2024-08-28**', '**SIG: SIG-DATAPATH**'].map((l) => [parseFieldLine(l)?.name, parseFieldLine(l)?.value])).toEqual([
      ['Begin Design Discussion', '2024-08-28'],
      ['SIG', 'SIG-DATAPATH'],
    ]);
    expect(parseFieldLine('**Note: this is **important** here')).toBeUndefined();
    expect(parseFieldLine('**By: Quentin Bernet and Guillaume Martres** <!-- the authors -->')?.value).toBe('Quentin Bernet and Guillaume Martres');
  });
});
