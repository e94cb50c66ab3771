import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { api, extension, until } from './helpers';
import { fixtureCopiedByRunner } from './workspace';

suite('Activation and the API', () => {
  test('activates by itself in a workspace that has RFCs (workspaceContains), before anything asks it to', async function () {
    // A launcher that opened an empty folder started VS Code without RFCs: nothing to activate on.
    if (fixtureCopiedByRunner()) this.skip();
    // Nothing in the tests has called activate() yet: only the activation event can have started it.
    await until('the extension to activate', () => extension().isActive);
  });

  test('returns its API from activate(), and the language server comes up', async () => {
    const a = await api();
    assert.equal(typeof a.phaseSummary, 'function');
    assert.equal(typeof a.statusBar, 'function');
    await until('the language server to run', () => a.serverRunning);
    assert.ok(Object.isFrozen(a), 'the API object cannot be changed by its callers');
  });

  test('registers every command that package.json contributes', async () => {
    const contributed = (extension().packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.ok(contributed.length >= 6, `package.json contributes ${contributed.length} commands`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
  });
});
