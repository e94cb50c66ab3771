import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import type { Finding } from '../../../server/src/core/index';
import { FIX_ALL_KIND } from '../../../server/src/core/index';
import { TextLines } from '../../../server/src/core/text';
import { applyTextEdits, editsFor } from '../applyEdit';
import { documentArb } from './arbitraries';
import { fuzz, timeoutFor } from './fuzz';
import type { FuzzWorkspace } from './workspace';
import { fuzzWorkspace, RFC_PATH, TASK_PATH } from './workspace';

/** Pieces that "fix all" has something to do with, so that most cases exercise it. */
const FIXABLE = [
  'â€œquotedâ€ and âœ… done', '`tasks/TASK-0002-old-slug.md`', '- Created: January 10, 2026', '- Last Updated: 2026/2/1',
  '```bash\ncd /home/me/repo && cargo test\n```', '## Proof / validation strategy (required)\n\n```bash\ncd "/Users/me/x" && make\n```',
  '# RFC-0001 — Sample design', '# RFC-0007: Sample', '# RFC-XXXX: <Title>', 'See [x](tasks/TASK-0003B-stroage.md).',
];

const fixableDocArb = fc
  .tuple(documentArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FIXABLE)), { maxLength: 4 }))
  .map(([text, pieces]) => {
    const lines = text.split('\n');
    for (const [at, piece] of pieces) lines.splice(at % (lines.length + 1), 0, piece);
    return lines.join('\n');
  });

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
}

/**
 * Fix all at `path` on `text`: its edits give its text, they are ordered and never overlap, no rule
 * reports more than before, the source action makes the same edits, and a second run changes nothing.
 */
async function checkFixAll(fw: FuzzWorkspace, path: string, text: string): Promise<void> {
  try {
    const doc = fw.open(path, text);
    const before = await fw.service.computeDiagnostics(doc);
    const r = await fw.service.getFixAll(doc);
    const lines = new TextLines(text);
    if (applyTextEdits(text, r.edits) !== r.text) throw new Error(`the edits do not give the fixed text:\n${JSON.stringify(text)}`);
    for (let i = 1; i < r.edits.length; i++) {
      if (lines.offsetAt(r.edits[i].range.start) < lines.offsetAt(r.edits[i - 1].range.end)) throw new Error(`edits overlap or are out of order:\n${JSON.stringify(r.edits)}`);
    }
    if ((r.fixes.length > 0) !== (r.text !== text)) throw new Error(`${r.fixes.length} fixes but the text ${r.text === text ? 'did not change' : 'changed'}`);
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const action = fw.service.getCodeActions(doc, everywhere, { diagnostics: [], only: [FIX_ALL_KIND] })[0];
    const viaAction = action ? applyTextEdits(text, editsFor(action.edit, fw.service.uriOf(path))) : text;
    if (viaAction !== r.text) throw new Error(`the source action does not make the same change:\n${JSON.stringify(text)}`);
    if (r.text === text) return;
    const fixed = fw.open(path, r.text);
    const after = countByRule(await fw.service.computeDiagnostics(fixed));
    const was = countByRule(before);
    for (const [rule, n] of after) {
      if (n > (was.get(rule) ?? 0)) throw new Error(`fix all added a ${rule} finding (${was.get(rule) ?? 0} → ${n}); fixes ${JSON.stringify(r.fixes.map((f) => f.rule))}:\n${JSON.stringify(text)}\n→\n${JSON.stringify(r.text)}`);
    }
    const again = await fw.service.getFixAll(fixed);
    if (again.text !== r.text || again.fixes.length > 0) throw new Error(`a second run changed ${JSON.stringify(again.fixes.map((f) => f.rule))}:\n${JSON.stringify(r.text)}\n→\n${JSON.stringify(again.text)}`);
  } finally {
    fw.close(path);
  }
}

describe('fix all on any document', () => {
  let fw: FuzzWorkspace;
  beforeAll(async () => {
    fw = await fuzzWorkspace();
  });

  it('gives its text through its edits, adds no finding, and changes nothing the second time (RFCs)', async () => {
    await fuzz('fix all on RFCs', fc.asyncProperty(fixableDocArb, (text) => checkFixAll(fw, RFC_PATH, text)), 400);
  }, timeoutFor(400, 150));

  it('does the same on tasks', async () => {
    await fuzz('fix all on tasks', fc.asyncProperty(fixableDocArb, (text) => checkFixAll(fw, TASK_PATH, text)), 200);
  }, timeoutFor(200, 150));
});
