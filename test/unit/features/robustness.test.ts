import fc from 'fast-check';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getCompletions } from '../../../server/src/core/features/completion';
import { getDefinition } from '../../../server/src/core/features/definition';
import { getDocumentLinks } from '../../../server/src/core/features/documentLinks';
import { getDocumentSymbols } from '../../../server/src/core/features/documentSymbols';
import { getFoldingRanges } from '../../../server/src/core/features/folding';
import { getHover } from '../../../server/src/core/features/hover';
import { getPhaseSummary } from '../../../server/src/core/features/phaseSummary';
import { getReferences } from '../../../server/src/core/features/references';
import type { RfcWorkspace } from '../../../server/src/core/service';
import { cleanRfc } from '../helpers';
import { repo, RFC_PATH } from './fixtures';

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range): boolean => before(outer.start, inner.start) && before(inner.end, outer.end);

/** Every feature at every position of `text` (and a little past each line and the end). */
function exercise(ws: RfcWorkspace, path: string, text: string): void {
  const doc = { path, text, version: 1 };
  getDocumentLinks(ws, doc, NEVER_CANCELLED);
  // Editors reject a symbol whose selection lies outside its range, or whose name is empty.
  const check = (symbols: readonly DocumentSymbol[]): void => {
    for (const sym of symbols) {
      expect(sym.name.trim()).not.toBe('');
      expect(contains(sym.range, sym.selectionRange)).toBe(true);
      check(sym.children ?? []);
    }
  };
  check(getDocumentSymbols(ws, doc, NEVER_CANCELLED));
  getPhaseSummary(ws, doc);
  for (const f of getFoldingRanges(ws, doc, NEVER_CANCELLED)) expect(f.endLine).toBeGreaterThan(f.startLine);
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = -1; line <= lines.length + 1; line++) {
    const length = lines[line]?.length ?? 3;
    for (let character = -1; character <= length + 2; character++) {
      const position = { line, character };
      getCompletions(ws, doc, position, NEVER_CANCELLED);
      getDefinition(ws, doc, position, NEVER_CANCELLED);
      getHover(ws, doc, position, NEVER_CANCELLED);
      getReferences(ws, doc, position, true, NEVER_CANCELLED);
    }
  }
}

const MESSY = [
  '\uFEFF---\r\ntitle: A: B\r\nowner: @x\r\ndepends-on: [TASK-0001, tasks/TASK-0002-…]\r\n---\r\n# TASK-0009: CRLF\r\n',
  '# RFC-0001: T\n\n- Status: \n- Owners:\n- Links:\n  - Tasks: `tasks/`, [x](../../tasks/), TASK-, RFC-, ADR\u2011\n\n## \n## Status at a Glance\n\n- **Phase 0**:\n-- **Phase 1 (x**: ⬜ /\n**Phase 2 (y)**: 🟨 🟨\n',
  '```\nunterminated ## \n- Status: \nTASK-',
  '# RFC-0001: T\n\n> - Status: Draft\n> - **Phase 0 (a)**: ✅\n\n| TASK-0001..0003 | `docs/adr/` | [l](<../adr/0005-use-markdown.md>) |\n|---|---|---|\n\n[ref]: ../../tasks/TASK-0001-first-step.md\n<!-- TASK-0002 -->\n',
  '',
  '\n\n\n',
  '#\n##\n###\n## A\n### B\n#### C\n## A\n',
];

describe('the features on odd input', () => {
  it('never throw on messy documents at any position, in RFCs and tasks', async () => {
    const ws = await repo();
    for (const text of MESSY) {
      exercise(ws, RFC_PATH, text);
      exercise(ws, 'tasks/TASK-0009-crlf.md', text);
    }
  });

  it('never throw on random text made of the pieces our scanners look for', async () => {
    const ws = await repo();
    const piece = fc.constantFrom('# ', '## ', '- ', '  - ', '**Phase 1 (a)**: ', '✅', '⬜ / 🟨 / ✅', 'Status: ', 'Owners: ', 'Links:', '`', '](', '[', ')', 'tasks/', 'docs/rfcs/', '../', 'TASK-', 'RFC-0002', '0001..0003', '/0002', '\n', '\r\n', '```', '---', ' ', 'x', '@a', '\u2011', '<!--', '-->');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        exercise(ws, RFC_PATH, pieces.join(''));
      }),
      { numRuns: 60 },
    );
  });

  it('still answer after a document shrinks under a position the editor still holds', async () => {
    const ws = await repo();
    const long = cleanRfc();
    getDefinition(ws, { path: RFC_PATH, text: long, version: 1 }, { line: 80, character: 4 }, NEVER_CANCELLED);
    const short = { path: RFC_PATH, text: '# RFC-0001: T\n', version: 2 };
    expect(getCompletions(ws, short, { line: 80, character: 4 }, NEVER_CANCELLED)).toEqual([]);
    expect(getHover(ws, short, { line: 80, character: 4 }, NEVER_CANCELLED)).toBeUndefined();
  });
});
