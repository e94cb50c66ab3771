import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitIndexError, readGitIndex } from '../../../server/src/node/gitIndex';
import { RepositoryListing } from '../../../server/src/node/repositoryListing';
import { git, gitWithInput, removeTree, trackedFiles, tree } from './gitRepo';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

function repo(files: Record<string, string>, ...initArgs: string[]): string {
  const root = tree(files);
  roots.push(root);
  git(root, 'init', '-q', ...initArgs);
  return root;
}

function indexOf(root: string): Buffer {
  return fs.readFileSync(path.join(root, '.git', 'index'));
}

const FILES = {
  'README.md': '# repo\n',
  'docs/rfcs/RFC-0001-a.md': '# RFC-0001: A\n',
  'docs/adr/0012-storage-split.md': '# ADR\n',
  'src/compiler/parser/decls.rs': 'fn x() {}\n',
  'src/a/b/c/d/e/f/deep.txt': 'deep\n',
  'dir with space/file with space.txt': 'space\n',
  'unicode/ä ö ü.md': 'umlaut\n',
  'unicode/日本語/文書.md': 'cjk\n',
  'unicode/\u{1F680} rocket.txt': 'astral\n',
  'unicode/\uFF21 fullwidth.txt': 'fullwidth\n',
  'scripts/run-tests.sh': '#!/bin/sh\n',
  'ignored-but-tracked.log': 'forced\n',
  '.gitignore': '*.log\n',
};

/** A repository with every kind of entry: nested, unicode, spaces, symlinks, a gitlink, conflict stages, a path over 4,095 bytes. */
function richRepo(...initArgs: string[]): string {
  const root = repo(FILES, ...initArgs);
  fs.symlinkSync('src/compiler', path.join(root, 'link-to-folder'));
  fs.symlinkSync('README.md', path.join(root, 'link-to-file'));
  fs.symlinkSync('nowhere', path.join(root, 'dangling-link'));
  git(root, 'add', '-A');
  git(root, 'add', '-f', 'ignored-but-tracked.log');
  const blob = git(root, 'hash-object', '-w', 'README.md').trim();
  git(root, 'commit', '-q', '-m', 'one');
  const commit = git(root, 'rev-parse', 'HEAD').trim();
  // A submodule-like gitlink: a folder of another repository, recorded by its commit.
  git(root, 'update-index', '--add', '--cacheinfo', `160000,${commit},vendor/lib`);
  // A name longer than the 12 bits of an entry's length field (4,095 bytes), never on disk.
  const long = `${Array.from({ length: 18 }, (_, i) => `segment-${i}-${'x'.repeat(230)}`).join('/')}/long.md`;
  git(root, 'update-index', '--add', '--cacheinfo', `100644,${blob},${long}`);
  // An unmerged path: stages 1, 2 and 3 of one file.
  const stages = [1, 2, 3].map((s) => `100644 ${blob} ${s}\tconflicted.md`).join('\n');
  gitWithInput(root, `${stages}\n`, 'update-index', '--index-info');
  return root;
}

describe('readGitIndex against git ls-files', () => {
  for (const version of [2, 3, 4]) {
    it(`lists what git ls-files lists (less gitlinks), for an index of version ${version}`, () => {
      const root = richRepo();
      // Version 3 needs an entry with extended flags: an intent-to-add file and a skip-worktree one.
      fs.writeFileSync(path.join(root, 'intent.md'), 'later\n');
      git(root, 'add', '-N', 'intent.md');
      git(root, 'update-index', '--skip-worktree', 'scripts/run-tests.sh');
      fs.rmSync(path.join(root, 'scripts/run-tests.sh'));
      git(root, 'update-index', '--index-version', String(version));
      const listing = readGitIndex(indexOf(root));
      expect(listing.version).toBe(version === 2 ? 3 : version);
      expect(listing.paths.sort()).toEqual(trackedFiles(root));
      expect(listing.paths).toContain('intent.md');
      expect(listing.paths).toContain('scripts/run-tests.sh');
      expect(listing.paths).toContain('link-to-folder');
      expect(listing.paths).toContain('unicode/\u{1F680} rocket.txt');
      expect(listing.paths.filter((p) => p === 'conflicted.md')).toHaveLength(1);
      expect(listing.paths.some((p) => p.length > 4095)).toBe(true);
      expect(listing.paths).not.toContain('vendor/lib');
      expect(listing.gitlinks).toBe(1);
    });
  }

  it('reads a version 2 index (no extended flags) exactly', () => {
    const root = richRepo();
    git(root, 'update-index', '--index-version', '2');
    const listing = readGitIndex(indexOf(root));
    expect(listing.version).toBe(2);
    expect(listing.paths.sort()).toEqual(trackedFiles(root));
  });

  it('reads an index of a sha256 repository', () => {
    const root = richRepo('--object-format=sha256');
    const listing = readGitIndex(indexOf(root), { hash: 'sha256' });
    expect(listing.paths.sort()).toEqual(trackedFiles(root));
    expect(() => readGitIndex(indexOf(root))).toThrow(GitIndexError);
  });

  it('leaves out the collapsed folders of a sparse index and keeps what it lists', () => {
    const root = repo({ 'in/a.md': 'a', 'out/b.md': 'b', 'out/deeper/c.md': 'c', 'top.md': 't' });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'one');
    git(root, 'sparse-checkout', 'set', '--cone', '--sparse-index', 'in');
    const listing = readGitIndex(indexOf(root));
    expect(listing.sparseDirectories).toBeGreaterThan(0);
    expect(listing.paths.sort()).toEqual(trackedFiles(root));
    expect(listing.paths).toEqual(['in/a.md', 'top.md']);
  });

  it('refuses a damaged, truncated or foreign file, and an index with more entries than allowed', () => {
    const root = richRepo();
    const good = indexOf(root);
    const moreEntries = Buffer.from(good);
    moreEntries.writeUInt32BE(good.readUInt32BE(8) + 3, 8);
    expect(() => readGitIndex(moreEntries)).toThrow(GitIndexError);
    const fewerEntries = Buffer.from(good);
    fewerEntries.writeUInt32BE(good.readUInt32BE(8) - 1, 8);
    expect(() => readGitIndex(fewerEntries)).toThrow(/do not fill the file/);
    const wrongLength = Buffer.from(good);
    wrongLength[12 + 61] ^= 0x01;
    expect(() => readGitIndex(wrongLength)).toThrow(/malformed name/);
    expect(() => readGitIndex(good.subarray(0, good.length - 300))).toThrow(GitIndexError);
    expect(() => readGitIndex(Buffer.from('not an index at all, just text'))).toThrow(/DIRC/);
    expect(() => readGitIndex(good, { maxEntries: 3 })).toThrow(/over the limit/);
  });

  it('reads an index whose checksum is zeros (index.skipHash) or wrong: the structure is what it checks', () => {
    const root = richRepo();
    const unhashed = Buffer.from(indexOf(root));
    unhashed.fill(0, unhashed.length - 20);
    expect(readGitIndex(unhashed).paths.sort()).toEqual(trackedFiles(root));
    unhashed.fill(7, unhashed.length - 20);
    expect(readGitIndex(unhashed).paths.sort()).toEqual(trackedFiles(root));
  });
});

describe('RepositoryListing on git work trees', () => {
  it('lists the tracked files of the root, deleted ones included, untracked ones not', async () => {
    const root = richRepo();
    fs.rmSync(path.join(root, 'README.md'));
    fs.writeFileSync(path.join(root, 'untracked.md'), 'new\n');
    const logs: string[] = [];
    const listed = await new RepositoryListing(root, { logger: { info: (m) => void logs.push(m), warn: (m) => void logs.push(m), error: () => undefined } }).list();
    expect([...listed].sort()).toEqual(trackedFiles(root));
    expect(listed).toContain('README.md');
    expect(listed).not.toContain('untracked.md');
    expect(logs.join('\n')).toContain('from the git index');
  });

  it('follows the .git file of a linked worktree to its index in the main repository', async () => {
    const main = richRepo();
    const worktree = `${main}-worktree`;
    roots.push(worktree);
    git(main, 'worktree', 'add', '-q', worktree);
    fs.writeFileSync(path.join(worktree, 'only-in-worktree.md'), 'wt\n');
    git(worktree, 'add', 'only-in-worktree.md');
    expect(fs.statSync(path.join(worktree, '.git')).isFile()).toBe(true);
    const listed = await new RepositoryListing(worktree, { sync: true }).list();
    expect([...listed].sort()).toEqual(trackedFiles(worktree));
    expect(listed).toContain('only-in-worktree.md');
    expect(await new RepositoryListing(main).list()).not.toContain('only-in-worktree.md');
  });

  it('walks the tree instead when the index is missing, damaged or split, or the .git file points nowhere', async () => {
    const walked = ['.gitignore', 'keep.md', 'src/a.ts'];
    const files = { '.gitignore': 'out/\n', 'keep.md': 'k', 'src/a.ts': 'a', 'out/gen.js': 'g' };
    const warnings: string[] = [];
    const logger = { info: () => undefined, warn: (m: string) => void warnings.push(m), error: () => undefined };

    const fresh = repo(files);
    expect([...(await new RepositoryListing(fresh).list())]).toEqual(walked);

    const damaged = repo(files);
    git(damaged, 'add', 'keep.md');
    const index = path.join(damaged, '.git', 'index');
    const bytes = fs.readFileSync(index);
    bytes.writeUInt32BE(bytes.readUInt32BE(8) + 1, 8);
    fs.writeFileSync(index, bytes);
    expect([...(await new RepositoryListing(damaged, { logger }).list())]).toEqual(walked);
    expect(warnings.join('\n')).toContain('cannot be used');

    const split = repo(files);
    git(split, 'add', 'keep.md');
    git(split, 'update-index', '--split-index');
    expect([...(await new RepositoryListing(split, { logger, sync: true }).list())]).toEqual(walked);
    expect(warnings.join('\n')).toContain('split index');

    const pointer = tree(files);
    roots.push(pointer);
    fs.writeFileSync(path.join(pointer, '.git'), 'gitdir: ../no-such-repository/.git\n');
    expect([...(await new RepositoryListing(pointer).list())]).toEqual(walked);
  });

  it('refuses, with a message, a repository of more files than the list may hold', async () => {
    const root = richRepo();
    await expect(new RepositoryListing(root, { maxFiles: 5 }).list()).rejects.toThrow(/more than 5 files/);
    const plain = tree({ 'a.md': '', 'b.md': '', 'c/d.md': '' });
    roots.push(plain);
    await expect(new RepositoryListing(plain, { maxFiles: 2 }).list()).rejects.toThrow(/more than 2 files/);
  });
});
