import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { api, codeOf, lineOf, listFolder, open, positionOf, quickFixes, remove, restore, root, today, until, uri, waitForFindings } from './helpers';
import { canListProcesses, serverPids } from './serverProcess';

const RFC = 'docs/rfcs/RFC-0001-event-log.md';
const EXPORT_RFC = 'docs/rfcs/RFC-0002-export.md';

/** The path of the active editor's document, relative to the workspace. */
function activePath(): string | undefined {
  const e = vscode.window.activeTextEditor;
  return e ? vscode.workspace.asRelativePath(e.document.uri, false) : undefined;
}

suite('Commands', () => {
  /** Files a test created, deleted after it. */
  const created: vscode.Uri[] = [];

  teardown(async () => {
    await remove(...created.splice(0));
    for (const rel of [RFC, EXPORT_RFC]) await restore(rel);
  });

  test('RFC: New RFC with { title } writes the next RFC from the template and opens it at its first placeholder', async () => {
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('rfcAuthor.newRfc', { title: 'Consumer groups: v2' });
    assert.ok(made, 'the command resolves to the new file');
    created.push(made);
    assert.equal(vscode.workspace.asRelativePath(made, false), 'docs/rfcs/RFC-0004-consumer-groups-v2.md');
    const text = fs.readFileSync(made.fsPath, 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[0], '# RFC-0004: Consumer groups: v2');
    assert.ok(lines.includes(`- Created: ${today()}`) && lines.includes(`- Last Updated: ${today()}`), 'both dates are today');
    assert.ok(lines.includes('- Status: Draft'));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), made.toString());
    assert.equal(editor.document.getText(editor.selection), '<short name>');
  });

  test('RFC: New RFC with { title, folder } writes into the named workspace folder; an unknown folder writes nothing', async () => {
    const before = listFolder('docs/rfcs');
    assert.equal(await vscode.commands.executeCommand('rfcAuthor.newRfc', { title: 'Nowhere', folder: 'no-such-folder' }), undefined);
    assert.deepEqual(listFolder('docs/rfcs'), before);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('rfcAuthor.newRfc', { title: 'Schema registry', folder: folder.name });
    assert.ok(made);
    created.push(made);
    assert.ok(made.fsPath.startsWith(root().fsPath), `${made.fsPath} is inside the workspace folder`);
    assert.match(vscode.workspace.asRelativePath(made, false), /^docs\/rfcs\/RFC-\d{4}-schema-registry\.md$/);
  });

  test('RFC: New RFC refuses a title that names no file, and writes nothing', async () => {
    const before = listFolder('docs/rfcs');
    for (const title of ['../..', '   ', '***']) {
      assert.equal(await vscode.commands.executeCommand('rfcAuthor.newRfc', { title }), undefined, title);
    }
    assert.deepEqual(listFolder('docs/rfcs'), before);
  });

  test('RFC: New Task for this RFC with { title } writes the task, linked both ways', async () => {
    const rfc = (await open(EXPORT_RFC)).document;
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('rfcAuthor.newTask', { title: 'Export CLI' });
    assert.ok(made);
    created.push(made);
    assert.equal(vscode.workspace.asRelativePath(made, false), 'tasks/TASK-0006-export-cli.md');
    const task = fs.readFileSync(made.fsPath, 'utf8');
    assert.match(task, /^title: TASK-0006 Export CLI$/m);
    assert.match(task, /^links:\n {2}- RFC-0002$/m);
    assert.match(task, /^# TASK-0006: Export CLI$/m);
    assert.equal(activePath(), 'tasks/TASK-0006-export-cli.md');
    assert.match(rfc.lineAt(positionOf(rfc, '  - Tasks:').line).text, /`tasks\/TASK-0006-export-cli\.md`/);
  });

  test('RFC: Insert Section… with { section } inserts what the missing-section quick fix inserts, where it does', async () => {
    const doc = (await open(EXPORT_RFC)).document;
    await vscode.commands.executeCommand('rfcAuthor.insertSection', { section: 'failure model (normative)' });
    const heading = await until('the inserted heading', () => doc.getText().includes('\n## Failure model (normative)\n'));
    assert.ok(heading);
    const byCommand = doc.getText();
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, lineOf(doc, '## Failure model (normative)'));
    await restore(EXPORT_RFC);

    const actions = await quickFixes(doc.uri, 'missing-section');
    const fix = actions.find((a) => a.title === 'Insert section "Failure model (normative)" from the template');
    assert.ok(fix?.edit);
    await vscode.workspace.applyEdit(fix.edit);
    assert.equal(doc.getText(), byCommand);
  });

  test('RFC: Go to Linked Task… with { task } opens the linked task and resolves to it', async () => {
    await open(RFC);
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('rfcAuthor.goToLinkedTask', { task: 'TASK-0002' });
    assert.equal(opened && vscode.workspace.asRelativePath(opened, false), 'tasks/TASK-0002-compaction.md');
    assert.equal(activePath(), 'tasks/TASK-0002-compaction.md');
    await open(RFC);
    // A task the RFC does not link is not opened.
    assert.equal(await vscode.commands.executeCommand('rfcAuthor.goToLinkedTask', { task: 'TASK-0005' }), undefined);
    assert.equal(activePath(), RFC);
  });

  test('RFC: Show Phases with { phase } puts the cursor on that phase line', async () => {
    const editor = await open(RFC);
    await vscode.commands.executeCommand('rfcAuthor.showPhases', { phase: 1 });
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, lineOf(editor.document, '- **Phase 1 (compaction)**: 🟨 (TASK-0002)'));
    await vscode.commands.executeCommand('rfcAuthor.showPhases', { phase: '2' });
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, lineOf(editor.document, '- **Phase 2 (replication)**: ⬜'));
  });

  test('RFC: Restart Language Server starts a fresh server that serves the open documents', async function () {
    if (!canListProcesses()) this.skip();
    const a = await api();
    await open(EXPORT_RFC);
    await waitForFindings(uri(EXPORT_RFC), 'findings before the restart', (f) => f.some((d) => codeOf(d) === 'broken-link'));
    const [before] = await until('this window\'s language server', () => (serverPids().length === 1 ? serverPids() : undefined));
    await vscode.commands.executeCommand('rfcAuthor.restartServer');
    assert.equal(a.serverRunning, true, 'the command resolves once the new server runs');
    const [after] = await until('one new language server', () => {
      const pids = serverPids();
      return pids.length === 1 && pids[0] !== before ? pids : undefined;
    });
    assert.notEqual(after, before);
    // The new server answers: a new broken link is reported.
    const doc = (await open(EXPORT_RFC)).document;
    const at = positionOf(doc, 'Analysts copy events');
    const e = new vscode.WorkspaceEdit();
    e.insert(doc.uri, at, 'See `tasks/TASK-0088-after-restart.md`. ');
    await vscode.workspace.applyEdit(e);
    await waitForFindings(uri(EXPORT_RFC), 'a finding from the restarted server', (f) => f.some((d) => codeOf(d) === 'broken-link' && doc.getText(d.range) === 'tasks/TASK-0088-after-restart.md'));
  });
});
