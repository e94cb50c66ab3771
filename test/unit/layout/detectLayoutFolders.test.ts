import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../server/src/core';

const reader = (files: Record<string, string>) => (p: string) => files[p];
const design = (sections: readonly string[]) => `- Start Date: 2019-01-01\n\n# A design\n\n${sections.map((s) => `## ${s}\n\nText.\n`).join('\n')}`;
const SECTIONS = ['Summary', 'Motivation', 'Detailed Design', 'Drawbacks', 'Alternatives'];

/** ESLint's designs: folders named by the year they were written and a slug, each with its README.md. */
function eslintDesigns(years: readonly number[]): Record<string, string> {
  const files: Record<string, string> = { 'README.md': '# ESLint RFCs\n\nCopy the appropriate template file from the `templates` directory.\n' };
  years.forEach((y, i) => (files[`designs/${y}-design-${i}/README.md`] = design(SECTIONS)));
  return files;
}

describe('detectLayout on other teams\' layouts (triage 13)', () => {
  it("reads no id from folders named by the year they were written (ESLint's designs/2019-drop-node8/README.md, one of 21 from 2019)", async () => {
    const files = eslintDesigns([2018, 2019, 2019, 2019, 2020, 2021]);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config?.rfcGlobs).toEqual(['designs/[0-9]*/README.md']);
    expect(layout.config?.idPattern).toBeUndefined();
    expect(layout.summary).toMatch(/no ids \(named by date\)$/);
    expect(layout.notes.find((n) => n.key === 'rfcGlobs')?.text).toContain('whose name starts with the year they were written');
  });

  it("keeps the id where numbers that look like years are each a document's own (KEP-2000 beside KEP-2001)", async () => {
    const files = eslintDesigns([1999, 2000, 2001, 2002, 2003, 2004]);
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config?.idPattern?.rfc).toBe('^designs/(\\d+)-[^/]+/README\\.md$');
  });

  it("takes a page of a templates/ folder the documents follow for their template (ESLint's templates/design.md), and not one they do not", async () => {
    const files = { ...eslintDesigns([2018, 2019, 2019, 2020]), 'templates/design.md': design(SECTIONS) };
    const layout = await detectLayout(Object.keys(files), reader(files));
    expect(layout.config?.template).toBe('templates/design.md');
    expect(layout.notes.find((n) => n.key === 'template')?.text).toMatch(/^The team's template, found in the folder of templates templates\/; the design documents read have 100% of its sections/);
    const unlike = { ...files, 'templates/design.md': design(['Usage', 'Options', 'Examples', 'Output']) };
    expect((await detectLayout(Object.keys(unlike), reader(unlike))).config?.template).not.toBe('templates/design.md');
  });

  it("takes folders named by an id, each holding the file named by that id, as the documents (IOTA's tips/TIP-0001/tip-0001.md, Stacks' sips/sip-001/sip-001-burn-election.md)", async () => {
    const tips = ['tip-template.md', ...[1, 2, 3, 4].map((n) => `tips/TIP-000${n}/tip-000${n}.md`), 'tips/TIP-0001/process.png'];
    const layout = await detectLayout(tips);
    expect(layout.config?.rfcGlobs).toEqual(['tips/TIP-*/tip-*.md']);
    const pattern = new RegExp(layout.config?.idPattern?.rfc ?? '^$');
    expect(pattern.exec('tips/TIP-0003/tip-0003.md')?.[1]).toBe('0003');
    // A file beside the document, not named by the id, is no document (Stacks' sip-042/at-block-usage-analysis.md).
    const sips = ['sips/SIP_TEMPLATE.md', 'sips/sip-001/sip-001-burn-election.md', 'sips/sip-002/sip-002-language.md', 'sips/sip-042/sip-042.md', 'sips/sip-042/at-block-usage-analysis.md'];
    const stacks = await detectLayout(sips);
    expect(stacks.config?.rfcGlobs).toEqual(['sips/sip-*/sip-*.md']);
    expect(stacks.documentCount).toBe(3);
    // Where the folder has a README, the README is the document (Cardano's CIP-0001/CIP-0001.md says "Moved to README.md").
    const cips = ['.github/CIP-TEMPLATE.md', ...[1, 2, 3, 4].flatMap((n) => [`CIP-000${n}/README.md`, `CIP-000${n}/CIP-000${n}.md`])];
    const cardano = await detectLayout(cips);
    expect(cardano.config?.rfcGlobs).toEqual(['CIP-*/README.md']);
    expect(cardano.notes.some((n) => n.text.includes('CIP-*/CIP-*.md'))).toBe(false);
  });

  it("reads ids written with no dash, padded to three digits (Perl's ppcs/ppc0001-….md, Backstage's adr001-….md, PowerShell's RFC0045-….md)", async () => {
    const ppcs = ['docs/template.md', ...[1, 2, 3, 4].map((n) => `ppcs/ppc000${n}-topic-${n}.md`)];
    const perl = await detectLayout(ppcs);
    expect(perl.config?.rfcGlobs).toEqual(['ppcs/ppc[0-9]*.md']);
    const pattern = new RegExp(perl.config?.idPattern?.rfc ?? '^$');
    expect(pattern.exec('ppcs/ppc0003-topic-3.md')?.[1]).toBe('0003');
    // In any folder the glob may later name (PowerShell's Final/ and Archive/<status>/).
    expect(pattern.exec('Archive/Draft/ppc0009-x.md')?.[1]).toBe('0009');
    const adrs = ['docs/architecture-decisions/adr000-template.md', ...[1, 2, 3].map((n) => `docs/architecture-decisions/adr00${n}-decision.md`)];
    expect((await detectLayout(adrs)).config?.rfcGlobs).toEqual(['docs/architecture-decisions/adr[0-9]*.md']);
  });

  it('takes no id from a word with a short number in it (utf8-handling.md, http2-support.md, ipv6-notes.md)', async () => {
    const layout = await detectLayout(['rfcs/0000-template.md', 'rfcs/utf8-handling.md', 'rfcs/http2-support.md', 'rfcs/ipv6-notes.md', 'rfcs/oauth2-flow.md']);
    expect(layout.config?.idPattern).toBeUndefined();
  });
});
