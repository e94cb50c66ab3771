import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getDocumentLinks } from '../../../server/src/core/features/documentLinks';
import { cleanRfc } from '../helpers';
import { CANCELLED, FILES, open, positionOf, repo, RFC_PATH, rfcWithLinks } from './fixtures';

async function linksOf(text: string, path = RFC_PATH, extra: Record<string, string> = {}) {
  const ws = await repo(extra);
  const doc = open(ws, path, text);
  return { ws, text, links: getDocumentLinks(ws, doc, NEVER_CANCELLED) };
}

describe('document links', () => {
  it('links a backtick path, a relative Markdown link and a bare id to their files, with the title as tooltip', async () => {
    const text = rfcWithLinks('  - Tasks: `tasks/TASK-0002-networking.md`\n  - ADRs: [record](../adr/0005-use-markdown.md)\n  - Related RFCs: RFC-0002');
    const { ws, links } = await linksOf(text);
    const header = links.filter((l) => l.range.start.line < 10);
    expect(header.map((l) => [l.target, l.tooltip])).toEqual([
      [ws.uriOf('tasks/TASK-0002-networking.md'), 'Networking'],
      [ws.uriOf('docs/adr/0005-use-markdown.md'), 'Use Markdown'],
      [ws.uriOf('docs/rfcs/RFC-0002-other.md'), 'Other design'],
    ]);
    const start = positionOf(text, 'tasks/TASK-0002');
    expect(header[0].range).toEqual({ start, end: { line: start.line, character: start.character + 'tasks/TASK-0002-networking.md'.length } });
  });

  it('links an id range or list once, to its first id that exists', async () => {
    const { ws, links } = await linksOf(`${cleanRfc()}\nWork: TASK-0000..0002 and TASK-0009/0003.\n`);
    const last = links.slice(-2);
    expect(last.map((l) => l.target)).toEqual([ws.uriOf('tasks/TASK-0001-first-step.md'), ws.uriOf('tasks/TASK-0003-storage.md')]);
  });

  it('links loose forms that resolve to the real file: abbreviated slug, glob, id without slug', async () => {
    const { ws, links } = await linksOf(rfcWithLinks('  - Tasks: `tasks/TASK-0002-…`, `tasks/TASK-0002-*.md`, `tasks/TASK-0002`'));
    expect(links.filter((l) => l.range.start.line < 10).map((l) => l.target)).toEqual(Array(3).fill(ws.uriOf('tasks/TASK-0002-networking.md')));
  });

  it('links the references in a task\'s front matter and body', async () => {
    const path = 'tasks/TASK-0002-networking.md';
    const { ws, links } = await linksOf(FILES[path], path);
    expect(links.map((l) => l.target)).toContain(ws.uriOf('tasks/TASK-0001-first-step.md'));
    const dependsOn = positionOf(FILES[path], 'TASK-0001');
    expect(links.find((l) => l.target === ws.uriOf('tasks/TASK-0001-first-step.md'))?.range.start).toEqual(dependsOn);
  });

  it('gives no link to prose with slashes, a path leaving the workspace, a missing file or an unknown id', async () => {
    const text = '# RFC-0001: X\n\n- Tasks: [passwd](../../../etc/passwd), `/etc/passwd`\n\nWe keep tasks/RFCs apart. See `tasks/TASK-0099-missing.md` and TASK-0999.\n';
    const { links } = await linksOf(text);
    expect(links).toEqual([]);
  });

  it('never links a document to itself through its own title', async () => {
    const { links } = await linksOf(cleanRfc());
    expect(links.every((l) => l.range.start.line > 0)).toBe(true);
    const adr = 'docs/adr/0005-use-markdown.md';
    const own = await linksOf(`${FILES[adr]}\nSee ADR-0005 and TASK-0001.\n`, adr);
    expect(own.links.map((l) => l.target)).toEqual([own.ws.uriOf('tasks/TASK-0001-first-step.md')]);
  });

  it('returns nothing when cancelled, and nothing for an empty document', async () => {
    const ws = await repo();
    expect(getDocumentLinks(ws, open(ws, RFC_PATH, cleanRfc()), CANCELLED)).toEqual([]);
    expect(getDocumentLinks(ws, open(ws, RFC_PATH, '', 2), NEVER_CANCELLED)).toEqual([]);
  });
});
