/**
 * One reader of a document's structure: the index's lean scan of an unopened file says the same as
 * the full parse. For any document, with either index detail, the summary the lean scan reads equals
 * the summary derived from the parse (`summaryOf(parseRfc(…))`), or the scan gives up and the file is
 * parsed. And at the top level, the line scanner's fence rule agrees with markdown-it on where every
 * fence ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanSummary, summarize } from '../../../server/src/core/index/summarize';
import type { SummaryContext, SummaryDetail } from '../../../server/src/core/index/summary';
import { DEFAULT_PARSE_OPTIONS } from '../../../server/src/core/parser/parseOptions';
import { summaryOf } from '../../../server/src/core/index/summary';
import { closesFence, openingFence, TopLevelLines } from '../../../server/src/core/parser/lineScanner';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';
import { TextLines } from '../../../server/src/core/text';
import { cleanRfc, defaultSummaryContext, task } from '../helpers';
import { documentArb } from './arbitraries';
import { fuzz, timeoutFor } from './fuzz';

/**
 * Documents built line by line from the block structure the lean scan has to get right: list items of
 * every marker at every indentation (nested, lazy, loose), fences and comment blocks inside them,
 * headings, header fields, and the constructs it must give up on (quotes, tables, setext underlines,
 * HTML, reference definitions, indented code).
 */
const structuralDocArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fc.constant('  ') }, { weight: 2, arbitrary: fc.constantFrom(' ', '   ', '    ') }, { weight: 1, arbitrary: fc.constantFrom('     ', '      ', '        ') }),
      fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fc.constant('- ') }, { weight: 2, arbitrary: fc.constantFrom('* ', '+ ', '1. ', '2) ', '10. ', '-   ', '- [ ] ') }, { weight: 1, arbitrary: fc.constantFrom('-    ', '-     ', '-') }),
      fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom('text', 'more words', 'Status: Done', '**Owners:** @alice', 'TASK-0001 and `tasks/TASK-0002-x.md`', '[TASK-0003](tasks/TASK-0003-x.md)', 'Accepted', 'RFC-0002', '**Phase 1 (x)**: ✅', '2. two', '-- dash', '<crate> here', '`open code', 'span` TASK-0005', '') },
        { weight: 4, arbitrary: fc.constantFrom('# Title', '## Status', '## Goals', '### Sub', '#### h ##', '#no', '```', '```bash', '~~~', '````', '<!-- c', '-->', '<!-- one -->', '- Status: Draft') },
        { weight: 1, arbitrary: fc.constantFrom('<div>', '> quote', '---', '***', '===', '[a]: /x', '| a | b |', '|---|---|') },
      ),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.map(([indent, marker, text]) => indent + marker + text).join('\n'));

const PATHS = [['docs/rfcs/RFC-0001-x.md', 'rfc'], ['tasks/TASK-0003B-x.md', 'task'], ['docs/adr/0005-x.md', 'adr'], ['notes/README.md', 'other']] as const;
const DETAILS: readonly SummaryDetail[] = ['full', 'rules'];

/** The layouts the parser follows: ours, React's (level-1 sections, no title) and adr-tools' numbered titles. */
const CONTEXTS: readonly SummaryContext[] = [
  defaultSummaryContext(),
  { ...defaultSummaryContext(), options: { ...DEFAULT_PARSE_OPTIONS, sectionLevel: 1, hasTitle: false } },
  { ...defaultSummaryContext(), options: { ...DEFAULT_PARSE_OPTIONS, titleId: { kind: 'number' } } },
];

describe('the lean scan of any document', () => {
  it('reads the summary the full parse gives, or gives up', async () => {
    await fuzz(
      'lean scan equals parse',
      fc.property(fc.oneof(documentArb, structuralDocArb), fc.constantFrom(...PATHS), fc.constantFrom(...DETAILS), fc.constantFrom(...CONTEXTS), (text, [path, kind], detail, ctx) => {
        const scanned = scanSummary(path, kind, text, ctx, detail);
        if (typeof scanned === 'string') return;
        const parsed = summaryOf(parseRfc(path, 0, text, ctx.options), kind, ctx, detail);
        if (JSON.stringify(scanned) !== JSON.stringify(parsed)) throw new Error(`${detail} summary of\n${JSON.stringify(text)}\ncodes: ${[...text].slice(0, 40).map((c) => c.codePointAt(0)?.toString(16)).join(" ")}\nlean:  ${JSON.stringify(scanned)}\nparse: ${JSON.stringify(parsed)}`);
        expect(scanned).toEqual(parsed);
      }),
      4000,
    );
  }, timeoutFor(4000, 10));

  it('keeps no field from above a title that has fields below it, however early it stops (found in review)', () => {
    // PyTorch's template shape: the parse drops the lines above the title; the lean scan, which stops
    // once it knows the status, must not have settled on them first.
    for (const text of ['- Status: Draft\n\n# RFC-0001: Title\n\n- Owners: @a\n\n## Goals\n\nG.\n', '---\ntitle: X\nid: RFC-0001\n---\nStatus: Draft\n\n# RFC-0001: Title\n\nOwners: @a\n']) {
      for (const detail of DETAILS) {
        const scanned = scanSummary('docs/rfcs/RFC-0001-x.md', 'rfc', text, defaultSummaryContext(), detail);
        const parsed = summaryOf(parseRfc('docs/rfcs/RFC-0001-x.md', 0, text), 'rfc', defaultSummaryContext(), detail);
        if (typeof scanned !== 'string') expect(scanned, text).toEqual(parsed);
        expect(parsed.status).toBeUndefined();
      }
    }
  });

  it('reads ordinary files without giving up, and agrees with the parse on them', () => {
    const files: [string, 'rfc' | 'task', string][] = [
      ['docs/rfcs/RFC-0001-sample.md', 'rfc', cleanRfc()],
      ['tasks/TASK-0003-net.md', 'task', task('TASK-0003', 'Networking', 'done', '\n## Notes\n\n- See RFC-0001 and [TASK-0004](TASK-0004-x.md).\n\n```bash\ncargo test\n```\n')],
    ];
    for (const [path, kind, text] of files) {
      for (const detail of DETAILS) {
        const scanned = scanSummary(path, kind, text, defaultSummaryContext(), detail);
        expect(typeof scanned, `${path} ${detail}: ${JSON.stringify(scanned)}`).toBe('object');
        expect(scanned).toEqual(summaryOf(parseRfc(path, 0, text), kind, defaultSummaryContext(), detail));
        expect(summarize(path, kind, text, defaultSummaryContext(), detail)).toEqual(scanned);
      }
    }
  });
});

describe('the fence rule of the line scanner', () => {
  it('agrees with markdown-it on where every top-level fence ends', async () => {
    await fuzz(
      'fence rule equals markdown-it',
      fc.property(documentArb, (text) => {
        const doc = parseRfc('x.md', 0, text);
        if (!doc.analysed || doc.frontMatter) return;
        const lines = new TextLines(text);
        const scan = new TopLevelLines();
        const kinds = Array.from({ length: lines.lineCount }, (_, l) => scan.next(l === 0 ? lines.line(0).replace(/^\uFEFF/, '') : lines.line(l)));
        for (const block of doc.codeBlocks) {
          const first = block.range.start.line;
          const opening = first === 0 ? lines.line(0).replace(/^\uFEFF/, '') : lines.line(first);
          const fence = block.fence === undefined ? undefined : openingFence(opening);
          // Only fences at the top level, where the line scanner reads them: not indented, not in a list or quote.
          if (!fence || fence.indent > 0 || kinds[first] !== 'fence') continue;
          const last = block.range.end.line;
          const closedByRule = last > first && closesFence(lines.line(last), fence);
          if (closedByRule !== block.closed) throw new Error(`fence at line ${first}: the rule says closed=${closedByRule}, markdown-it ${block.closed}\n${JSON.stringify(text)}`);
        }
      }),
      2000,
    );
  }, timeoutFor(2000, 5));
});
