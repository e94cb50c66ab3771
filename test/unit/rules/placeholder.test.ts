import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../server/src/core/types';
import { BUILTIN_TEMPLATES, check, cleanRfc } from '../helpers';

const rule = 'placeholder';
const texts = (f: Finding[]) => f.map((x) => x.data?.placeholder);
/** Appends a paragraph to the Context section of a clean RFC. */
const withContext = (paragraph: string) => cleanRfc().replace('Samples need a design.', `Samples need a design.\n\n${paragraph}`);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('placeholder', () => {
  it('reports nothing for a clean RFC', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports every placeholder of the untouched template, once per occurrence', async () => {
    const f = await check(BUILTIN_TEMPLATES.rfc, rule);
    expect(texts(f)).toEqual([
      'RFC-XXXX', '<Title>', 'Draft / In Progress / Complete', '@kernel-team / @runtime / @tools-team', 'YYYY-MM-DD', 'YYYY-MM-DD',
      'TASK-XXXX', 'XXXX', 'RFC-000Y', '<short name>', '<short name>', '<short name>',
      '<architecture decisions / stable contracts / invariants>', '<explicitly out-of-scope topics that belong to other RFCs/tasks>',
      '<goal 1>', '<goal 2>', '<non-goal 1>', '<non-goal 2>', '<minimal contract + proof gate>', '<hardening>', '<scalability/perf/feature>',
      '<spoofing, confused deputy, memory corruption, etc.>', '<capability gating, identity binding, bounds checks, provenance>', '<explicit and tracked>',
      '<crate>', '<filter>', '<alt 1>', '<alt 2>', '<question 1>',
    ]);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
  });

  it("reports RFC-XXXX in the title as an id to replace with the file's id", async () => {
    const f = await check(cleanRfc('RFC-XXXX'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 10 } });
    expect(f[0].data).toEqual({ placeholder: 'RFC-XXXX', kind: 'id', replacement: 'RFC-0001' });
    expect(f[0].message).toBe('"RFC-XXXX" is a template placeholder; use this file\'s id RFC-0001.');
  });

  it('reports the date placeholder as a date, and not again as the template value of its field', async () => {
    const f = await check(cleanRfc().replace('- Created: 2026-01-10', '- Created: YYYY-MM-DD'), rule);
    expect(f.map((x) => [x.data, x.range])).toEqual([
      [{ placeholder: 'YYYY-MM-DD', kind: 'date' }, { start: { line: 4, character: 11 }, end: { line: 4, character: 21 } }],
    ]);
  });

  it('reports a header value left exactly as the template has it as a value placeholder', async () => {
    const f = await check(cleanRfc('RFC-0001', 'Sample design', { status: 'Draft / In Progress / Complete' }), rule);
    expect(f.map((x) => [x.data, x.range])).toEqual([
      [{ placeholder: 'Draft / In Progress / Complete', kind: 'value' }, { start: { line: 2, character: 10 }, end: { line: 2, character: 40 } }],
    ]);
  });

  it("leaves a status equal to the template's when the template gives one status, not a choice (Ethereum's `status: Draft`)", async () => {
    const eip = { 'eip-template.md': '---\ntitle: <The EIP title>\nstatus: Draft\ntype: <Standards Track, Meta, or Informational>\n---\n\n## Abstract\n\nA.\n' };
    const config = { rfcGlobs: ['EIPS/eip-*.md'], template: 'eip-template.md' };
    const doc = (status: string, type: string) => `---\neip: 1\ntitle: Purpose\nstatus: ${status}\ntype: ${type}\n---\n\n## Abstract\n\nA.\n`;
    expect(await check(doc('Draft', 'Meta'), rule, eip, 'EIPS/eip-1.md', config)).toEqual([]);
    // Any other field left as the template has it is still reported.
    expect(texts(await check(doc('Draft', '<Standards Track, Meta, or Informational>'), rule, eip, 'EIPS/eip-1.md', config))).toEqual(['<Standards Track, Meta, or Informational>']);
  });

  it('reports a numbered placeholder the template only implies, such as <goal 3>', async () => {
    const text = cleanRfc().replace('- Make the sample work.', '- Make the sample work.\n- <goal 3>');
    const f = await check(text, rule);
    expect(f.map((x) => [x.data, x.range.start])).toEqual([[{ placeholder: '<goal 3>', kind: 'text' }, { line: lineOf(text, '<goal 3>'), character: 2 }]]);
  });

  it('reports id and date shapes inside code spans', async () => {
    const text = cleanRfc('RFC-0001', 'Sample design', { links: '  - Tasks: `tasks/TASK-XXXX-...md` (due `YYYY-MM-DD`)' });
    const f = await check(text, rule);
    expect(f.map((x) => [x.data, x.range.start.character])).toEqual([
      [{ placeholder: 'TASK-XXXX', kind: 'id' }, 18],
      [{ placeholder: 'YYYY-MM-DD', kind: 'date' }, 41],
    ]);
  });

  it('reports a bare run of X\'s from the template in prose and where it starts a file name, but not where code names something of its own with it (Swift SE-0480)', async () => {
    const template = '# Feature\n\n* Previous Proposal: [SE-XXXX](XXXX-filename.md)\n\n## Motivation\n\nM.\n';
    const files = { 'docs/rfcs/RFC-TEMPLATE.md': template };
    const text = '# Feature\n\n* Previous Proposal: none\n\n## Motivation\n\nSee XXXX. Use `treatWarning("XXXX", as: .error)` or `-Werror=XXXX`, not `proposals/XXXX-name.md`.\n';
    expect(texts(await check(text, rule, files))).toEqual(['XXXX', 'XXXX']);
    expect((await check(text, rule, files)).map((x) => x.range.start.character)).toEqual([4, 83]);
  });

  it('does not take an HTML element name in backticks for a placeholder, even when the template uses it', async () => {
    expect(await check(withContext('The `<crate>` and `<Title>` elements, and `<goal 1>` in a code span.'), rule)).toEqual([]);
  });

  it('does not flag HTML used on purpose or prose that mentions placeholders', async () => {
    const text = withContext('Line one<br>line two.\n\n<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>\n\nEvery placeholder was replaced; see 0xXXXX and XXXXL.');
    expect(await check(text, rule)).toEqual([]);
  });

  it('does not look inside HTML comments', async () => {
    expect(await check(withContext('<!-- TODO: replace <goal 1> and YYYY-MM-DD -->'), rule)).toEqual([]);
  });

  it('reports a code placeholder left in a proof block, but not real markup that closes the element', async () => {
    const text = cleanRfc().replace('cargo test -p sample', 'cargo test -p <crate>');
    const f = await check(text, rule);
    expect(f.map((x) => [x.data, x.range])).toEqual([
      [{ placeholder: '<crate>', kind: 'text' }, { start: { line: lineOf(text, '-p <crate>'), character: 14 }, end: { line: lineOf(text, '-p <crate>'), character: 21 } }],
    ]);
    const xml = cleanRfc().replace('cargo test -p sample', 'cargo test -p sample\n```\n\n```xml\n<filter>\n  <name>x</name>\n</filter>');
    expect(await check(xml, rule)).toEqual([]);
  });

  it('does not report date placeholders in code blocks, where they describe a format', async () => {
    expect(await check(cleanRfc().replace('cargo test -p sample', 'git log --since YYYY-MM-DD'), rule)).toEqual([]);
  });

  it('reports placeholders in YAML front matter values', async () => {
    const f = await check('---\ncreated: YYYY-MM-DD\ntitle: <Title>\n---\n# RFC-0001: X\n', rule);
    expect(f.map((x) => [x.data?.placeholder, x.range.start])).toEqual([
      ['YYYY-MM-DD', { line: 1, character: 9 }],
      ['<Title>', { line: 2, character: 7 }],
    ]);
  });

  it("leaves the template's phase-marker triple to phase-marker", async () => {
    const text = cleanRfc('RFC-0001', 'Sample design', { phases: '- **Phase 0 (contract)**: ⬜ / 🟨 / ✅' });
    expect(await check(text, rule)).toEqual([]);
  });

  it("follows the repository's own template placeholders", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / Complete\n\n## Motivation\n\n- <reason 1>\n- [[fill me]]\n';
    const text = '# RFC-0001: X\n\n- Status: Draft\n\n## Motivation\n\n- <reason 4>\n- <goal 1>\n';
    const f = await check(text, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(texts(f)).toEqual(['<reason 4>']);
  });

  it("takes no HTML tag or real address in the template for a placeholder (Algorand's RFC-2119 line, Erlang's editors), but an example address is one", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / Complete\n\n## Motivation\n\nThe key words are to be read as in <a href="https://www.ietf.org/rfc/rfc2119.txt">RFC-2119</a>.<br>\nWrite to <eeps@erlang.org> or <raimo(at)erlang(dot)org>, or <https://erlang.org/eeps>; sign as <email@example.com>.\n';
    const kept = '# RFC-0001: X\n\n- Status: Draft\n\n## Motivation\n\nThe key words are to be read as in <a href="https://www.ietf.org/rfc/rfc2119.txt">RFC-2119</a>.<br>\nWrite to <eeps@erlang.org> or <raimo(at)erlang(dot)org>, or <https://erlang.org/eeps>.\n';
    expect(await check(kept, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template })).toEqual([]);
    expect(texts(await check(`${kept}Signed <email@example.com>.\n`, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template }))).toEqual(['<email@example.com>']);
  });

  it('leaves a front matter value the template says to keep, and still reports one it says to replace', async () => {
    const template = '---\n# Keep this\nparent: Decision Records\n\n# Replace this with the area\narea: Core platform\n---\n# RFC-XXXX: <Title>\n\n## Motivation\n\n- <reason 1>\n';
    const text = '---\nparent: Decision Records\narea: Core platform\n---\n# RFC-0001: X\n\n## Motivation\n\n- A reason.\n';
    const f = await check(text, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(f.map((x) => [x.data?.placeholder, x.severity])).toEqual([['Core platform', 'warning']]);
  });

  it("leaves the site's front matter (MADR's `parent: Decisions`) and a YAML null (npm's `implemented_at: null`), and only hints at a plain value kept (Cardano's `License: CC-BY-4.0`)", async () => {
    const madr = { 'docs/decisions/adr-template.md': '---\n# Configuration for the Jekyll template "Just the Docs"\nparent: Decisions\nnav_order: 100\ntitle: ADR Template\n---\n# {short title}\n\n## Context and Problem Statement\n\n{Describe the context}\n' };
    const madrConfig = { rfcGlobs: ['docs/decisions/[0-9]*.md'], template: 'docs/decisions/adr-template.md' };
    const adr = '---\nparent: Decisions\nnav_order: 5\n---\n# Use dashes in file names\n\n## Context and Problem Statement\n\nNames.\n';
    expect(await check(adr, rule, madr, 'docs/decisions/0005-use-dashes-in-filenames.md', madrConfig)).toEqual([]);
    const npm = { 'accepted/0000-template.md': '---\nauthors: <your name>\nimplemented_at: null\n---\n# {{TITLE: a human-readable title for this RFC!}}\n\n## Summary\n\nS.\n' };
    const npmConfig = { rfcGlobs: ['accepted/[0-9]*.md'], template: 'accepted/0000-template.md' };
    expect(await check('---\nauthors: Jay\nimplemented_at: null\n---\n# Audit\n\n## Summary\n\nS.\n', rule, npm, 'accepted/0054-audit.md', npmConfig)).toEqual([]);
    const cip = { '.github/CIP-TEMPLATE.md': '---\nCIP: ?\nTitle: <title>\nLicense: CC-BY-4.0\nType: <Standards Track | Informational | Process>\n---\n\n## Abstract\n\nA.\n' };
    const cipConfig = { rfcGlobs: ['CIP-*/README.md'], template: '.github/CIP-TEMPLATE.md' };
    const doc = (type: string) => `---\nCIP: 1\nTitle: Process\nLicense: CC-BY-4.0\nType: ${type}\n---\n\n## Abstract\n\nA.\n`;
    expect((await check(doc('Process'), rule, cip, 'CIP-0001/README.md', cipConfig)).map((x) => [x.data?.placeholder, x.severity])).toEqual([['CC-BY-4.0', 'info']]);
    // A value that offers choices is still an example left in.
    expect((await check(doc('<Standards Track | Informational | Process>'), rule, cip, 'CIP-0001/README.md', cipConfig)).map((x) => [x.data?.placeholder, x.severity])).toEqual([
      ['CC-BY-4.0', 'info'],
      ['<Standards Track | Informational | Process>', 'warning'],
    ]);
    // "TBD" kept from the template (Argo CD's `sponsors: - TBD`) may be true of the document: a hint.
    const argo = { 'docs/proposals/001-proposal-template.md': '---\ntitle: Neat-enhancement-idea\nsponsors:\n  - TBD        # List all interested parties here.\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\nS.\n' };
    const argoConfig = { rfcGlobs: ['docs/proposals/*.md'], template: 'docs/proposals/001-proposal-template.md' };
    const proposal = '---\ntitle: Server-Side Apply\nsponsors:\n- TBD\n---\n\n# Server-Side Apply support\n\n## Summary\n\nS.\n';
    expect((await check(proposal, rule, argo, 'docs/proposals/server-side-apply.md', argoConfig)).map((x) => [x.data?.placeholder, x.severity])).toEqual([['TBD', 'info']]);
    // A status whose choices set one apart in bold (Spinnaker's) is the status a new document starts in;
    // a list of plain words kept in another field may be the document's own (NATS's `Tags: jetstream, client`).
    const spin = { 'rfc/rfc-template.md': '# Title\n\n| | |\n|-|-|\n| **Status**     | _**Proposed**, Accepted, Implemented, Obsolete_ |\n| **Tags** | jetstream, client |\n\n## Motivation\n\nM.\n' };
    const spinConfig = { rfcGlobs: ['rfc/*.md'], template: 'rfc/rfc-template.md' };
    const rfc = '# Bulk save\n\n| | |\n|-|-|\n| **Status**     | _**Proposed**, Accepted, Implemented, Obsolete_ |\n| **Tags** | jetstream, client |\n\n## Motivation\n\nM.\n';
    expect((await check(rfc, rule, spin, 'rfc/bulksave.md', spinConfig)).map((x) => [x.data?.placeholder, x.severity])).toEqual([['jetstream, client', 'info']]);
    // A long list kept whole is the template's menu (Ember's six teams, "delete teams that aren't relevant").
    const menu = (v: string) => v.replace(/jetstream, client/g, 'cli, data, framework, learning');
    expect((await check(menu(rfc), rule, { 'rfc/rfc-template.md': menu(spin['rfc/rfc-template.md']) }, 'rfc/bulksave.md', spinConfig)).map((x) => [x.data?.placeholder, x.severity])).toEqual([['cli, data, framework, learning', 'warning']]);
  });
});
