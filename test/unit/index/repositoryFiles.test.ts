import { describe, expect, it } from 'vitest';
import { isRepositoryPath, RepositoryFiles } from '../../../server/src/core/index/repositoryFiles';

const REPO = [
  'README.md',
  'docs/adr/0012-storage-split.md',
  'docs/adr/0013-network.md',
  'docs/adr/archive/0012-old-split.md',
  'docs/rfcs/RFC-0001-a.md',
  'docs/ui/colors.md',
  'docs/ui/theme.md',
  'docs/ui-kit/button.md',
  'docs/ui.md',
  'oldparser/decls.rs',
  'src/compiler/parser/decls.rs',
  'src/parser/decls.rs',
  'tracks/TRACK-NETWORKING.md',
];

describe('RepositoryFiles queries', () => {
  const files = new RepositoryFiles(REPO);

  it('knows a file by its exact path, and nothing by a folder path or a different case', () => {
    expect(files.has('docs/ui/theme.md')).toBe(true);
    expect(files.has('docs/ui')).toBe(false);
    expect(files.has('readme.md')).toBe(false);
    expect(files.has('docs/ui/theme.m')).toBe(false);
    expect(files.size).toBe(REPO.length);
  });

  it('knows a folder when some file lies under it at any depth, and not a sibling that shares its prefix', () => {
    expect(files.hasFolder('docs')).toBe(true);
    expect(files.hasFolder('docs/ui')).toBe(true);
    expect(files.hasFolder('docs/adr/archive')).toBe(true);
    expect(files.hasFolder('src/compiler')).toBe(true);
    expect(files.hasFolder('')).toBe(true);
    expect(files.hasFolder('doc')).toBe(false);
    expect(files.hasFolder('docs/ui-k')).toBe(false);
    expect(files.hasFolder('README.md')).toBe(false);
    expect(new RepositoryFiles().hasFolder('')).toBe(false);
  });

  it('finds files by exact, case-sensitive file name, in path order', () => {
    expect(files.byName('decls.rs')).toEqual(['oldparser/decls.rs', 'src/compiler/parser/decls.rs', 'src/parser/decls.rs']);
    expect(files.byName('TRACK-NETWORKING.md')).toEqual(['tracks/TRACK-NETWORKING.md']);
    expect(files.byName('track-networking.md')).toEqual([]);
    expect(files.byName('ui')).toEqual([]);
  });

  it('finds files by a path suffix that starts at a segment boundary', () => {
    expect(files.bySuffix('parser/decls.rs')).toEqual(['src/compiler/parser/decls.rs', 'src/parser/decls.rs']);
    expect(files.bySuffix('compiler/parser/decls.rs')).toEqual(['src/compiler/parser/decls.rs']);
    expect(files.bySuffix('src/parser/decls.rs')).toEqual(['src/parser/decls.rs']);
    expect(files.bySuffix('decls.rs')).toHaveLength(3);
    expect(files.bySuffix('rser/decls.rs')).toEqual([]);
    expect(files.bySuffix('parser/')).toEqual([]);
    expect(files.bySuffix('')).toEqual([]);
  });

  it('finds files by a file-name prefix anywhere', () => {
    expect(files.byNamePrefix('0012-')).toEqual(['docs/adr/0012-storage-split.md', 'docs/adr/archive/0012-old-split.md'].sort());
    expect(files.byNamePrefix('TRACK-')).toEqual(['tracks/TRACK-NETWORKING.md']);
    expect(files.byNamePrefix('zzz')).toEqual([]);
  });

  it('lists the files directly in a folder, skipping subfolders and siblings that share the prefix', () => {
    expect(files.inFolder('docs/ui')).toEqual(['docs/ui/colors.md', 'docs/ui/theme.md']);
    expect(files.inFolder('docs/adr')).toEqual(['docs/adr/0012-storage-split.md', 'docs/adr/0013-network.md']);
    expect(files.inFolder('docs')).toEqual(['docs/ui.md']);
    expect(files.inFolder('')).toEqual(['README.md']);
    expect(files.inFolder('nowhere')).toEqual([]);
    expect(files.foldersIn('docs')).toEqual(['adr', 'rfcs', 'ui', 'ui-kit']);
    expect(files.foldersIn('')).toEqual(['docs', 'oldparser', 'src', 'tracks']);
  });

  it('lists the files of a folder whose name starts with a prefix (the head of an abbreviation)', () => {
    expect(files.inFolderWithPrefix('docs/adr', '0012-')).toEqual(['docs/adr/0012-storage-split.md']);
    expect(files.inFolderWithPrefix('docs/adr', '001')).toEqual(['docs/adr/0012-storage-split.md', 'docs/adr/0013-network.md']);
    expect(files.inFolderWithPrefix('docs', 'ui')).toEqual(['docs/ui.md']);
    expect(files.startingWith('docs/ui')).toEqual(['docs/ui-kit/button.md', 'docs/ui.md', 'docs/ui/colors.md', 'docs/ui/theme.md']);
  });

  it('matches an abbreviation with an ellipsis from the root or as the tail of a longer path', () => {
    expect(files.matching('docs/adr/0012-', '-split.md')).toEqual(['docs/adr/0012-storage-split.md']);
    expect(files.matching('adr/0012-', 'split.md')).toEqual(['docs/adr/0012-storage-split.md']);
    expect(files.matching('0012-', 'split.md')).toEqual(['docs/adr/0012-storage-split.md', 'docs/adr/archive/0012-old-split.md']);
    expect(files.matching('docs/adr/', '-split.md')).toEqual(['docs/adr/0012-storage-split.md']);
    expect(files.matching('docs/adr/', '-split.md', true)).toEqual(['docs/adr/0012-storage-split.md', 'docs/adr/archive/0012-old-split.md']);
    expect(files.matching('ocs/adr/0012-', '-split.md')).toEqual([]);
    expect(files.matching('docs/', '/decls.rs')).toEqual([]);
    expect(files.matching('src/', '/decls.rs')).toEqual(['src/parser/decls.rs']);
    expect(files.matching('src/', '/decls.rs', true)).toEqual(['src/compiler/parser/decls.rs', 'src/parser/decls.rs']);
    expect(files.matching('README', '.md')).toEqual(['README.md']);
  });

  it('never lets the head and the tail of an abbreviation overlap', () => {
    const f = new RepositoryFiles(['a/ab.md']);
    expect(f.matching('a/ab', 'b.md')).toEqual([]);
    expect(f.matching('a/a', 'b.md')).toEqual(['a/ab.md']);
  });
});

describe('RepositoryFiles updates', () => {
  it('adds and removes single files, keeping every lookup current and bumping the version only on a change', () => {
    const files = new RepositoryFiles(['src/a.ts']);
    expect(files.byName('b.ts')).toEqual([]);
    expect(files.byNamePrefix('b')).toEqual([]);
    const v0 = files.version;
    expect(files.add('lib/b.ts')).toBe(true);
    expect(files.version).not.toBe(v0);
    const v1 = files.version;
    expect(files.add('lib/b.ts')).toBe(false);
    expect(files.version).toBe(v1);
    expect(files.add('src/b.ts')).toBe(true);
    expect(files.byName('b.ts')).toEqual(['lib/b.ts', 'src/b.ts']);
    expect(files.byNamePrefix('b')).toEqual(['lib/b.ts', 'src/b.ts']);
    expect(files.inFolder('src')).toEqual(['src/a.ts', 'src/b.ts']);
    expect(files.hasFolder('lib')).toBe(true);

    expect(files.remove('lib/b.ts')).toBe(true);
    expect(files.byName('b.ts')).toEqual(['src/b.ts']);
    expect(files.hasFolder('lib')).toBe(false);
    const v2 = files.version;
    expect(files.remove('lib/b.ts')).toBe(false);
    expect(files.version).toBe(v2);
    expect(files.remove('src/b.ts')).toBe(true);
    expect(files.byName('b.ts')).toEqual([]);
    expect(files.byNamePrefix('b')).toEqual([]);
    expect(files.all()).toEqual(['src/a.ts']);
  });

  it('removes a deleted folder with everything under it, and nothing of a sibling sharing its prefix', () => {
    const files = new RepositoryFiles(['a/x.md', 'a/b/y.md', 'a-b/z.md', 'ab.md']);
    expect(files.byName('y.md')).toEqual(['a/b/y.md']);
    const v = files.version;
    expect(files.removeFolder('a')).toBe(2);
    expect(files.version).not.toBe(v);
    expect(files.all()).toEqual(['a-b/z.md', 'ab.md']);
    expect(files.byName('y.md')).toEqual([]);
    expect(files.removeFolder('a')).toBe(0);
    expect(files.removeFolder('')).toBe(2);
    expect(files.size).toBe(0);
  });

  it('replaces everything at once, dropping duplicates and paths that are not normalised', () => {
    const files = new RepositoryFiles(['old.md']);
    expect(files.byName('old.md')).toEqual(['old.md']);
    const v = files.version;
    files.replaceAll(['b.md', 'a/c.md', 'b.md', '/abs.md', 'x/../y.md', './z.md', 'dir/', 'a//d.md', '']);
    expect(files.version).not.toBe(v);
    expect(files.all()).toEqual(['a/c.md', 'b.md']);
    expect(files.byName('old.md')).toEqual([]);
    expect(files.byName('c.md')).toEqual(['a/c.md']);
  });

  it('refuses to add a path that is not normalised', () => {
    const files = new RepositoryFiles();
    for (const p of ['', '/a', 'a/', 'a//b', './a', 'a/./b', 'a/../b', '..', 'a\0b']) {
      expect(isRepositoryPath(p)).toBe(false);
      expect(files.add(p)).toBe(false);
    }
    for (const p of ['a', '.github/workflows/ci.yml', 'a..b/c', 'a/.../b', 'dir with space/ä ö.md', 'x\\y']) expect(isRepositoryPath(p)).toBe(true);
    expect(files.size).toBe(0);
  });

  it('tells apart file names that share a lookup key (same length, same last 16 characters), before and after updates', () => {
    const one = 'x-common-suffix-16.md';
    const two = 'y-common-suffix-16.md';
    const files = new RepositoryFiles([`a/${one}`, `b/${two}`]);
    expect(files.byName(one)).toEqual([`a/${one}`]);
    expect(files.byName(two)).toEqual([`b/${two}`]);
    files.add(`c/${one}`);
    files.remove(`b/${two}`);
    expect(files.byName(one)).toEqual([`a/${one}`, `c/${one}`]);
    expect(files.byName(two)).toEqual([]);
    expect(files.byNamePrefix('x-')).toEqual([`a/${one}`, `c/${one}`]);
    expect(files.byNamePrefix('y-')).toEqual([]);
  });

  it('sorts in JavaScript string order, so astral characters and high BMP ones keep binary search correct', () => {
    const paths = ['z/\u{1F600}.md', 'z/\uFF21.md', 'z/a.md', 'z/\u00E9.md'];
    const files = new RepositoryFiles(paths);
    for (const p of paths) expect(files.has(p)).toBe(true);
    expect(files.inFolder('z')).toEqual([...paths].sort());
  });
});

/** A deterministic pseudo-random generator (mulberry32), so the scale test is the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(n: number, seed: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const segs = ['src', 'lib', 'parser', 'docs', 'adr', 'ui', 'ui-kit', 'core', 'a', 'b', 'net', 'ui.d', 'Ü'];
  const names = ['index.ts', 'mod.rs', 'decls.rs', 'README.md', 'theme.md', 'x.md', 'main.c', 'Decls.rs'];
  const out = new Set<string>();
  while (out.size < n) {
    const depth = Math.floor(r() * 5);
    const dirs = Array.from({ length: depth }, () => pick(segs));
    const name = r() < 0.5 ? pick(names) : `${Math.floor(r() * 100000)}-${pick(names)}`;
    out.add([...dirs, name].join('/'));
  }
  return [...out];
}

describe('RepositoryFiles at 50,000 files', () => {
  it('answers every query exactly as a linear scan does, before and after a few thousand updates', () => {
    const paths = generate(50_000, 7);
    const files = new RepositoryFiles(paths);
    const truth = new Set(paths);
    const r = rng(99);
    const probeNames = ['index.ts', 'decls.rs', 'Decls.rs', 'README.md', 'nothing.md'];
    const probeSuffixes = ['parser/decls.rs', 'ui/theme.md', 'src/lib/mod.rs', 'ui.d/x.md', 'core/index.ts'];
    const probeDirs = ['', 'src', 'src/parser', 'docs/ui', 'ui', 'Ü/a', 'nowhere', 'ui-kit/ui'];
    const name = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

    const verify = (): void => {
      const sorted = [...truth].sort();
      // Joined: a deep comparison of two 50,000-element arrays costs seconds, a string comparison nothing.
      expect(files.all().join('\n')).toBe(sorted.join('\n'));
      for (const n of probeNames) expect(files.byName(n)).toEqual(sorted.filter((p) => name(p) === n));
      for (const s of probeSuffixes) expect(files.bySuffix(s)).toEqual(sorted.filter((p) => p === s || p.endsWith(`/${s}`)));
      for (const d of probeDirs) {
        const base = d === '' ? '' : `${d}/`;
        const direct = sorted.filter((p) => p.startsWith(base) && !p.slice(base.length).includes('/'));
        expect(files.inFolder(d)).toEqual(direct);
        expect(files.hasFolder(d)).toBe(d === '' ? sorted.length > 0 : sorted.some((p) => p.startsWith(base)));
        const subs = [...new Set(sorted.filter((p) => p.startsWith(base) && p.slice(base.length).includes('/')).map((p) => p.slice(base.length).split('/')[0]))].sort();
        expect(files.foldersIn(d)).toEqual(subs);
        expect(files.inFolderWithPrefix(d, '1')).toEqual(direct.filter((p) => name(p).startsWith('1')));
      }
      expect(files.byNamePrefix('12').sort()).toEqual(sorted.filter((p) => name(p).startsWith('12')));
      expect(files.matching('src/', '-decls.rs')).toEqual(sorted.filter((p) => /(^|\/)src\/[^/]*-decls\.rs$/.test(p)));
      expect(files.matching('3', 'x.md')).toEqual(sorted.filter((p) => /(^|\/)3[^/]*x\.md$/.test(p)));
      for (let k = 0; k < 200; k++) {
        const p = k % 2 === 0 ? sorted[Math.floor(r() * sorted.length)] : `${sorted[Math.floor(r() * sorted.length)]}x`;
        expect(files.has(p)).toBe(truth.has(p));
      }
    };

    verify();
    const pool = generate(3_000, 8);
    const victims = [...truth];
    for (const [i, p] of pool.entries()) {
      if (i % 3 === 2) {
        const victim = victims.splice(Math.floor(r() * victims.length), 1)[0];
        expect(files.remove(victim)).toBe(truth.has(victim));
        truth.delete(victim);
      } else {
        expect(files.add(p)).toBe(!truth.has(p));
        truth.add(p);
      }
    }
    expect(files.removeFolder('ui/ui')).toBe([...truth].filter((p) => p.startsWith('ui/ui/')).length);
    for (const p of [...truth]) if (p.startsWith('ui/ui/')) truth.delete(p);
    verify();
  }, 60_000);
});
