import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, MessageType, WatchKind } from 'vscode-languageserver-protocol/node';
import { PULL_CLIENT, pullDiagnostics, PUSH_CLIENT, TestClient, waitFor } from './harness';

const RFC1 = 'docs/rfcs/RFC-0001-task-index.md';
const RFC2 = 'docs/rfcs/RFC-0002-link-checks.md';
const TASK2 = 'tasks/TASK-0002-index.md';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});


describe('files changed on disk', () => {
  it('registers watchers for changes of Markdown files, .rfc-author.json, rfc-author-suppressions.json, and creation and deletion of every file', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    const registration = await waitFor(() => client?.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 10000, 'watcher registration');
    expect(registration.registerOptions).toEqual({
      watchers: [
        { globPattern: '**/*.md', kind: WatchKind.Change },
        { globPattern: '**/.rfc-author.json' },
        { globPattern: '**/rfc-author-suppressions.json' },
        { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
      ],
    });
  });

  it('re-pushes task-status-mismatch of an open RFC when the task file it names is finished on disk', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    await client.indexed();
    const uri = await client.open(RFC1);
    const before = await waitFor(() => client?.pushedFor(uri), 10000, 'first diagnostics');
    const mismatch = before.diagnostics.find((d) => d.code === 'task-status-mismatch');
    expect(mismatch?.message).toContain('TASK-0002');
    const publishedBefore = before;

    client.write(TASK2, client.read(TASK2).replace('status: in-progress', 'status: done'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri(TASK2), type: FileChangeType.Changed }] });
    const after = await waitFor(() => (client?.pushedFor(uri) !== publishedBefore ? client?.pushedFor(uri) : undefined), 10000, 'diagnostics after the task changed');
    expect(after.diagnostics.some((d) => d.code === 'task-status-mismatch')).toBe(false);
  });

  it('asks a pulling client to refresh when a linked file is created, and the broken link is gone on the next pull', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    await client.indexed();
    const uri = await client.open(RFC2);
    expect((await pullDiagnostics(client, uri)).some((d) => d.code === 'broken-link')).toBe(true);
    const refreshes = client.refreshes;
    client.write('tasks/TASK-0009-retired.md', '---\ntitle: TASK-0009 Retired\nstatus: done\n---\n\n# TASK-0009: Retired\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri('tasks/TASK-0009-retired.md'), type: FileChangeType.Created }] });
    await waitFor(() => (client?.refreshes ?? 0) > refreshes, 10000, 'workspace/diagnostic/refresh');
    expect((await pullDiagnostics(client, uri)).some((d) => d.code === 'broken-link')).toBe(false);
  });
});

describe('settings', () => {
  it('re-checks after didChangeConfiguration: a rule turned off in rfcAuthor settings no longer reports', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    const uri = await client.open(RFC2);
    expect((await pullDiagnostics(client, uri)).some((d) => d.code === 'broken-link')).toBe(true);
    const refreshes = client.refreshes;
    client.settings = { rules: { 'broken-link': 'off' }, statuses: [], template: null };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await waitFor(() => (client?.refreshes ?? 0) > refreshes, 10000, 'workspace/diagnostic/refresh after the settings change');
    const after = await pullDiagnostics(client, uri);
    expect(after.some((d) => d.code === 'broken-link')).toBe(false);
    expect(after.some((d) => d.code === 'missing-section')).toBe(true);
  });

  it('lets settings override .rfc-author.json, and follows a change of the file on disk', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, settings: { rules: { 'missing-section': 'info' } } });
    const uri = await client.open(RFC2);
    const severityOf = async (rule: string): Promise<number | undefined> => (await pullDiagnostics(client!, uri)).find((d) => d.code === rule)?.severity;
    expect(await severityOf('missing-section')).toBe(DiagnosticSeverity.Information);
    expect(await severityOf('broken-link')).toBe(DiagnosticSeverity.Error);

    const refreshes = client.refreshes;
    client.write('.rfc-author.json', JSON.stringify({ rules: { 'broken-link': 'warning', 'missing-section': 'error' } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri('.rfc-author.json'), type: FileChangeType.Changed }] });
    await waitFor(() => (client?.refreshes ?? 0) > refreshes, 10000, 'refresh after .rfc-author.json changed');
    expect(await severityOf('broken-link')).toBe(DiagnosticSeverity.Warning);
    expect(await severityOf('missing-section')).toBe(DiagnosticSeverity.Information);
  });

  it('warns once, naming the key, about a setting it cannot use, and not again while it stays the same', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, settings: { rules: { 'no-such-rule': 'error' } } });
    const warning = await waitFor(() => client?.messages.find((m) => m.type === MessageType.Warning), 10000, 'a warning');
    expect(warning.message).toContain('rfcAuthor.rules.no-such-rule');
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    client.settings = { rules: { 'broken-link': 'bogus' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const second = await waitFor(() => client?.messages.filter((m) => m.type === MessageType.Warning)[1], 10000, 'a second warning');
    expect(second.message).toContain('rfcAuthor.rules.broken-link');
    expect(client.messages.filter((m) => m.message.includes('no-such-rule'))).toHaveLength(1);
  });

  it('warns about an .rfc-author.json that is not JSON and keeps serving with the defaults', async () => {
    const c = await TestClient.start({ capabilities: PUSH_CLIENT, env: {} });
    client = c;
    c.write('.rfc-author.json', '{ "rules": ');
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: c.uri('.rfc-author.json'), type: FileChangeType.Changed }] });
    const warning = await waitFor(() => c.messages.find((m) => m.type === MessageType.Warning), 10000, 'a warning');
    expect(warning.message).toContain('.rfc-author.json');
    const uri = await c.open(RFC2);
    const published = await waitFor(() => c.pushedFor(uri), 10000, 'diagnostics with the defaults');
    expect(published.diagnostics.find((d) => d.code === 'broken-link')?.severity).toBe(DiagnosticSeverity.Error);
  });
});
