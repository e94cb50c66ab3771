import { describe, expect, it } from 'vitest';
import { createRfcService } from '../../../server/src/core/index';
import { cleanRfc, MemoryHost, withCursor } from '../helpers';
import { FILES, RFC_PATH } from './fixtures';

async function service() {
  const s = await createRfcService({ host: new MemoryHost(new Map(Object.entries(FILES))), rootUri: 'file:///repo' });
  await s.indexWorkspace();
  return s;
}

describe('the facade wires the navigation and completion features', () => {
  it('answers every navigation request for an open RFC without a token', async () => {
    const s = await service();
    const { text, position } = withCursor(`${cleanRfc()}\nSee TASK-0002$$CURSOR$$.\n`);
    const doc = { path: RFC_PATH, text, version: 1 };
    s.updateDocument(doc);
    const target = 'file:///repo/tasks/TASK-0002-networking.md';
    expect(s.getDefinition(doc, position).map((l) => l.uri)).toEqual([target]);
    expect(s.getDocumentLinks(doc).map((l) => l.target)).toContain(target);
    expect(s.getHover(doc, position)?.contents).toMatchObject({ kind: 'markdown' });
    expect(s.getReferences(doc, position, true)[0].uri).toBe(target);
    expect(s.getDocumentSymbols(doc)[0].name).toBe('RFC-0001: Sample design');
    expect(s.getFoldingRanges(doc).length).toBeGreaterThan(10);
    expect(s.getPhaseSummary(doc)?.counts).toEqual({ done: 1, inProgress: 1, notStarted: 1, other: 0 });
    expect(s.getWorkspaceSymbols('networking').map((x) => x.location.uri)).toEqual([target]);
  });

  it('completes through the facade', async () => {
    const s = await service();
    const { text, position } = withCursor(`${cleanRfc()}\nSee TASK-$$CURSOR$$\n`);
    expect(s.getCompletions({ path: RFC_PATH, text, version: 1 }, position).map((i) => i.label).sort()).toEqual(['TASK-0001', 'TASK-0002', 'TASK-0003']);
  });
});
