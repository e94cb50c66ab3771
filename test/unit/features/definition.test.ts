import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getDefinition } from '../../../server/src/core/features/definition';
import { cleanRfc, task } from '../helpers';
import { CANCELLED, FILES, openAtCursor, repo, RFC_PATH, rfcWithLinks, swap } from './fixtures';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

async function definitionAt(fixture: string, path = RFC_PATH, extra: Record<string, string> = {}) {
  const ws = await repo(extra);
  const { doc, position } = openAtCursor(ws, path, fixture);
  return { ws, locations: getDefinition(ws, doc, position, NEVER_CANCELLED) };
}

describe('go to definition', () => {
  it('lands at the top of the task a backtick path names', async () => {
    const { ws, locations } = await definitionAt(rfcWithLinks('  - Tasks: `tasks/TASK-00$$CURSOR$$02-networking.md`'));
    expect(locations).toEqual([{ uri: ws.uriOf('tasks/TASK-0002-networking.md'), range: TOP }]);
  });

  it('lands on the document a bare id names, with the cursor at the end of the id', async () => {
    const { ws, locations } = await definitionAt(`${cleanRfc()}\nDecided in ADR-0005$$CURSOR$$.\n`);
    expect(locations).toEqual([{ uri: ws.uriOf('docs/adr/0005-use-markdown.md'), range: TOP }]);
  });

  it('follows a Markdown link relative to the document folder', async () => {
    const { ws, locations } = await definitionAt(`${cleanRfc()}\nSee [the other](RFC-0002-$$CURSOR$$other.md).\n`);
    expect(locations.map((l) => l.uri)).toEqual([ws.uriOf('docs/rfcs/RFC-0002-other.md')]);
  });

  it('resolves each id of a range that exists, and skips the ones that do not', async () => {
    const { ws, locations } = await definitionAt(`${cleanRfc()}\nWork: TASK-0001..00$$CURSOR$$04.\n`);
    expect(locations.map((l) => l.uri)).toEqual(['tasks/TASK-0001-first-step.md', 'tasks/TASK-0002-networking.md', 'tasks/TASK-0003-storage.md'].map((p) => ws.uriOf(p)));
  });

  it('offers both files when two share an id', async () => {
    const { ws, locations } = await definitionAt(`${cleanRfc()}\nSee TASK-0003$$CURSOR$$.\n`, RFC_PATH, { 'tasks/TASK-0003-copy.md': task('TASK-0003', 'Copy') });
    expect(locations.map((l) => l.uri).sort()).toEqual([ws.uriOf('tasks/TASK-0003-copy.md'), ws.uriOf('tasks/TASK-0003-storage.md')].sort());
  });

  it('works from a task: an id in its front matter and an id in its body', async () => {
    const path = 'tasks/TASK-0002-networking.md';
    const inFrontMatter = await definitionAt(swap(FILES[path], 'depends-on: [TASK-0001]', 'depends-on: [TASK-$$CURSOR$$0001]'), path);
    expect(inFrontMatter.locations).toEqual([{ uri: inFrontMatter.ws.uriOf('tasks/TASK-0001-first-step.md'), range: TOP }]);
    const inBody = await definitionAt(`${FILES[path]}\nPart of RFC-00$$CURSOR$$02.\n`, path);
    expect(inBody.locations.map((l) => l.uri)).toEqual([inBody.ws.uriOf('docs/rfcs/RFC-0002-other.md')]);
  });

  it('goes nowhere from prose, a missing file, an unknown id or a path outside the workspace', async () => {
    for (const line of ['Just pro$$CURSOR$$se.', 'See `tasks/TASK-0099-mis$$CURSOR$$sing.md`.', 'See TASK-09$$CURSOR$$99.', 'See [pw](../../../etc/pass$$CURSOR$$wd).']) {
      expect((await definitionAt(`${cleanRfc()}\n${line}\n`)).locations).toEqual([]);
    }
  });

  it('goes nowhere past the end of the document or when cancelled', async () => {
    const ws = await repo();
    const { doc, position } = openAtCursor(ws, RFC_PATH, `${cleanRfc()}\nSee TASK-0001$$CURSOR$$.\n`);
    expect(getDefinition(ws, doc, { line: 5000, character: 99 }, NEVER_CANCELLED)).toEqual([]);
    expect(getDefinition(ws, doc, position, CANCELLED)).toEqual([]);
  });
});
