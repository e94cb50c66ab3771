/**
 * The published package, exactly as a user installs it: `npm pack` in the repository, then
 * `npm install <tarball>` in an empty folder, offline (every runtime dependency is in the bundles,
 * so the install must not need the registry), then `npx rfc-author`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUSH_CLIENT, TestClient, waitFor } from '../protocol/harness';

const REPO = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; files: string[]; dependencies?: Record<string, string> };

function run(command: string, args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
let tarball: string;
let installed: string;

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-package-')));
  const packed = run('npm', ['pack', '--pack-destination', work, '--json'], REPO);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, info.filename);
  installed = path.join(work, 'project');
  fs.mkdirSync(installed);
  const install = run('npm', ['install', '--offline', '--no-package-lock', tarball], installed);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  // `npm pack` built the production bundles; leave dist/ as the development build the other tiers use.
  run(process.execPath, [path.join(REPO, 'esbuild.mjs')], REPO);
});

describe('the npm package', () => {
  it('is publishable: not private, an allowlist of files, no runtime dependency to fetch', () => {
    expect((pkg as { private?: boolean }).private).toBeUndefined();
    expect(pkg.files).toEqual(expect.arrayContaining(['bin/rfc-author.js', 'dist/cli.js', 'dist/server.js']));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(fs.readdirSync(path.join(installed, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['rfc-author']);
  });

  it('holds the bundles and what they read, and no sources, tests or source maps', () => {
    const listed = run('tar', ['-tzf', tarball], work).stdout.split('\n').filter((l) => l !== '').map((l) => l.replace(/^package\//, ''));
    expect(listed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/rfc-author.js', 'dist/cli.js', 'dist/server.js', 'templates/rfc.md', 'schemas/rfc-author.schema.json']));
    expect(listed.filter((f) => /\.(ts|map)$/.test(f) || f.startsWith('test/') || f.startsWith('server/') || f.startsWith('examples/'))).toEqual([]);
  });

  it('runs `npx rfc-author --version` and `check` on a workspace', () => {
    expect(run('npx', ['--offline', 'rfc-author', '--version'], installed)).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const workspace = path.join(installed, 'workspace');
    fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
    const check = run('npx', ['--offline', 'rfc-author', 'check', 'workspace', '--format', 'json'], installed);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { filesChecked: number; findings: { rule: string }[] };
    expect(report.filesChecked).toBe(7);
    expect(report.findings.length).toBeGreaterThan(20);
  });

  it('runs `rfc-author lsp --version`, and `rfc-author lsp` serves a client', async () => {
    expect(run('npx', ['--offline', 'rfc-author', 'lsp', '--version'], installed)).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const bin = path.join(installed, 'node_modules', '.bin', 'rfc-author');
    const client = await TestClient.start({ capabilities: PUSH_CLIENT, command: [bin, 'lsp'] });
    try {
      expect(client.initializeResult.serverInfo?.name).toBe('rfc-author');
      await client.indexed();
      const uri = await client.open('docs/rfcs/RFC-0001-task-index.md');
      await waitFor(() => client.pushedFor(uri), 15_000, 'pushed diagnostics');
    } finally {
      await client.stop();
    }
  });
});
