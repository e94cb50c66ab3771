/**
 * The server from a second real client: headless Neovim 0.7 with its built-in LSP client, configured
 * with the Neovim block of docs/editors.md (copied as it is) and driven by test/nvim/init.lua over a
 * copy of the example workspace. The block starts `rfc-author lsp` from PATH; here PATH leads to this
 * checkout's bin/rfc-author.js. Neovim never pulls diagnostics, so this is also the end-to-end test
 * of push mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, SERVER } from '../protocol/harness';

interface NvimResult {
  ok: boolean;
  error?: string;
  checks: { name: string; ok: boolean }[];
  diagnostics?: { code: string; source: string; lnum: number; col: number; severity: number; message: string }[];
  definition?: { buffer: string; cursor: [number, number] };
  client?: { name: string; root_dir: string; cmd: string[] };
}

const EXAMPLES = path.join(REPO, 'examples');
const EDITORS_DOC = path.join(REPO, 'docs/editors.md');
/** The marker docs/editors.md puts before the block this test runs. */
const TESTED_MARKER = '<!-- test/nvim/nvim.test.ts runs the next block as it is -->';

/** The Lua block of docs/editors.md that follows the marker, exactly as users copy it. */
export function documentedNeovimConfig(): string {
  const doc = fs.readFileSync(EDITORS_DOC, 'utf8');
  const at = doc.indexOf(TESTED_MARKER);
  if (at === -1) throw new Error(`docs/editors.md has no "${TESTED_MARKER}"`);
  const block = /```lua\n([\s\S]*?)\n```/.exec(doc.slice(at));
  if (!block) throw new Error('no ```lua block follows the marker in docs/editors.md');
  return `${block[1]}\n`;
}
const RFC = 'docs/rfcs/RFC-0002-scheduler-time-slices.md';
const TASK = 'tasks/TASK-0005-scheduler-priorities.md';

let root: string;
let home: string;
let bin: string;

beforeAll(() => {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (version.error) throw new Error('Neovim is not installed: `apt-get install neovim` (the CI setup does).');
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" (npm run test:protocol does).`);
  // A folder name that clients encode differently (space, parentheses) keeps URI handling honest.
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rfc author (nvim) ')));
  fs.cpSync(EXAMPLES, root, { recursive: true });
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-nvim-home-'));
  // `rfc-author` on PATH, as `npm install --global rfc-author` would put it, running this checkout.
  bin = path.join(home, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'rfc-author'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO, 'bin/rfc-author.js')}" "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(home, 'editors.lua'), documentedNeovimConfig());
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
});

/** Runs headless Neovim with init.lua until it quits (or kills it after `timeoutMs`). */
function runNeovim(env: Record<string, string>, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(REPO, 'test/nvim/init.lua')], {
      cwd: root,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('Neovim 0.7 as an LSP client', () => {
  it('receives pushed diagnostics for an example RFC and jumps from a task id to the task file', async () => {
    const resultFile = path.join(home, 'result.json');
    const { code, output } = await runNeovim({
      RFC_AUTHOR_EDITOR_CONFIG: path.join(home, 'editors.lua'),
      RFC_AUTHOR_ROOT: root,
      RFC_AUTHOR_RFC: RFC,
      RFC_AUTHOR_EXPECT_RULE: 'task-status-mismatch',
      RFC_AUTHOR_DEFINITION_AT: 'TASK-0005)',
      RFC_AUTHOR_EXPECT_FILE: path.join(root, TASK),
      RFC_AUTHOR_RESULT: resultFile,
    }, 60000);
    expect(fs.existsSync(resultFile), `Neovim wrote no result (exit ${code}):\n${output}`).toBe(true);
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as NvimResult;
    expect(result.error, output).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(code).toBe(0);

    const mismatch = result.diagnostics?.find((d) => d.code === 'task-status-mismatch');
    expect(mismatch).toMatchObject({ source: 'rfc-author', lnum: 14, severity: 2 });
    expect(mismatch?.message).toContain('TASK-0005');
    expect(result.diagnostics?.some((d) => d.code === 'title-format')).toBe(true);

    expect(result.definition?.buffer).toBe(path.join(root, TASK));
    expect(result.definition?.cursor).toEqual([1, 0]);
    expect(result.client).toEqual({ name: 'rfc-author', root_dir: root, cmd: ['rfc-author', 'lsp'] });
    expect(result.checks.map((c) => c.name)).toEqual([
      'the buffer is Markdown',
      'the documented configuration attaches rfc-author to the RFC buffer',
      'a task-status-mismatch diagnostic arrives',
      'the task id is in the RFC',
      'go-to-definition opens the task file',
    ]);
  }, 90000);
});
