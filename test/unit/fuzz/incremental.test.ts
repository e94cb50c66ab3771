/**
 * An open document parsed after an edit from its previous version's parse (`incremental.ts`, the
 * inline plans) gives the same model as a parse of the new text from scratch: for any document, any
 * edit (a character, a line end, a fence, a heading, a comment opened or closed, text deleted) and a
 * second edit after it, in each of the layouts the parser follows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_OPTIONS } from '../../../server/src/core/parser/parseOptions';
import type { ParseOptions } from '../../../server/src/core/parser/parseOptions';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';
import type { RfcDocument } from '../../../server/src/core/types';
import { documentArb } from './arbitraries';
import { filtered, fuzz, timeoutFor } from './fuzz';

const INSERTS = ['', 'x', ' ', '\n', '\n\n', '```\n', '```', '~~~\n', '## Heading\n', '# Title\n', '## ', '#', '- ', '1. ', '> ', '    ', '<!-- ', '-->', '<!-- c -->\n', '<pre>\n', '</pre>', '---\n', '===\n', '| a |\n|---|\n', '[a]: tasks/x.md\n', 'TASK-0001 ', '`tasks/TASK-0002-x.md`', '**Phase 1**: ✅\n', '- [ ] item\n', '\0', '\r\n'];

const OPTIONS: readonly ParseOptions[] = [DEFAULT_PARSE_OPTIONS, { ...DEFAULT_PARSE_OPTIONS, sectionLevel: 1, hasTitle: false }];

const editArb = fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom(...INSERTS));

function edit(text: string, [at, removed, inserted]: readonly [number, number, string]): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + inserted + text.slice(Math.min(text.length, i + removed));
}

/** Everything a document model says, the prose spans included, in a comparable form. */
function model(doc: RfcDocument): string {
  const { path: p, version, text, analysed, frontMatter, headings, title, header, paragraphs, sections, phases, checklist, references, linkTextReferences, codeBlocks, suppressions, limits } = doc;
  return JSON.stringify(
    { p, version, text: text.text, analysed, frontMatter, headings, title, header, paragraphs, sections, phases, checklist, references, linkTextReferences, codeBlocks, prose: doc.prose, limits, suppressions: { file: [...suppressions.file], lines: [...suppressions.lines].map(([k, v]) => [k, [...v]]), regions: suppressions.regions } },
  );
}

/** The model of `next` parsed from `previous` (and from its own previous versions), and from scratch. */
function expectSameAfterEdits(texts: readonly string[], options: ParseOptions): void {
  let previous: RfcDocument | undefined;
  texts.forEach((text, version) => {
    const incremental = parseRfc('docs/rfcs/RFC-0001-x.md', version, text, options, { previous });
    const whole = parseRfc('docs/rfcs/RFC-0001-x.md', version, text, options);
    if (model(incremental) !== model(whole)) throw new Error(`version ${version} of ${JSON.stringify(texts)} parsed after the edit differs from a whole parse`);
    previous = incremental;
  });
}

describe('an open document parsed after an edit', () => {
  it('gives the model a parse from scratch gives', async () => {
    await fuzz(
      'incremental parse equals whole parse',
      fc.property(documentArb, editArb, editArb, fc.constantFrom(...OPTIONS), (text, first, second, options) => {
        const edited = edit(text, first);
        expectSameAfterEdits([text, edited, edit(edited, second)], options);
      }),
      1500,
    );
  }, timeoutFor(1500));

  it.skipIf(filtered)('gives the same model for every line of the example RFCs typed into, split and joined', () => {
    const dir = path.join(__dirname, '../../../examples/docs/rfcs');
    const rfcs = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(rfcs.length).toBeGreaterThan(2);
    for (const file of rfcs) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const lines = text.split('\n');
      for (let l = 0; l < lines.length; l++) {
        const at = lines.slice(0, l).join('\n').length + (l > 0 ? 1 : 0) + Math.min(3, lines[l].length);
        for (const inserted of ['x', '\n', '```\n', '## New\n']) expectSameAfterEdits([text, edit(text, [at, 0, inserted]), text], DEFAULT_PARSE_OPTIONS);
      }
    }
  }, 120_000);
});
