import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { expandCompletionList, getCompletionList, getCompletions } from '../../../server/src/core/features/completion';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import type { RfcWorkspace } from '../../../server/src/core/service';
import { cleanRfc, task, workspace } from '../helpers';
import { CANCELLED, FILES, openAtCursor, repo, RFC_PATH, rfcWithLinks, swap } from './fixtures';

async function complete(fixture: string, path = RFC_PATH, ws?: RfcWorkspace): Promise<CompletionItem[]> {
  const w = ws ?? (await repo());
  const { doc, position } = openAtCursor(w, path, fixture);
  return getCompletions(w, doc, position, NEVER_CANCELLED);
}

const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;
const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
const bySort = (items: CompletionItem[]): CompletionItem[] => [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
const lineOf = (fixture: string): number => fixture.slice(0, fixture.indexOf('$$CURSOR$$')).split('\n').length - 1;

describe('completion of link targets', () => {
  it('lists the tasks after `tasks/` in backticks in a Links item, with title, status and an edit over the typed prefix', async () => {
    const fixture = rfcWithLinks('  - Tasks: `tasks/$$CURSOR$$`');
    const items = bySort(await complete(fixture));
    expect(labels(items)).toEqual(['tasks/TASK-0001-first-step.md', 'tasks/TASK-0002-networking.md', 'tasks/TASK-0003-storage.md']);
    const networking = items[1];
    expect(networking.detail).toBe('Networking');
    expect(networking.documentation).toEqual({ kind: 'markdown', value: '**Status:** in-progress\n\nSets up the network stack.' });
    expect(networking.filterText).toBe('tasks/TASK-0002-networking.md');
    const line = lineOf(fixture);
    expect(edit(networking)).toEqual({ range: { start: { line, character: 12 }, end: { line, character: 18 } }, newText: 'tasks/TASK-0002-networking.md' });
  });

  it('covers the whole typed path so the typed file-name prefix filters, and replaces the rest of the word after the cursor', async () => {
    const fixture = rfcWithLinks('  - Tasks: `tasks/TASK-000$$CURSOR$$2-old.md`');
    const items = await complete(fixture);
    const line = lineOf(fixture);
    expect(items.every((i) => i.filterText?.startsWith('tasks/TASK-000'))).toBe(true);
    expect(edit(items[0]).range).toEqual({ start: { line, character: 12 }, end: { line, character: 12 + 'tasks/TASK-0002-old.md'.length } });
  });

  it('lists the ADRs after `docs/adr/` and the other RFCs (never the document itself) after `docs/rfcs/`', async () => {
    expect(labels(await complete(rfcWithLinks('  - ADRs: `docs/adr/$$CURSOR$$`')))).toEqual(['docs/adr/0005-use-markdown.md']);
    expect(labels(await complete(rfcWithLinks('  - Related RFCs: `docs/rfcs/$$CURSOR$$`')))).toEqual(['docs/rfcs/RFC-0002-other.md']);
  });

  it('completes a bare path in a Links item', async () => {
    expect(labels(await complete(rfcWithLinks('  - ADRs: docs/adr/$$CURSOR$$')))).toEqual(['docs/adr/0005-use-markdown.md']);
  });

  it('inserts a path relative to the document folder after `](` when the line already links relatively', async () => {
    const fixture = `${cleanRfc()}\nSee [one](../../tasks/TASK-0001-first-step.md) and [two](tasks/TASK-0002$$CURSOR$$).\n`;
    const items = await complete(fixture);
    const two = items.find((i) => i.detail === 'Networking');
    expect(two?.filterText).toBe('tasks/TASK-0002-networking.md');
    expect(edit(two!).newText).toBe('../../tasks/TASK-0002-networking.md');
  });

  it('keeps the typed form after `](` when the line has no relative links', async () => {
    const items = await complete(`${cleanRfc()}\nSee [two](tasks/$$CURSOR$$).\n`);
    expect(edit(items.find((i) => i.detail === 'Networking')!).newText).toBe('tasks/TASK-0002-networking.md');
    const relative = await complete(`${cleanRfc()}\nSee [two](../../tasks/$$CURSOR$$).\n`);
    expect(edit(relative.find((i) => i.detail === 'Networking')!).newText).toBe('../../tasks/TASK-0002-networking.md');
  });

  it('uses the folders of configured globs, not hard-coded ones', async () => {
    const ws = await workspace({ 'work/items/TASK-0007-custom.md': task('TASK-0007', 'Custom folder') }, { taskGlobs: ['work/items/TASK-*.md'] });
    const items = await complete(rfcWithLinks('  - Tasks: `work/items/$$CURSOR$$`'), RFC_PATH, ws);
    expect(labels(items)).toEqual(['work/items/TASK-0007-custom.md']);
  });

  it('lists documents by id after a bare `TASK-` in prose, sorted by id, inserting the id', async () => {
    const fixture = `${cleanRfc()}\nThis depends on TASK-$$CURSOR$$ being done.\n`;
    const items = bySort(await complete(fixture));
    expect(labels(items)).toEqual(['TASK-0001', 'TASK-0002', 'TASK-0003']);
    expect(items.map((i) => i.detail)).toEqual(['First step', 'Networking', 'Storage']);
    const line = lineOf(fixture);
    expect(edit(items[2])).toEqual({ range: { start: { line, character: 16 }, end: { line, character: 21 } }, newText: 'TASK-0003' });
    expect(items[2].filterText).toBe('TASK-0003');
  });

  it('completes ids in task front matter and after `ADR-`, and offers every kind its own documents only', async () => {
    const items = await complete('---\ntitle: TASK-0009 New\nstatus: todo\ndepends-on: [RFC-$$CURSOR$$]\n---\n\n# TASK-0009: New\n', 'tasks/TASK-0009-new.md');
    expect(labels(items)).toEqual(['RFC-0002']);
    expect(labels(await complete(`${cleanRfc()}\nDecided in ADR-$$CURSOR$$.\n`))).toEqual(['ADR-0005']);
  });

  it('keeps a non-breaking hyphen in the filter text so what was typed still matches', async () => {
    const items = await complete(`${cleanRfc()}\nSee TASK\u2011$$CURSOR$$\n`);
    expect(items.map((i) => i.filterText)).toContain('TASK\u20110002');
    expect(edit(items.find((i) => i.label === 'TASK-0002')!).newText).toBe('TASK-0002');
  });

  it('stays fast at 4,000 tasks and reads no file while completing', async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 4000; n++) files[`tasks/TASK-${String(n).padStart(4, '0')}-t${n}.md`] = task(`TASK-${String(n).padStart(4, '0')}`, `Task ${n}`);
    const ws = await workspace(files);
    let reads = 0;
    const read = ws.host.readFile.bind(ws.host);
    ws.host.readFile = (p: string) => {
      reads++;
      return read(p);
    };
    const paths = openAtCursor(ws, RFC_PATH, rfcWithLinks('  - Tasks: `tasks/$$CURSOR$$`'));
    const bare = openAtCursor(ws, 'docs/rfcs/RFC-0009-other.md', `${cleanRfc('RFC-0009')}\nSee TASK-$$CURSOR$$\n`);
    const started = performance.now();
    const items = getCompletions(ws, paths.doc, paths.position, NEVER_CANCELLED);
    const ids = getCompletions(ws, bare.doc, bare.position, NEVER_CANCELLED);
    // Generous: the machine is shared; the point is "no per-item work", which reads=0 also checks.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(items).toHaveLength(4000);
    expect(ids).toHaveLength(4000);
    expect(reads).toBe(0);
  });
});

describe('completion of header values, markers and sections', () => {
  it('offers the allowed statuses after `- Status: `', async () => {
    const ws = await repo();
    const fixture = swap(cleanRfc(), '- Status: In Progress', '- Status: $$CURSOR$$');
    const items = await complete(fixture, RFC_PATH, ws);
    expect(labels(items)).toEqual(ws.statuses.allowed);
    expect(labels(items).slice(0, 3)).toEqual(['Draft', 'In Progress', 'Complete']);
    const line = lineOf(fixture);
    expect(edit(items[0]).range).toEqual({ start: { line, character: 10 }, end: { line, character: 10 } });
  });

  it('replaces only the status words of a bold status field, keeping its note', async () => {
    const fixture = swap(cleanRfc(), '- Status: In Progress', '**Status:** Dr$$CURSOR$$aft (phase 0 proven)');
    const items = await complete(fixture);
    const line = lineOf(fixture);
    expect(edit(items.find((i) => i.label === 'Complete')!)).toEqual({ range: { start: { line, character: 12 }, end: { line, character: 17 } }, newText: 'Complete' });
  });

  it('offers the three markers on a phase line after `**: ` and replaces the template triple', async () => {
    const fixture = cleanRfc('RFC-0001', 'Sample design', { phases: '- **Phase 0 (contract)**: $$CURSOR$$\n- **Phase 1 (hardening)**: ⬜ / 🟨 / ✅' });
    const items = await complete(fixture);
    expect(items.map((i) => [i.label, i.detail])).toEqual([['⬜', 'Not started'], ['🟨', 'In progress'], ['✅', 'Done']]);
    const line = lineOf(fixture);
    expect(edit(items[2])).toEqual({ range: { start: { line, character: 26 }, end: { line, character: 26 } }, newText: '✅' });

    const triple = cleanRfc('RFC-0001', 'Sample design', { phases: '- **Phase 0 (contract)**: $$CURSOR$$⬜ / 🟨 / ✅' });
    const replaced = await complete(triple);
    expect(edit(replaced[1]).range).toEqual({ start: { line, character: 26 }, end: { line, character: 26 + '⬜ / 🟨 / ✅'.length } });
  });

  it('offers the template sections the document lacks, in template order, inserting heading and body', async () => {
    const text = cleanRfc().replace('## Goals\n\n- Make the sample work.\n\n', '').replace('## Open questions\n\n- None.\n\n', '');
    const fixture = swap(text, '## Context', '## $$CURSOR$$\n\n## Context');
    const items = await complete(fixture);
    expect(labels(items)).toEqual(['Goals', 'Open questions']);
    const line = lineOf(fixture);
    expect(edit(items[0])).toEqual({ range: { start: { line, character: 3 }, end: { line, character: 3 } }, newText: 'Goals\n\n- <goal 1>\n- <goal 2>' });
    expect(items[0].insertTextFormat).toBe(1);
  });

  it('adds a blank line after the inserted body when the next line has text', async () => {
    const text = cleanRfc().replace('## Goals\n\n- Make the sample work.\n\n', '');
    const items = await complete(swap(text, '## Non-Goals', '## Go$$CURSOR$$\n## Non-Goals'));
    expect(edit(items[0]).newText).toBe('Goals\n\n- <goal 1>\n- <goal 2>\n');
  });

  it('offers the owners other documents name, most frequent first, without those already listed', async () => {
    const ws = await repo({ 'tasks/TASK-0004-more.md': task('TASK-0004', 'More').replace('@runtime', '@carol') });
    const fixture = swap(cleanRfc(), '- Owners: @alice / @bob', '- Owners: @alice / $$CURSOR$$');
    const items = await complete(fixture, RFC_PATH, ws);
    expect(labels(items)).toEqual(['@runtime', '@carol']);
    const line = lineOf(fixture);
    expect(edit(items[0]).range).toEqual({ start: { line, character: 19 }, end: { line, character: 19 } });
  });
});

describe('completion offers nothing where nothing fits', () => {
  it('offers nothing in prose, even after a folder name or with slashes', async () => {
    expect(await complete(`${cleanRfc()}\nWe keep tasks/$$CURSOR$$ apart.\n`)).toEqual([]);
    expect(await complete(`${cleanRfc()}\nJust some wor$$CURSOR$$ds.\n`)).toEqual([]);
  });

  it('offers nothing for a folder that holds no documents of ours', async () => {
    expect(await complete(rfcWithLinks('  - Tasks: `src/$$CURSOR$$`'))).toEqual([]);
  });

  it('offers nothing inside a code block', async () => {
    expect(await complete(`${cleanRfc()}\n\`\`\`\nTASK-$$CURSOR$$\n\`\`\`\n`)).toEqual([]);
  });

  it('offers nothing for ids glued to a word, on the title line, or in a link destination', async () => {
    expect(await complete(`${cleanRfc()}\nMYTASK-$$CURSOR$$\n`)).toEqual([]);
    expect(await complete(swap(cleanRfc(), '# RFC-0001: Sample design', '# RFC-$$CURSOR$$'))).toEqual([]);
    expect(await complete(`${cleanRfc()}\n[x](TASK-$$CURSOR$$)\n`)).toEqual([]);
  });

  it('offers no status for a Status line outside the header, and no RFC structure in a task', async () => {
    expect(await complete(`${cleanRfc()}\n- Status: $$CURSOR$$\n`)).toEqual([]);
    expect(await complete(`${FILES['tasks/TASK-0001-first-step.md']}\n## $$CURSOR$$\n`, 'tasks/TASK-0001-first-step.md')).toEqual([]);
  });

  it('returns nothing past the end, in an empty document, or when cancelled', async () => {
    const ws = await repo();
    const doc = { path: RFC_PATH, text: cleanRfc(), version: 1 };
    expect(getCompletions(ws, doc, { line: 9999, character: 3 }, NEVER_CANCELLED)).toEqual([]);
    expect(getCompletions(ws, { path: RFC_PATH, text: '', version: 1 }, { line: 0, character: 40 }, NEVER_CANCELLED)).toEqual([]);
    const { doc: d, position } = openAtCursor(ws, RFC_PATH, rfcWithLinks('  - Tasks: `tasks/$$CURSOR$$`'));
    expect(getCompletions(ws, d, position, CANCELLED)).toEqual([]);
  });
});

describe('completion lists with a shared edit range', () => {
  it('gives link items one itemDefaults.editRange and only their text', async () => {
    const ws = await repo();
    const fixture = rfcWithLinks('  - Tasks: `tasks/$$CURSOR$$`');
    const { doc, position } = openAtCursor(ws, RFC_PATH, fixture);
    const list = getCompletionList(ws, doc, position, NEVER_CANCELLED);
    const line = lineOf(fixture);
    expect(list.itemDefaults?.editRange).toEqual({ start: { line, character: 12 }, end: { line, character: 18 } });
    expect(list.items.every((i) => i.textEdit === undefined && i.textEditText === i.label)).toBe(true);
    expect(expandCompletionList(list).map((i) => i.textEdit)).toEqual(getCompletions(ws, doc, position, NEVER_CANCELLED).map((i) => i.textEdit));
  });

  it('reuses a folder listing while the folder is unchanged, and rebuilds it when one of its documents changes', async () => {
    const ws = await repo();
    const first = openAtCursor(ws, RFC_PATH, rfcWithLinks('  - Tasks: `tasks/$$CURSOR$$`'));
    const a = getCompletionList(ws, first.doc, first.position, NEVER_CANCELLED).items;
    // Typing elsewhere in the RFC changes the RFC folder, not the tasks folder.
    ws.updateDocument({ ...first.doc, text: `${first.doc.text}\nmore`, version: 2 });
    const b = getCompletionList(ws, { ...first.doc, text: `${first.doc.text}\nmore`, version: 2 }, first.position, NEVER_CANCELLED).items;
    expect(b).toBe(a);
    ws.updateDocument({ path: 'tasks/TASK-0002-networking.md', text: task('TASK-0002', 'Networking, renamed'), version: 3 });
    const c = getCompletionList(ws, first.doc, first.position, NEVER_CANCELLED).items;
    expect(c).not.toBe(a);
    expect(c.find((i) => i.label === 'tasks/TASK-0002-networking.md')?.detail).toBe('Networking, renamed');
  });
});
