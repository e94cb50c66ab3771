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
    // examples/: 7 RFCs, 12 tasks and 3 ADRs, each checked with the rules of its kind.
    expect(report.filesChecked).toBe(22);
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

/** The `run:` script of a step of action.yml, found by the step's id (the file's own indentation). */
function actionStepScript(id: string): string {
  const lines = fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.trim() === `id: ${id}`);
  const run = lines.findIndex((l, i) => i > at && l.trim() === 'run: |');
  const body: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== '' && !line.startsWith('        ')) break;
    body.push(line.slice(8));
  }
  return body.join('\n');
}

describe('the GitHub Action (action.yml)', () => {
  it('runs the check with annotations, then writes SARIF, and reports the exit code, with the packed version', () => {
    const workspace = path.join(installed, 'action-workspace');
    fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
    fs.mkdirSync(path.join(workspace, '.git'), { recursive: true });
    const temp = fs.mkdtempSync(path.join(work, 'runner-'));
    const output = path.join(temp, 'github-output');
    fs.writeFileSync(output, '');
    const r = spawnSync('bash', ['-e', '-c', actionStepScript('check')], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 240_000,
      env: {
        ...process.env,
        npm_config_offline: 'true',
        GITHUB_ACTION_PATH: REPO,
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: temp,
        RFC_AUTHOR_PATHS: '.',
        RFC_AUTHOR_ARGS: '--max-warnings 0',
        RFC_AUTHOR_VERSION: `file:${tarball}`,
        RFC_AUTHOR_SARIF: 'true',
      },
    });
    expect(r.status, r.stderr).toBe(0);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(20);
    expect(annotations.every((l) => /^::(error|warning|notice) file=(?:docs\/rfcs\/RFC-\d{4}-|tasks\/TASK-\d{4}-|docs\/adr\/\d{4}-)[^,]+\.md,line=\d+,/.test(l))).toBe(true);
    const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => l.split('=') as [string, string]));
    expect(outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(fs.readFileSync(outputs['sarif-file'], 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0].results).toHaveLength(annotations.length);
  });
});

describe('the pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  it('run the published package of this very version', () => {
    const hooks = fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toContain(`entry: npx --yes rfc-author@${pkg.version} check`);
    expect(hooks).toContain('entry: npx --no-install rfc-author check');
  });
});
