import { describe, expect, it } from 'vitest';
import type { PathShape } from '../../../server/src/core/parser/pathShape';
import { pathShape, stripLocation } from '../../../server/src/core/parser/pathShape';

/** The one table of what is a path: word, where it is written, what it is, and why. */
const CASES: readonly (readonly [string, 'code' | 'prose', PathShape, string])[] = [
  ['docs/rfcs/RFC-0004-page-allocator.md', 'prose', 'path', 'a document path'],
  ['scripts/run-tests.sh', 'code', 'path', 'a file with an extension'],
  ['kernel/src/parser/decls.rs', 'prose', 'path', 'a source file named in a sentence'],
  ['./scripts/run-tests.sh', 'code', 'path', 'explicitly relative'],
  ['../foo', 'code', 'path', 'explicitly relative (the rule decides it is an example)'],
  ['./b', 'code', 'path', 'explicitly relative (the rule decides it is an example)'],
  ['TRACK-NETWORKING.md', 'prose', 'path', 'a bare document name'],
  ['colors.md', 'prose', 'path', 'a bare document name, a sibling of the path before it'],
  ['decls.rs', 'code', 'path', 'a bare file name in code'],
  ['lib.rs', 'prose', 'not', "a bare non-Markdown name in a sentence is as often another project's file"],
  ['Cargo.toml', 'prose', 'not', "a bare non-Markdown name in a sentence is as often another project's file"],
  ['userspace/apps/search', 'code', 'weak', 'a folder path in code: checked where it starts at a repository folder'],
  ['userspace/apps/search', 'prose', 'not', 'prose with slashes is words'],
  ['tasks/RFCs', 'prose', 'not', 'prose with slashes'],
  ['and/or', 'prose', 'not', 'prose with slashes'],
  ['linux/386', 'prose', 'not', 'a platform name'],
  ['GOGC/100', 'prose', 'not', 'a formula'],
  ['8080/8081', 'code', 'not', 'a number pair'],
  ['1280/720', 'prose', 'not', 'a ratio'],
  ['0147/0204/0241', 'prose', 'not', 'a number list'],
  ['1294/4620', 'code', 'not', 'a fraction'],
  ['2026/01/10', 'prose', 'not', 'a date'],
  ['02/02/2023', 'code', 'not', 'a date'],
  ['v1.2/v1.3', 'prose', 'not', 'versions'],
  ['1.2/1.3', 'code', 'not', 'versions'],
  ['--foo/--bar', 'code', 'not', 'shell flags'],
  ['-a/-b', 'code', 'not', 'shell flags'],
  ['https://example.com/docs/x.md', 'prose', 'not', 'a URL'],
  ['www.example.com/x.md', 'prose', 'not', 'a URL without scheme'],
  ['src/**/*.rs', 'code', 'not', 'a glob meant as a glob'],
  ['*.md', 'code', 'not', 'a glob meant as a glob'],
  ['docs/rfcs/RFC-0055-*.md', 'code', 'path', 'a glob standing for one document'],
  ['docs/', 'code', 'not', 'a folder name alone'],
  ['e.g', 'prose', 'not', 'an abbreviation'],
  ['v1.2', 'code', 'not', 'a version'],
  ['I/O', 'code', 'not', 'a single letter on each side reads as a word'],
  ['docs/adr/0012-…-split.md', 'prose', 'path', 'an abbreviation with an ellipsis'],
  ['a@b.com', 'prose', 'not', 'an email address'],
  ['\\\\server\\share\\x.md', 'code', 'path', 'a network path (reported as outside the workspace)'],
];

describe('pathShape: is this word a path?', () => {
  for (const [word, context, shape, why] of CASES) {
    it(`${JSON.stringify(word)} in ${context} is ${shape}: ${why}`, () => {
      expect(pathShape(word, context)).toBe(shape);
    });
  }
});

describe('stripLocation: the file a location names', () => {
  it.each([
    ['journal.rs:168', 'journal.rs'],
    ['journal.rs:120-140', 'journal.rs'],
    ['journal.rs:168/185', 'journal.rs'],
    ['docs/x.md#section', 'docs/x.md'],
    ['src/a.rs#L12', 'src/a.rs'],
    ['src/a.rs:12:5', 'src/a.rs'],
    ['docs/x.md', 'docs/x.md'],
    // A `#` with a slash or another `#` after it is no anchor: EIP-1's pattern `../assets/eip-###/<filename>`.
    ['../assets/eip-###/', '../assets/eip-###/'],
    ['notes/a#b#c', 'notes/a#b#c'],
  ])('%s names %s', (written, file) => {
    expect(stripLocation(written)).toBe(file);
  });

  it('leaves a pattern written with a run of # no path at all', () => {
    expect(pathShape(stripLocation('../assets/eip-###/'), 'code')).toBe('not');
  });
});
