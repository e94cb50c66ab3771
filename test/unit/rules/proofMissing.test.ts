import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'proof-missing';
const PROOF_BLOCK = '### Proof (Host)\n\n```bash\ncargo test -p sample\n```\n';
const TEMPLATE_BLOCK = '```bash\ncargo test -p <crate> <filter>\n```';

describe('proof-missing', () => {
  it('accepts a proof section with a fenced block in a subsection', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('accepts an indented code block', async () => {
    expect(await check(cleanRfc().replace(PROOF_BLOCK, 'Run:\n\n    cargo test -p sample\n'), rule)).toEqual([]);
  });

  it('reports a proof section without a code block on its heading, with the template block and where to insert it', async () => {
    const text = cleanRfc().replace(PROOF_BLOCK, 'We will test it somehow.\n');
    const lines = text.split('\n');
    const heading = lines.indexOf('## Proof / validation strategy (required)');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].range).toEqual({ start: { line: heading, character: 3 }, end: { line: heading, character: 41 } });
    expect(f[0].message).toBe('Section "Proof / validation strategy (required)" has no command block; add the commands that prove the design in a fenced code block.');
    expect(f[0].data).toEqual({ section: 'Proof / validation strategy (required)', line: heading + 3, text: TEMPLATE_BLOCK });
    expect(lines[heading + 2]).toBe('We will test it somehow.');
  });

  it('gives only a hint when the commands are written as inline code', async () => {
    const f = await check(cleanRfc().replace(PROOF_BLOCK, '- `cargo test -p sample`\n'), rule);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0].message).toContain('only as inline code');
  });

  it('does not count code blocks of other sections', async () => {
    const text = cleanRfc().replace(PROOF_BLOCK, 'TBD.\n').replace('The contract is a function.', '```rust\nfn contract() {}\n```');
    expect(await check(text, rule)).toHaveLength(1);
  });

  it('says nothing when the proof section is absent (missing-section reports that)', async () => {
    const text = cleanRfc().replace(/## Proof \/ validation strategy \(required\)\n\n### Proof \(Host\)\n\n```bash\ncargo test -p sample\n```\n\n/, '');
    expect(text).not.toContain('## Proof');
    expect(await check(text, rule)).toEqual([]);
  });

  it("takes the proof section and its block from the repository's own template", async () => {
    const template = '# RFC-XXXX: <Title>\n\n- Status: Draft / In Progress / Complete\n\n## Verification\n\n~~~sh\nmake check\n~~~\n\n## Notes\n\nAny.\n';
    const text = '# RFC-0001: X\n\n- Status: Draft\n\n## Verification\n\nLater.\n\n## Notes\n\nNone.\n';
    const f = await check(text, rule, { 'docs/rfcs/RFC-TEMPLATE.md': template });
    expect(f.map((x) => x.data)).toEqual([{ section: 'Verification', line: 7, text: '~~~sh\nmake check\n~~~' }]);
  });

  it("takes a code example in the template's design for no proof section (Scala's ```scala under \"Proposed solution\")", async () => {
    const sip = { 'sip-template.md': '# SIP-XXXX: <Title>\n\n- Status: Draft / Accepted\n\n## Proposed solution\n\n~~~ scala\nval x = 1\n~~~\n\n## Testing\n\nHow it is tested.\n' };
    const config = { rfcGlobs: ['content/[0-9]*.md'], template: 'sip-template.md' };
    const doc = '# SIP-0060: X\n\n- Status: Draft\n\n## Proposed solution\n\nWe propose a syntax.\n\n## Testing\n\nTests.\n';
    expect(await check(doc, rule, sip, 'content/060-x.md', config)).toEqual([]);
    // Under a proof's name, any block is the proof.
    const named = { 'sip-template.md': sip['sip-template.md'].replace('## Testing\n\nHow it is tested.', '## Testing\n\n```\nsbt test\n```') };
    expect((await check(doc, rule, named, 'content/060-x.md', config)).map((x) => x.data?.section)).toEqual(['Testing']);
  });
});
