import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../helpers';
import { cleanup, runCli, tempDir, writeTree } from './harness';
import { cleanRfc, DONE_TASK, mixedWorkspace, rfcWithDateWarning, rfcWithTitleError } from './fixtures';

const dirs: string[] = [];
function workspace(files: Record<string, string | Uint8Array>, marker = true): string {
  const dir = tempDir();
  dirs.push(dir);
  return writeTree(dir, files, marker);
}
afterEach(() => dirs.splice(0).forEach(cleanup));

const TITLE_LINE = /^docs\/rfcs\/RFC-0002-dashed-title\.md:1:3 error title-format .+$/m;

describe('rfc-author check: exit codes and text output', () => {
  it('exits 0 and prints only the summary when every RFC and task is clean', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0001-clean.md': cleanRfc() });
    const r = await runCli(['check'], root);
    expect(r).toEqual({ code: 0, stdout: '2 files checked, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
  });

  it('exits 1 when an RFC has an error-level finding and prints it as file:line:col severity rule message', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002') });
    const r = await runCli(['check', '.'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(TITLE_LINE);
    expect(r.stdout.endsWith('\n\n2 files checked, 1 error, 0 warnings, 0 infos\n')).toBe(true);
  });

  it('exits 0 when the only findings are warnings', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0003-dates-swapped.md': rfcWithDateWarning('RFC-0003') });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^docs\/rfcs\/RFC-0003-dates-swapped\.md:6:17 warning date-order /m);
  });

  it('groups findings by file, with one blank line between files and none for clean files', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check'], root);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0].split('\n').every((l) => l.startsWith('docs/rfcs/RFC-0002-dashed-title.md:'))).toBe(true);
    expect(blocks[1].split('\n').every((l) => l.startsWith('docs/rfcs/RFC-0003-dates-swapped.md:'))).toBe(true);
    expect(blocks[2]).toBe('4 files checked, 1 error, 1 warning, 0 infos');
    expect(r.stdout).not.toContain('RFC-0001-clean');
  });

  it('shows paths relative to the current folder, so a terminal can open them', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', path.basename(root)], path.dirname(root));
    expect(r.stdout).toContain(`${path.basename(root)}/docs/rfcs/RFC-0002-dashed-title.md:1:3 error`);
  });

  it('colours the output on a terminal, but not when NO_COLOR is set or the output is piped', async () => {
    const root = workspace(mixedWorkspace());
    expect((await runCli(['check'], root, { isTTY: true })).stdout).toContain('\x1b[31merror\x1b[0m');
    expect((await runCli(['check'], root, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await runCli(['check'], root, { isTTY: false })).stdout).not.toContain('\x1b[');
  });
});

describe('rfc-author check: what is checked', () => {
  it('checks only the RFCs under a given folder or the given files, but indexes the whole workspace', async () => {
    const root = workspace({ ...mixedWorkspace(), 'docs/rfcs/archive/RFC-0004-old.md': rfcWithTitleError('RFC-0004', 'Old') }, true);
    fs.writeFileSync(path.join(root, '.rfc-author.json'), JSON.stringify({ rfcGlobs: ['docs/rfcs/**/RFC-*.md'] }));
    const folder = await runCli(['check', 'docs/rfcs/archive'], root);
    expect(folder.stdout).toMatch(/^docs\/rfcs\/archive\/RFC-0004-old\.md:1:3 error title-format/m);
    expect(folder.stdout).toContain('1 file checked');
    const files = await runCli(['check', 'docs/rfcs/RFC-0001-clean.md', 'docs/rfcs/RFC-0003-dates-swapped.md'], root);
    expect(files.code).toBe(0);
    expect(files.stdout).toContain('2 files checked, 0 errors, 1 warning');
  });

  it('never reports the RFC template, even when it is named on the command line', async () => {
    // The template is all placeholders: were it checked, it would be full of findings.
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-TEMPLATE.md': BUILTIN_TEMPLATES.rfc, 'docs/rfcs/RFC-0001-clean.md': cleanRfc() });
    const all = await runCli(['check', '--format', 'json'], root);
    expect(JSON.parse(all.stdout)).toMatchObject({ filesChecked: 2, findings: [] });
    const named = await runCli(['check', 'docs/rfcs/RFC-TEMPLATE.md'], root);
    expect(named.stdout).toBe('0 files checked, 0 errors, 0 warnings, 0 infos\n');
    // Nothing checked is a failed run, and it says why.
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('rfc-author: docs/rfcs/RFC-TEMPLATE.md is the RFC template; not checked.\n');
  });

  it('finds the workspace root from the first PATH: the nearest folder holding .rfc-author.json or .git', async () => {
    const outer = workspace({
      'project/.rfc-author.json': JSON.stringify({ rfcGlobs: ['design/RFC-*.md'] }),
      'project/design/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002'),
      ...Object.fromEntries(Object.entries(DONE_TASK).map(([p, t]) => [`project/${p}`, t])),
    });
    const r = await runCli(['check', 'project/design', '--format', 'json'], outer);
    const json = JSON.parse(r.stdout) as { root: string; findings: { file: string }[] };
    expect(json.root).toBe(path.join(outer, 'project'));
    expect(json.findings.map((f) => f.file)).toEqual(['design/RFC-0002-dashed-title.md']);
  });

  it('uses the PATH itself as the root when no folder above it holds .rfc-author.json or .git', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002') }, false);
    const r = await runCli(['check', root, '--format', 'json'], '/');
    expect(JSON.parse(r.stdout)).toMatchObject({ root, filesChecked: 2 });
  });

  it('reports a file it cannot read on one stderr line and checks the others', async () => {
    const root = workspace(mixedWorkspace());
    fs.truncateSync(path.join(root, 'docs/rfcs/RFC-0003-dates-swapped.md'), 21 * 1024 * 1024);
    const r = await runCli(['check'], root);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('cannot read'))).toEqual(['rfc-author: cannot read docs/rfcs/RFC-0003-dates-swapped.md; skipped.']);
    expect(r.stdout).toContain('3 files checked, 1 error, 0 warnings');
  });

  it('checks a binary file named like an RFC without crashing', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0007-blob.md': bytes, 'docs/rfcs/RFC-0001-clean.md': cleanRfc() });
    const r = await runCli(['check', '--format', 'json'], root);
    const report = JSON.parse(r.stdout) as { filesChecked: number; findings: { file: string; rule: string; severity: string }[] };
    expect(report.filesChecked).toBe(3);
    // One notice that the file is binary, instead of a finding per rule on what its bytes spell.
    expect(report.findings.filter((f) => f.file === 'docs/rfcs/RFC-0007-blob.md').map((f) => [f.rule, f.severity])).toEqual([['file-limit', 'info']]);
    expect(r.code).toBe(0);
  });
});

describe('rfc-author check: configuration and usage', () => {
  it('reads --config FILE instead of the root configuration', async () => {
    const root = workspace(mixedWorkspace());
    fs.writeFileSync(path.join(root, 'strict.json'), JSON.stringify({ rules: { 'date-order': 'error', 'title-format': 'off' } }));
    const r = await runCli(['check', '--config', 'strict.json'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/RFC-0003-dates-swapped\.md:6:17 error date-order/);
    expect(r.stdout).not.toContain('title-format');
  });

  it('prints each config problem with its key on stderr, still checks with the defaults, and exits 2', async () => {
    const root = workspace({ ...mixedWorkspace(), '.rfc-author.json': JSON.stringify({ rules: { 'no-such-rule': 'error', 'date-order': 'loud' }, colour: 'red' }) });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const key of ['colour', 'rules.no-such-rule', 'rules.date-order']) expect(lines.some((l) => l.includes(`"${key}"`))).toBe(true);
    expect(r.stdout).toMatch(/RFC-0003-dates-swapped\.md:6:17 warning date-order/);
    expect(r.stdout).toContain('4 files checked, 1 error, 1 warning');
  });

  it('exits 2 when the configuration is not valid JSON or --config names a missing file', async () => {
    const root = workspace({ ...mixedWorkspace(), '.rfc-author.json': '{ "rules": ' });
    const broken = await runCli(['check'], root);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/"\(file\)": \.rfc-author\.json is not valid JSON/);
    const missing = await runCli(['check', '--config', 'nope.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read the configuration file');
  });

  it.each([
    [['check', '--colour']],
    [['lint', '.']],
    [[]],
    [['check', '--format', 'xml']],
    [['check', 'no/such/folder']],
  ])('exits 2 with a message on stderr for the usage error in %j', async (args) => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(args, root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^rfc-author: \S/);
  });


  it('prints help and the version on stdout and exits 0', async () => {
    const root = workspace({});
    const help = await runCli(['--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: rfc-author <command> [options]');
    expect(help.stdout).toContain('rfc-author check [PATH...] [options]');
    const version = await runCli(['--version'], root);
    expect(version).toEqual({ code: 0, stdout: `${(JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version}\n`, stderr: '' });
  });
});
