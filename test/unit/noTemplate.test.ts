import { describe, expect, it } from 'vitest';
import { runCli, workspaces } from './cli/harness';
import { findingsOf, workspace } from './helpers';

/** A Kotlin KEEP: its own header (`* **Author**:`, statuses such as "Stable in 1.1"), no id in the title, its own sections. */
function keep(title: string, extra = ''): string {
  return `# ${title}\n\n* **Type**: Design proposal\n* **Author**: Dmitry Petrov\n* **Status**: Stable in 1.1\n* **Discussion**: https://github.com/Kotlin/KEEP/issues/4\n\n## Summary\n\nText.\n\n## Motivation\n\nWhy.${extra}\n`;
}

const CONFIG = { rfcGlobs: ['proposals/KEEP-*.md'], template: 'none' };

describe('"template": "none": a team without a template', () => {
  it("holds the documents to no sections, header fields, title form or statuses of the built-in template (Kotlin's KEEPs)", async () => {
    const files = { 'proposals/KEEP-0004-type-aliases.md': keep('Type aliases'), 'proposals/KEEP-0011-sealed.md': keep('Sealed classes') };
    const ws = await workspace(files, CONFIG);
    expect(await findingsOf(ws, 'proposals/KEEP-0004-type-aliases.md')).toEqual([]);
    // Without the key the built-in template is in force, and every one of these rules speaks.
    const builtin = await workspace(files, { rfcGlobs: CONFIG.rfcGlobs });
    const rules = new Set((await findingsOf(builtin, 'proposals/KEEP-0004-type-aliases.md')).map((f) => f.rule));
    for (const rule of ['missing-section', 'title-format', 'header-field', 'status-value', 'owner-format']) expect(rules).toContain(rule);
  });

  it('still checks what needs no template: a broken link is an error', async () => {
    const text = keep('Type aliases', '\n\nSee [the old proposal](opt-in.md).');
    const ws = await workspace({ 'proposals/KEEP-0004-type-aliases.md': text, 'proposals/KEEP-0011-sealed.md': keep('Sealed classes') }, CONFIG);
    const found = await findingsOf(ws, 'proposals/KEEP-0004-type-aliases.md');
    expect(found.filter((f) => f.rule === 'broken-link').map((f) => f.severity)).toEqual(['error']);
  });

  it('asks for no title form: a preamble and a first heading at level 2 are the team\'s own (Lightning bLIPs)', async () => {
    const blip = '```\nbLIP: 1\nTitle: bLIP process\nStatus: Active\n```\n\n## Abstract\n\nText.\n\n## Copyright\n\nMIT.\n';
    const files = { 'proposals/KEEP-0001-process.md': blip, 'proposals/KEEP-0004-type-aliases.md': '## Type aliases\n\nText.\n' };
    const ws = await workspace(files, CONFIG);
    expect(await findingsOf(ws, 'proposals/KEEP-0001-process.md')).toEqual([]);
    expect(await findingsOf(ws, 'proposals/KEEP-0004-type-aliases.md')).toEqual([]);
    // Configured explicitly, the rule still runs on the documents' own level-1 titles.
    const asked = await workspace(files, { ...CONFIG, rules: { 'title-format': 'error' } });
    expect((await findingsOf(asked, 'proposals/KEEP-0004-type-aliases.md')).map((f) => f.rule)).toEqual(['title-format']);
  });

  it('reads the title of each document for the index and the explorer', async () => {
    const ws = await workspace({ 'proposals/KEEP-0004-type-aliases.md': keep('Type aliases') }, CONFIG);
    expect(ws.index.get('proposals/KEEP-0004-type-aliases.md')?.title).toBe('Type aliases');
    expect(ws.template.source).toBe('none');
  });
});

describe('no template configured and none at the default place', () => {
  const tree = workspaces();
  const keeps = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`proposals/KEEP-${String(i + 1).padStart(4, '0')}-x.md`, keep(`Proposal ${i + 1}`)]));

  it('checks without a template, and says so, where five or more RFCs read follow the built-in one too little to be written from it', async () => {
    const root = tree({ '.rfc-author.json': JSON.stringify({ rfcGlobs: ['proposals/KEEP-*.md'] }), ...keeps(6), 'proposals/KEEP-0007-y.md': keep('Broken', '\n\nSee [the old one](gone.md).') });
    const r = await runCli(['check', '--format', 'json'], root);
    const found = (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings;
    expect(found.map((f) => f.rule)).toEqual(['broken-link']);
    expect(r.stderr).toMatch(/No template is configured, and the 6 RFCs read have 0% of the sections of RFC Author's built-in template: they are checked without a template/);
  });

  it('keeps the built-in template where too few RFCs are read to tell', async () => {
    const root = tree({ '.rfc-author.json': JSON.stringify({ rfcGlobs: ['proposals/KEEP-*.md'] }), ...keeps(4) });
    const r = await runCli(['check', '--format', 'json'], root);
    expect((JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.some((f) => f.rule === 'missing-section')).toBe(true);
    expect(r.stderr).not.toMatch(/No template is configured/);
  });
});
