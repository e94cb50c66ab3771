import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IgnoreRules, scopedPatterns } from '../../../server/src/node/ignoreRules';
import { RepositoryListing } from '../../../server/src/node/repositoryListing';
import { listCreated, walkFolder, walkFs } from '../../../server/src/node/repositoryWalk';
import { git, nulList, removeTree, tree } from './gitRepo';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

/** A tree with nested .gitignore files, negations, anchored and directory patterns, and files each of them decides. */
const FILES: Record<string, string> = {
  '.gitignore': [
    '# comment',
    '*.log',
    '!keep.log',
    'build/',
    '/root-only.txt',
    'docs/**/draft-*.md',
    'tmp/*',
    '!tmp/keep/',
    '\\#literal',
    'trailing-space.txt   ',
    'logs',
    '',
  ].join('\n'),
  'a/.gitignore': '!important.log\n*.tmp\n/anchored.txt\nsub/deep.txt\n',
  'a/b/.gitignore': '!*.tmp\n!build/\n',
  'app.log': '',
  'keep.log': '',
  'UPPER.LOG': '',
  'a/important.log': '',
  'a/other.log': '',
  'a/x.tmp': '',
  'a/b/x.tmp': '',
  'a/anchored.txt': '',
  'a/c/anchored.txt': '',
  'a/sub/deep.txt': '',
  'a/b/sub/deep.txt': '',
  'a/b/build/kept.js': '',
  'build/out.js': '',
  'build/.gitignore': '!*\n',
  'src/build/out.js': '',
  'lib/build': 'a file named build, which a folder pattern does not match',
  'root-only.txt': '',
  'x/root-only.txt': '',
  'docs/a/draft-1.md': '',
  'docs/draft-2.md': '',
  'docs/final.md': '',
  'tmp/a.txt': '',
  'tmp/keep/b.txt': '',
  '#literal': '',
  'trailing-space.txt': '',
  'logs/today.txt': '',
  'src/logs': 'a file named logs: a pattern without a slash matches files and folders at any depth',
  'dir with space/ä ö.txt': '',
  '日本/文書.md': '',
  'node_modules/pkg/index.js': '',
  'src/node_modules/x/y.js': '',
  'src/main.ts': '',
};

function sampleRepo(): string {
  const root = tree(FILES);
  roots.push(root);
  fs.symlinkSync('src', path.join(root, 'link-to-src'));
  fs.symlinkSync('nowhere', path.join(root, 'dangling'));
  git(root, 'init', '-q');
  return root;
}

/** What git lists as the repository's files, less node_modules, which our walk never enters. */
function gitListing(root: string): string[] {
  return nulList(git(root, 'ls-files', '-z', '--others', '--exclude-standard', '--cached')).filter((p) => !/(^|\/)node_modules\//.test(p));
}

describe('the walk honouring .gitignore, against git ls-files --others --exclude-standard --cached', () => {
  for (const sync of [false, true]) {
    it(`lists exactly what git lists (${sync ? 'blocking' : 'non-blocking'} calls)`, async () => {
      const root = sampleRepo();
      const walked = await walkFolder(root, '', IgnoreRules.none(), { fs: walkFs(sync), maxFiles: 1000 });
      const expected = gitListing(root);
      expect(walked).toEqual(expected);
      // The cases that matter, spelled out, so a regression names itself.
      for (const kept of ['keep.log', 'UPPER.LOG', 'a/important.log', 'a/b/x.tmp', 'a/c/anchored.txt', 'a/b/sub/deep.txt', 'a/b/build/kept.js', 'lib/build', 'x/root-only.txt', 'docs/final.md', 'tmp/keep/b.txt', 'link-to-src', 'dangling', 'dir with space/ä ö.txt', '日本/文書.md']) expect(walked).toContain(kept);
      for (const gone of ['app.log', 'a/other.log', 'a/x.tmp', 'a/anchored.txt', 'a/sub/deep.txt', 'build/out.js', 'src/build/out.js', 'root-only.txt', 'docs/a/draft-1.md', 'docs/draft-2.md', 'tmp/a.txt', '#literal', 'trailing-space.txt', 'logs/today.txt', 'src/logs', 'node_modules/pkg/index.js', 'src/node_modules/x/y.js']) expect(walked).not.toContain(gone);
    });
  }

  it('is what RepositoryListing gives for a tree without .git', async () => {
    const root = sampleRepo();
    const expected = gitListing(root);
    fs.rmSync(path.join(root, '.git'), { recursive: true });
    expect([...(await new RepositoryListing(root).list())]).toEqual(expected);
  });

  it('honours .git/info/exclude under the .gitignore files, as git does for a work tree without an index', async () => {
    const root = sampleRepo();
    fs.writeFileSync(path.join(root, '.git/info/exclude'), 'src/main.ts\n*.txt\n');
    const listed = [...(await new RepositoryListing(root).list())];
    expect(listed).toEqual(gitListing(root));
    expect(listed).not.toContain('src/main.ts');
    expect(listed).not.toContain('x/root-only.txt');
  });
});

describe('files created after the list was built', () => {
  it('adds a created file unless an ignore rule, at any level above it, excludes it', async () => {
    const root = sampleRepo();
    const options = { fs: walkFs(false), maxFiles: 1000 };
    const add = (rel: string): Promise<string[]> => listCreated(root, rel, undefined, options);
    expect(await add('src/main.ts')).toEqual(['src/main.ts']);
    expect(await add('a/b/x.tmp')).toEqual(['a/b/x.tmp']);
    expect(await add('a/x.tmp')).toEqual([]);
    expect(await add('build/out.js')).toEqual([]);
    expect(await add('app.log')).toEqual([]);
    expect(await add('link-to-src')).toEqual(['link-to-src']);
    expect(await add('node_modules/pkg/index.js')).toEqual([]);
    expect(await add('src/missing.ts')).toEqual([]);
    expect(await add('../outside.md')).toEqual([]);
  });

  it('adds the files of a created folder that git would list, and none of an ignored one', async () => {
    const root = sampleRepo();
    const options = { fs: walkFs(true), maxFiles: 1000 };
    const expected = gitListing(root);
    expect(await listCreated(root, 'a', undefined, options)).toEqual(expected.filter((p) => p.startsWith('a/')));
    expect(await listCreated(root, 'tmp', undefined, options)).toEqual(['tmp/keep/b.txt']);
    expect(await listCreated(root, 'build', undefined, options)).toEqual([]);
  });
});

describe('scopedPatterns', () => {
  it('anchors a pattern with an inner or leading slash to its folder, and lets one without match at any depth', () => {
    expect(scopedPatterns('*.tmp\n/anchored.txt\nsub/deep.txt\n!keep.tmp\nbuild/\n# c\n\n  \n', 'a')).toEqual(['a/**/*.tmp', 'a/anchored.txt', 'a/sub/deep.txt', '!a/**/keep.tmp', 'a/**/build/']);
    expect(scopedPatterns('*.tmp\r\n/x\r\n', '')).toEqual(['*.tmp', '/x']);
  });
});

describe('IgnoreRules.mayIgnore', () => {
  const PATTERNS = [
    '*.log\n!keep.log\nbuild/\n/root-only.txt\nnode_modules/\n.DS_Store\n',
    'docs/**/draft-*.md\ntmp/*\n!tmp/keep/\n\\#literal\ntrailing-space.txt   \nlogs\n',
    'cache*\n*~\n.#*\nfoo/\n/dist/\n',
    'a?c\n',
    '[Tt]humbs.db\n',
    '**/generated/**\n',
    'x*y\n',
    'tmp*.txt\nuart_*_log*.txt\na*b*c\n',
    'out/**\n',
    '/\n',
    '*\n',
  ];
  const NAMES = ['app.log', 'keep.log', 'build', 'root-only.txt', 'node_modules', '.DS_Store', 'draft-1.md', 'x', 'keep', '#literal', 'trailing-space.txt', 'logs', 'cache', 'cached.json', 'notes~', '.#lock', 'foo', 'dist', 'abc', 'Thumbs.db', 'thumbs.db', 'generated', 'main.rs', 'xzy', 'out', 'README.md', 'log', 'build.rs', 'tmp.txt', 'tmp-1.txt', 'tmp.txt.bak', 'uart_a_log1.txt', 'uart__log.txt', 'uart_log.txt', 'abc', 'ac', 'abbc', 'aXbYc', 'cba'];
  const FOLDERS = ['', 'a', 'docs/x', 'tmp', 'out', 'a/generated'];

  it('never answers "no rule can exclude it" for a name the matcher excludes', () => {
    for (const [dir, text] of PATTERNS.flatMap((p) => FOLDERS.map((d) => [d, p] as const))) {
      const rules = IgnoreRules.none().withFile('', PATTERNS[0]).withFile(dir, text);
      for (const name of NAMES) {
        for (const directory of [false, true]) {
          const rel = dir === '' ? name : `${dir}/${name}`;
          if (rules.fresh().ignores(rel, directory)) expect({ rel, directory, text, may: rules.mayIgnore(name, directory) }).toMatchObject({ may: true });
        }
      }
    }
  });

  it('answers names that no rule can meet without the matcher', () => {
    const rules = IgnoreRules.none().withFile('', PATTERNS[0]).withFile('a', 'cache*\n*~\nfoo/\n');
    expect(['main.rs', 'README.md', 'foo'].map((n) => rules.mayIgnore(n))).toEqual([false, false, false]);
    expect(['app.log', 'cache.json', 'x~', 'build.log'].map((n) => rules.mayIgnore(n))).toEqual([true, true, true, true]);
    expect(['foo', 'build', 'main.rs'].map((n) => rules.mayIgnore(n, true))).toEqual([true, true, false]);
    // A last segment the filter cannot read sends every name to the matcher.
    expect(IgnoreRules.none().withFile('', 'a?c\n').mayIgnore('main.rs')).toBe(true);
    expect(IgnoreRules.none().withFile('', 'out/**\n').mayIgnore('main.rs')).toBe(true);
    // Stars between plain parts: the parts in order.
    const starred = IgnoreRules.none().withFile('', 'tmp*.txt\n');
    expect(['tmp.txt', 'tmp-1.txt', 'tmp.txt.bak', 'main.txt'].map((n) => starred.mayIgnore(n))).toEqual([true, true, false, false]);
    const middle = IgnoreRules.none().withFile('', 'uart_*_log*.txt\n');
    expect(['uart_a_log1.txt', 'uart__log.txt', 'uart_log.txt', 'uart_a_lo.txt'].map((n) => middle.mayIgnore(n))).toEqual([true, true, false, false]);
    expect(IgnoreRules.none().mayIgnore('app.log')).toBe(false);
  });
});
