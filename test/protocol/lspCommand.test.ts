/**
 * `rfc-author lsp`: the command other editors start. The same server as `dist/server.js`, reached
 * through the package's `bin/rfc-author.js` as npm installs it, with and without `--stdio`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PUSH_CLIENT, REPO, TestClient, waitFor } from './harness';

const BIN = path.join(REPO, 'bin/rfc-author.js');
const RFC = 'docs/rfcs/RFC-0001-task-index.md';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

describe('rfc-author lsp', () => {
  it.each([[['lsp']], [['lsp', '--stdio']]])('serves LSP on stdio when started as `rfc-author %j`, and exits on shutdown', async (args) => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT, command: [process.execPath, BIN, ...args] });
    expect(client.initializeResult.serverInfo).toEqual({ name: 'rfc-author', version: (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version });
    await client.indexed();
    const uri = await client.open(RFC);
    const pushed = await waitFor(() => client?.pushedFor(uri), 15000, 'pushed diagnostics');
    expect(Array.isArray(pushed.diagnostics)).toBe(true);
    const server = client.process;
    await client.stop();
    client = undefined;
    expect(server.exitCode).toBe(0);
  });

  it('prints the version with --version and exits, without serving', () => {
    const r = spawnSync(process.execPath, [BIN, 'lsp', '--version'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('refuses a PATH, as a usage error', () => {
    const r = spawnSync(process.execPath, [BIN, 'lsp', 'docs'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('rfc-author: "lsp" takes no PATH (got "docs").\nRun `rfc-author --help` for usage.\n');
  });
});
