import type { MarkupContent } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getHover } from '../../../server/src/core/features/hover';
import { cleanRfc, task } from '../helpers';
import { CANCELLED, openAtCursor, positionOf, repo, RFC_PATH, rfcWithLinks } from './fixtures';
import { withCursor } from '../helpers';

async function hoverAt(fixture: string, extra: Record<string, string> = {}) {
  const ws = await repo(extra);
  const { doc, position } = openAtCursor(ws, RFC_PATH, fixture);
  return getHover(ws, doc, position, NEVER_CANCELLED);
}

const text = (h: { contents: unknown } | undefined): string => (h?.contents as MarkupContent).value;

describe('hover', () => {
  it('shows the task\'s id and title in bold, its status, kind, path and first lines, over the reference', async () => {
    const fixture = `${cleanRfc()}\nNeeds TASK-00$$CURSOR$$02 first.\n`;
    const hover = await hoverAt(fixture);
    expect((hover?.contents as MarkupContent).kind).toBe('markdown');
    expect(text(hover)).toBe('**TASK-0002: Networking**\n\nStatus: in-progress · Task · `tasks/TASK-0002-networking.md`\n\nSets up the network stack.');
    const start = positionOf(withCursor(fixture).text, 'TASK-0002');
    expect(hover?.range).toEqual({ start, end: { line: start.line, character: start.character + 9 } });
  });

  it('describes an ADR named by path, with its status from a `- Status:` line', async () => {
    const hover = await hoverAt(rfcWithLinks('  - ADRs: `docs/adr/0005-use$$CURSOR$$-markdown.md`'));
    expect(text(hover)).toContain('**ADR-0005: Use Markdown**');
    expect(text(hover)).toContain('Status: Accepted · ADR');
    expect(text(hover)).toContain('We write RFCs in Markdown.');
  });

  it('shows the status without the emphasis it was written with, and escapes Markdown in titles', async () => {
    const hover = await hoverAt(`${cleanRfc()}\nSee TASK-0007$$CURSOR$$.\n`, { 'tasks/TASK-0007-x.md': task('TASK-0007', 'Use *stars* and <html>', '"**In progress**"') });
    expect(text(hover)).toContain('**TASK-0007: Use \\*stars\\* and \\<html\\>**');
    expect(text(hover)).toContain('Status: In progress ·');
  });

  it('describes at most five documents of a long id range and says how many more there are', async () => {
    const extra: Record<string, string> = {};
    for (let n = 10; n < 18; n++) extra[`tasks/TASK-00${n}-t.md`] = task(`TASK-00${n}`, `T${n}`);
    const hover = await hoverAt(`${cleanRfc()}\nWork: TASK-0010..00$$CURSOR$$17.\n`, extra);
    expect(text(hover).match(/^\*\*TASK-/gm)).toHaveLength(5);
    expect(text(hover)).toContain('…and 3 more.');
  });

  it('shows nothing for prose, a missing file, an unknown id, or a path outside the workspace', async () => {
    for (const line of ['Plain pro$$CURSOR$$se.', 'See `tasks/TASK-0099-mis$$CURSOR$$sing.md`.', 'See TASK-09$$CURSOR$$99.', 'See [pw](../../../etc/pass$$CURSOR$$wd).', 'See `../../../etc/pass$$CURSOR$$wd.md`.']) {
      expect(await hoverAt(`${cleanRfc()}\n${line}\n`)).toBeUndefined();
    }
  });

  it('shows nothing past the end of the document or when cancelled', async () => {
    const ws = await repo();
    const { doc, position } = openAtCursor(ws, RFC_PATH, `${cleanRfc()}\nSee TASK-0001$$CURSOR$$.\n`);
    expect(getHover(ws, doc, position, NEVER_CANCELLED)).toBeDefined();
    expect(getHover(ws, doc, { line: 9999, character: 0 }, NEVER_CANCELLED)).toBeUndefined();
    expect(getHover(ws, doc, position, CANCELLED)).toBeUndefined();
  });
});
