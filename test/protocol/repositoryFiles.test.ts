import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileEvent } from 'vscode-languageserver-protocol/node';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { FIXTURE, PULL_CLIENT, TestClient, waitFor } from './harness';

/**
 * The repository file list (issue 9) as the server keeps it: built when a folder is indexed (from
 * the git index, or by a walk that honours .gitignore), then kept current from the watched-file
 * events. The server says what it listed and how the list changed in its log.
 */
let client: TestClient | undefined;
const made: string[] = [];
afterEach(async () => {
  await client?.stop();
  client = undefined;
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const FIXTURE_FILES = 7;

function logged(c: TestClient, pattern: RegExp): Promise<RegExpExecArray> {
  return waitFor(() => c.logs.map((l) => pattern.exec(l)).find((m) => m !== null), 15000, `a log line matching ${pattern}`);
}

async function created(c: TestClient, ...rels: string[]): Promise<void> {
  const changes: FileEvent[] = rels.map((r) => ({ uri: c.uri(r), type: FileChangeType.Created }));
  await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
}

describe('the repository file list', () => {
  it('is walked at startup without .git, then follows created files and folders and a deleted folder, leaving out what .gitignore excludes', async () => {
    const c = await TestClient.start({ capabilities: PULL_CLIENT });
    client = c;
    const listed = await logged(c, /Listed (\d+) repository files by walking/);
    expect(Number(listed[1])).toBe(FIXTURE_FILES);

    c.write('.gitignore', 'out/\n*.tmp\n');
    c.write('src/parser/decls.rs', 'fn main() {}\n');
    c.write('scratch.tmp', 'ignored\n');
    c.write('out/bundle.js', 'ignored\n');
    await created(c, '.gitignore', 'src/parser/decls.rs', 'scratch.tmp', 'out');
    await logged(c, new RegExp(`Repository list of .*: 2 more, ${FIXTURE_FILES + 2} files\\.`));

    c.write('gen/a.ts', '');
    c.write('gen/deep/b.ts', '');
    await created(c, 'gen');
    await logged(c, new RegExp(`: 2 more, ${FIXTURE_FILES + 4} files\\.`));

    fs.rmSync(path.join(c.root, 'gen'), { recursive: true });
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: c.uri('gen'), type: FileChangeType.Deleted }] });
    await logged(c, new RegExp(`: 2 fewer, ${FIXTURE_FILES + 2} files\\.`));
  });

  it('is read from the git index when the folder is a git work tree: tracked files, not untracked ones', async () => {
    const repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-git-fixture-')));
    made.push(repo);
    fs.cpSync(FIXTURE, repo, { recursive: true });
    fs.writeFileSync(path.join(repo, 'untracked.txt'), 'not added\n');
    const env = { ...process.env, HOME: repo, GIT_CONFIG_NOSYSTEM: '1' };
    for (const args of [['init', '-q'], ['add', 'docs', 'tasks', '.rfc-author.json']]) {
      const run = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    }
    const c = await TestClient.start({ capabilities: PULL_CLIENT, workspace: repo });
    client = c;
    const listed = await logged(c, /Listed (\d+) repository files from the git index/);
    expect(Number(listed[1])).toBe(FIXTURE_FILES);
  });
});
