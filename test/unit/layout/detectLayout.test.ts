import { describe, expect, it } from 'vitest';
import { detectLayout, layoutConfigText, parseConfigText, RULE_IDS } from '../../../server/src/core';
import { IdGrammar } from '../../../server/src/core/idGrammar';
import { renamedSections } from '../../../server/src/core/layout/detect';
import { cleanRfc } from '../helpers';

/** `n` numbered file names in `folder`, `0001-doc-1.md` …, as a team files them. */
function numbered(folder: string, n: number, width = 4, name = (i: number) => `doc-${i}`): string[] {
  return Array.from({ length: n }, (_, i) => `${folder}/${String(i + 1).padStart(width, '0')}-${name(i + 1)}.md`);
}

const reader = (files: Record<string, string>) => (p: string) => files[p];

describe('detectLayout on path lists (no file read)', () => {
  it('finds Rust and React style RFCs in text/ with 0000-template.md at the top, and says how ids are written', async () => {
    const layout = await detectLayout(['README.md', '0000-template.md', ...numbered('text', 19), 'text/3392-council/charter.md']);
    expect(layout.config).toEqual({ rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' });
    expect(layout.summary).toBe('19 RFCs in text/ on template 0000-template.md; ids like 0010');
    expect(layout.documentCount).toBe(19);
  });

  it("does not take an RFC about templates for the template (Ember's 0278-template-only-components.md), and prefers 0000-template.md to a specialised one", async () => {
    const layout = await detectLayout(['0000-template.md', 'deprecation-template.md', 'text/0278-template-only-components.md', ...numbered('text', 5)]);
    expect(layout.config?.template).toBe('0000-template.md');
    expect(layout.notes.some((n) => n.key === 'template' && n.text.includes('deprecation-template.md'))).toBe(true);
  });

  it("finds Vue's active-rfcs/ and an rfcs/ folder with its template inside", async () => {
    expect((await detectLayout(['0000-template.md', ...numbered('active-rfcs', 3)])).config).toEqual({ rfcGlobs: ['active-rfcs/[0-9]*.md'], template: '0000-template.md' });
    expect((await detectLayout(['rfcs/0000-template.md', ...numbered('rfcs', 2)])).config).toEqual({ rfcGlobs: ['rfcs/[0-9]*.md'], template: 'rfcs/0000-template.md' });
  });

  it('finds our own layout: prefixed RFCs and RFC-TEMPLATE.md, the task template beside the tasks, ADRs left to the default glob', async () => {
    const paths = ['docs/rfcs/RFC-TEMPLATE.md', 'docs/rfcs/RFC-0001-a.md', 'docs/rfcs/RFC-0002-b.md', 'tasks/TASK-TEMPLATE.md', 'tasks/TASK-0001-x.md', 'tasks/TASK-0002-y.md', ...numbered('docs/adr', 3)];
    const layout = await detectLayout(paths);
    expect(layout.config).toEqual({ rfcGlobs: ['docs/rfcs/RFC-*.md'], template: 'docs/rfcs/RFC-TEMPLATE.md', taskTemplate: 'tasks/TASK-TEMPLATE.md' });
    expect(layout.summary).toBe('2 RFCs in docs/rfcs/ on template docs/rfcs/RFC-TEMPLATE.md; ids like RFC-0002');
    expect(layout.notes.some((n) => n.text.includes('default adrGlobs'))).toBe(true);
  });

  it("indexes decision records beside RFCs where the default glob would not find them (adr-tools' doc/adr)", async () => {
    const layout = await detectLayout(['rfcs/0000-template.md', ...numbered('rfcs', 4), ...numbered('doc/adr', 2)]);
    expect(layout.config).toEqual({ rfcGlobs: ['rfcs/[0-9]*.md'], template: 'rfcs/0000-template.md', adrGlobs: ['doc/adr/[0-9]*.md'] });
  });

  it("checks adr-tools' doc/adr when the repository has only decision records, and says plainly when no template is there", async () => {
    const layout = await detectLayout(['README.md', ...numbered('doc/adr', 9)]);
    expect(layout.config).toEqual({ rfcGlobs: ['doc/adr/[0-9]*.md'] });
    expect(layout.summary).toBe('9 ADRs in doc/adr/ with no template found; ids like 0005');
    expect(layout.notes.find((n) => n.key === 'general')?.text).toMatch(/No template was found near doc\/adr\/.*built-in template/);
  });

  it("follows .adr-dir (adr-tools) to the decision records' folder, and finds adr-tools' own template in its templates/ folder", async () => {
    const paths = ['.adr-dir', 'docs/architecture/decisions/templates/template.md', ...numbered('docs/architecture/decisions', 3)];
    const layout = await detectLayout(paths, reader({ '.adr-dir': 'docs/architecture/decisions\n' }));
    expect(layout.config?.rfcGlobs).toEqual(['docs/architecture/decisions/[0-9]*.md']);
    expect(layout.summary).toMatch(/^3 ADRs in docs\/architecture\/decisions\//);
    expect(layout.notes.some((n) => n.text.includes('.adr-dir'))).toBe(true);
  });

  it("checks decision records with their template before numbered pages that only have a template near them (ibc-go's migration guides)", async () => {
    const guides = numbered('docs/docs/05-migrations', 15, 2, (i) => `v${i}-to-v${i + 1}`);
    const adrs = Array.from({ length: 15 }, (_, i) => `docs/architecture/adr-${String(i + 1).padStart(3, '0')}-decision-${i + 1}.md`);
    const layout = await detectLayout(['README.md', 'docs/docs/05-migrations/migration.template.md', ...guides, 'docs/architecture/adr.template.md', ...adrs]);
    expect(layout.config?.rfcGlobs).toEqual(['docs/architecture/adr-*.md']);
    expect(layout.config?.template).toBe('docs/architecture/adr.template.md');
    // RFCs named as such still go first (the first test above).
    expect((await detectLayout(['rfcs/0000-template.md', ...numbered('rfcs', 4), 'doc/adr/template.md', ...numbered('doc/adr', 9)])).config?.rfcGlobs).toEqual(['rfcs/[0-9]*.md']);
  });

  it("finds MADR's docs/decisions with adr-template.md beside the records", async () => {
    const layout = await detectLayout(['docs/decisions/adr-template.md', 'docs/decisions/index.md', ...numbered('docs/decisions', 18)]);
    expect(layout.config).toEqual({ rfcGlobs: ['docs/decisions/[0-9]*.md'], template: 'docs/decisions/adr-template.md' });
  });

  it("finds Go's design/ with TEMPLATE.md, and leaves a design document's own folder of figures out", async () => {
    const layout = await detectLayout(['design/TEMPLATE.md', ...numbered('design', 5, 5), 'design/15292/2010-07-gen.md', 'design/15292/2011-03-gen.md']);
    expect(layout.config).toEqual({ rfcGlobs: ['design/[0-9]*.md'], template: 'design/TEMPLATE.md' });
    expect(layout.summary).toMatch(/^5 design documents in design\//);
  });

  it("takes numbered files filed by topic in subfolders for one series with the folder's (OpenTelemetry's text/metrics/), unless their numbers repeat, or the subfolder is archived or has a template of its own", async () => {
    const otel = ['0000-template.md', 'text/0001-a.md', 'text/0005-b.md', 'text/0035-c.md', 'text/metrics/0003-d.md', 'text/metrics/0008-e.md', 'text/trace/0002-f.md', 'text/trace/0006-g.md'];
    const layout = await detectLayout(otel);
    expect(layout.config).toEqual({ rfcGlobs: ['text/**/[0-9]*.md'], template: '0000-template.md' });
    expect(layout.documentCount).toBe(7);
    expect(layout.notes.some((n) => n.text.includes('in text/ and its subfolders whose name starts with their number'))).toBe(true);
    // A subfolder that numbers from 1 again is a series of its own, named beside the chosen one.
    const own = (await detectLayout([...otel.slice(0, 4), 'text/metrics/0001-d.md', 'text/metrics/0002-e.md'])).config;
    expect(own?.rfcGlobs).toEqual(['text/[0-9]*.md']);
    for (const folder of ['archived', 'stdlib']) {
      const apart = [...otel.slice(0, 4), `text/${folder}/0003-d.md`, `text/${folder}/0008-e.md`, ...(folder === 'stdlib' ? ['text/stdlib/TEMPLATE.md'] : [])];
      expect((await detectLayout(apart)).config?.rfcGlobs, folder).toEqual(['text/[0-9]*.md']);
    }
  });

  it('finds KEPs (numbered folders with a README.md, filed by SIG) and writes the idPattern that reads their number', async () => {
    const paths = ['keps/NNNN-kep-template/README.md', 'keps/sig-node/127-user-namespaces/README.md', 'keps/sig-node/1287-in-place/README.md', 'keps/sig-apps/2185-random-pod/README.md', 'keps/README.md'];
    const layout = await detectLayout(paths);
    expect(layout.config?.rfcGlobs).toEqual(['keps/*/[0-9]*/README.md']);
    expect(layout.config?.template).toBe('keps/NNNN-kep-template/README.md');
    const pattern = layout.config?.idPattern?.rfc ?? '';
    const grammar = new IdGrammar([{ kind: 'rfc', prefix: 'KEP', prefixInFileName: false, width: 4, suffix: false, pattern: new RegExp(pattern) }]);
    expect(grammar.fromPath('keps/sig-node/1287-in-place/README.md', 'rfc')).toBe('KEP-1287');
    expect(grammar.fromPath('keps/NNNN-kep-template/README.md', 'rfc')).toBeUndefined();
  });

  it("finds Jupyter's numbered folders that each hold one Markdown file of its own name, and not a folder of several", async () => {
    const paths = ['README.md', 'jep-guidelines/JEP-TEMPLATE.md', '08-notebook-diff/notebook-diff.md', '62-cell-id/cell-id.md', '104-jep-process-v2/jep-process-v2.md', '104-jep-process-v2/diagram.svg', '91-kernel-subshells/kernel-subshells.md'];
    const layout = await detectLayout(paths);
    expect(layout.config?.rfcGlobs).toEqual(['[0-9]*/*.md']);
    expect(layout.config?.template).toBe('jep-guidelines/JEP-TEMPLATE.md');
    const grammar = new IdGrammar([{ kind: 'rfc', prefix: 'RFC', prefixInFileName: false, width: 4, suffix: false, pattern: new RegExp(layout.config?.idPattern?.rfc ?? '') }]);
    expect(grammar.fromPath('62-cell-id/cell-id.md', 'rfc')).toBe('RFC-0062');
    expect(layout.notes.find((n) => n.key === 'idPattern')?.text).toMatch(/folder named by its number \(08-notebook-diff\/notebook-diff\.md\).*the file name \(notebook-diff\.md\)/);
    // Numbered chapters of a guide, one page each, with no template near them, are no layout (found in review).
    const chapters = ['README.md', '01-intro/intro.md', '02-setup/setup.md', '03-usage/usage.md', '04-faq/faq.md'];
    expect((await detectLayout(chapters)).config).toBeUndefined();
    // A numbered folder of several Markdown files is a folder of notes, not one document.
    const notes = ['README.md', 'guide/TEMPLATE.md', '01-setup/install.md', '01-setup/configure.md', '02-usage/basics.md', '02-usage/advanced.md'];
    expect((await detectLayout(notes)).config).toBeUndefined();
  });

  it("takes folders named by an id for documents only when there are several (Filecoin's one charter folder beside FIPS/fip-*.md)", async () => {
    const fips = ['FIPS/fip-0001.md', 'FIPS/fip-0002.md', 'FIPS/fip-0056.md', 'FRCs/frc-0042.md'];
    const layout = await detectLayout(['README.md', 'templates/template.md', 'Governance/FIP-0100/README.md', ...fips]);
    expect(layout.config).toEqual({ rfcGlobs: ['FIPS/fip-*.md'], template: 'templates/template.md' });
    const cips = await detectLayout(['README.md', '.github/CIP-TEMPLATE.md', 'CIP-0001/README.md', 'CIP-0002/README.md', 'CIP-0030/README.md']);
    expect(cips.config?.rfcGlobs).toEqual(['CIP-*/README.md']);
    // Security advisories are folders named by a year, not by an id of their own (found in review).
    const cves = await detectLayout(['README.md', 'advisory-template.md', 'CVE-2021-1234/README.md', 'CVE-2021-5678/README.md', 'CVE-2022-0001/README.md', 'CVE-2022-0042/README.md']);
    expect(cves.config).toBeUndefined();
  });

  it("takes Hedera's HIP/hip-N.md, a lower-case series its folder is named for, with hip-0000-template.md, over one asset file named HIP-15.md", async () => {
    const hip = (n: number) => `---\nhip: ${n}\ntitle: T${n}\nstatus: Final\n---\n\n## Abstract\n\nA.\n\n## Motivation\n\nM.\n\n## Specification\n\nS.\n`;
    const files: Record<string, string> = { 'hip-0000-template.md': '---\nhip: <HIP number>\ntitle: <HIP title>\nstatus: Draft\n---\n\n## Abstract\n\nA.\n\n## Motivation\n\nM.\n\n## Specification\n\nS.\n', 'assets/hip-15/HIP-15.md': '# Appendix\n\nNotes.\n' };
    for (const n of [1, 2, 10, 15, 23, 100]) files[`HIP/hip-${n}.md`] = hip(n);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config).toEqual({ rfcGlobs: ['HIP/hip-*.md'], template: 'hip-0000-template.md' });
  });

  it("leaves a test suite's documents out, though there are more of them (log4brains's integration-tests/ro-project/docs/adr)", async () => {
    const fixtures = 'packages/core/integration-tests/ro-project/docs/adr';
    const paths = ['docs/adr/template.md', ...numbered('docs/adr', 3), `${fixtures}/template.md`, ...numbered(fixtures, 8), ...numbered('packages/web/docs/adr', 2)];
    const layout = await detectLayout(paths);
    expect(layout.config).toEqual({ rfcGlobs: ['docs/adr/[0-9]*.md'], template: 'docs/adr/template.md' });
    expect(layout.notes.map((n) => n.text).filter((t) => t.startsWith('Also seen'))).toEqual([
      'Also seen: 2 numbered files in packages/web/docs/adr/, not included; add "packages/web/docs/adr/[0-9]*.md" to rfcGlobs to check them too.',
    ]);
  });

  it("finds Swift's proposals/ with the general template of proposal-templates/, not a specialised one", async () => {
    const paths = ['proposal-templates/0000-swift-template.md', 'proposal-templates/0000-swiftpm-template.md', 'proposal-templates/0000-swift-testing-template.md', ...numbered('proposals', 6), ...numbered('proposals/testing', 2)];
    const layout = await detectLayout(paths);
    expect(layout.config).toEqual({ rfcGlobs: ['proposals/[0-9]*.md'], template: 'proposal-templates/0000-swift-template.md' });
    expect(layout.notes.some((n) => n.text.includes('proposals/testing/[0-9]*.md'))).toBe(true);
  });

  it("finds Ethereum's EIPS/eip-N.md: a lower-case prefix is an id's where the folder is named for it, and only there", async () => {
    const eips = Array.from({ length: 5 }, (_, i) => `EIPS/eip-${[1, 20, 155, 1559, 4844][i]}.md`);
    const layout = await detectLayout(['README.md', 'eip-template.md', ...eips]);
    expect(layout.config).toEqual({ rfcGlobs: ['EIPS/eip-*.md'], template: 'eip-template.md' });
    expect(layout.notes.find((n) => n.key === 'rfcGlobs')?.text).toBe('The RFCs: 5 Markdown files in EIPS/ named eip-NNNN….md (eip-1.md … eip-4844.md); EIP-NNNN is the id.');
    // The same names in a folder named for something else are steps of a guide, not documents.
    expect((await detectLayout(['README.md', ...eips.map((p) => p.replace('EIPS/', 'guide/'))])).config).toBeUndefined();
    // A folder named for the prefix without a template near it is a book's chapters, not documents.
    const chapters = Array.from({ length: 12 }, (_, i) => `chapters/chapter-${i + 1}.md`);
    expect((await detectLayout(['README.md', ...chapters])).config).toBeUndefined();
  });

  it("finds Conda's cep-NNNN.md in the top folder, numbered from their template cep-0000.md", async () => {
    const ceps = [1, 2, 3, 16, 48].map((n) => `cep-${String(n).padStart(4, '0')}.md`);
    const layout = await detectLayout(['README.md', 'LICENSE', 'cep-0000.md', ...ceps]);
    expect(layout.config).toEqual({ rfcGlobs: ['cep-*.md'], template: 'cep-0000.md' });
    // Without the file numbered zero, lower-case names in a folder named for nothing are a guide's steps.
    expect((await detectLayout(['README.md', ...ceps])).config).toBeUndefined();
    // A file named as a template goes first: Algorand's ARC 0 is its process, beside templates/arc.template.md.
    const arcs = [1, 2, 3, 4].map((n) => `ARCs/arc-${String(n).padStart(4, '0')}.md`);
    expect((await detectLayout(['ARCs/arc-0000.md', ...arcs, 'templates/arc.template.md'])).config?.template).toBe('templates/arc.template.md');
    // A template named for another prefix says nothing of these names (a forge's `issue-template.md` beside a book's chapters).
    expect((await detectLayout(['README.md', 'book/issue-template.md', ...Array.from({ length: 12 }, (_, i) => `book/chapter-${String(i + 1).padStart(4, '0')}.md`)])).config).toBeUndefined();
    // A chapter numbered 00 is no template: a book's chapters stay a book.
    expect((await detectLayout(['README.md', ...Array.from({ length: 12 }, (_, i) => `book/chapter-${String(i).padStart(2, '0')}.md`)])).config).toBeUndefined();
  });

  it("finds Bazel's designs/ named by date, and says they carry no id", async () => {
    const dated = ['designs/2018-06-18-name-resolution.md', 'designs/2018-07-13-repository-hashing.md', 'designs/2019-01-14-delayed-load.md'];
    const layout = await detectLayout(['README.md', 'designs/template.md', ...dated]);
    expect(layout.config).toEqual({ rfcGlobs: ['designs/[0-9]*.md'], template: 'designs/template.md' });
    expect(layout.summary).toBe('3 design documents in designs/ on template designs/template.md; no ids (named by date)');
    // Numbered files keep their number as the id.
    expect((await detectLayout(['designs/template.md', ...numbered('designs', 3)])).summary).toMatch(/ids like 0002$/);
    // TensorFlow's dates are written without hyphens (`20180501-estimator-head.md`).
    const tf = ['rfcs/20180501-estimator-head.md', 'rfcs/20180507-cond-v2.md', 'rfcs/20190411-plugin-ext.md'];
    const tfLayout = await detectLayout(['README.md', 'rfcs/README.md', 'rfcs/yyyymmdd-rfc-template.md', ...tf]);
    expect(tfLayout.config).toEqual({ rfcGlobs: ['rfcs/[0-9]*.md'], template: 'rfcs/yyyymmdd-rfc-template.md' });
    expect(tfLayout.summary).toMatch(/; no ids \(named by date\)$/);
    // Thanos's proposals named by month, in a folder named for a status of proposals.
    const thanos = await detectLayout(['README.md', 'docs/proposals-done/201809-a.md', 'docs/proposals-done/202005-b.md', 'docs/proposals-done/202005-c.md']);
    expect([thanos.config?.rfcGlobs, thanos.summary]).toEqual([['docs/proposals-done/[0-9]*.md'], '3 proposals in docs/proposals-done/ with no template found; no ids (named by date)']);
    // Eight digits that are no date are no number either: such files are named by subject, no id read from them.
    const odd = await detectLayout(['README.md', 'rfcs/template.md', 'rfcs/12345678-a.md', 'rfcs/20181399-b.md', 'rfcs/87654321-c.md']);
    expect([odd.config?.rfcGlobs, odd.summary]).toEqual([['rfcs/*.md'], '3 RFCs in rfcs/ on template rfcs/template.md; no ids (named by subject)']);
  });

  it('chooses a folder named for RFCs over a larger folder that only has a template near it', async () => {
    const layout = await detectLayout(['docs/rfcs/0000-template.md', ...numbered('docs/rfcs', 3), 'docs/backlogs/000000-template.md', ...numbered('docs/backlogs/closed', 40, 6)]);
    expect(layout.config?.rfcGlobs).toEqual(['docs/rfcs/[0-9]*.md']);
  });

  it('finds nothing in a repository of numbered guide chapters and lower-case steps, and says what it looked for', async () => {
    const layout = await detectLayout(['README.md', ...numbered('guide', 12, 2), 'docs/setup/intellij-11-import.md', 'docs/setup/intellij-12-run.md', '.github/pull_request_template.md']);
    expect(layout.config).toBeUndefined();
    expect(layout.notes[0].text).toMatch(/No RFC, ADR or design-document layout was found.*guide\/ \(12\)/);
  });
});

describe('renamedSections', () => {
  it('pairs the names that differ at the same place, when the rest agree', () => {
    expect(renamedSections(['A', 'B', 'C', 'D'], ['A', 'X', 'C', 'd'])).toEqual([['X', 'B']]);
    // Another count, too few in common, or too many renamed: not one template's variant.
    expect(renamedSections(['A', 'B', 'C', 'D'], ['A', 'B', 'C'])).toEqual([]);
    expect(renamedSections(['A', 'B', 'C'], ['A', 'X', 'Y'])).toEqual([]);
    expect(renamedSections(['A', 'B', 'C', 'D', 'E', 'F'], ['A', 'X', 'Y', 'Z', 'E', 'F'])).toEqual([]);
  });
});

describe('detectLayout with the files read', () => {
  const template = (sections: string[]) => `# Feature name\n\n* Proposal: [SE-NNNN](NNNN-filename.md)\n* Status: **Awaiting review**\n\n${sections.map((s) => `## ${s}\n\nText.\n`).join('\n')}`;
  const proposal = (sections: string[]) => `# Something\n\n* Proposal: [SE-0001](0001-x.md)\n\n${sections.map((s) => `## ${s}\n\nText.\n`).join('\n')}`;

  it('picks the template whose sections the documents have, and learns the id prefix from its header', async () => {
    const files: Record<string, string> = {
      'proposal-templates/0000-swift-template.md': template(['Introduction', 'Motivation', 'Detailed design', 'Source compatibility']),
      'proposal-templates/0000-pm-template.md': template(['Security', 'Impact on existing packages', 'Motivation', 'Plans']),
    };
    for (const p of numbered('proposals', 4)) files[p] = proposal(['Introduction', 'Motivation', 'Detailed design', 'Source compatibility']);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config?.template).toBe('proposal-templates/0000-swift-template.md');
    expect(layout.summary).toBe('4 proposals in proposals/ on template proposal-templates/0000-swift-template.md; ids like SE-0003');
  });

  it("learns a section another template near the documents names otherwise at the same place (Ember's deprecation template), and writes it as sectionAliases", async () => {
    const sections = ['Summary', 'Motivation', 'Detailed design', 'How we teach this', 'Drawbacks', 'Alternatives'];
    const files: Record<string, string> = {
      '0000-template.md': template(sections),
      'deprecation-template.md': template(sections.map((s) => (s === 'Detailed design' ? 'Transition Path' : s))),
      // A template of other sections altogether teaches nothing about these names.
      'docs/other-template.md': template(['Context', 'Decision', 'Consequences', 'Notes', 'Links', 'History']),
    };
    for (const p of numbered('text', 4)) files[p] = proposal(sections);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config?.sectionAliases).toEqual({ 'Transition Path': 'Detailed design' });
    const text = layoutConfigText(layout);
    expect(parseConfigText(text, RULE_IDS).config.sectionAliases).toEqual({ 'Transition Path': 'Detailed design' });
    expect(text).toMatch(/deprecation-template\.md has the sections of 0000-template\.md in the same order, but names\n/);
  });

  it("lists every section in optionalSections where the README gives the template as a starting point to adapt (Cilium's design-cfps), and not where it only names it", async () => {
    const sections = ['Summary', 'Motivation', 'Goals', 'Proposal', 'Impacts'];
    const outline = 'To create a CFP, it is recommended to use the `CFP-003-template.md`\nfile as an outline. The structure of this template is meant to provide a starting\npoint for people. Feel free to edit and modify your outline to best fit your\nneeds when creating a proposal.\n';
    const files: Record<string, string> = { 'cfps/CFP-003-template.md': template(sections), 'README.md': `# Design CFPs\n\n${outline}\nMore.\n` };
    for (const n of [1189, 22215, 31752, 33716]) files[`cilium/CFP-${n}-x.md`] = proposal(sections);
    const layout = await detectLayout(Object.keys(files), reader(files));
    // A numbered name that ends as a template's is one (`CFP-003-template.md`), in a folder beside the documents'.
    expect(layout.config?.template).toBe('cfps/CFP-003-template.md');
    expect(layout.config?.optionalSections).toEqual(sections);
    const text = layoutConfigText(layout);
    expect(parseConfigText(text, RULE_IDS).config.optionalSections).toEqual(sections);
    expect(text).toContain('// README.md gives the template as a starting point to adapt ("The structure of this template is');
    // Matrix's: "There's a proposal template, but don't feel bound by it."
    files['README.md'] = "# MSCs\n\n1. **Write up the proposal**. (There's a [proposal\n   template](cfps/CFP-003-template.md), but don't feel bound by it.)\n";
    expect((await detectLayout(Object.keys(files), reader(files))).config?.optionalSections).toEqual(sections);
    files['README.md'] = '# Design CFPs\n\nUse the `CFP-003-template.md` file as a starting point.\n';
    expect((await detectLayout(Object.keys(files), reader(files))).config?.optionalSections).toBeUndefined();
  });

  it("takes documents named by subject in a folder named for them, when no numbered ones are found (GraphQL's rfcs/, OCaml's), leaving out the folder's README and template", async () => {
    const sections = ['Problem Statement', 'Proposed Solution', 'Risks'];
    const files: Record<string, string> = { 'rfcs/README.md': '# RFCs\n\nSee TEMPLATE.md.\n', 'rfcs/TEMPLATE.md': template(sections), 'README.md': '# WG\n' };
    for (const name of ['DeferStream', 'InputUnion', 'Struct', 'OneOf']) files[`rfcs/${name}.md`] = proposal(sections);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config).toEqual({ rfcGlobs: ['rfcs/*.md'], ignore: ['rfcs/README.md', 'rfcs/TEMPLATE.md'], template: 'rfcs/TEMPLATE.md' });
    expect(layout.summary).toBe('4 RFCs in rfcs/ on template rfcs/TEMPLATE.md; no ids (named by subject)');
    expect(parseConfigText(layoutConfigText(layout), RULE_IDS).config.ignore).toEqual(['rfcs/README.md', 'rfcs/TEMPLATE.md']);
    expect(layoutConfigText(layout)).toContain('// Files in rfcs/ that are none of the RFCs: README.md, TEMPLATE.md.');
    // Where the folder holds fewer than three of its own, its subfolders count (Rook's design/ceph/*.md),
    // and a README below is its folder's document (.NET's accepted/2021/utf8/README.md).
    const rook: Record<string, string> = { 'design/README.md': '# Designs\n', 'design/design_template.md': template(sections), 'design/a.md': proposal(sections) };
    for (const p of ['design/ceph/b.md', 'design/ceph/object/c.md', 'design/common/d/README.md']) rook[p] = proposal(sections);
    const nested = await detectLayout(Object.keys(rook), reader(rook));
    expect(nested.config).toEqual({ rfcGlobs: ['design/**/*.md'], ignore: ['design/README.md', 'design/design_template.md'], template: 'design/design_template.md' });
    expect(nested.documentCount).toBe(4);
    // A folder named for something else, or two documents, is no layout.
    const notes: Record<string, string> = { 'notes/a.md': '# A\n', 'notes/b.md': '# B\n', 'notes/c.md': '# C\n', 'rfcs/x.md': '# X\n', 'rfcs/y.md': '# Y\n' };
    expect((await detectLayout(Object.keys(notes), reader(notes))).config).toBeUndefined();
  });

  it("takes a template the README links to wherever it lies (Jupyter's jupyter-enhancement-proposal-guidelines/JEP-TEMPLATE.md beside the numbered folders)", async () => {
    const files: Record<string, string> = { 'guidelines/JEP-TEMPLATE.md': '---\ntitle: <title>\n---\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n\n## Prior art\n\nP.\n\n## Unresolved questions\n\nU.\n' };
    for (const [n, slug] of [[62, 'cell-id'], [65, 'xpub'], [80, 'kernel-info']] as const) files[`${n}-${slug}/${slug}.md`] = `# ${slug}\n\n## Summary\n\nS.\n\n## Proposed Enhancement\n\nE.\n`;
    const unlinked = { ...files, 'README.md': '# JEPs\n\nSee the guidelines.\n' };
    expect((await detectLayout(Object.keys(unlinked), reader(unlinked))).config).toBeUndefined();
    // A malformed escape in another link of the README is read as written.
    const linked = { ...files, 'README.md': '# JEPs\n\nSee [notes](bad%E0%A4%A.md). Start from [the JEP proposal template](guidelines/JEP-TEMPLATE.md).\n' };
    const layout = await detectLayout(Object.keys(linked), reader(linked));
    expect(layout.config).toMatchObject({ rfcGlobs: ['[0-9]*/*.md'], template: 'guidelines/JEP-TEMPLATE.md' });
    expect(layout.notes.some((n) => n.text.includes('linked from README.md, in guidelines/'))).toBe(true);
    // A linked page the documents barely follow is no template of theirs (.NET's meta/template.md, 3%).
    const instructions = { ...linked, 'guidelines/JEP-TEMPLATE.md': `# Instructions\n\n${['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Summary', 'Ten', 'Eleven'].map((h) => `## ${h}\n\nX.\n`).join('\n')}` };
    expect((await detectLayout(Object.keys(instructions), reader(instructions))).config).toBeUndefined();
  });

  it('rejects a far template whose sections the documents do not have', async () => {
    const files: Record<string, string> = { 'tools/gen/templates/template.md': '# X\n\n## Usage\n\nText.\n' };
    for (const p of numbered('doc/adr', 3)) files[p] = '# 1. Decision\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n';
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config).toEqual({ rfcGlobs: ['doc/adr/[0-9]*.md'], template: 'none' });
  });

  it("writes \"template\": \"none\" where no template is found and the documents do not follow the built-in one (Kotlin's KEEPs)", async () => {
    const files: Record<string, string> = {};
    for (const [i, title] of ['Type aliases', 'Sealed classes', 'Coroutines'].entries()) {
      files[`proposals/KEEP-000${i + 1}-x.md`] = `# ${title}\n\n* **Type**: Design proposal\n* **Author**: A B\n* **Status**: Stable in 1.1\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n`;
    }
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config).toEqual({ rfcGlobs: ['proposals/KEEP-*.md'], template: 'none' });
    const text = layoutConfigText(layout);
    const parsed = parseConfigText(text, RULE_IDS);
    expect([parsed.config.template, parsed.problems]).toEqual(['none', []]);
    expect(text).toMatch(/No template was found near proposals\/, and the proposals read have \d+% of the sections of RFC\n/);
    // Without reading the files, nothing says they do not follow it: the built-in template stays, with a way out.
    const unread = await detectLayout(Object.keys(files));
    expect(unread.config).toEqual({ rfcGlobs: ['proposals/KEEP-*.md'] });
    expect(unread.notes.some((n) => n.text.includes('"template": "none"'))).toBe(true);
  });

  it("checks Kotlin's 92 language KEEPs, not the 24 stdlib ones in proposals/stdlib/, and not on the stdlib template they share 5% with", async () => {
    const stdlibTemplate = '# Proposal template for new API in the Standard Library\n\n* **Type**: Standard Library API proposal\n* **Author**: Name\n\n## Summary\n\nS.\n\n## Similar API review\n\nR.\n\n## Use cases\n\nU.\n\n## Alternatives\n\nA.\n\n## Dependencies\n\nD.\n\n## Placement\n\nP.\n';
    const files: Record<string, string> = { 'proposals/stdlib/TEMPLATE.md': stdlibTemplate };
    for (let i = 1; i <= 8; i++) files[`proposals/KEEP-00${10 + i}-language-${i}.md`] = `# Language feature ${i}\n\n* **Type**: Design proposal\n* **Status**: Stable\n\n## Problem description\n\nP.\n\n## Design details\n\nD.\n\n## Alternatives\n\nA.\n\n## Open questions\n\nQ.\n`;
    for (let i = 1; i <= 3; i++) files[`proposals/stdlib/KEEP-00${30 + i}-api-${i}.md`] = stdlibTemplate.replace('Proposal template for new API in the Standard Library', `API ${i}`);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config).toEqual({ rfcGlobs: ['proposals/KEEP-*.md'], template: 'none' });
    // The template beside the documents they follow stays theirs.
    const stdlibOnly = Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith('proposals/stdlib/')));
    expect((await detectLayout(Object.keys(stdlibOnly), reader(stdlibOnly))).config).toEqual({ rfcGlobs: ['proposals/stdlib/KEEP-*.md'], template: 'proposals/stdlib/TEMPLATE.md' });
  });

  it("finds a template in a folder numbered zero beside the documents' folders (Flux's rfcs/RFC-0000/README.md), and one kept as .md.template (Tekton's)", async () => {
    const template = '# RFC-NNNN Title\n\n**Status:** provisional\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n';
    const flux: Record<string, string> = { 'rfcs/README.md': '# RFCs\n', 'rfcs/RFC-0000/README.md': template };
    for (const n of ['0001-a', '0002-b', '0003-c']) flux[`rfcs/${n}/README.md`] = template.replace('RFC-NNNN Title', `RFC-${n.slice(0, 4)} T`);
    expect((await detectLayout(Object.keys(flux), reader(flux))).config?.template).toBe('rfcs/RFC-0000/README.md');
    const tep = '---\ntitle: TEP Template\nstatus: proposed\n---\n\n# TEP-NNNN: Your short, descriptive title\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n';
    const tekton: Record<string, string> = { 'teps/tools/tep-template.md.template': tep, 'teps/README.md': '# TEPs\n' };
    for (const n of [1, 2, 3]) tekton[`teps/000${n}-x.md`] = tep;
    expect((await detectLayout(Object.keys(tekton), reader(tekton))).config).toEqual({ rfcGlobs: ['teps/[0-9]*.md'], template: 'teps/tools/tep-template.md.template' });
  });

  it("takes a file numbered zero for the template only when the documents have most of its sections (Conda's CEP 0, not Erlang's index EEP 0)", async () => {
    const eep = (n: number): string => `eeps/eep-${String(n).padStart(4, '0')}.md`;
    const files: Record<string, string> = { [eep(0)]: '# EEP 0: Index of EEPs\n\n# Introduction\n\nI.\n\n# Index\n\n- EEP 1\n\n# Copyright\n\nPublic domain.\n' };
    for (const n of [1, 2, 3, 4]) files[eep(n)] = `# EEP ${n}: X\n\n# Abstract\n\nA.\n\n# Rationale\n\nR.\n\n# Copyright\n\nPublic domain.\n`;
    expect((await detectLayout(Object.keys(files), reader(files))).config?.template).toBeUndefined();
    const cep = { ...files, [eep(0)]: '# EEP 0 - A short title\n\n# Abstract\n\nA short description.\n\n# Rationale\n\nWhy.\n\n# Copyright\n\nPublic domain.\n' };
    expect((await detectLayout(Object.keys(cep), reader(cep))).config).toEqual({ rfcGlobs: ['eeps/eep-*.md'], template: 'eeps/eep-0000.md' });
  });

  it('keeps the built-in template for documents written from it without a template file beside them', async () => {
    const files: Record<string, string> = {};
    for (const n of [1, 2, 3]) files[`rfcs/RFC-000${n}-x.md`] = cleanRfc(`RFC-000${n}`);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config).toEqual({ rfcGlobs: ['rfcs/RFC-*.md'] });
    expect(layout.notes.find((n) => n.key === 'general')?.text).toMatch(/have \d+% of the sections of RFC Author's built-in template, so they are checked against it/);
  });

  it('writes a commented JSONC file that loads without a problem, with what the template teaches', async () => {
    const files: Record<string, string> = {
      '0000-template.md': '- Start Date: (fill me in with today\'s date, YYYY-MM-DD)\n- RFC PR: (leave this empty)\n\n# Summary\n\nBrief.\n\n# Basic example\n\nOmit this section if it\'s not applicable.\n\n# Motivation\n\nWhy?\n',
    };
    for (const p of numbered('text', 3)) files[p] = '- Start Date: 2020-01-01\n- RFC PR: https://example.com/1\n\n# Summary\n\nS.\n\n# Motivation\n\nM.\n';
    const layout = await detectLayout(Object.keys(files), reader(files));
    const text = layoutConfigText(layout);
    const { config, problems } = parseConfigText(text, RULE_IDS);
    expect(problems).toEqual([]);
    expect(config.rfcGlobs).toEqual(['text/[0-9]*.md']);
    expect(config.template).toBe('0000-template.md');
    expect(text).toMatch(/^\/\/ Written by `rfc-author init`: 3 RFCs in text\/ on template 0000-template\.md; ids like 0002\./);
    expect(text).toContain('// It has no title line, so no rule checks a title.');
    expect(text).toMatch(/Its sections are "#" headings: "Summary", "Motivation"; "Basic example" is optional/);
    expect(text).toMatch(/It has no tasks, phases, a status list/);
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
