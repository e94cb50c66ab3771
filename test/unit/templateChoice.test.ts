import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { createRfcService, RULE_IDS, resolveConfig } from '../../server/src/core/index';
import { parseRfc } from '../../server/src/core/parser/rfcParser';
import { buildTemplate } from '../../server/src/core/template';
import { siblingTemplatePaths, templateFor } from '../../server/src/core/templateChoice';
import { check, MemoryHost } from './helpers';

const SWIFT = '# Feature\n\n* Proposal: [SE-NNNN](NNNN-filename.md)\n* Status: **Awaiting review**\n\n## Summary of changes\n\nS.\n\n## Motivation\n\nM.\n\n## Detailed design\n\nD.\n\n## ABI compatibility\n\nA.\n\n## Implications on adoption\n\nI.\n\n## Alternatives considered\n\nX.\n';
const SWIFTPM = '# Package Manager Feature\n\n* Proposal: [SE-NNNN](NNNN-filename.md)\n* Status: **Awaiting implementation**\n\n*During the review process, add the following fields as needed:*\n\n* Implementation: [swiftlang/swift-package-manager#NNNNN](https://example.com)\n* Bugs: [SR-NNNN](https://example.com)\n\n## Introduction\n\nI.\n\n## Motivation\n\nM.\n\n## Detailed design\n\nD.\n\n## Security\n\nS.\n\n## Impact on existing packages\n\nP.\n\n## Alternatives considered\n\nX.\n';
const PACKAGE_DOC = '# Package Manager Mirrors\n\n* Proposal: [SE-0219](0219-x.md)\n* Status: **Implemented**\n\n## Introduction\n\nI.\n\n## Motivation\n\nM.\n\n## Detailed design\n\nD.\n\n## Security\n\nS.\n\n## Impact on existing packages\n\nP.\n\n## Alternatives considered\n\nX.\n';

describe('templates beside the configured one', () => {
  const primary = buildTemplate(SWIFT, 'proposal-templates/0000-swift-template.md');
  const swiftpm = buildTemplate(SWIFTPM, 'proposal-templates/0000-swiftpm-template.md');
  const doc = (text: string) => parseRfc('proposals/0219-x.md', 1, text);

  it('are the files of its folder whose name says template', () => {
    const paths = ['proposal-templates/0000-swift-template.md', 'proposal-templates/0000-swiftpm-template.md', 'proposal-templates/README.md', 'proposals/0001-template-literals.md'];
    expect(siblingTemplatePaths('proposal-templates/0000-swift-template.md', paths)).toEqual(['proposal-templates/0000-swiftpm-template.md']);
    expect(siblingTemplatePaths('0000-template.md', ['0000-template.md', 'deprecation-template.md', 'README.md', 'text/0001-x.md'])).toEqual(['deprecation-template.md']);
    // An RFC about templates is an RFC, not a template.
    const rfcs = ['docs/rfcs/RFC-TEMPLATE.md', 'docs/rfcs/RFC-0042-issue-template.md', 'docs/rfcs/0043-page-template.md', 'docs/rfcs/SPIKE-TEMPLATE.md', 'docs/rfcs/templates-guide.md'];
    expect(siblingTemplatePaths('docs/rfcs/RFC-TEMPLATE.md', rfcs)).toEqual(['docs/rfcs/SPIKE-TEMPLATE.md']);
  });

  it('hold a document written from one of them to it, on evidence: a section only it has, and less lacking', () => {
    expect(templateFor(doc(PACKAGE_DOC), primary, [swiftpm], DEFAULT_CONFIG)).toBe(swiftpm);
    // A language proposal with an "Introduction" (the configured template's "Summary of changes" by another name) stays.
    const language = '# X\n\n* Proposal: [SE-0100](0100-x.md)\n* Status: **Implemented**\n\n## Introduction\n\nI.\n\n## Motivation\n\nM.\n\n## Detailed design\n\nD.\n\n## Alternatives considered\n\nX.\n';
    expect(templateFor(doc(language), primary, [swiftpm], DEFAULT_CONFIG)).toBe(primary);
    // A section of the sibling is not enough when the document lacks more of it.
    const mixed = '# X\n\n* Proposal: [SE-0100](0100-x.md)\n* Status: **Implemented**\n\n## Summary of changes\n\nS.\n\n## Motivation\n\nM.\n\n## Detailed design\n\nD.\n\n## Security\n\nS.\n\n## ABI compatibility\n\nA.\n\n## Implications on adoption\n\nI.\n\n## Alternatives considered\n\nX.\n';
    expect(templateFor(doc(mixed), primary, [swiftpm], DEFAULT_CONFIG)).toBe(primary);
    // A section of several words that only the sibling has by name is evidence, though the configured template has it under another name.
    const packages = language.replace('## Alternatives considered', '## Impact on existing packages\n\nP.\n\n## Alternatives considered');
    const withSource = buildTemplate(SWIFT.replace('## ABI compatibility', '## Source compatibility\n\nS.\n\n## ABI compatibility'), 'proposal-templates/0000-swift-template.md');
    expect(templateFor(doc(packages), withSource, [swiftpm], DEFAULT_CONFIG)).toBe(swiftpm);
    const both = buildTemplate(SWIFT.replace('## Alternatives considered', '## Impact on existing packages\n\nP.\n\n## Alternatives considered'), 'proposal-templates/0000-swift-template.md');
    expect(templateFor(doc(packages), both, [swiftpm], DEFAULT_CONFIG)).toBe(both);
    // A title that starts with the words the sibling's title adds to the configured one's is evidence too.
    const titled = (title: string) => `# ${title}\n\n* Proposal: [SE-0145](0145-x.md)\n* Status: **Implemented**\n\n## Introduction\n\nI.\n\n## Motivation\n\nM.\n\n## Detailed design\n\nD.\n\n## Alternatives considered\n\nX.\n`;
    const pmPrimary = buildTemplate(SWIFT.replace('# Feature', '# Feature name'), 'proposal-templates/0000-swift-template.md');
    const pmSibling = buildTemplate(SWIFTPM.replace('# Package Manager Feature', '# Package Manager Feature name'), 'proposal-templates/0000-swiftpm-template.md');
    expect(templateFor(doc(titled('Package Manager Version Pinning')), pmPrimary, [pmSibling], DEFAULT_CONFIG)).toBe(pmSibling);
    expect(templateFor(doc(titled('Version Pinning')), pmPrimary, [pmSibling], DEFAULT_CONFIG)).toBe(pmPrimary);
  });

  it("hold a document to the template named with its file's first word, whatever its sections (Stellar's sep-template.md for sep-0053.md)", () => {
    const cap = buildTemplate('## Preamble\n\nP.\n\n## Simple Summary\n\nS.\n\n## Working Group\n\nW.\n\n## Motivation\n\nM.\n\n## Exit Criteria\n\nE.\n', 'cap-template.md');
    const sep = buildTemplate('## Preamble\n\nP.\n\n## Simple Summary\n\nS.\n\n## Dependencies\n\nD.\n\n## Motivation\n\nM.\n\n## Changelog\n\nC.\n', 'sep-template.md');
    // An older SEP has only the sections both templates share: nothing else tells them apart.
    const older = '## Preamble\n\nP.\n\n## Simple Summary\n\nS.\n\n## Motivation\n\nM.\n';
    expect(templateFor(parseRfc('ecosystem/sep-0053.md', 1, older), cap, [sep], DEFAULT_CONFIG)).toBe(sep);
    expect(templateFor(parseRfc('core/cap-0046.md', 1, older), cap, [sep], DEFAULT_CONFIG)).toBe(cap);
    // A name that opens with no template's word leaves the choice to the sections.
    expect(templateFor(parseRfc('ecosystem/0053-x.md', 1, older), cap, [sep], DEFAULT_CONFIG)).toBe(cap);
    // So does a configured template named for no documents: a plain `template.md` and a shorter
    // `adr-template-minimal.md` beside it tell nothing of which one `adr-0001.md` follows.
    const plain = buildTemplate(cap.text, 'docs/template.md');
    const minimal = buildTemplate('## Preamble\n\nP.\n', 'docs/adr-template-minimal.md');
    expect(templateFor(parseRfc('docs/adr-0001.md', 1, older), plain, [minimal], DEFAULT_CONFIG)).toBe(plain);
  });

  it('take the fields a direction calls as needed for optional', () => {
    expect(swiftpm.fields.map((f) => [f.name, f.optional])).toEqual([['Proposal', false], ['Status', false], ['Implementation', true], ['Bugs', true]]);
    // A wrapped value or a list item that says "optional" is no such direction.
    const wrapped = buildTemplate('# T\n\n- Status: Draft\n- Notes: free text,\n  optional remarks\n- Owners: @a\n\n## Context\n\nC.\n', 'T.md');
    expect(wrapped.fields.map((f) => [f.name, f.optional])).toEqual([['Status', false], ['Notes', false], ['Owners', false]]);
  });

  it("spare a package proposal the language template's sections, and still report what it lacks of its own", async () => {
    const config = { rfcGlobs: ['proposals/[0-9]*.md'], template: 'proposal-templates/0000-swift-template.md' };
    const templates = { 'proposal-templates/0000-swift-template.md': SWIFT, 'proposal-templates/0000-swiftpm-template.md': SWIFTPM };
    expect(await check(PACKAGE_DOC, undefined, templates, 'proposals/0219-x.md', config)).toEqual([]);
    const lacking = await check(PACKAGE_DOC.replace(/## Alternatives considered\n\nX.\n/, ''), 'missing-section', templates, 'proposals/0219-x.md', config);
    expect(lacking.map((f) => f.data?.section)).toEqual(['Alternatives considered']);
    // Without the sibling, the language template's sections are missing.
    const alone = await check(PACKAGE_DOC, 'missing-section', { 'proposal-templates/0000-swift-template.md': SWIFT }, 'proposals/0219-x.md', config);
    expect(alone.map((f) => f.data?.section)).toEqual(['ABI compatibility', 'Implications on adoption']);
  });

  it('are read again when one changes on disk, and name the RFCs to check again', async () => {
    const config = resolveConfig({ rfcGlobs: ['proposals/[0-9]*.md'], template: 'proposal-templates/0000-swift-template.md' }, RULE_IDS).config;
    const host = new MemoryHost(new Map([['proposal-templates/0000-swift-template.md', SWIFT], ['proposal-templates/0000-swiftpm-template.md', SWIFTPM], ['proposals/0219-x.md', PACKAGE_DOC]]));
    const service = await createRfcService({ host, config });
    await service.indexWorkspace();
    const sections = async () => (await service.computeDiagnostics({ path: 'proposals/0219-x.md', text: PACKAGE_DOC, version: 1 })).filter((f) => f.rule === 'missing-section').map((f) => f.data);
    expect(await sections()).toEqual([]);
    host.files.set('proposal-templates/0000-swiftpm-template.md', SWIFTPM.replace('## Alternatives considered', '## Future directions\n\nF.\n\n## Alternatives considered'));
    expect(await service.fileChanged('proposal-templates/0000-swiftpm-template.md')).toEqual(['proposals/0219-x.md']);
    expect((await sections()).map((d) => (d as { section: string }).section)).toEqual(['Future directions']);
  });
});
