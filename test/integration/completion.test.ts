import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { edit, open, positionOf, restore, until } from './helpers';

const RFC = 'docs/rfcs/RFC-0002-export.md';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function documentationOf(item: vscode.CompletionItem): string {
  const d = item.documentation;
  return d === undefined ? '' : typeof d === 'string' ? d : d.value;
}

/** Our completion items at a position; polls until `test` accepts them (the server may still be indexing). */
async function complete(doc: vscode.TextDocument, position: vscode.Position, trigger: string | undefined, what: string, test: (items: vscode.CompletionItem[]) => boolean): Promise<vscode.CompletionItem[]> {
  return until(what, async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position, trigger);
    return test(list.items) ? list.items : undefined;
  });
}

/** Applies a completion item the way the editor does: its range (or the word before the cursor) is replaced by its text. */
async function accept(doc: vscode.TextDocument, position: vscode.Position, item: vscode.CompletionItem): Promise<void> {
  const text = item.insertText === undefined ? labelOf(item) : typeof item.insertText === 'string' ? item.insertText : item.insertText.value;
  const range = item.range === undefined ? new vscode.Range(position, position) : item.range instanceof vscode.Range ? item.range : item.range.replacing;
  await edit(doc, range, text);
}

suite('Completion', () => {
  suiteSetup(async () => {
    await open(RFC);
  });

  teardown(async () => {
    await restore(RFC);
  });

  test('after `tasks/` in a Links item: the workspace\'s tasks, with titles, and accepting one inserts its path', async () => {
    const doc = (await open(RFC)).document;
    const line = doc.lineAt(positionOf(doc, '  - Tasks:').line);
    await edit(doc, line.range.end, ', `tasks/');
    const at = doc.lineAt(line.lineNumber).range.end;
    const items = await complete(doc, at, '/', 'task paths after `tasks/`', (i) => i.filter((x) => labelOf(x).startsWith('tasks/TASK-')).length === 5);
    const tasks = items.filter((x) => labelOf(x).startsWith('tasks/TASK-')).map(labelOf).sort();
    assert.deepEqual(tasks, ['tasks/TASK-0001-append-api.md', 'tasks/TASK-0002-compaction.md', 'tasks/TASK-0003-retention.md', 'tasks/TASK-0004-retention-by-size.md', 'tasks/TASK-0005-export.md']);
    const retention = items.find((x) => labelOf(x) === 'tasks/TASK-0004-retention-by-size.md');
    assert.ok(retention);
    assert.match(retention.detail ?? '', /Retention by size/);
    assert.match(documentationOf(retention), /todo/);
    await accept(doc, at, retention);
    assert.equal(doc.lineAt(line.lineNumber).text, '  - Tasks: `tasks/TASK-0005-export.md`, `tasks/TASK-0009-export-cli.md`, `tasks/TASK-0004-retention-by-size.md');
  });

  test('after `ADR-` in prose: the ADRs by id, with their titles', async () => {
    const doc = (await open(RFC)).document;
    const at = positionOf(doc, 'Analysts copy events');
    await edit(doc, at, 'As ADR-');
    const cursor = at.translate(0, 'As ADR-'.length);
    const items = await complete(doc, cursor, undefined, 'ADR ids after `ADR-`', (i) => i.some((x) => labelOf(x) === 'ADR-0002'));
    const adrs = items.filter((x) => labelOf(x).startsWith('ADR-'));
    assert.deepEqual(adrs.map(labelOf).sort(), ['ADR-0001', 'ADR-0002']);
    assert.match(adrs.find((x) => labelOf(x) === 'ADR-0002')?.detail ?? '', /Exports are JSON Lines/);
    // No task or RFC is offered where the author typed `ADR-`.
    assert.equal(items.filter((x) => /^(TASK|RFC)-/.test(labelOf(x))).length, 0);
  });

  test('after `- Status: `: the configured statuses', async () => {
    const doc = (await open(RFC)).document;
    const line = doc.lineAt(positionOf(doc, '- Status: Draft').line);
    await edit(doc, line.range, '- Status: ');
    const items = await complete(doc, doc.lineAt(line.lineNumber).range.end, ' ', 'statuses after `- Status: `', (i) => i.some((x) => labelOf(x) === 'In Progress'));
    const labels = items.map(labelOf);
    for (const status of ['Draft', 'In Progress', 'Complete']) assert.ok(labels.includes(status), `${status} in ${labels.join(', ')}`);
  });
});
