import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, check, cleanRfc } from '../helpers';

const BUILTIN_RFC = BUILTIN_TEMPLATES.rfc;

const rule = 'missing-section';

describe('missing-section', () => {
  it('reports nothing when every template section is present', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports a missing section on the heading it belongs before', async () => {
    const text = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, '');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('Section "Goals" of the template is missing. It belongs after "Context".');
    const nonGoalsLine = text.split('\n').indexOf('## Non-Goals');
    expect(f[0].range.start.line).toBe(nonGoalsLine);
    expect(f[0].data).toMatchObject({ section: 'Goals', line: nonGoalsLine });
  });

  it('matches sections ignoring case and trailing parenthetical notes', async () => {
    const text = cleanRfc().replace('## Scope boundaries (anti-drift)', '## scope boundaries').replace('## Checklist (keep current)', '## Checklist');
    expect(await check(text, rule)).toEqual([]);
  });

  it('accepts a configured alias for a renamed section', async () => {
    const text = cleanRfc().replace('## Checklist (keep current)', '## Done criteria');
    expect(await check(text, rule)).toHaveLength(1);
    expect(await check(text, rule, {}, undefined, { sectionAliases: { 'Done criteria': 'Checklist (keep current)' } })).toEqual([]);
  });

  it('knows the words teams use for the same section (Decision for Proposed design, Testing for Proof, Problem — … for Context)', async () => {
    const text = cleanRfc()
      .replace('## Proposed design', '## Decision')
      .replace('## Proof / validation strategy (required)', '## Testing')
      .replace('## Context', '## Problem — why the sample fails today')
      .replace('## Checklist (keep current)', '## Implementation Checklist');
    expect(await check(text, rule)).toEqual([]);
    // TensorFlow's "Design Proposal" written "Design Overview"; Buildpacks' "Unresolved Questions" written "Unanswered Questions".
    const more = cleanRfc().replace('## Proposed design', '## Design Proposal').replace('## Open questions', '## Unanswered questions');
    expect(await check(more, rule)).toEqual([]);
  });

  it('knows the names other templates gave their ABI and future-work sections (Swift’s older proposals)', async () => {
    const template = '# Feature name\n\n* Status: **Awaiting review**\n\n## Motivation\n\nWhy.\n\n## ABI compatibility\n\nImpact.\n\n## Future directions\n\nLater.\n';
    const config = { rfcGlobs: ['proposals/[0-9]*.md'], template: 'proposal-templates/0000-swift-template.md' };
    const files = { 'proposal-templates/0000-swift-template.md': template };
    const older = '# Old feature\n\n* Status: **Implemented**\n\n## Motivation\n\nWhy.\n\n## Effect on ABI stability\n\nNone.\n\n## Future work\n\nMore.\n';
    expect(await check(older, rule, files, 'proposals/0001-old.md', config)).toEqual([]);
    expect(await check(older.replace('Effect on', 'Impact on'), rule, files, 'proposals/0001-old.md', config)).toEqual([]);
    const without = '# Old feature\n\n* Status: **Implemented**\n\n## Motivation\n\nWhy.\n\n## Effect on ABI stability\n\nNone.\n';
    expect((await check(without, rule, files, 'proposals/0001-old.md', config)).map((f) => f.message)).toEqual(['Section "Future directions" of the template is missing. It belongs after "ABI compatibility".']);
  });

  it("follows the repository's own template", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / In Progress / Complete\n\n## Context\n\nWhy.\n\n## Implementation Checklist\n\n- [ ] done\n';
    const text = '# RFC-0001: X\n\n- Status: Draft\n\n## Context\n\nBecause.\n';
    const f = await check(text, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(f.map((x) => x.data?.section)).toEqual(['Implementation Checklist']);
    expect(f[0].range.start.line).toBe(6);
  });
});

describe('missing-section on real repositories (issues 9 and 14)', () => {
  const withGuidance = (extra: string) => `${BUILTIN_RFC}\n${extra}`;

  it('never reports a section the template addresses to authors or marks optional, nor one optionalSections names', async () => {
    for (const marked of [
      '## RFC Quality Guidelines (for authors)\n\n- [ ] Keep it short.\n',
      '## Migration notes\n\n<!-- optional -->\n\nHow to migrate.\n',
      '## Basic example\n\nOmit this section if it\'s not applicable.\n',
      '## Prior art (optional)\n\nWhat others did.\n',
      '<!-- This is an optional element. Feel free to remove. -->\n## Decision Drivers\n\n* driver\n',
      // Ember's, React's and Vue's templates open "Unresolved questions" so (Ember's inside a quote).
      '## Unresolved questions\n\nOptional, but suggested for first drafts. What parts of the design are still\nTBD?\n',
      '## Unresolved issues\n\n> Optional, but suggested for first drafts. What parts are still TBD?\n',
      '## Acknowledgments\n\nIf significant changes or improvements suggested by members of the\ncommunity were incorporated into the proposal as it developed, take a\nmoment here to thank them.\n',
      // npm's: the section is for the discussion, and goes once the RFC is ratified.
      '## Unresolved Questions and Bikeshedding\n\n{{Write about any arbitrary decisions.}}\n\n{{THIS SECTION SHOULD BE REMOVED BEFORE RATIFICATION}}\n',
      // Tekton's: "(optional)" opens the section's comment since the heading lost it in 2022.
      '## References\n\n<!--\n(optional)\n\nUse this section to add links to GitHub issues, other TEPs,\ndesign docs in Tekton shared drive, examples, etc.\n-->\n',
      // NATS's: a choice of names in brackets, and the two ways to write the ADR, each "if" or "maybe".
      '## [Context | References | Prior Work]\n\n[What does the reader need to know before the design. These sections and optional, can be separate or combined.]\n',
      '## Design\n\n[If this is a specification or actual design, write something here.]\n',
      '## Decision\n\n[Maybe this was just an architectural decision...]\n',
      // Ansible's: "Anything else?" is the author's to add to, in plain words.
      "## Anything else?\nIf you'd like to add anything else beyond the above required and optional sections, you are welcome to do so.\n",
      // Conda's: a place for the author's own sections, by its name and by its opening.
      '## Other sections\n\nOther relevant sections of the proposal.  Common sections include:\n\n* Specification -- The technical details.\n* Motivation -- Why.\n',
      '## Further sections\n\nAs many as the proposal needs.\n',
      // Algorand's: a section the template makes mandatory on a condition.
      '## Reference Implementation\n\n> If `implementation-required: true`, this section is mandatory. Include:\n>\n> - canonical repository,\n',
      // ibc-go's ADR References: whether there is anything to link, then "if so".
      '## References\n\n> Are there any relevant PR comments, issues that led up to this, or articles referenced for why we made the given design choice? If so link them here!\n\n- {reference link}\n',
      '## Specification and more\n\nAdditional sections as needed, for example the motivation.\n',
      // Hedera's: a section for the draft phase.
      '## Open Issues\nWhile a HIP is in draft, new ideas may arise that warrant further discussion.\nList them here.\n',
      // Avalanche's ACPs: "Optional section that lists …".
      '## Concerns\n\nOptional section that lists any concerns that should be resolved prior to implementation.\n',
      // NEAR's: required for one category of proposals, optional for the others; and one the reviewers write.
      '## Reference Implementation\n\n[This technical section is required for Protocol proposals but optional for other categories. A draft implementation …]\n',
      '## Changelog\n\n[The changelog section provides historical context. The author does not need to fill out this section for the initial draft. Instead, the assigned reviewers should create the first version.]\n',
      // aws-cdk's Appendix and GraphQL's: as many as the author sees fit, none included.
      '## Appendix\n\nFeel free to add any number of appendices as you see fit. Appendices are\nexpected to allow readers to dive deeper.\n',
      '## Appendix\n\n<!-- Additional appendix sections are encouraged as the editor sees fit -->\n',
      // Chia's CHIP template: required for some kinds of proposal only.
      '## Test Cases\n\n  * Most Standards Track proposals will require a suite of test cases, which you may add to the assets folder.\n  * Some Process proposals will require test cases, depending on the significance of new features being added.\n  * Informational proposals typically will not require test cases.\n',
    ]) {
      const template = withGuidance(marked);
      expect(await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': template }), marked).toEqual([]);
    }
    // A section the template requires, though its first draft may skip it, is still a section to write (npm's Implementation).
    // Required for some and not said to be optional for others: still a section to write.
    const protocol = withGuidance('## Reference Implementation\n\nThis section is required for Protocol proposals. Explain the design in detail.\n');
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': protocol })).map((f) => f.data?.section)).toEqual(['Reference Implementation']);
    // Guidance that leaves the detail to the author is no leave to drop the section.
    const seeFit = withGuidance('## Rollout plan\n\nDescribe the rollout, adding diagrams as you see fit.\n');
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': seeFit })).map((f) => f.data?.section)).toEqual(['Rollout plan']);
    const most = withGuidance('## Test Cases\n\nMost proposals will require test cases. List them here.\n');
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': most })).map((f) => f.data?.section)).toEqual(['Test Cases']);
    const required = withGuidance("## Implementation\n\n{{THIS SECTION IS REQUIRED FOR RATIFICATION -- you can skip it if you don't know the technical details when first submitting the proposal, but it must be there before it's accepted}}\n");
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': required })).map((f) => f.data?.section)).toEqual(['Implementation']);
    // A heading that stands for the title is none of the sections to write (gRPC's setext `Title` above its header).
    const grpc = { 'GRFC-TEMPLATE.md': 'Title\n----\n* Author(s): [Author Name]\n* Approver: markdroth\n\n## Abstract\n\n[A short summary.]\n\n## Proposal\n\n[The change.]\n' };
    const grpcConfig = { rfcGlobs: ['A[0-9]*.md'], template: 'GRFC-TEMPLATE.md' };
    expect(await check('HTTP CONNECT Proxy Support\n----\n* Author(s): Mark\n* Approver: a11r\n\n## Abstract\n\nA.\n\n## Proposal\n\nP.\n', rule, grpc, 'A1-http-connect.md', grpcConfig)).toEqual([]);
    expect((await check('Proxy\n----\n* Author(s): Mark\n\n## Abstract\n\nA.\n', rule, grpc, 'A1-http-connect.md', grpcConfig)).map((f) => f.data?.section)).toEqual(['Proposal']);
    // OpenTelemetry's "Internal details" is the design: 0258 writes "## Design", others "## Specification".
    const otep = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Motivation\n\nM.\n\n## Internal details\n\nI.\n\n## Trade-offs and mitigations\n\nT.\n' };
    for (const design of ['Design', 'Specification']) expect((await check(`# RFC-0001: X\n\n- Status: Draft\n\n## Motivation\n\nM.\n\n## ${design}\n\nD.\n`, rule, otep)).map((f) => f.data?.section), design).toEqual(['Trade-offs and mitigations']);
    // A heading of three names holds the template's two-name section (Aptos's "Security Considerations, Risks and Drawbacks").
    const aip = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Risks and Drawbacks\n\nR.\n\n## Security Considerations\n\nC.\n\n## Future Potential\n\nF.\n' };
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Security Considerations, Risks and Drawbacks\n\nR.\n', rule, aip)).map((f) => f.data?.section)).toEqual(['Future Potential']);
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Impact, Risks and Benefits\n\nR.\n', rule, aip)).map((f) => f.data?.section)).toEqual(['Risks and Drawbacks', 'Security Considerations', 'Future Potential']);
    // A section that speaks of options is still a section to write.
    const options = withGuidance('## Options considered\n\nOptional features are listed here: which ones ship first?\n');
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': options })).map((f) => f.data?.section)).toEqual(['Options considered']);
    // A section about other things is still a section to write; so is one that speaks of sections.
    const others = withGuidance('## Other considerations\n\nWhat else the reviewers should weigh. Are there any risks? If so, how are they handled?\n\n## Related work\n\nOther sections of this document cite it; list it here.\n');
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': others })).map((f) => f.data?.section)).toEqual(['Other considerations', 'Related work']);
    // A question that opens with "If" is still a section to write (React's "Adoption strategy").
    const adoption = withGuidance('## Adoption strategy\n\nIf we implement this proposal, how will existing developers adopt it?\n');
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-TEMPLATE.md': adoption })).map((f) => f.data?.section)).toEqual(['Adoption strategy']);
    const text = cleanRfc().replace(/## Open questions\n\n[^#]*/, '');
    expect(await check(text, rule)).toHaveLength(1);
    expect(await check(text, rule, {}, undefined, { optionalSections: ['open questions'] })).toEqual([]);
  });

  it('counts a section written one level down, or under an evident equivalent of its name', async () => {
    const deeper = cleanRfc().replace('## Non-Goals', '### Non-Goals');
    expect(await check(deeper, rule)).toEqual([]);
    const shortened = cleanRfc().replace('## Proof / validation strategy (required)', '## Proof').replace('## Security considerations', '## Security');
    expect(await check(shortened, rule)).toEqual([]);
    const noted = cleanRfc().replace('## Scope boundaries (anti-drift)', '## Scope boundary (anti-drift) + TASK-0002 alignment');
    expect(await check(noted, rule)).toEqual([]);
    // The same words in another order or form ("Design Details" for a KEP's "Detailed design").
    const reworded = cleanRfc().replace('## Alternatives considered', '## Considered alternatives');
    expect(await check(reworded, rule)).toEqual([]);
    // One word written as two or hyphenated (CometBFT's ADR-117 `## Change log` for the template's "Changelog").
    // One of several, lettered or numbered (aws-cdk's "Appendix A: Breaking Changes"), but not words after the name.
    const appendix = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Appendix\n\nA.\n' };
    for (const h of ['Appendix A: Breaking Changes', 'Appendix 1 - Prior art', 'Appendix B']) expect(await check(`# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## ${h}\n\nA.\n`, rule, appendix), h).toEqual([]);
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Appendix of benchmarks\n\nA.\n', rule, appendix)).map((f) => f.data?.section)).toEqual(['Appendix']);
    const changelog = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Changelog\n\nC.\n\n## Non-goals\n\nN.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Change log\n\nC.\n\n## Non goals\n\nN.\n', rule, changelog)).toEqual([]);
    // One heading for two of the template's sections (Go's "Rationale and Compatibility").
    const joined = cleanRfc().replace('## Open questions', '## Goals & open questions').replace(/## Goals\n/, '## Aims\n');
    expect(await check(joined, rule)).toEqual([]);
    // The template's one-word name with a qualifier (Go's "Implementation plan", "Go 1 backwards compatibility"),
    // Rust's "Rationale and alternatives" as "Alternatives", and an "Abstract" for a "Summary".
    const go = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Implementation\n\nI.\n\n## Compatibility\n\nC.\n\n## Rationale and alternatives\n\nR.\n' };
    const qualified = '# RFC-0001: X\n\n- Status: Draft\n\n## Abstract\n\nS.\n\n## Implementation plan\n\nI.\n\n## Go 1 backwards compatibility\n\nC.\n\n## Alternatives\n\nR.\n';
    expect(await check(qualified, rule, go)).toEqual([]);
    // A name of several words after a qualifier (Swift's "Potential Future Directions"), but not after a joined name's mark.
    const future = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Proposed solution\n\nP.\n\n## Detailed design\n\nD.\n\n## Future directions\n\nF.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Proposed solution\n\nP.\n\n## Detailed design\n\nD.\n\n## Potential Future Directions\n\nF.\n', rule, future)).toEqual([]);
    // "Proposed Solution + Detailed Design" is both (Swift SE-0302), as a `/` or a comma joins them.
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Proposed Solution + Detailed Design\n\nP.\n\n## Future directions\n\nF.\n', rule, future)).toEqual([]);
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Proposed solution\n\nP.\n\n## Detailed design\n\nD.\n\n## Other directions\n\nF.\n', rule, future)).map((f) => f.data?.section)).toEqual(['Future directions']);
    // The names a template had before it renamed its sections (Rust's "Detailed design" before 2017's
    // "Reference-level explanation"; Swift's "Introduction" and "Effect on API resilience").
    const renamed = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary of changes\n\nS.\n\n## Reference-level explanation\n\nR.\n\n## Implications on adoption\n\nI.\n' };
    const older = '# RFC-0001: X\n\n- Status: Draft\n\n## Introduction\n\nS.\n\n## Detailed design\n\nR.\n\n## Effect on API resilience\n\nI.\n';
    expect(await check(older, rule, renamed)).toEqual([]);
    // Where the template has both names, each is its own section: an Introduction is no Summary.
    const both = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Introduction\n\nI.\n\n## Summary\n\nS.\n' };
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Introduction\n\nI.\n', rule, both)).map((f) => f.data?.section)).toEqual(['Summary']);
    // A template name that is no valid pattern is compared as text (`## Rollout)` once made a regular expression throw).
    const odd = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Rollout)\n\nR.\n\n## Summary\n\nS.\n' };
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Notes\n\nN.\n', rule, odd)).map((f) => f.data?.section)).toEqual(['Rollout)']);
    // More than one word after the name is another section ("Implementation of the cache").
    expect((await check(qualified.replace('## Implementation plan', '## Implementation of the cache'), rule, go)).map((f) => f.data?.section)).toEqual(['Implementation']);
    // Words that only overlap, or a joined heading of names the template lacks, stand for nothing.
    const overlap = cleanRfc().replace('## Alternatives considered', '## Alternatives rejected');
    expect((await check(overlap, rule)).map((f) => f.data?.section)).toEqual(['Alternatives considered']);
    const unrelated = cleanRfc().replace('## Open questions', '## Risks and costs');
    expect((await check(unrelated, rule)).map((f) => f.data?.section)).toEqual(['Open questions']);
  });

  it('counts a section written at a shallower level than the template’s (an RFC from before the template moved its sections to ##), but not one two levels down', async () => {
    const shallower = cleanRfc().replace('## Non-Goals', '# Non-Goals').replace('## Goals', '# Goals');
    expect(await check(shallower, rule)).toEqual([]);
    const buried = cleanRfc().replace('## Non-Goals', '#### Non-Goals');
    expect((await check(buried, rule)).map((f) => f.message)).toEqual(['Section "Non-Goals" of the template is missing. It belongs after "Goals".']);
  });

  it("says once that a code block is never closed where its fence swallowed the headings after it (Hedera's HIP-906), and still reports a section that is really missing", async () => {
    const text = cleanRfc().replace('## Alternatives considered', '```sh\necho start\n\n## Alternatives considered');
    const f = await check(text, rule);
    const fenceLine = text.split('\n').indexOf('```sh');
    expect(f.map((x) => [x.severity, x.range.start.line])).toEqual([['warning', fenceLine]]);
    expect(f[0].message).toBe('This code block is never closed: its fence ``` has no closing line, so the headings after it ("Alternatives considered", "Open questions", "Checklist (keep current)") are read as code and their sections look missing. Close the block with a ``` line after its code.');
    expect(f[0].data).toBeUndefined();
    // A closed block swallows nothing: the section it holds a heading of is missing.
    const closed = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, '```md\n## Goals\n```\n\n');
    expect((await check(closed, rule)).map((x) => x.data?.section)).toEqual(['Goals']);
  });

  it("gives one hint where the document writes the template's section names as bold lines, not headings (Hedera's HIP-23 `**Abstract**`)", async () => {
    const text = cleanRfc().replace('## Goals', '**Goals**').replace('## Non-Goals', '**Non-Goals:**');
    const f = await check(text, rule);
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['info', 'Sections "Goals", "Non-Goals" of the template are written as bold text (line ' + (text.split('\n').indexOf('**Goals**') + 1) + ' and on), not as headings: write them as `## …` so readers and tools find them.'],
    ]);
    // Bold words inside a paragraph are no heading: the section is missing.
    const inline = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, 'See **Goals** below.\n\n');
    expect((await check(inline, rule)).map((x) => [x.severity, x.data?.section])).toEqual([['warning', 'Goals']]);
  });

  it('gives one hint instead of a warning per section when a document lacks most of the template under headings of its own', async () => {
    const own = ['Summary', 'Rationale', 'Consequences', 'Migration Path', 'Components', 'Staging focus', 'References', 'Glossary', 'Appendix'].map((h) => `## ${h}\n\nText.\n`).join('\n');
    const text = `# RFC-0001: Early design\n\n- Status: In Progress\n- Owners: @alice\n- Created: 2026-01-10\n- Last Updated: 2026-02-01\n\n## Status at a Glance\n\n- **Phase 0 (a)**: 🟨\n\n## Context\n\nWhy.\n\n## Goals\n\n- one\n\n## Decision\n\nWhat.\n\n${own}`;
    const f = await check(text, rule);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0].message).toMatch(/^This RFC lacks \d+ of the template's \d+ sections/);
    // Headings of its own a level below the template's sections count too: a roadmap under one
    // level-1 heading where the template's sections are level 1 (Cranelift's, in Bytecode Alliance's RFCs).
    const template = '# Summary\n\nS.\n\n# Motivation\n\nM.\n\n# Proposal\n\nP.\n\n# Rationale and alternatives\n\nR.\n\n# Open questions\n\nQ.\n';
    const config = { rfcGlobs: ['accepted/*.md'], template: 'template-full.md' };
    const roadmap = `# Summary\n\nThe year's plan.\n\n# Cranelift Roadmap for 2022\n\n${['Priorities', 'Efforts', 'Confidence', 'Staffing'].map((h) => `## ${h}\n\nText.\n`).join('\n')}`;
    expect((await check(roadmap, rule, { 'template-full.md': template }, 'accepted/cranelift-roadmap-2022.md', config)).map((x) => x.severity)).toEqual(['info']);
    // Or two levels below, skipping one (Fabric's orderer-v3: `# Orderer-to-orderer communication`, then `### gRPC API changes`).
    expect((await check(roadmap.replace(/^## /gm, '### '), rule, { 'template-full.md': template }, 'accepted/cranelift-roadmap-2022.md', config)).map((x) => x.severity)).toEqual(['info']);
    // Three of a template's five, under headings of its own (TensorFlow's 2018 RFCs, before "User Benefit"): one hint too.
    const early = `# Summary\n\nS.\n\n# Motivation\n\nM.\n\n${['Overview', 'Detailed Current State', 'Kernel loading'].map((h) => `# ${h}\n\nText.\n`).join('\n')}`;
    expect((await check(early, rule, { 'template-full.md': template }, 'accepted/dynamic-kernels.md', config)).map((x) => x.severity)).toEqual(['info']);
    // A heading or two of its own is not a layout of its own: each missing section is a warning.
    const short = '# Summary\n\nS.\n\n# Notes\n\n## One\n\nText.\n';
    expect((await check(short, rule, { 'template-full.md': template }, 'accepted/x.md', config)).map((x) => x.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    // None of the template's sections, whatever headings of its own it has: a stub (C#'s "This is a placeholder for its specification.").
    const stub = await check('# Tuples\n\nThis is a placeholder for its specification.\n', rule, { 'template-full.md': template }, 'accepted/tuples.md', config);
    expect(stub.map((x) => [x.severity, x.message])).toEqual([
      ['info', 'This RFC has none of the template\'s 5 sections ("Summary", "Motivation", "Proposal", "Rationale and alternatives" and 1 more); it may predate the template or hold a placeholder. Add them, or name its own headings for them in `sectionAliases`.'],
    ]);
    // However few sections the template asks for (GraphQL's two, beside its optional Risks and Appendix); one missing is still a warning.
    const two = { 'template-full.md': '# Problem Statement\n\nP.\n\n# Proposed Solution\n\nS.\n\n# Appendix\n\n<!-- Additional appendix sections are encouraged as the editor sees fit -->\n' };
    expect((await check('# Defer and stream\n\nThe design.\n', rule, two, 'accepted/defer.md', config)).map((x) => x.severity)).toEqual(['info']);
    expect((await check('# Problem Statement\n\nThe problem.\n', rule, two, 'accepted/defer.md', config)).map((x) => x.severity)).toEqual(['warning']);
  });

  it("takes every section for optional where the template says so above them (Spinnaker's \"If a section is not applicable, remove it.\")", async () => {
    const template = (preamble: string) => ({ 'docs/rfcs/RFC-TEMPLATE.md': `# RFC-XXXX: <Title>\n\n${preamble}\n\n- Status: Draft / Accepted\n\n## Overview\n\nO.\n\n## Timeline\n\nT.\n` });
    const text = '# RFC-0001: X\n\n- Status: Draft\n\n## Overview\n\nO.\n';
    for (const preamble of ['_**IMPORTANT**: Fill in and remove all italicized text before submission.\nIf a section is not applicable, remove it._', 'Not all sections are required.', 'Remove any sections that do not apply.', '<!-- This template is provided as a suggested starting point. You may alter the\nformat where necessary. -->']) {
      expect(await check(text, rule, template(preamble)), preamble).toEqual([]);
    }
    // A section left empty is still reported: the template says to remove it.
    const empty = text.replace('## Overview\n\nO.\n', '## Overview\n\nO.\n\n## Timeline\n');
    expect((await check(empty, 'empty-section', template('If a section is not applicable, remove it.'))).map((f) => f.data?.section)).toEqual(['Timeline']);
    // Words about one section, or about the sections' content, leave them required.
    for (const preamble of ['Fill in every section.', 'If a field is not applicable, write N/A.', 'Use this template as a starting point.']) {
      expect((await check(text, rule, template(preamble))).map((f) => f.data?.section), preamble).toEqual(['Timeline']);
    }
  });

  it("counts a first heading that names a section of the template as that section where the template's title stands above level-1 sections (an F# RFC without its title line)", async () => {
    const template = { 'RFC_template.md': '# F# RFC FS-NNNN - (Fill me in with a feature name)\n\nThe design suggestion.\n\n# Summary\n\nOne paragraph.\n\n# Motivation\n\nWhy.\n' };
    const config = { rfcGlobs: ['RFCs/FS-*.md'], template: 'RFC_template.md' };
    expect(await check('# Summary\n\nS.\n\n# Motivation\n\nM.\n', rule, template, 'RFCs/FS-1001-x.md', config)).toEqual([]);
    expect(await check('# F# RFC FS-1001 - X\n\nT.\n\n# Summary\n\nS.\n\n# Motivation\n\nM.\n', rule, template, 'RFCs/FS-1001-x.md', config)).toEqual([]);
    // A section still missing is reported.
    expect((await check('# Summary\n\nS.\n', rule, template, 'RFCs/FS-1001-x.md', config)).map((f) => f.data?.section)).toEqual(['Motivation']);
  });

  it('finds missing sections at the template’s own level: level-1 sections of a template without a title', async () => {
    const template = '- Start Date: (fill me in with today\'s date, YYYY-MM-DD)\n- RFC PR: (leave this empty)\n\n# Summary\n\nBrief.\n\n# Motivation\n\nWhy.\n\n# Detailed design\n\nHow.\n\n# Drawbacks\n\nCost.\n\n# Alternatives\n\nOthers.\n';
    const text = '- Start Date: 2026-01-10\n- RFC PR: (leave this empty)\n\n# Summary\n\nA.\n\n# Motivation\n\nB.\n\n# Detailed design\n\nC.\n\n# Alternatives\n\nD.\n';
    const f = await check(text, rule, { '0000-template.md': template }, 'text/0042-feature.md', { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' });
    expect(f.map((x) => x.message)).toEqual(['Section "Drawbacks" of the template is missing. It belongs after "Detailed design".']);
  });

  it("counts a section whose own subsections stand at the section level, its heading dropped (a KEP's `## Test Plan` without `## Design Details`)", async () => {
    const kep = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Design Details\n\nD.\n\n### Test Plan\n\nT.\n\n### Graduation Criteria\n\nG.\n\n## Drawbacks\n\nX.\n' };
    const promoted = '# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Test Plan\n\nT.\n\n## Graduation Criteria\n\nG.\n\n## Drawbacks\n\nX.\n';
    expect(await check(promoted, rule, kep)).toEqual([]);
    // Without any of its subsections, it is missing.
    const absent = '# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Notes\n\nT.\n\n## Drawbacks\n\nX.\n';
    expect((await check(absent, rule, kep)).map((f) => f.data?.section)).toEqual(['Design Details']);
    // One subsection one level down under another section is no stand-in; two or more are: the
    // section was written there, its heading dropped (KEP 986's Test Plan and Graduation Criteria under Proposal).
    const nested = '# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n### Test Plan\n\nT.\n\n## Drawbacks\n\nX.\n';
    expect((await check(nested, rule, kep)).map((f) => f.data?.section)).toEqual(['Design Details']);
    const both = nested.replace('## Drawbacks', '### Graduation Criteria\n\nG.\n\n## Drawbacks');
    expect(await check(both, rule, kep)).toEqual([]);
    const twice = nested.replace('## Drawbacks', '### Test Plan\n\nMore.\n\n## Drawbacks');
    expect((await check(twice, rule, kep)).map((f) => f.data?.section)).toEqual(['Design Details']);
  });

  it("counts the names other teams' templates use for a section (Go's Discussion, Swift's Impact on existing code, Ember's Transition Path)", async () => {
    const go = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Proposal\n\nP.\n\n## Rationale\n\nR.\n\n## Implementation\n\nI.\n\n## Source compatibility\n\nC.\n\n## Future possibilities\n\nF.\n\n## Adoption strategy\n\nA.\n' };
    const own = '# RFC-0001: X\n\n- Status: Draft\n\n## Transition Path\n\nP.\n\n## Discussion\n\nR.\n\n## Deployment\n\nI.\n\n## Impact on existing code\n\nC.\n\n## Possible future work\n\nF.\n\n## Plan for adoption\n\nA.\n';
    expect(await check(own, rule, go)).toEqual([]);
    // A heading of the same group where the template has the name itself is no second match.
    const twice = own.replace('## Transition Path', '## Proposal\n\nP.\n\n## Transition Path');
    expect(await check(twice, rule, go)).toEqual([]);
    // Other words stand for nothing.
    const other = own.replace('## Discussion', '## Previous attempts');
    expect((await check(other, rule, go)).map((f) => f.data?.section)).toEqual(['Rationale']);
    // "Extensions" are future work (Rust 0528's "Additional extensions", 1414's "Alternatives, Extensions"), but not in the title (Swift 0169's "… Declarations and Extensions").
    const future = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Future directions\n\nF.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Additional extensions\n\nF.\n', rule, future)).toEqual([]);
    expect((await check('# RFC-0001: Private declarations and extensions\n\n- Status: Draft\n\n## Summary\n\nS.\n', rule, future)).map((f) => f.data?.section)).toEqual(['Future directions']);
    // A title that joins names neither hides nor adds a section the document has: Go's "# Proposal: Dense mark bits and sweep-free allocation" with its "## Proposal".
    const goTemplate = { 'docs/rfcs/RFC-TEMPLATE.md': '# Proposal: [Title]\n\n## Abstract\n\nA.\n\n## Proposal\n\nP.\n' };
    expect(await check('# Proposal: Dense mark bits and sweep-free allocation\n\n## Abstract\n\nA.\n\n## Proposal\n\nP.\n', rule, goTemplate)).toEqual([]);
    // Ember 0055's "# Learning" is its "How we teach this".
    const ember = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Detailed design\n\nD.\n\n## How we teach this\n\nT.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Detailed design\n\nD.\n\n## Learning\n\nT.\n', rule, ember)).toEqual([]);
    // PyTorch's "Related work and issues" (0006) and "**Open points**" (0030). "Overview" is no summary: Go's design has one as a subsection (60773).
    const torch = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## **Summary**\n\nS.\n\n## **Prior Art**\n\nP.\n\n## **Unresolved questions**\n\nU.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Related work and issues\n\nP.\n\n## **Open points**\n\nU.\n', rule, torch)).toEqual([]);
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Design\n\n### Overview\n\nS.\n\n## Related work\n\nP.\n\n## Open points\n\nU.\n', rule, torch)).map((f) => f.data?.section)).toEqual(['**Summary**']);
    // Polkadot's "Drawbacks, Alternatives and Unknowns" (RFC 5); Jupyter's "Proposed Enhancement", in 19 of 28 JEPs.
    const jep = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Guide-level explanation\n\nG.\n\n## Reference-level explanation\n\nR.\n\n## Drawbacks\n\nD.\n\n## Unresolved questions\n\nU.\n' };
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Proposed Enhancement\n\nR.\n\n## Drawbacks, Alternatives and Unknowns\n\nD.\n', rule, jep)).map((f) => f.data?.section)).toEqual(['Guide-level explanation']);
  });

  it('counts a section under another name at another level or in a joined heading, where one template section fits (`# Backwards compatibility`, `### Future extensions`, "Alternatives and future directions")', async () => {
    const go = { 'docs/rfcs/RFC-TEMPLATE.md': '# Proposal: [Title]\n\n- Status: Draft\n\n## Proposal\n\nP.\n\n## Compatibility\n\nC.\n\n## Alternatives considered\n\nA.\n\n## Future possibilities\n\nF.\n\n## Guide-level explanation\n\nG.\n' };
    const own = '# Proposal: X\n\n- Status: Draft\n\n## Proposal\n\nP.\n\n### Future extensions\n\nF.\n\n# Backwards compatibility\n\nC.\n\n## Alternatives and future work\n\nA.\n\n## How We Teach This\n\nG.\n';
    expect(await check(own, rule, go)).toEqual([]);
    // Its question form, and a trailing question mark (Rust 1824's "How do we teach this?").
    expect(await check(own.replace('## How We Teach This', '## How do we teach this?'), rule, go)).toEqual([]);
    // Two short names joined by a slash are two sections too ("Drawbacks / Alternatives"); a slash inside a phrase is not.
    const rust = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Drawbacks\n\nD.\n\n## Rationale and alternatives\n\nR.\n\n## Release checklist\n\nC.\n' };
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Downsides / alternatives\n\nD.\n', rule, rust)).map((f) => f.data?.section)).toEqual(['Release checklist']);
    // A lead written once for both names: Swift's "Effect on ABI stability and API resilience".
    const swift = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Detailed design\n\nD.\n\n## ABI compatibility\n\nA.\n\n## Implications on adoption\n\nI.\n' };
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Detailed design\n\nD.\n\n### Effect on ABI stability and API resilience\n\nE.\n', rule, swift)).toEqual([]);
    // Names joined by a comma, and an anchor in the heading (`<a name="design"></a>`).
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Downsides, alternatives\n\nD.\n\n## <a name="checklist"></a>Release checklist\n\nC.\n', rule, rust)).map((f) => f.data?.section)).toEqual([]);
    // A trailing note in brackets is no part of the name (the older KEP template's `[optional]`).
    expect(await check('# RFC-0001: X\n\n- Status: Draft\n\n## Detailed design\n\nD.\n\n## ABI compatibility [optional]\n\nA.\n\n## Implications on adoption\n\nI.\n', rule, swift)).toEqual([]);
    expect((await check('# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Drawbacks\n\nD.\n\n## Alternatives\n\nA.\n\n### Second milestone: stage/release\n\nM.\n', rule, rust)).map((f) => f.data?.section)).toEqual(['Release checklist']);
    // The title names the document: "Proposal: X" is no Proposal section.
    const titleOnly = '# Proposal: X\n\n- Status: Draft\n\n## Summary\n\nS.\n';
    expect((await check(titleOnly, rule, go)).map((f) => f.data?.section)).toContain('Proposal');
    // A heading two template sections fit stands for neither (Future possibilities and Future directions).
    const two = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Summary\n\nS.\n\n## Future possibilities\n\nF.\n\n## Future directions\n\nD.\n' };
    const deeper = '# RFC-0001: X\n\n- Status: Draft\n\n## Summary\n\nS.\n\n### Future work\n\nW.\n';
    expect((await check(deeper, rule, two)).map((f) => f.data?.section)).toEqual(['Future possibilities', 'Future directions']);
  });

  it('names the section a missing one follows among those written at another level (not "first" when they are all `#`)', async () => {
    const ember = { '0000-template.md': '- Start Date: (fill me in)\n\n## Summary\n\nS.\n\n## Detailed design\n\nD.\n\n## How we teach this\n\nT.\n' };
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const f = await check('- Start Date: 2014-08-18\n\n# Summary\n\nS.\n\n# Detailed design\n\nD.\n', rule, ember, 'text/0001-x.md', config);
    expect(f.map((x) => x.message)).toEqual(['Section "How we teach this" of the template is missing. It belongs after "Detailed design".']);
  });

  it('only hints at a missing design section where the section before it is a design written out in full (Swift\'s long "Proposed solution")', async () => {
    const swift = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Motivation\n\nM.\n\n## Proposed solution\n\nP.\n\n## Detailed design\n\nD.\n\n## Alternatives considered\n\nA.\n' };
    const subsections = ['Syntax', 'Semantics', 'Diagnostics'].map((n) => `### ${n}\n\n${'Text.\n\n'.repeat(15)}`).join('');
    const long = `# RFC-0001: X\n\n- Status: Draft\n\n## Motivation\n\nM.\n\n## Proposed solution\n\n${subsections}## Alternatives considered\n\nA.\n`;
    const f = await check(long, rule, swift);
    expect(f.map((x) => [x.data?.section, x.severity])).toEqual([['Detailed design', 'info']]);
    expect(f[0].message).toContain('"Proposed solution" runs 40 lines or more');
    // A long one without subsections too (SE-0374's 59 lines); a short solution leaves the design missing (SE-0049's 16 lines).
    const flat = long.replace(/### \w+\n\n/g, '');
    expect((await check(flat, rule, swift)).map((x) => x.severity)).toEqual(['info']);
    const short = long.replace(subsections, 'One paragraph.\n\n'.repeat(8));
    expect((await check(short, rule, swift)).map((x) => x.severity)).toEqual(['warning']);
    // Only a design section: a missing "Alternatives considered" after it is missing.
    const noAlternatives = long.replace('## Alternatives considered\n\nA.\n', '').replace('## Proposed solution', '## Detailed design');
    expect((await check(noAlternatives, rule, swift)).map((x) => [x.data?.section, x.severity])).toEqual([['Proposed solution', 'warning'], ['Alternatives considered', 'warning']]);
  });

  it('only hints at a missing section where a heading of the author\'s own, in its place, opens with its lead word ("Proposed Approach" for "Proposed solution")', async () => {
    const swift = { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Motivation\n\nM.\n\n## Proposed solution\n\nP.\n\n## Detailed design\n\nD.\n\n## Implementation History\n\nH.\n\n## Alternatives considered\n\nA.\n' };
    const rfc = (middle: string) => `# RFC-0001: X\n\n- Status: Draft\n\n## Motivation\n\nM.\n\n${middle}## Detailed design\n\nD.\n\n## Implementation History\n\nH.\n\n## Alternatives considered\n\nA.\n`;
    const found = await check(rfc('## Proposed Approach\n\nP.\n\n'), rule, swift);
    expect(found.map((x) => [x.data?.section, x.severity])).toEqual([['Proposed solution', 'info']]);
    expect(found[0].message).toBe('Section "Proposed solution" of the template is missing. It belongs after "Motivation". If "Proposed Approach" (line 9) is it, name it in `sectionAliases`.');
    // "The Proposed API" opens with it too, fillers aside; "Proposal" is the same word.
    expect((await check(rfc('## The Proposed API\n\nP.\n\n'), rule, swift)).map((x) => x.severity)).toEqual(['info']);
    // Must still warn: no heading of the author's own in its place, one that does not open with the
    // word, one that also has another template heading's word ("Proposed design": "Detailed design"),
    // or one that opens with a look-alike word ("Implicitly…" is no "Implications").
    for (const middle of ['', '## Background\n\nB.\n\n', '## Our proposed approach\n\nP.\n\n'.replace('Our ', 'A new '), '## Proposed design\n\nP.\n\n', '## Proposes\n\nP.\n\n'.replace('Proposes', 'Propositional logic')]) {
      expect((await check(rfc(middle), rule, swift)).map((x) => [x.data?.section, x.severity])).toEqual([['Proposed solution', 'warning']]);
    }
    // A heading elsewhere than where the section belongs is no namesake.
    const late = rfc('').replace('## Alternatives considered', '## Proposed Approach\n\nP.\n\n## Alternatives considered');
    expect((await check(late, rule, swift)).map((x) => x.severity)).toEqual(['warning']);
    // A word another template heading has is no lead word: "Implementation details" is not "Implementation History" when the template also says "Implementation".
    const two = { 'docs/rfcs/RFC-TEMPLATE.md': swift['docs/rfcs/RFC-TEMPLATE.md'].replace('## Detailed design', '## Implementation plan') };
    const noHistory = rfc('## Proposed solution\n\nP.\n\n').replace('## Detailed design', '## Implementation plan').replace('## Implementation History\n\nH.\n\n', '## Implementation Timeline\n\nT.\n\n');
    expect((await check(noHistory, rule, two)).map((x) => [x.data?.section, x.severity])).toEqual([['Implementation History', 'warning']]);
  });

  it('only hints where a heading in its place opens with a word of the section\'s own short guidance (Go\'s Rationale: "A discussion of alternate approaches")', async () => {
    const body = '[A discussion of alternate approaches and the trade offs.]';
    const go = (rationale: string) => ({ 'docs/rfcs/RFC-TEMPLATE.md': `# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Proposal\n\n[A precise statement of the proposed change.]\n\n## Rationale\n\n${rationale}\n\n## Compatibility\n\n[A discussion of the change with regard to compatibility.]\n` });
    const rfc = (heading: string) => `# RFC-0001: X\n\n- Status: Draft\n\n## Proposal\n\nP.\n\n## ${heading}\n\nA.\n\n## Compatibility\n\nC.\n`;
    expect((await check(rfc('Alternatives considered'), rule, go(body))).map((x) => x.severity)).toEqual(['info']);
    expect((await check(rfc('Alternate syntax'), rule, go(body))).map((x) => x.severity)).toEqual(['info']);
    // Must still warn: a heading that opens with no such word, a word another section's guidance
    // also uses ("discussion"), or guidance of a page of advice, whose words name everything.
    for (const heading of ['Performance', 'Discussion of costs']) expect((await check(rfc(heading), rule, go(body))).map((x) => x.severity)).toEqual(['warning']);
    // Out of the template's order too, as a section of its own (Go 70257) or a subsection at any depth (Go 48409's "#### Alternative approaches considered").
    const late = (heading: string) => `# RFC-0001: X\n\n- Status: Draft\n\n## Proposal\n\nP.\n\n## Compatibility\n\nC.\n\n${heading}\n\nA.\n`;
    expect((await check(late('## Alternatives considered'), rule, go(body))).map((x) => x.severity)).toEqual(['info']);
    expect((await check(late('#### Alternative approaches considered'), rule, go(body))).map((x) => x.severity)).toEqual(['info']);
    // A lead word counts only where the section belongs: "### Rationally speaking" under Compatibility is no Rationale.
    const short = { 'docs/rfcs/RFC-TEMPLATE.md': go(body)['docs/rfcs/RFC-TEMPLATE.md'].replace(body, 'Why.') };
    expect((await check(late('### Rationally speaking'), rule, short)).map((x) => x.severity)).toEqual(['warning']);
    const long = `${body} ${'Say more about each of them here. '.repeat(5)}`;
    expect((await check(rfc('Alternatives considered'), rule, go(long))).map((x) => x.severity)).toEqual(['warning']);
  });
});
