import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRfc, DONE_TASK, mixedWorkspace } from './fixtures';
import { cleanup, tempDir, writeTree } from './harness';

const REPO = path.resolve(__dirname, '../../..');
const BUNDLE = path.join(REPO, 'dist/cli.js');
const BIN = path.join(REPO, 'bin/rfc-author.js');

function node(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let root: string;
beforeAll(() => {
  // `npm test` builds first; a bare `vitest run` may find no bundle yet, so build it then.
  if (!fs.existsSync(BUNDLE)) {
    const build = spawnSync(process.execPath, [path.join(REPO, 'esbuild.mjs')], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  }
  root = writeTree(tempDir(), mixedWorkspace());
}, 130_000);
afterAll(() => cleanup(root));

describe('the CLI as a real process', () => {
  it('exits 1 with the JSON report on stdout when an RFC has an error', () => {
    const r = node([BUNDLE, 'check', '.', '--format', 'json'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { version: number; root: string; filesChecked: number; findings: { file: string; rule: string }[] };
    expect(json).toMatchObject({ version: 1, root, filesChecked: 4 });
    expect(json.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['docs/rfcs/RFC-0002-dashed-title.md title-format', 'docs/rfcs/RFC-0003-dates-swapped.md date-order']);
  });

  it('exits 0 on a clean folder and writes plain text when piped', () => {
    const clean = writeTree(tempDir(), { ...DONE_TASK, 'docs/rfcs/RFC-0001-clean.md': cleanRfc() });
    try {
      const r = node([BUNDLE, 'check'], clean);
      expect(r).toEqual({ code: 0, stdout: '2 files checked, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    } finally {
      cleanup(clean);
    }
  });

  it('exits 2 on a usage error, with the message on stderr', () => {
    const r = node([BUNDLE, 'check', '--format', 'yaml'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rfc-author: Unknown format "yaml"; use text, json, sarif or github.\nRun `rfc-author --help` for usage.\n');
  });

  it('runs through bin/rfc-author.js, the command npm installs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
    expect(path.resolve(REPO, pkg.bin['rfc-author'])).toBe(BIN);
    expect(fs.readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(node([BIN, '--version'], root)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const check = node([BIN, 'check'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('4 files checked, 1 error, 1 warning, 0 infos');
  });

  it('writes the RFC index with `index`, finds it current on a second run, and --check exits 1 once a status changes', () => {
    const repo = writeTree(tempDir(), { ...mixedWorkspace(), 'docs/rfcs/README.md': '# RFCs\n\n<!-- rfc-author:index:start -->\n<!-- rfc-author:index:end -->\n' });
    try {
      const rfc = 'RFC-0001-clean.md';
      expect(node([BUNDLE, 'index'], repo)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Updated docs\/rfcs\/README\.md/) as string });
      expect(node([BUNDLE, 'index', '--check'], repo)).toEqual({ code: 0, stdout: 'docs/rfcs/README.md is up to date.\n', stderr: '' });
      const file = path.join(repo, 'docs/rfcs', rfc);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^- Status: .*$/m, '- Status: Superseded'));
      const stale = node([BUNDLE, 'index', '--check'], repo);
      expect(stale.code).toBe(1);
      expect(stale.stdout).toContain('+| [');
      expect(stale.stdout).toContain('| Superseded |');
    } finally {
      cleanup(repo);
    }
  });
});
