import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getReferences } from '../../../server/src/core/features/references';
import { cleanRfc } from '../helpers';
import { CANCELLED, FILES, openAtCursor, positionOf, repo, RFC_PATH, swap } from './fixtures';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

async function referencesAt(fixture: string, includeDeclaration: boolean, path = RFC_PATH) {
  const ws = await repo();
  const { doc, position } = openAtCursor(ws, path, fixture);
  return { ws, locations: getReferences(ws, doc, position, includeDeclaration, NEVER_CANCELLED) };
}

const at = (text: string, needle: string, length = needle.length) => {
  const start = positionOf(text, needle);
  return { start, end: { line: start.line, character: start.character + length } };
};

describe('find references', () => {
  it('finds, from an RFC\'s title, the tasks that name it, unopened, at the place they name it', async () => {
    const { ws, locations } = await referencesAt(swap(cleanRfc(), '# RFC-0001', '# RFC-00$$CURSOR$$01'), false);
    const storage = FILES['tasks/TASK-0003-storage.md'];
    // TASK-0001 names it in its front matter, TASK-0003 in its body.
    expect(locations.map((l) => l.uri)).toEqual([ws.uriOf('tasks/TASK-0001-first-step.md'), ws.uriOf('tasks/TASK-0003-storage.md')]);
    expect(locations[1].range).toEqual(at(storage, 'RFC-0001'));
  });

  it('adds the declaration, the top of the document carrying the id, when asked', async () => {
    const { ws, locations } = await referencesAt(swap(cleanRfc(), 'Sample design', 'Sample $$CURSOR$$design'), true);
    expect(locations[0]).toEqual({ uri: ws.uriOf(RFC_PATH), range: TOP });
    expect(locations).toHaveLength(3);
  });

  it('finds, from a reference to a task, every document naming that task, the open one included', async () => {
    const fixture = `${cleanRfc()}\nSee TASK-00$$CURSOR$$01.\n`;
    const { ws, locations } = await referencesAt(fixture, true);
    const uris = locations.map((l) => l.uri);
    expect(uris[0]).toBe(ws.uriOf('tasks/TASK-0001-first-step.md'));
    expect(uris).toContain(ws.uriOf(RFC_PATH));
    expect(uris).toContain(ws.uriOf('tasks/TASK-0002-networking.md'));
    expect(locations.find((l) => l.uri === ws.uriOf('tasks/TASK-0002-networking.md'))?.range.start.line).toBe(positionOf(FILES['tasks/TASK-0002-networking.md'], 'TASK-0001').line);
    // The RFC names TASK-0001 three times: Links item, milestone, and the line added here.
    expect(uris.filter((u) => u === ws.uriOf(RFC_PATH))).toHaveLength(3);
  });

  it('takes the id of the list segment under the cursor', async () => {
    const { ws, locations } = await referencesAt(`${cleanRfc()}\nDone in TASK-0003/00$$CURSOR$$01.\n`, true);
    expect(locations[0]).toEqual({ uri: ws.uriOf('tasks/TASK-0001-first-step.md'), range: TOP });
  });

  it('finds references from a path reference by the id of the file it names', async () => {
    const { ws, locations } = await referencesAt(`${cleanRfc()}\nSee \`tasks/TASK-0002-netw$$CURSOR$$orking.md\`.\n`, true);
    expect(locations[0]).toEqual({ uri: ws.uriOf('tasks/TASK-0002-networking.md'), range: TOP });
    expect(locations.map((l) => l.uri)).toContain(ws.uriOf(RFC_PATH));
  });

  it('finds nothing from prose or past the end, and nothing when cancelled', async () => {
    expect((await referencesAt(`${cleanRfc()}\nPlain pro$$CURSOR$$se.\n`, true)).locations).toEqual([]);
    const ws = await repo();
    const { doc, position } = openAtCursor(ws, RFC_PATH, `${cleanRfc()}\nSee TASK-0001$$CURSOR$$.\n`);
    expect(getReferences(ws, doc, { line: 9999, character: 1 }, true, NEVER_CANCELLED)).toEqual([]);
    expect(getReferences(ws, doc, position, true, CANCELLED)).toEqual([]);
  });
});
