import { describe, expect, it } from 'vitest';
import { idAsWritten } from '../../../server/src/core/ids';
import { check, cleanRfc } from '../helpers';

const rule = 'title-format';

describe('title-format', () => {
  it('accepts `# RFC-NNNN: Title`', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('flags a document without any heading, on its first line', async () => {
    const f = await check('Just text.\n', rule);
    expect(f).toHaveLength(1);
    expect(f[0].range.start.line).toBe(0);
    expect(f[0].message).toContain('RFC-0001');
  });

  it('flags a first heading that is not level 1', async () => {
    const f = await check(cleanRfc().replace('# RFC-0001: Sample design', '## RFC-0001: Sample design'), rule);
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('level-1')]);
  });

  it("leaves a notice above the title alone (Ansible's archived `### moved to https://…` over `# Auto Install Ansible roles`), and still flags a level-2 title with text below it", async () => {
    const template = { 'proposals/TEMPLATE.md': '# Proposal: <proposal name>\n\n*Author*: Your Name\n\n## Motivation\n\nWhy.\n' };
    const config = { rfcGlobs: ['proposals/*.md'], template: 'proposals/TEMPLATE.md' };
    const moved = '### moved to https://github.com/ansible/proposals/issues/7\n\n# Auto Install Ansible roles\n\n*Author*: Will Thames\n\n## Motivation\n\nText.\n';
    expect(await check(moved, rule, template, 'proposals/auto-install-roles.md', config)).toEqual([]);
    expect(await check(moved.replace('moved to https://github.com/ansible/proposals/issues/7', 'merge was done for version 2.3'), rule, template, 'proposals/x.md', config)).toEqual([]);
    const level2 = '## Auto Install Ansible roles\n\nOne.\nTwo.\nThree.\nFour.\n\n# Motivation\n\nText.\n';
    expect((await check(level2, rule, template, 'proposals/auto-install-roles.md', config)).map((f) => f.data?.problem)).toEqual(['level']);
    // A title written at level 3 above a level-1 section of the template is a title two levels off.
    const sections = { 'proposals/TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n# Motivation\n\nWhy.\n' };
    const deep = '### Auto Install Ansible roles\n\n# Motivation\n\nText.\n';
    expect((await check(deep, rule, sections, 'proposals/auto-install-roles.md', config)).map((f) => f.data?.problem)).toEqual(['level']);
    // A level-2 title right above a level-1 section is a title at the wrong level, not a notice (GraphQL's `## RFC: Fragment Arguments`).
    const graphql = '## RFC: Fragment Arguments\n\n# Problem: Variable Modularity\n\nText.\n';
    expect((await check(graphql, rule, template, 'proposals/fragment-arguments.md', config)).map((f) => f.data?.problem)).toEqual(['level']);
  });

  it('flags a title without the id and offers the file id in data', async () => {
    const f = await check(cleanRfc().replace('# RFC-0001: Sample design', '# Sample design'), rule);
    expect(f).toHaveLength(1);
    expect(f[0].data).toMatchObject({ fileId: 'RFC-0001', title: 'Sample design' });
  });

  it('flags a dash instead of a colon', async () => {
    const f = await check(cleanRfc().replace('RFC-0001: Sample', 'RFC-0001 — Sample'), rule);
    expect(f[0].message).toContain('colon');
  });

  it('leaves the template placeholder id to the placeholder rule', async () => {
    expect(await check(cleanRfc().replace('# RFC-0001: Sample design', '# RFC-XXXX: <Title>'), rule)).toEqual([]);
  });
});

describe('title-format on other teams’ templates (issue 14)', () => {
  const react = { '0000-template.md': '- Start Date: (fill me in)\n\n# Summary\n\nBrief.\n\n# Motivation\n\nWhy.\n' };
  const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };

  it('does not run when the template has no title line', async () => {
    expect(await check('- Start Date: 2026-01-10\n\n# Summary\n\nA.\n\n# Motivation\n\nB.\n', 'title-format', react, 'text/0068-hooks.md', config)).toEqual([]);
  });

  it('asks only for a title when the template’s title carries no id', async () => {
    const ember = { '0000-template.md': '# RFC title\n\n## Summary\n\nOne paragraph.\n' };
    expect(await check('# Block params\n\n## Summary\n\nText.\n', 'title-format', ember, 'text/0003-block-params.md', config)).toEqual([]);
    const f = await check('## Block params\n\n## Summary\n\nText.\n', 'title-format', ember, 'text/0003-block-params.md', config);
    expect(f.map((x) => x.message)).toEqual(['The first heading should be a level-1 title `# Title`, not a level-2 heading.']);
    // A first heading that is a section of the template is no title at all (PyTorch's RFC-0011 opens with `## Summary`).
    const untitled = await check('## Summary\n\nText.\n', 'title-format', ember, 'text/0003-block-params.md', config);
    expect(untitled.map((x) => [x.message, x.range.start.line, x.data?.problem])).toEqual([['The RFC has no title: it opens with its "Summary" section. Write `# Title` above it.', 0, 'missing']]);
  });

  it('checks the id in the form the template’s title teaches (KEP-NNNN)', async () => {
    const kep = { 'keps/NNNN-template/README.md': '# KEP-NNNN: Your short, descriptive title\n\n## Summary\n\nText.\n' };
    const cfg = { rfcGlobs: ['keps/*/*/README.md'], template: 'keps/NNNN-template/README.md', idPattern: { rfc: 'keps/[^/]+/(\\d+)-[^/]+/README\\.md$' } };
    expect(await check('# KEP-4222: CBOR Serializer\n\n## Summary\n\nText.\n', 'title-format', kep, 'keps/sig-api/4222-cbor/README.md', cfg)).toEqual([]);
    const f = await check('# CBOR Serializer\n\n## Summary\n\nText.\n', 'title-format', kep, 'keps/sig-api/4222-cbor/README.md', cfg);
    expect(f.map((x) => x.message)).toEqual(['The title should start with the RFC\'s id: `# KEP-4222: CBOR Serializer`.']);
    // Where a third of the KEPs go without it (written before the template's `# KEP-NNNN:`), only a hint that says so.
    const keps = (untitled: number) => Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`keps/sig-api/${100 + i}-k${i}/README.md`, `# ${i < untitled ? '' : `KEP-${100 + i}: `}K${i}\n\n## Summary\n\nText.\n`]));
    const older = await check('# CBOR Serializer\n\n## Summary\n\nText.\n', 'title-format', { ...kep, ...keps(2) }, 'keps/sig-api/4222-cbor/README.md', cfg);
    expect(older.map((x) => [x.severity, x.message])).toEqual([['info', "The title should start with the RFC's id: `# KEP-4222: CBOR Serializer` (2 of the other 6 RFCs write their title without it)."]]);
    expect((await check('# CBOR Serializer\n\n## Summary\n\nText.\n', 'title-format', { ...kep, ...keps(0) }, 'keps/sig-api/4222-cbor/README.md', cfg)).map((x) => x.severity)).toEqual(['error']);
    // The id written as a link to its tracking issue is the id.
    const linked = '# [KEP-4222](https://github.com/kubernetes/enhancements/issues/4222): CBOR Serializer\n\n## Summary\n\nText.\n';
    expect(await check(linked, 'title-format', kep, 'keps/sig-api/4222-cbor/README.md', cfg)).toEqual([]);
    expect(await check(linked, 'id-mismatch', kep, 'keps/sig-api/4222-cbor/README.md', cfg)).toEqual([]);
    const other = await check(linked.replace('[KEP-4222]', '[KEP-4223]'), 'id-mismatch', kep, 'keps/sig-api/4222-cbor/README.md', cfg);
    expect(other.map((x) => x.range.start.character)).toEqual([3]);
    // The id suggested as the path writes its number: k8s writes `# KEP-492: …` in `492-admission-webhooks/`.
    const unpadded = await check('# Admission Webhooks\n\n## Summary\n\nText.\n', 'title-format', kep, 'keps/sig-api/492-admission-webhooks/README.md', cfg);
    expect(unpadded.map((x) => [x.message, x.data?.fileId])).toEqual([['The title should start with the RFC\'s id: `# KEP-492: Admission Webhooks`.', 'KEP-0492']]);
    // Brackets that are no link are no id.
    expect((await check('# [KEP-4222: CBOR Serializer\n\n## Summary\n\nText.\n', 'title-format', kep, 'keps/sig-api/4222-cbor/README.md', cfg)).length).toBe(1);
  });

  it("learns the separator from the template's title (Flux's `# RFC-NNNN Title`, no colon)", async () => {
    const flux = { 'rfcs/RFC-0000/README.md': '# RFC-NNNN Title\n\n**Status:** provisional\n\n## Summary\n\nText.\n' };
    const cfg = { rfcGlobs: ['rfcs/[0-9]*/README.md'], template: 'rfcs/RFC-0000/README.md', idPattern: { rfc: '^rfcs/(\\d+)-[^/]+/README\\.md$' } };
    const path = 'rfcs/0002-helm-oci/README.md';
    expect(await check('# RFC-0002 Flux OCI support for Helm\n\n**Status:** implemented\n\n## Summary\n\nText.\n', rule, flux, path, cfg)).toEqual([]);
    // The colon of our template there is only a hint, naming the team's form.
    const colon = await check('# RFC-0002: Flux OCI support for Helm\n\n**Status:** implemented\n\n## Summary\n\nText.\n', rule, flux, path, cfg);
    expect(colon.map((x) => [x.severity, x.message])).toEqual([['info', 'Separate the id and the title with a space, as the template does (`# RFC-0002 …`), not ":".']]);
    const missing = await check('# Flux OCI support for Helm\n\n## Summary\n\nText.\n', rule, flux, path, cfg);
    expect(missing.map((x) => x.message)).toEqual(['The title should start with the RFC\'s id: `# RFC-0002 Flux OCI support for Helm`.']);
  });

  it('only hints at a title without an id where the document has no number yet (k8s keeps three `0000-…` KEPs)', async () => {
    const kep = { 'keps/NNNN-template/README.md': '# KEP-NNNN: Your short, descriptive title\n\n## Summary\n\nText.\n' };
    const cfg = { rfcGlobs: ['keps/*/*/README.md'], template: 'keps/NNNN-template/README.md', idPattern: { rfc: 'keps/[^/]+/(\\d+)-[^/]+/README\\.md$' } };
    const f = await check('# A community forum\n\n## Summary\n\nText.\n', 'title-format', kep, 'keps/sig-a/0000-community-forum/README.md', cfg);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['info', 'The title has no id; this RFC has no number yet (its path says 0). Once it has one: `# KEP-NNNN: A community forum`.']]);
  });
});

describe('idAsWritten', () => {
  it('writes an id\'s number as the path writes it, else as given', () => {
    expect(idAsWritten('KEP-0492', 'keps/sig-api/492-admission-webhooks/README.md')).toBe('KEP-492');
    expect(idAsWritten('KEP-4222', 'keps/sig-api/4222-cbor/README.md')).toBe('KEP-4222');
    expect(idAsWritten('RFC-0004', 'docs/rfcs/RFC-0004-storage.md')).toBe('RFC-0004');
    expect(idAsWritten('RFC-0042', 'text/0042-x.md')).toBe('RFC-0042');
    expect(idAsWritten('RFC-0042', 'text/000042-x.md')).toBe('RFC-0042');
    expect(idAsWritten('TASK-0003B', 'tasks/TASK-3B-x.md')).toBe('TASK-0003B');
    expect(idAsWritten('ADR-0007', 'docs/adr/7-x.md')).toBe('ADR-7');
    expect(idAsWritten('RFC-0492', 'docs/rfcs/notes.md')).toBe('RFC-0492');
  });
});
