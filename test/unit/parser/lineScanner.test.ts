import { describe, expect, it } from 'vitest';
import { closesFence, openingFence, opensCommentBlock, TopLevelLines } from '../../../server/src/core/parser/lineScanner';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';

function fence(line: string): { marker: string; length: number; indent: number; info: string } | undefined {
  const f = openingFence(line);
  return f && { marker: String.fromCharCode(f.marker), length: f.length, indent: f.indent, info: f.info };
}

describe('openingFence', () => {
  it('opens on three or more backticks or tildes after at most three columns', () => {
    expect(fence('```')).toEqual({ marker: '`', length: 3, indent: 0, info: '' });
    expect(fence('   ~~~~ sh')).toEqual({ marker: '~', length: 4, indent: 3, info: ' sh' });
    expect(fence('    ```')).toBeUndefined();
    expect(fence('\t```')).toBeUndefined();
    expect(fence('``')).toBeUndefined();
  });

  it('refuses a backtick info string with a backtick (a code span), but not a tilde one', () => {
    expect(fence('```js`x`')).toBeUndefined();
    expect(fence('~~~ a`b')?.info).toBe(' a`b');
  });

  it('counts indentation from the block it is read in', () => {
    expect(openingFence('      ```', 4)?.indent).toBe(6);
    expect(openingFence('        ```', 4)).toBeUndefined();
  });
});

describe('closesFence', () => {
  const backticks = openingFence('````') ?? expect.fail('no fence');

  it('closes on the same character at least as many times, then only spaces and tabs', () => {
    expect(closesFence('````', backticks)).toBe(true);
    expect(closesFence('   `````  \t', backticks)).toBe(true);
    expect(closesFence('```', backticks)).toBe(false);
    expect(closesFence('~~~~', backticks)).toBe(false);
    expect(closesFence('````js', backticks)).toBe(false);
    expect(closesFence('```` x', backticks)).toBe(false);
    expect(closesFence('````\f', backticks)).toBe(false);
  });

  it('does not close on a line indented four columns past its block', () => {
    expect(closesFence('    ````', backticks)).toBe(false);
    expect(closesFence('    ````', backticks, 2)).toBe(true);
  });

  it('agrees with markdown-it on whether a top-level fence was closed', () => {
    const cases: [string, boolean][] = [
      ['```\ncode\n```\n', true],
      ['```\ncode\n```js\n', false],
      ['```\ncode\n    ```\n', false],
      ['~~~\n```\n~~~~\n', true],
      ['```\ncode', false],
      ['```', false],
      ['```\n\n', false],
    ];
    for (const [text, closed] of cases) {
      const block = parseRfc('x.md', 1, text).codeBlocks[0];
      expect(block.closed, text).toBe(closed);
      const lines = text.split('\n');
      const f = openingFence(lines[0]) ?? expect.fail(text);
      expect(block.range.end.line > 0 && closesFence(lines[block.range.end.line], f), text).toBe(closed);
    }
  });
});

describe('TopLevelLines', () => {
  it('tells fences, code and comment blocks from text', () => {
    const lines = ['# T', '```', '## not a heading', '```js', '```', '<!-- a', '## hidden', '-->', 'text', '  <!-- one line -->'];
    const scan = new TopLevelLines();
    expect(lines.map((l) => scan.next(l))).toEqual(['text', 'fence', 'code', 'code', 'fence', 'comment', 'comment', 'comment', 'text', 'comment']);
  });

  it('opens a comment block only at the start of a line, after at most three columns', () => {
    expect(opensCommentBlock('   <!-- x')).toBe(true);
    expect(opensCommentBlock('    <!-- x')).toBe(false);
    expect(opensCommentBlock('text <!-- x')).toBe(false);
  });
});
