import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { api, codeOf, edit, open, positionOf, restore, until, uri, waitForFindings } from './helpers';
import { canListProcesses, serverPids } from './serverProcess';

const RFC = 'docs/rfcs/RFC-0001-event-log.md';

suite('Reliability', () => {
  teardown(async () => {
    await restore(RFC);
  });

  test('restarts a killed language server, which then serves edits again', async function () {
    if (!canListProcesses()) this.skip();
    const a = await api();
    const doc = (await open(RFC)).document;
    await until('the status bar for RFC-0001', () => a.statusBar()?.text === 'RFC-0001 ✅1 🟨1 ⬜1');
    const [victim] = await until('this window\'s language server', () => (serverPids().length === 1 ? serverPids() : undefined));

    process.kill(victim, 'SIGKILL');
    const [successor] = await until('a new language server', () => {
      const pids = serverPids();
      return pids.length === 1 && pids[0] !== victim ? pids : undefined;
    });
    assert.notEqual(successor, victim);
    await until('the client to see the server running', () => a.serverRunning);

    await edit(doc, positionOf(doc, 'Services write their events'), 'See `tasks/TASK-0099-after-crash.md`. ');
    const [found] = await waitForFindings(uri(RFC), 'a finding from the new server', (f) => f.some((d) => codeOf(d) === 'broken-link'));
    assert.equal(doc.getText(found.range), 'tasks/TASK-0099-after-crash.md');
    // Its status bar answers too.
    const marker = positionOf(doc, '🟨 (TASK-0002)');
    await edit(doc, new vscode.Range(marker, marker.translate(0, '🟨'.length)), '✅');
    await until('the status bar from the new server', () => a.statusBar()?.text === 'RFC-0001 ✅2 🟨0 ⬜1');
  });
});
