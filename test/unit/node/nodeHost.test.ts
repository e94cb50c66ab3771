import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_READ_BYTES, NodeHost } from '../../../server/src/node/nodeHost';
import { cleanup, tempDir, writeTree } from '../cli/harness';

const ALL = ['docs/rfcs/RFC-*.md', 'tasks/TASK-*.md', 'docs/adr/[0-9]*.md'];
const dirs: string[] = [];
function tree(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('rfc-author-host-');
  dirs.push(dir);
  return writeTree(dir, files);
}
afterEach(() => dirs.splice(0).forEach(cleanup));

function recordingLogger(): { warnings: string[]; logger: { info(): void; warn(m: string): void; error(): void } } {
  const warnings: string[] = [];
  return { warnings, logger: { info: () => undefined, warn: (m: string) => void warnings.push(m), error: () => undefined } };
}

describe('NodeHost.listFiles', () => {
  it('lists the files matching the globs, sorted, as workspace-relative forward-slash paths', async () => {
    const root = tree({ 'docs/rfcs/RFC-0002-b.md': 'b', 'docs/rfcs/RFC-0001-a.md': 'a', 'tasks/TASK-0001-x.md': 't', 'docs/adr/0001-y.md': 'a', 'docs/notes.md': 'n', 'README.md': 'r' });
    expect(await new NodeHost(root).listFiles(ALL, [])).toEqual(['docs/adr/0001-y.md', 'docs/rfcs/RFC-0001-a.md', 'docs/rfcs/RFC-0002-b.md', 'tasks/TASK-0001-x.md']);
  });

  it('never walks node_modules or .git, even when a glob would match inside them, and honours ignore globs', async () => {
    const root = tree({
      'docs/rfcs/RFC-0001-a.md': 'a',
      'node_modules/pkg/docs/rfcs/RFC-0009-dep.md': 'dep',
      'docs/node_modules/RFC-0008-dep.md': 'dep',
      '.git/docs/rfcs/RFC-0007-git.md': 'git',
      'drafts/RFC-0006-wip.md': 'wip',
    });
    const host = new NodeHost(root);
    expect(await host.listFiles(['**/RFC-*.md'], [])).toEqual(['docs/rfcs/RFC-0001-a.md', 'drafts/RFC-0006-wip.md']);
    expect(await host.listFiles(['**/RFC-*.md'], ['drafts/**'])).toEqual(['docs/rfcs/RFC-0001-a.md']);
  });

  it('terminates on a symlink loop under docs/ and lists each file once', async () => {
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a' });
    fs.symlinkSync('..', path.join(root, 'docs/rfcs/loop'));
    fs.symlinkSync(path.join(root, 'docs'), path.join(root, 'docs/self'));
    expect(await new NodeHost(root).listFiles(['**/*.md'], [])).toEqual(['docs/rfcs/RFC-0001-a.md']);
  });

  it('follows a symlinked folder to a folder inside the root that is not walked otherwise', async () => {
    const root = tree({ 'design/rfcs/RFC-0001-a.md': 'a', 'docs/adr/0001-x.md': 'x' });
    fs.symlinkSync(path.join(root, 'design/rfcs'), path.join(root, 'docs/rfcs'));
    expect(await new NodeHost(root).listFiles(ALL, [])).toEqual(['docs/adr/0001-x.md', 'docs/rfcs/RFC-0001-a.md']);
  });

  it('does not follow symlinks that lead outside the root', async () => {
    const outside = tree({ 'RFC-0005-secret.md': 'secret' });
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a' });
    fs.symlinkSync(outside, path.join(root, 'docs/rfcs/elsewhere'));
    fs.symlinkSync(path.join(outside, 'RFC-0005-secret.md'), path.join(root, 'docs/rfcs/RFC-0005-secret.md'));
    const host = new NodeHost(root);
    expect(await host.listFiles(['docs/rfcs/**/*.md'], [])).toEqual(['docs/rfcs/RFC-0001-a.md']);
    expect(await host.readFile('docs/rfcs/RFC-0005-secret.md')).toBeUndefined();
    expect(host.probe('docs/rfcs/elsewhere')).toBeUndefined();
  });

  it('does not list a folder named like an RFC', async () => {
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a', 'docs/rfcs/RFC-0009-x.md/inner.txt': 'inner' });
    const host = new NodeHost(root);
    expect(await host.listFiles(ALL, [])).toEqual(['docs/rfcs/RFC-0001-a.md']);
    expect(await host.readFile('docs/rfcs/RFC-0009-x.md')).toBeUndefined();
    expect(host.probe('docs/rfcs/RFC-0009-x.md')).toBe('directory');
  });
});

describe('NodeHost.readFile', () => {
  it('reads UTF-8 exactly as stored, byte order mark and CRLF line ends included', async () => {
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': '\uFEFF# RFC-0001: Ä ✅\r\nbody\r\n' });
    expect(await new NodeHost(root).readFile('docs/rfcs/RFC-0001-a.md')).toBe('\uFEFF# RFC-0001: Ä ✅\r\nbody\r\n');
  });

  it('reads a binary file as text without throwing', async () => {
    const root = tree({ 'docs/rfcs/RFC-0001-blob.md': new Uint8Array([0, 0xff, 0xfe, 0x80, 0x41, 0]) });
    const text = await new NodeHost(root).readFile('docs/rfcs/RFC-0001-blob.md');
    expect(text).toBe('\u0000\uFFFD\uFFFD\uFFFDA\u0000');
  });

  it('returns undefined for a missing file and for paths that leave the root', async () => {
    const parent = tree({ 'secret.md': 'secret', 'ws/docs/a.md': 'a' });
    const host = new NodeHost(path.join(parent, 'ws'));
    expect(await host.readFile('docs/a.md')).toBe('a');
    expect(await host.readFile('docs/missing.md')).toBeUndefined();
    expect(await host.readFile('../secret.md')).toBeUndefined();
    expect(await host.readFile('docs/../../secret.md')).toBeUndefined();
    expect(await host.readFile(path.join(parent, 'secret.md'))).toBeUndefined();
  });

  it('refuses a file over 20 MB with a logged warning instead of reading it', async () => {
    const root = tree({ 'docs/rfcs/RFC-0001-huge.md': '' });
    fs.truncateSync(path.join(root, 'docs/rfcs/RFC-0001-huge.md'), MAX_READ_BYTES + 1);
    const { warnings, logger } = recordingLogger();
    expect(await new NodeHost(root, { logger }).readFile('docs/rfcs/RFC-0001-huge.md')).toBeUndefined();
    expect(warnings).toEqual(['docs/rfcs/RFC-0001-huge.md is 20.0 MB, over the 20 MB limit; it is not read.']);
  });
});

describe.each([
  ['asynchronous reads (the language server)', false],
  ['synchronous reads (the CLI)', true],
])('NodeHost.readFile on files the walk listed, %s', (_, syncReads) => {
  it('refuses a listed file that was replaced by a symlink to outside the root since the walk', async () => {
    const outside = tree({ 'secret.md': 'secret' });
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a', 'docs/rfcs/RFC-0002-b.md': 'b' });
    const host = new NodeHost(root, { syncReads });
    expect(await host.listFiles(ALL, [])).toEqual(['docs/rfcs/RFC-0001-a.md', 'docs/rfcs/RFC-0002-b.md']);
    fs.rmSync(path.join(root, 'docs/rfcs/RFC-0002-b.md'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'docs/rfcs/RFC-0002-b.md'));
    expect(await host.readFile('docs/rfcs/RFC-0001-a.md')).toBe('a');
    expect(await host.readFile('docs/rfcs/RFC-0002-b.md')).toBeUndefined();
  });

  it('refuses a listed file grown over 20 MB since the walk, once, with the warning', async () => {
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a' });
    const { warnings, logger } = recordingLogger();
    const host = new NodeHost(root, { logger, syncReads });
    await host.listFiles(ALL, []);
    fs.truncateSync(path.join(root, 'docs/rfcs/RFC-0001-a.md'), MAX_READ_BYTES + 1);
    expect(await host.readFile('docs/rfcs/RFC-0001-a.md')).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('reads a listed file that was deleted and written again', async () => {
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a' });
    const host = new NodeHost(root, { syncReads });
    await host.listFiles(ALL, []);
    fs.rmSync(path.join(root, 'docs/rfcs/RFC-0001-a.md'));
    expect(await host.readFile('docs/rfcs/RFC-0001-a.md')).toBeUndefined();
    fs.writeFileSync(path.join(root, 'docs/rfcs/RFC-0001-a.md'), 'again');
    expect(await host.readFile('docs/rfcs/RFC-0001-a.md')).toBe('again');
  });
});

describe('NodeHost.probe', () => {
  it('tells files from folders and answers undefined for what does not exist or lies outside the root', () => {
    const parent = tree({ 'outside.md': 'o', 'ws/docs/a.md': 'a' });
    const host = new NodeHost(path.join(parent, 'ws'));
    expect(host.probe('docs/a.md')).toBe('file');
    expect(host.probe('docs')).toBe('directory');
    expect(host.probe('docs/none.md')).toBeUndefined();
    expect(host.probe('../outside.md')).toBeUndefined();
    expect(host.probe('/etc/passwd')).toBeUndefined();
  });

  it('caches answers until clearCache, so repeated links cost one stat', () => {
    const root = tree({ 'docs/a.md': 'a' });
    const host = new NodeHost(root);
    expect(host.probe('docs/a.md')).toBe('file');
    fs.rmSync(path.join(root, 'docs/a.md'));
    expect(host.probe('docs/a.md')).toBe('file');
    host.clearCache();
    expect(host.probe('docs/a.md')).toBeUndefined();
  });

  it('answers a path in a missing folder from that folder, once for every path in it, and sees the folder when it comes', () => {
    const root = tree({ 'docs/a.md': 'a' });
    const host = new NodeHost(root);
    expect(host.probe('docs/docs/x/a.md')).toBeUndefined();
    // The folder is now known missing: even a file created in it since is not seen until clearCache.
    fs.mkdirSync(path.join(root, 'docs/docs/x'), { recursive: true });
    fs.writeFileSync(path.join(root, 'docs/docs/x/b.md'), 'b');
    expect(host.probe('docs/docs/x/b.md')).toBeUndefined();
    host.clearCache();
    expect(host.probe('docs/docs/x/b.md')).toBe('file');
    // A folder that is a file holds nothing.
    expect(host.probe('docs/a.md/b.md')).toBeUndefined();
  });

  it('follows a symlinked folder inside the root, and no folder that leads outside it', () => {
    const outside = tree({ 'x/secret.md': 's' });
    const root = tree({ 'real/a.md': 'a' });
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
    fs.symlinkSync(path.join(outside, 'x'), path.join(root, 'out'));
    const host = new NodeHost(root);
    expect(host.probe('alias/a.md')).toBe('file');
    expect(host.probe('out/secret.md')).toBeUndefined();
    // A symlinked file in a real folder is followed too, and refused when it leads outside.
    fs.symlinkSync(path.join(outside, 'x/secret.md'), path.join(root, 'real/leak.md'));
    fs.symlinkSync(path.join(root, 'real/a.md'), path.join(root, 'real/same.md'));
    expect(host.probe('real/leak.md')).toBeUndefined();
    expect(host.probe('real/same.md')).toBe('file');
    expect(host.probe('real/../real/leak.md')).toBeUndefined();
  });
});
