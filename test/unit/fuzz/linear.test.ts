import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import type { RfcService } from '../../../server/src/core/index';
import { BUILTIN_TEMPLATES } from '../helpers';
import { filtered, fuzz, timeoutFor } from './fuzz';
import { growth, repeatTo, withAttempts } from './growth';
import { fuzzWorkspace } from './workspace';

/** Four times the text may cost at most this many times as much (linear: 4; quadratic: 16). */
const MAX_RATIO = 8;
/** And at most this many times markdown-it's own full parse of the same text. */
const MAX_VERSUS_MARKDOWN_IT = 25;

/** Shapes that make naive scanners quadratic: unclosed constructs repeated, long lines, deep structures. */
const SHAPES: readonly (readonly [string, (size: number) => string])[] = [
  ['the template repeated', (n) => repeatTo(`${BUILTIN_TEMPLATES.rfc}\n`, n)],
  ['one paragraph of very many lines', (n) => repeatTo('a\n', n)],
  ['lone CR line ends', (n) => repeatTo('a TASK-0001\r', n)],
  ['unclosed brackets', (n) => repeatTo('[', n)],
  ['links without their closing parenthesis', (n) => repeatTo('[a](', n)],
  ['link destinations cut by spaces', (n) => repeatTo('[a](x ', n)],
  ['backtick runs of growing length that never close', (n) => { let s = ''; for (let k = 1; s.length < n; k++) s += `${'`'.repeat(k)}a`; return s; }],
  ['comments on one line followed by text', (n) => `${repeatTo('<!-- a -->', n)}x\n`],
  ['unclosed comments', (n) => repeatTo('x <!-- ', n)],
  ['suppression directives without a closing -->', (n) => `<!-- ${repeatTo('rfc-author-disable ', n)}>\n`],
  ['inline directives in a comment', (n) => `x <!-- ${repeatTo('rfc-author-disable a ', n)}> y\n`],
  ['id lists', (n) => `TASK-0001${repeatTo('/0002', n)}`],
  ['phase lines', (n) => `## Status at a Glance\n\n${repeatTo('- **Phase 1 (x)**: ✅ / 🟨\n', n)}`],
  ['table rows with references', (n) => `| a | b |\n|---|---|\n${repeatTo('| TASK-0001 | `tasks/TASK-0002-x.md` |\n', n)}`],
  ['headings', (n) => repeatTo('## Goals\n\ntext\n\n', n)],
  ['lines nested past the limit', (n) => repeatTo(`${'- '.repeat(100)}x\n\n## Goals\n\n`, n)],
  ['mojibake', (n) => repeatTo('Ã© â€œ âœ… ', n)],
];

/** Characters and pieces our scanners treat specially. */
const PIECES = ['[', ']', '(', ')', '`', '<', '>', '<!--', '-->', '\\', '*', '_', '\n', '\r', ' ', '-', '#', '|', ':', '/', '.md', 'TASK-0001', 'rfc-author-disable', '**Phase 1**', '⬜', 'Ã', '\t', '> ', '1. '];

async function linear(service: RfcService, name: string, make: (size: number) => string, maxSize: number): Promise<void> {
  await withAttempts(3, async (attempt) => {
    // A failed attempt measures again at twice the size: garbage collection and timer noise weigh
    // less on longer work, quadratic growth only more.
    const g = await growth(service, make, 20_000 << attempt, maxSize << attempt);
    if (g.ratio < MAX_RATIO && g.versusMarkdownIt < MAX_VERSUS_MARKDOWN_IT) return undefined;
    return `${name}: ${g.size} → ${g.size * 4} characters cost ${g.ratio.toFixed(1)}× as much (${g.ms.toFixed(0)} ms CPU), ${g.versusMarkdownIt.toFixed(1)}× markdown-it's parse`;
  });
}

describe('work per document', () => {
  let service: RfcService;
  beforeAll(async () => {
    service = (await fuzzWorkspace()).service;
  });

  it.skipIf(filtered)('grows linearly with size and stays within a small factor of markdown-it on shapes that make scanners quadratic', async () => {
    for (const [name, make] of SHAPES) await linear(service, name, make, 100_000);
  }, 600_000);

  it('grows linearly with size on any short piece repeated', async () => {
    await fuzz('linear growth', fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }), async (pieces) => {
      await linear(service, JSON.stringify(pieces.join('')), (n) => repeatTo(pieces.join(''), n), 400_000);
    }), 4, 60);
  }, timeoutFor(4, 6000));
});
