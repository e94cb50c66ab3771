import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, codes, edit, findings, fixtureText, open, positionOf, replaceText, restore, uri, waitForFindings } from './helpers';

const PLANTED = 'docs/rfcs/RFC-0002-export.md';
const CLEAN = 'docs/rfcs/RFC-0001-event-log.md';
const RETENTION = 'docs/rfcs/RFC-0003-retention.md';
const RETENTION_TASK = 'tasks/TASK-0003-retention.md';
const BROKEN = 'tasks/TASK-0009-export-cli.md';

/** The finding with this rule id; fails when there is none or more than one. */
function only(found: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const matching = found.filter((d) => codeOf(d) === code);
  assert.equal(matching.length, 1, `one ${code} finding, got ${matching.length}`);
  return matching[0];
}

suite('Diagnostics', () => {
  suiteSetup(async () => {
    await open(PLANTED);
    await waitForFindings(uri(PLANTED), 'the planted findings of RFC-0002', (f) => f.length === 4);
  });

  // Every test starts from the fixture's files, settings and findings.
  teardown(async () => {
    const rules = vscode.workspace.getConfiguration('rfcAuthor');
    if (rules.inspect('rules')?.workspaceValue !== undefined) await rules.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    for (const rel of [PLANTED, CLEAN, RETENTION, RETENTION_TASK]) await restore(rel);
    await waitForFindings(uri(PLANTED), 'the planted findings of RFC-0002 again', (f) => f.length === 4 && f.some((d) => codeOf(d) === 'broken-link' && d.severity === vscode.DiagnosticSeverity.Error));
  });

  test('reports exactly the planted problems of RFC-0002, each with its rule id and severity', () => {
    assert.deepEqual(codes(uri(PLANTED)), ['broken-link', 'missing-section', 'placeholder', 'unknown-id']);
    const found = findings(uri(PLANTED));
    assert.equal(only(found, 'broken-link').severity, vscode.DiagnosticSeverity.Error);
    for (const code of ['missing-section', 'placeholder', 'unknown-id']) assert.equal(only(found, code).severity, vscode.DiagnosticSeverity.Warning, code);
  });

  test('puts each finding on the text it is about, never on the whole document', async () => {
    const doc = await vscode.workspace.openTextDocument(uri(PLANTED));
    const found = findings(uri(PLANTED));
    assert.equal(doc.getText(only(found, 'broken-link').range), BROKEN);
    assert.equal(doc.getText(only(found, 'unknown-id').range), 'TASK-0042');
    assert.equal(doc.getText(only(found, 'placeholder').range), '<goal 2>');
    // A missing section is reported where it belongs: on the heading of the section that follows it.
    const missing = only(found, 'missing-section');
    assert.equal(doc.lineAt(missing.range.start.line).text, '## Proof / validation strategy (required)');
    assert.match(missing.message, /"Failure model \(normative\)"/);
  });

  test('links each finding\'s rule id to the rule\'s documentation', () => {
    const code = only(findings(uri(PLANTED)), 'broken-link').code;
    assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, 'the code carries a link');
    assert.match(code.target.toString(true), /docs\/rules\.md#broken-link$/);
  });

  test('finds nothing in the clean RFC-0001, reports a broken link as it is typed, and clears it when it is removed', async () => {
    const doc = (await open(CLEAN)).document;
    // A broken link typed into the clean RFC proves the server has answered for it; then it is empty again.
    const at = positionOf(doc, 'Services write their events');
    await edit(doc, at, 'See `tasks/TASK-0077-nothing.md`. ');
    const found = await waitForFindings(uri(CLEAN), 'the typed broken link', (f) => f.length > 0);
    assert.deepEqual(found.map(codeOf), ['broken-link']);
    assert.equal(doc.getText(found[0].range), 'tasks/TASK-0077-nothing.md');
    await restore(CLEAN);
    await waitForFindings(uri(CLEAN), 'RFC-0001 to be clean again', (f) => f.length === 0);
  });

  test('clears a finding after an edit fixes it, and keeps the others', async () => {
    const doc = (await open(PLANTED)).document;
    await replaceText(doc, BROKEN, 'tasks/TASK-0004-retention-by-size.md');
    await waitForFindings(uri(PLANTED), 'the broken-link finding to clear', (f) => !f.some((d) => codeOf(d) === 'broken-link'));
    assert.deepEqual(codes(uri(PLANTED)), ['missing-section', 'placeholder', 'unknown-id']);
  });

  test('follows a change of the rfcAuthor.rules setting: a rule\'s severity, and a rule switched off', async () => {
    await vscode.workspace.getConfiguration('rfcAuthor').update('rules', { 'broken-link': 'warning', placeholder: 'off' }, vscode.ConfigurationTarget.Workspace);
    const changed = await waitForFindings(uri(PLANTED), 'broken-link as a warning and no placeholder finding', (f) =>
      f.some((d) => codeOf(d) === 'broken-link' && d.severity === vscode.DiagnosticSeverity.Warning) && !f.some((d) => codeOf(d) === 'placeholder'));
    assert.deepEqual(changed.map(codeOf).sort(), ['broken-link', 'missing-section', 'unknown-id']);
    await vscode.workspace.getConfiguration('rfcAuthor').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForFindings(uri(PLANTED), 'the default severities again', (f) =>
      f.some((d) => codeOf(d) === 'broken-link' && d.severity === vscode.DiagnosticSeverity.Error) && f.some((d) => codeOf(d) === 'placeholder'));
  });

  test('re-checks an RFC when a task it names changes its status on disk', async () => {
    await open(RETENTION);
    const mismatch = (f: readonly vscode.Diagnostic[]): boolean => f.some((d) => codeOf(d) === 'task-status-mismatch');
    const [found] = await waitForFindings(uri(RETENTION), 'task-status-mismatch on RFC-0003', mismatch);
    assert.deepEqual(codes(uri(RETENTION)), ['task-status-mismatch']);
    assert.match(found.message, /TASK-0003/);
    // The task is not open in an editor: only the file system watcher can tell the server.
    const task = uri(RETENTION_TASK).fsPath;
    fs.writeFileSync(task, fixtureText(RETENTION_TASK).replace('status: in-progress', 'status: done'));
    await waitForFindings(uri(RETENTION), 'the mismatch to clear once TASK-0003 is done', (f) => !mismatch(f));
    fs.writeFileSync(task, fixtureText(RETENTION_TASK));
    await waitForFindings(uri(RETENTION), 'the mismatch to come back', mismatch);
  });

  test('honours a suppression comment in the document', async () => {
    const doc = (await open(PLANTED)).document;
    await edit(doc, positionOf(doc, '- <goal 2>'), '<!-- rfc-author-disable-next-line placeholder -->\n');
    await waitForFindings(uri(PLANTED), 'the placeholder finding to be silenced', (f) => !f.some((d) => codeOf(d) === 'placeholder'));
    assert.deepEqual(codes(uri(PLANTED)), ['broken-link', 'missing-section', 'unknown-id']);
  });
});
