import { describe, expect, it } from 'vitest';
import { scanSummary } from '../../../server/src/core/index/summarize';
import type { SummaryDetail } from '../../../server/src/core/index/summary';
import { summaryOf } from '../../../server/src/core/index/summary';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';
import { defaultSummaryContext } from '../helpers';

const PATH = 'docs/rfcs/RFC-0001-x.md';

function both(text: string, detail: SummaryDetail): { lean: ReturnType<typeof scanSummary>; parse: ReturnType<typeof summaryOf> } {
  return { lean: scanSummary(PATH, 'rfc', text, defaultSummaryContext(), detail), parse: summaryOf(parseRfc(PATH, 0, text), 'rfc', defaultSummaryContext(), detail) };
}

/** Block structure the lean scan reads itself; each must give the parse's summary, references included. */
const READ: readonly string[] = [
  '# T\n\n- Status: Done\n  wrapped TASK-0001\nlazy TASK-0002\n- Owners: @a\n\n## S\n\ntext',
  '# T\n\n1. Status: x\n2. b\n   - nested TASK-0003\n     more\n  lazy\n\n   para in item TASK-0004\n',
  '# T\n\n- a\n  ```\n  TASK-0009\n ```\n  ```\nTASK-0010\n',
  '# T\n\n- a\n  <!-- x\n\n  TASK-0011 -->\nTASK-0012\n',
  '# T\n\n10.   x\n    - y TASK-0013\n',
  '# T\n\nfoo\n    - bar TASK-0014\n',
  '# T\n\n- foo\n\n  - bar\n\n baz TASK-0015\n',
  '# T ###\n## Status ##\n\n- Accepted\n',
  '# T\n\n* a\n- b\n+ c TASK-0016\n',
  '# T\n\ntext `code\nspan TASK-0017` end\n',
  '# T\n\n[link\ntext](tasks/TASK-0018-x.md) and [TASK-0019](tasks/TASK-0019-y.md)\n',
  '# T\n\n  # not in list\n   - x\n',
  '# T\n\nintro\n2. not a list TASK-0020\n1) a list TASK-0021\n',
  '# T\n\n- a\n    - four spaces TASK-0022\n     lazy\n',
  '# T\n\n-    five columns\n     continued TASK-0023\n',
  // A title whose id is a link to its tracking issue (a KEP's).
  '# [RFC-0001](https://example.com/issues/1): Linked title\n\n- Status: Draft\n',
  'Moved to [RFC-0002](RFC-0002-y.md).\n',
  '---\neip: 1046\nstatus: Moved\n---\n\nThis file was moved to https://example.org/erc-1046.md\n',
  '# T\n\n<crate> is a placeholder TASK-0024\n<name> too\n',
  '#\tTab heading TASK-0025\n#5 not a heading\n## \n',
  '# T\n\n- Status:\n  Draft\n\n## Status\n\nAccepted\n',
  '## First\n\n# Late title TASK-0026\n\n- Status: Late\n',
  '# T\n\n```\n## fenced\n```js\n```\n\n<!-- rfc-author-disable -->\n- Owners: @b\n',
  '---\ntitle: T\nstatus: done\ndepends-on: [TASK-0030,\n  TASK-0031]\n---\n\n# TASK-0032: Body\n\n- [ ] check TASK-0033\n',
];

/** Constructs it cannot read as markdown-it does: it must give up (and the parse is used). */
const GIVE_UP: readonly string[] = [
  '# T\n\nSetext\n===\n',
  '# T\n\n> quoted TASK-0001\n',
  '# T\n\n| a | b |\n|---|---|\n| TASK-0001 | x |\n',
  '# T\n\n<div>\nTASK-0001\n</div>\n',
  '# T\n\n    indented code TASK-0001\n',
  '# T\n\n[a]: tasks/TASK-0001-x.md\n',
  '# T\n\n- # heading in item\n',
  '# T\n\n-\n  empty item\n',
  '# T\n\n\t- tab\n',
];

describe('the lean scan', () => {
  for (const detail of ['full', 'rules'] as const) {
    it(`reads ordinary block structure exactly as the parse does (${detail})`, () => {
      for (const text of READ) {
        const { lean, parse } = both(text, detail);
        expect(typeof lean, `${JSON.stringify(text)} gave up: ${JSON.stringify(lean)}`).toBe('object');
        expect(lean, JSON.stringify(text)).toEqual(parse);
      }
    });
  }

  it('reads a linked title id as the id, and a redirect stub as moved, in both readers', () => {
    const linked = both('# [RFC-0001](https://example.com/issues/1): Linked title\n\n- Status: Draft\n', 'full');
    expect(typeof linked.lean === 'string' ? linked.lean : linked.lean.title).toBe('Linked title');
    expect(linked.parse.title).toBe('Linked title');
    const stub = both('Moved to [RFC-0002](RFC-0002-y.md).\n', 'rules');
    expect(typeof stub.lean === 'string' ? stub.lean : stub.lean.moved).toBe(true);
    expect(stub.parse.moved).toBe(true);
  });

  it('gives up on what it cannot read exactly, and says why', () => {
    for (const text of GIVE_UP) expect(typeof both(text, 'full').lean, JSON.stringify(text)).toBe('string');
  });

  it('stops at the front matter of a task whose title and status it holds (the `rules` detail)', () => {
    const text = '---\ntitle: T\nstatus: done\n---\n\n> a quote it would give up on\n';
    expect(both(text, 'rules').lean).toMatchObject({ title: 'T', status: 'done' });
    expect(typeof both(text, 'full').lean).toBe('string');
  });
});
