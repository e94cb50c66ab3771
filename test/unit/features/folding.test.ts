import type { FoldingRange } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getFoldingRanges } from '../../../server/src/core/features/folding';
import { cleanRfc } from '../helpers';
import { CANCELLED, FILES, open, repo, RFC_PATH } from './fixtures';

async function foldsOf(text: string, path = RFC_PATH): Promise<FoldingRange[]> {
  const ws = await repo();
  return getFoldingRanges(ws, open(ws, path, text), NEVER_CANCELLED);
}

const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line);

describe('folding ranges', () => {
  it('folds each H2 section from its heading to its last non-blank line', async () => {
    const text = cleanRfc();
    const folds = await foldsOf(text);
    const glance = lineOf(text, '## Status at a Glance');
    expect(folds).toContainEqual({ startLine: glance, endLine: lineOf(text, '- “Complete” means the **contract** is defined and the **proof gates** are green.') });
    const checklist = lineOf(text, '## Checklist (keep current)');
    expect(folds).toContainEqual({ startLine: checklist, endLine: lineOf(text, '- [ ] Task(s) exist for each milestone.') });
  });

  it('folds H3 subsections inside their section, and fenced code blocks as regions', async () => {
    const text = cleanRfc();
    const folds = await foldsOf(text);
    const host = lineOf(text, '### Proof (Host)');
    const fence = lineOf(text, '```bash');
    expect(folds).toContainEqual({ startLine: host, endLine: fence + 2 });
    expect(folds).toContainEqual({ startLine: fence, endLine: fence + 2, kind: 'region' });
    expect(folds).toContainEqual({ startLine: lineOf(text, '## Proof / validation strategy (required)'), endLine: fence + 2 });
  });

  it('folds a task\'s front matter', async () => {
    const text = FILES['tasks/TASK-0002-networking.md'];
    const folds = await foldsOf(text, 'tasks/TASK-0002-networking.md');
    const closing = text.split('\n').indexOf('---', 1);
    expect(closing).toBeGreaterThan(3);
    expect(folds[0]).toEqual({ startLine: 0, endLine: closing, kind: 'region' });
  });

  it('never gives a range that hides nothing: empty sections, a one-line fence, an unterminated fence', async () => {
    const folds = await foldsOf('# T\n\n## Empty\n\n## Also empty\n## One line\ntext\n\n```\n```\n\n```js\nunterminated\n');
    expect(folds.every((f) => f.endLine > f.startLine)).toBe(true);
    expect(folds).toEqual([
      { startLine: 5, endLine: 12 },
      { startLine: 8, endLine: 9, kind: 'region' },
      { startLine: 11, endLine: 12, kind: 'region' },
    ]);
  });

  it('returns nothing for an empty document or when cancelled', async () => {
    expect(await foldsOf('')).toEqual([]);
    const ws = await repo();
    expect(getFoldingRanges(ws, open(ws, RFC_PATH, cleanRfc()), CANCELLED)).toEqual([]);
  });
});
