import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, fixtureText, lineOf, open, quickFixes, repoText, restore, uri, waitForFindings } from './helpers';

const RFC = 'docs/rfcs/RFC-0002-export.md';
const MISSING = 'Failure model (normative)';

/** Applies a code action as the editor does: its edit, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.equal(await vscode.workspace.applyEdit(action.edit), true, `"${action.title}" was refused`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
}

suite('Code actions', () => {
  suiteSetup(async () => {
    await open(RFC);
  });

  teardown(async () => {
    await restore(RFC);
  });

  test('offers to insert a missing section on its finding, and inserting it puts the template\'s section where the template has it', async () => {
    const actions = await quickFixes(uri(RFC), 'missing-section');
    const title = `Insert section "${MISSING}" from the template`;
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix, `"${title}" among ${actions.map((a) => a.title).join(' | ')}`);
    await apply(fix);

    const doc = await vscode.workspace.openTextDocument(uri(RFC));
    const heading = lineOf(doc, `## ${MISSING}`);
    // In the template's order: after Security considerations, before the proof section.
    const headings = doc.getText().split('\n').filter((l) => l.startsWith('## '));
    const at = headings.indexOf(`## ${MISSING}`);
    assert.deepEqual(headings.slice(at - 1, at + 2), ['## Security considerations', `## ${MISSING}`, '## Proof / validation strategy (required)']);
    // With the template's body for that section.
    const body = repoText('templates/rfc.md').split('\n');
    const templateBody = body.slice(body.indexOf(`## ${MISSING}`) + 1, body.indexOf('## Proof / validation strategy (required)')).join('\n').trim();
    const inserted = doc.getText(new vscode.Range(heading + 1, 0, lineOf(doc, '## Proof / validation strategy (required)'), 0)).trim();
    assert.equal(inserted, templateBody);

    await waitForFindings(uri(RFC), 'the missing-section finding to clear', (f) => !f.some((d) => codeOf(d) === 'missing-section'));
    // Nothing else changed: without the inserted lines, the text is the fixture's.
    const lines = doc.getText().split('\n');
    const end = lineOf(doc, '## Proof / validation strategy (required)');
    assert.equal([...lines.slice(0, heading), ...lines.slice(end)].join('\n'), fixtureText(RFC));
  });

  test('offers the closest existing task for a broken link, and taking it clears the finding', async () => {
    const actions = await quickFixes(uri(RFC), 'broken-link');
    const replace = actions.find((a) => a.title === 'Replace with `tasks/TASK-0005-export.md`');
    assert.ok(replace, `a replacement among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(replace.isPreferred, true);
    await apply(replace);
    const doc = await vscode.workspace.openTextDocument(uri(RFC));
    assert.match(doc.getText(), /`tasks\/TASK-0005-export\.md`, `tasks\/TASK-0005-export\.md`/);
    await waitForFindings(uri(RFC), 'the broken-link finding to clear', (f) => !f.some((d) => codeOf(d) === 'broken-link'));
  });
});
