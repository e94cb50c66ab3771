import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { RfcAuthorApi } from '../../client/src/api';
import { api, edit, lineOf, open, positionOf, restore, until, uri } from './helpers';

const RFC = 'docs/rfcs/RFC-0001-event-log.md';

suite('Status bar and phase summary', () => {
  let a: RfcAuthorApi;

  suiteSetup(async () => {
    a = await api();
  });

  teardown(async () => {
    await restore(RFC);
  });

  test('shows the active RFC\'s id and phase counts, with each phase in the tooltip', async () => {
    await open(RFC);
    const shown = await until('the status bar for RFC-0001', () => (a.statusBar()?.text === 'RFC-0001 ✅1 🟨1 ⬜1' ? a.statusBar() : undefined));
    assert.match(shown.tooltip, /RFC-0001: Event log/);
    assert.match(shown.tooltip, /Status: In Progress/);
    // Markdown, with the document's text escaped.
    for (const phase of ['- ✅ Phase 0 \\(append\\)', '- 🟨 Phase 1 \\(compaction\\)', '- ⬜ Phase 2 \\(replication\\)']) assert.ok(shown.tooltip.includes(phase), phase);
  });

  test('follows an edit of a phase marker as the author types', async () => {
    const doc = (await open(RFC)).document;
    await until('the status bar for RFC-0001', () => a.statusBar()?.text === 'RFC-0001 ✅1 🟨1 ⬜1');
    const marker = positionOf(doc, '🟨 (TASK-0002)');
    await edit(doc, new vscode.Range(marker, marker.translate(0, '🟨'.length)), '✅');
    await until('the status bar to count two phases done', () => a.statusBar()?.text === 'RFC-0001 ✅2 🟨0 ⬜1');
  });

  test('follows the active editor, and hides for a task and for a file that is not an RFC', async () => {
    await open('docs/rfcs/RFC-0003-retention.md');
    await until('the status bar for RFC-0003', () => a.statusBar()?.text === 'RFC-0003 ✅1 🟨0 ⬜1');
    await open('tasks/TASK-0001-append-api.md');
    await until('the status bar to hide for a task', () => a.statusBar() === undefined);
    await open(RFC);
    await until('the status bar for RFC-0001', () => a.statusBar()?.text === 'RFC-0001 ✅1 🟨1 ⬜1');
    await open('README.md');
    await until('the status bar to hide for the README', () => a.statusBar() === undefined);
  });

  test('answers phaseSummary() with the id, status, each phase and the counts; null for a task', async () => {
    const doc = await vscode.workspace.openTextDocument(uri('docs/rfcs/RFC-0003-retention.md'));
    const summary = await until('the phase summary of RFC-0003', async () => (await a.phaseSummary(doc.uri)) ?? undefined);
    assert.equal(summary.id, 'RFC-0003');
    assert.equal(summary.title, 'Retention');
    assert.equal(summary.status, 'In Progress');
    assert.deepEqual(summary.phases.map((p) => [p.number, p.name, p.marker, p.state, p.line]), [
      ['0', 'by age', '✅', 'done', lineOf(doc, '- **Phase 0 (by age)**: ✅ (TASK-0003)')],
      ['1', 'by size', '⬜', 'notStarted', lineOf(doc, '- **Phase 1 (by size)**: ⬜ (TASK-0004)')],
    ]);
    assert.deepEqual(summary.counts, { done: 1, inProgress: 0, notStarted: 1, other: 0 });
    const task = await vscode.workspace.openTextDocument(uri('tasks/TASK-0003-retention.md'));
    assert.equal(await a.phaseSummary(task.uri), null);
  });
});
