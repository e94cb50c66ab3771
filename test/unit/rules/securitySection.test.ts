import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'security-section';
const SECURITY = '- **Threat model**: a malicious input file.\n- **Mitigations**: bounds checks.\n- **Open risks**: none known.\n';
const withSecurity = (body: string) => cleanRfc().replace(SECURITY, body);

describe('security-section', () => {
  it('accepts a section with every label of the template', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports the missing labels on the heading, with the template lines and where to add them', async () => {
    const text = withSecurity('- **Threat model**: a malicious input file.\n');
    const lines = text.split('\n');
    const heading = lines.indexOf('## Security considerations');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: heading, character: 3 }, end: { line: heading, character: 26 } });
    expect(f[0].message).toBe('Section "Security considerations" lacks "Mitigations", "Open risks"; add a line for each (`- **Mitigations**: …`).');
    expect(f[0].data).toEqual({
      missing: ['Mitigations', 'Open risks'],
      line: heading + 3,
      text: '- **Mitigations**: <capability gating, identity binding, bounds checks, provenance>\n- **Open risks**: <explicit and tracked>',
    });
  });

  it('accepts the labels bold with the colon inside, plain, or as H3 headings, in any case', async () => {
    expect(await check(withSecurity('- **Threat model:** spoofing.\n\nMitigations: signed inputs.\n\n### Open Risks\n\nNone known.\n'), rule)).toEqual([]);
    expect(await check(withSecurity('- __threat model__: x\n- **MITIGATIONS** — y\n- **Open risks (tracked)**: z\n'), rule)).toEqual([]);
  });

  it('accepts the usual other words for a label: security invariants for mitigations, a risks section for open risks', async () => {
    expect(await check(withSecurity('- **Threat model**: spoofing.\n- **Security invariants**: deny by default.\n- **Open risks**: none.\n'), rule)).toEqual([]);
    const risksElsewhere = withSecurity('- **Threat model**: spoofing.\n- **Mitigations**: signed inputs.\n').replace('## Open questions', '## Risks & Mitigations\n\n- Replay.\n\n## Open questions');
    expect(await check(risksElsewhere, rule)).toEqual([]);
    // Words that are no label of the template's still leave it missing.
    expect((await check(withSecurity('- **Threat model**: spoofing.\n- **Design notes**: deny by default.\n- **Open risks**: none.\n'), rule)).map((f) => f.data?.missing)).toEqual([['Mitigations']]);
  });

  it('leaves a label still holding the template placeholder to the placeholder rule', async () => {
    const text = withSecurity('- **Threat model**: <spoofing, confused deputy, memory corruption, etc.>\n- **Mitigations**: bounds checks.\n- **Open risks**: none.\n');
    expect(await check(text, rule)).toEqual([]);
  });

  it('does not count labels inside code blocks or comments, or mentioned mid-sentence', async () => {
    const text = withSecurity('- **Threat model**: x; see Mitigations: below.\n\n```md\n- **Mitigations**: y\n```\n\n<!-- - **Open risks**: z -->\n');
    expect((await check(text, rule)).map((x) => x.data?.missing)).toEqual([['Mitigations', 'Open risks']]);
  });

  it('says nothing when the section is absent (missing-section reports that)', async () => {
    const text = cleanRfc().replace(`## Security considerations\n\n${SECURITY}\n`, '');
    expect(text).not.toContain('## Security');
    expect(await check(text, rule)).toEqual([]);
  });
});
