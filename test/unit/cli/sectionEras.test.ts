import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspaces } from './harness';

const workspace = workspaces();

const TEMPLATE = '# Summary\n\nOne paragraph.\n\n# Motivation\n\nWhy.\n\n# Prior art\n\nWhat others did.\n';
const rfc = (withPriorArt: boolean): string => `# Summary\n\nS.\n\n# Motivation\n\nM.\n${withPriorArt ? '\n# Prior art\n\nP.\n' : ''}`;

/** Twenty RFCs; "Prior art" from RFC 12 on, and RFC 15 without it. */
function files(): Record<string, string> {
  const out: Record<string, string> = {
    '.rfc-author.json': JSON.stringify({ rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' }),
    '0000-template.md': TEMPLATE,
  };
  for (let n = 1; n <= 20; n++) out[`text/${String(n).padStart(4, '0')}-x.md`] = rfc(n >= 12 && n !== 15);
  return out;
}

async function missing(root: string, args: readonly string[] = [], rule = 'missing-section'): Promise<string[]> {
  const r = await runCli(['check', '--format', 'json', ...args], root);
  const found = (JSON.parse(r.stdout) as { findings: { file: string; rule: string; severity: string }[] }).findings;
  return found.filter((f) => f.rule === rule).map((f) => `${f.file} ${f.severity}`);
}

describe('the CLI on sections the template gained later', () => {
  it('tells an RFC older than the section from a newer one, as the editor does, though its index reads no sections', async () => {
    const root = workspace(files());
    const older = Array.from({ length: 11 }, (_, i) => `text/${String(i + 1).padStart(4, '0')}-x.md info`);
    expect(await missing(root)).toEqual([...older, 'text/0015-x.md warning']);
    // The cache gives back what it kept of each RFC's sections: the same findings on the next run.
    expect(await missing(root, ['--cache'])).toEqual([...older, 'text/0015-x.md warning']);
    expect(await missing(root, ['--cache'])).toEqual([...older, 'text/0015-x.md warning']);
    // A check of one file tells the same era: it reads the other RFCs' sections.
    expect(await missing(root, ['text/0003-x.md'])).toEqual(['text/0003-x.md info']);
    expect(await missing(root, ['text/0015-x.md'])).toEqual(['text/0015-x.md warning']);
    // An older RFC edited: checked again while the others come from the cache, whose sections tell the era.
    fs.appendFileSync(path.join(root, 'text/0003-x.md'), '\nMore motivation.\n');
    expect(await missing(root, ['--cache'])).toEqual([...older, 'text/0015-x.md warning']);
  });

  it("does the same for a header field the template gained later (TiKV's Tracking Issue)", async () => {
    const tracked = (n: number): string => `- RFC PR: https://example.com/pull/${n}\n${n >= 12 && n !== 15 ? `- Tracking Issue: https://example.com/issues/${n}\n` : ''}\n# Summary\n\nS.\n\n# Motivation\n\nM.\n\n# Prior art\n\nP.\n`;
    const tree: Record<string, string> = { ...files(), '0000-template.md': `- RFC PR: https://example.com/pull/0000\n- Tracking Issue: https://example.com/issues/0000\n\n${TEMPLATE}` };
    for (let n = 1; n <= 20; n++) tree[`text/${String(n).padStart(4, '0')}-x.md`] = tracked(n);
    const root = workspace(tree);
    const older = Array.from({ length: 11 }, (_, i) => `text/${String(i + 1).padStart(4, '0')}-x.md info`);
    expect(await missing(root, [], 'header-field')).toEqual([...older, 'text/0015-x.md warning']);
    expect(await missing(root, ['text/0003-x.md'], 'header-field')).toEqual(['text/0003-x.md info']);
  });

  it("does the same for two sections the template put in another order later (Solana's Alternatives Considered, moved below Detailed Design)", async () => {
    const ordered = (n: number): string => (n >= 12 && n !== 15 ? rfc(true) : '# Summary\n\nS.\n\n# Prior art\n\nP.\n\n# Motivation\n\nM.\n');
    const tree: Record<string, string> = { ...files() };
    for (let n = 1; n <= 20; n++) tree[`text/${String(n).padStart(4, '0')}-x.md`] = ordered(n);
    const root = workspace(tree);
    const older = Array.from({ length: 11 }, (_, i) => `text/${String(i + 1).padStart(4, '0')}-x.md info`);
    expect(await missing(root, [], 'section-order')).toEqual([...older, 'text/0015-x.md warning']);
    expect(await missing(root, ['--cache'], 'section-order')).toEqual([...older, 'text/0015-x.md warning']);
    expect(await missing(root, ['--cache'], 'section-order')).toEqual([...older, 'text/0015-x.md warning']);
    expect(await missing(root, ['text/0003-x.md'], 'section-order')).toEqual(['text/0003-x.md info']);
  });

  it("does the same for documents named by date, which carry no id (TensorFlow's rfcs/20180626-x.md)", async () => {
    const tree: Record<string, string> = { ...files(), '.rfc-author.json': JSON.stringify({ rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' }) };
    for (const k of Object.keys(tree)) if (k.startsWith('text/')) delete tree[k];
    const name = (n: number): string => `rfcs/2019${n < 12 ? '01' : '06'}${String(n).padStart(2, '0')}-x.md`;
    for (let n = 1; n <= 20; n++) tree[name(n)] = rfc(n >= 12 && n !== 15);
    const root = workspace(tree);
    const older = Array.from({ length: 11 }, (_, i) => `${name(i + 1)} info`);
    expect(await missing(root)).toEqual([...older, `${name(15)} warning`]);
    expect(await missing(root, [name(3)])).toEqual([`${name(3)} info`]);
  });
});
