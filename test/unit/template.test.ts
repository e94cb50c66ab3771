import { describe, expect, it } from 'vitest';
import { BUILTIN_RFC_TEMPLATE_SOURCE } from '../../server/src/core/builtinTemplates';
import { buildTemplate, sectionKey } from '../../server/src/core/template';
import { BUILTIN_TEMPLATES } from './helpers';
import { readSpecFile } from './specFiles';

const builtin = buildTemplate(BUILTIN_TEMPLATES.rfc, BUILTIN_RFC_TEMPLATE_SOURCE);

describe('buildTemplate on the built-in template', () => {
  it('has the 13 sections of the template, in order', () => {
    expect(builtin.sections.map((s) => s.name)).toEqual([
      'Status at a Glance',
      'Scope boundaries (anti-drift)',
      'Context',
      'Goals',
      'Non-Goals',
      'Constraints / invariants (hard requirements)',
      'Proposed design',
      'Security considerations',
      'Failure model (normative)',
      'Proof / validation strategy (required)',
      'Alternatives considered',
      'Open questions',
      'Checklist (keep current)',
    ]);
    expect(builtin.sections.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps each section body for "insert section", with subsections and without surrounding blank lines', () => {
    const goals = builtin.sections.find((s) => s.key === sectionKey('Goals'));
    expect(goals?.body).toBe('- <goal 1>\n- <goal 2>');
    const design = builtin.sections.find((s) => s.key === 'proposed design');
    expect(design?.childNames).toEqual(['Contract / interface (normative)', 'Phases / milestones (contract-level)']);
    expect(design?.body.startsWith('### Contract / interface (normative)')).toBe(true);
  });

  it("takes a note to the author in the header's form for no field (Cardano's `TODO: Remove the note before submitting`, Avalanche's `**Note on the preamble:**`)", () => {
    const text = '# CIP-XXXX: <Title>\n\n- Status: Draft\n- Authors: <name>\n\nTODO: Remove the note before submitting\n\n**Note on the preamble:** The `Discussion` link is only needed for some ACPs.\n\n## Abstract\n\nA.\n';
    expect(buildTemplate(text, 'cip-template.md').fields.map((f) => f.name)).toEqual(['Status', 'Authors']);
    // A field named otherwise stays a field.
    expect(buildTemplate(text.replace('TODO:', 'Tracking:'), 'cip-template.md').fields.map((f) => f.name)).toContain('Tracking');
  });

  it('reads the header fields with the Links sub-items and the lifecycle statuses', () => {
    expect(builtin.fields.map((f) => [f.name, f.key, f.value])).toEqual([
      ['Status', 'status', 'Draft / In Progress / Complete'],
      ['Owners', 'owners', '@kernel-team / @runtime / @tools-team'],
      ['Created', 'created', 'YYYY-MM-DD'],
      ['Last Updated', 'last updated', 'YYYY-MM-DD'],
      ['Links', 'links', ''],
    ]);
    expect(builtin.fields[4].childNames).toEqual(['Tasks', 'ADRs', 'Related RFCs']);
    expect(builtin.statuses).toEqual(['Draft', 'In Progress', 'Complete']);
  });

  it('derives every role from the template text', () => {
    expect(builtin.roles).toEqual({
      statusField: 'status',
      ownersField: 'owners',
      dateFields: ['created', 'last updated'],
      createdField: 'created',
      updatedField: 'last updated',
      linksField: 'links',
      phaseSection: 'status at a glance',
      proofSection: 'proof/validation strategy',
      checklistSection: 'checklist',
      securitySection: 'security consideration',
    });
  });

  it('lists the security labels the security section must cover', () => {
    expect(builtin.securityLabels).toEqual(['Threat model', 'Mitigations', 'Open risks']);
  });

  it('collects the placeholders of prose and code blocks, and the title placeholder', () => {
    expect(builtin.placeholders).toEqual(expect.arrayContaining(['<Title>', 'YYYY-MM-DD', 'TASK-XXXX', 'RFC-000Y', '<short name>', '<goal 1>', '<non-goal 2>', '<alt 1>', '<question 1>', '<crate>', '<filter>']));
    expect(builtin.codePlaceholders).toEqual(['<crate>', '<filter>']);
    expect(builtin.titlePlaceholder).toBe('<Title>');
    // Template prose that is not a placeholder stays out: phase markers, inline code, quoted words.
    expect(builtin.placeholders.some((p) => /[⬜🟨✅“]|^`|tasks\/TASK-\*/u.test(p))).toBe(false);
  });
});

describe('buildTemplate on other templates', () => {
  it('follows a customised template that renames "Checklist (keep current)" to "Implementation Checklist"', () => {
    const custom = buildTemplate(BUILTIN_TEMPLATES.rfc.replace('## Checklist (keep current)', '## Implementation Checklist'), 'docs/rfcs/RFC-TEMPLATE.md');
    expect(custom.sections).toHaveLength(13);
    expect(custom.sections[12]).toMatchObject({ name: 'Implementation Checklist', key: 'implementation checklist', order: 12 });
    expect(custom.roles.checklistSection).toBe('implementation checklist');
    expect(custom.sections.map((s) => s.key)).not.toContain('checklist');
  });

  it('yields the same model from the damaged template as delivered as from the clean one', () => {
    const source = 'docs/rfcs/RFC-TEMPLATE.md';
    const damaged = buildTemplate(readSpecFile('rfc-template.as-delivered.md'), source);
    const clean = buildTemplate(readSpecFile('rfc-template.md'), source);
    expect(damaged.text).toBe(clean.text);
    expect(damaged).toEqual(clean);
    expect(damaged.sections).toHaveLength(13);
    expect(damaged.doc.phases.filter((p) => p.templateTriple)).toHaveLength(3);
  });

  it('takes the phase, proof and checklist sections from what they hold, not from their names', () => {
    const text = '# RFC-XXXX: <Title>\n\n- State: Open / Closed\n- Since: YYYY-MM-DD\n\n## Progress\n\n- **Phase 0 (<name>)**: ⬜ / 🟨 / ✅\n\n## Evidence\n\n```sh\nmake test\n```\n\n## Todo\n\n- [ ] a\n';
    const t = buildTemplate(text, 'x.md');
    expect(t.roles).toMatchObject({ statusField: 'state', dateFields: ['since'], createdField: 'since', phaseSection: 'progress', proofSection: 'evidence', checklistSection: 'todo' });
    expect(t.roles.updatedField).toBeUndefined();
    expect(t.statuses).toEqual(['Open', 'Closed']);
  });

  it("takes no proof section from a shell block the section calls an example (PowerShell's User Experience), nor from a code example of the design", () => {
    const powershell = '# Title\n\n## User Experience\n\nExample of user experience with example code/script.\n\n```powershell\nGet-Example\n```\n\n## Specification\n\nS.\n';
    expect(buildTemplate(powershell, 'x.md').roles.proofSection).toBeUndefined();
    expect(buildTemplate('# Title\n\n## Proposed solution\n\n```scala\nval x = 1\n```\n', 'x.md').roles.proofSection).toBeUndefined();
    // A shell block the section does not call an example is still its proof, as one under a proof's name is.
    expect(buildTemplate(powershell.replace('Example of user experience with example code/script.', 'Run these.'), 'x.md').roles.proofSection).toBe('user experience');
    expect(buildTemplate(powershell.replace('## User Experience', '## Testing'), 'x.md').roles.proofSection).toBe('testing');
  });
});

describe('sectionKey', () => {
  it('ignores case, emphasis, trailing parenthetical notes, hyphens and punctuation', () => {
    expect(sectionKey('Scope boundaries (anti-drift)')).toBe(sectionKey('scope boundaries'));
    expect(sectionKey('Non-Goals')).toBe(sectionKey('non goals'));
    expect(sectionKey('**Open questions**:')).toBe('open question');
    // A heading that is all brackets is no note to drop: NATS's `[Context | References | Prior Work]` keeps its words.
    expect(sectionKey('[Context | References | Prior Work]')).toBe('context | reference | prior work');
    expect(sectionKey('Scope boundary')).toBe(sectionKey('Scope boundaries'));
    expect(sectionKey('Status')).toBe('status');
    expect(sectionKey('Analysis')).toBe('analysis');
    expect(sectionKey('Dependencies')).toBe(sectionKey('dependency'));
    expect(sectionKey('Proof / validation strategy (required)')).toBe('proof/validation strategy');
    expect(sectionKey('Risks & mitigations')).toBe('risk and mitigation');
    // A letter with a mark is the letter: Perl's PPC 0004 writes `## Preämble`; other scripts keep theirs.
    expect(sectionKey('Preämble')).toBe(sectionKey('Preamble'));
    expect(sectionKey('Résumé')).toBe('resume');
    expect(sectionKey('Обзор')).toBe('обзор');
    // A comment for a tool after the name (Ember's `## Summary <!-- omit in toc -->`) is no part of it.
    expect(sectionKey('Summary <!-- omit in toc -->')).toBe('summary');
    expect(sectionKey('Detailed <!-- x --> design')).toBe(sectionKey('Detailed design'));
    // A number is a place, not a name; a year or a version is part of the name.
    expect(['1. Summary', '2.3) Summary', 'IV. Summary'].map(sectionKey)).toEqual(['summary', 'summary', 'summary']);
    expect(['2024 roadmap', '1.2.3 release notes', 'v2 design'].map(sectionKey)).toEqual(['2024 roadmap', '1.2.3 release note', 'v2 design']);
    // A heading's attributes for a site generator are no part of it (TensorFlow's `{#design-proposal}`); braces of a name are.
    expect(['Design Proposal {#design-proposal}', 'User Benefit {: #benefit .big}', 'Design {.wide}'].map(sectionKey)).toEqual(['design proposal', 'user benefit', 'design']);
    expect(sectionKey('{Option 1}')).toBe('{option 1}');
  });
});

describe('the layout a template teaches', () => {
  const structureOf = (text: string) => buildTemplate(text, 'template.md').structure;

  it('has a title with the id and level-2 sections in ours', () => {
    expect(structureOf(BUILTIN_TEMPLATES.rfc)).toEqual({ sectionLevel: 2, hasTitle: true, titleId: { kind: 'prefixed', prefix: 'RFC' }, idPrefix: 'RFC' });
  });

  it('has no title and level-1 sections when the template is header fields then `#` sections (React, Vue)', () => {
    const s = structureOf('- Start Date: (fill me in with today\'s date, YYYY-MM-DD)\n- RFC PR: (leave this empty)\n\n# Summary\n\nBrief.\n\n# Motivation\n\nWhy.\n\n# Drawbacks\n\nCost.\n');
    expect(s).toEqual({ sectionLevel: 1, hasTitle: false });
    const model = buildTemplate('- Start Date: (fill me in)\n\n# Summary\n\nBrief.\n\n# Motivation\n\nWhy.\n', 'template.md');
    expect(model.sections.map((x) => x.name)).toEqual(['Summary', 'Motivation']);
    expect(model.fields.map((f) => f.name)).toEqual(['Start Date']);
  });

  it("has a title above level-1 sections when the first heading holds an id placeholder (F#'s `# F# RFC FS-NNNN - …`), and no title otherwise", () => {
    const text = '# F# RFC FS-NNNN - (Fill me in with a feature name)\n\nThe design suggestion [FILL ME IN](https://example.com) has been approved.\n\n# Summary\n\nOne paragraph.\n\n# Motivation\n\nWhy.\n';
    expect(structureOf(text)).toEqual({ sectionLevel: 1, hasTitle: true });
    expect(buildTemplate(text, 'RFC_template.md').sections.map((x) => x.name)).toEqual(['Summary', 'Motivation']);
    // A first level-1 section named like an id is no placeholder.
    expect(structureOf('# Summary of RFC-0042\n\nBrief.\n\n# Motivation\n\nWhy.\n')).toEqual({ sectionLevel: 1, hasTitle: false });
  });

  it('has no title and level-2 sections when the template opens with `##` (Rust)', () => {
    expect(structureOf('- Feature Name: (fill me in)\n- Start Date: (fill me in)\n\n## Summary\n\nOne paragraph.\n\n## Motivation\n\nWhy.\n')).toEqual({ sectionLevel: 2, hasTitle: false });
  });

  it('has a title without an id when the title is a plain placeholder (Ember, MADR)', () => {
    expect(structureOf('# RFC title\n\n## Summary\n\nOne paragraph.\n\n## Motivation\n\nWhy.\n')).toEqual({ sectionLevel: 2, hasTitle: true });
  });

  it('reads the id form of a title (KEP-NNNN, adr-tools numbers) and an id placeholder in the header (Swift)', () => {
    expect(structureOf('# KEP-NNNN: Your short, descriptive title\n\n## Summary\n\nText.\n')).toMatchObject({ hasTitle: true, titleId: { kind: 'prefixed', prefix: 'KEP' }, idPrefix: 'KEP' });
    expect(structureOf('# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nText.\n')).toMatchObject({ hasTitle: true, titleId: { kind: 'number' } });
    expect(structureOf('# Feature name\n\n* Proposal: [SE-NNNN](NNNN-filename.md)\n* Authors: [Author](https://github.com/x)\n\n## Introduction\n\nText.\n')).toMatchObject({ hasTitle: true, idPrefix: 'SE' });
  });

  it("reads the part under a `# Title` placeholder where level-1 guidance frames it (Kotlin's stdlib template)", () => {
    const text = [
      '# Proposal template for new API in the Standard Library', '', 'This document provides a template.', '',
      '# Title', '', '* **Type**: Standard Library API proposal', '* **Author**: author name', '* **Status**: Submitted', '* **Prototype**: Not started / In progress / Implemented', '',
      '## Summary', '', 'What.', '', '## Use cases', '', 'Who.', '',
      '# Appendix: Questions to consider', '', 'These questions are not a part of the proposal.', '', '## Naming', '', 'Names.', '',
    ].join('\n');
    const model = buildTemplate(text, 'TEMPLATE.md');
    expect(model.structure).toEqual({ sectionLevel: 2, hasTitle: true });
    expect(model.sections.map((x) => x.name)).toEqual(['Summary', 'Use cases']);
    expect(model.fields.map((f) => f.name)).toEqual(['Type', 'Author', 'Status', 'Prototype']);
    // The list is the prototype's state: a status field of one value names no statuses, and another field's list is no status.
    expect([model.statuses, model.roles.statusField]).toEqual([[], undefined]);
    // Level-1 parts without a title placeholder among them are the sections (React, Vue).
    expect(buildTemplate('# Summary\n\nS.\n\n## Detail\n\nD.\n\n# Motivation\n\nM.\n', 'T.md').sections.map((x) => x.name)).toEqual(['Summary', 'Motivation']);
    // A field of another name lists the statuses where none is named for it.
    expect(buildTemplate('# Title\n\n- State: Draft / Accepted\n\n## Summary\n\nS.\n', 'T.md').statuses).toEqual(['Draft', 'Accepted']);
  });

  it("leaves out a level-1 heading that names the template and its guidance, above the documents' own start (Prometheus's `# Template`)", () => {
    const text = [
      '# Template', '', 'Feel free to copy this file and fill in all the details below.', '',
      '## Your Proposal Title', '', '* **Owners:**', '  * `<@author>`', '', '* **Implementation Status:** `Not implemented / Implemented`', '',
      '## Why', '', 'Why.', '', '## Goals', '', 'Goals.', '',
    ].join('\n');
    const model = buildTemplate(text, '0000-template.md');
    expect(model.structure).toEqual({ sectionLevel: 2, hasTitle: false });
    expect(model.sections.map((x) => [x.name, x.optional])).toEqual([['Your Proposal Title', true], ['Why', false], ['Goals', false]]);
    expect(model.concepts.title).toBe(false);
    // A level-1 heading that names something else is a title, as before.
    expect(buildTemplate(text.replace('# Template', '# Templates of service discovery'), 'T.md').structure.hasTitle).toBe(true);
  });
});
