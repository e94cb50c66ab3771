import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, FullDocumentDiagnosticReport, WorkspaceDiagnosticReport, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, DocumentDiagnosticRequest, FileChangeType, WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import type { OverviewChangedParams, WorkspaceOverview } from '../../shared/protocol';
import { OVERVIEW_CHANGED_NOTIFICATION, WORKSPACE_OVERVIEW_REQUEST } from '../../shared/protocol';
import { key, PULL_CLIENT, PUSH_CLIENT, TestClient, waitFor } from './harness';

const RFC1 = 'docs/rfcs/RFC-0001-task-index.md';
const RFC2 = 'docs/rfcs/RFC-0002-link-checks.md';
const TASK3 = 'tasks/TASK-0003-links.md';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

function counts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length,
    warnings: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length,
  };
}

function overview(c: TestClient): Promise<WorkspaceOverview> {
  return c.connection.sendRequest<WorkspaceOverview>(WORKSPACE_OVERVIEW_REQUEST, {});
}

describe('rfcAuthor/workspaceOverview', () => {
  it('lists every RFC with its phases, its tasks and the problem counts the editor was given, without opening any', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const c = client;
    await waitFor(() => c.pushedFor(c.uri(RFC1)) && c.pushedFor(c.uri(RFC2)), 15000, 'diagnostics of both RFCs, neither open');
    const { folders } = await overview(c);
    expect(folders).toHaveLength(1);
    expect(key(folders[0].uri)).toBe(key(c.uri('.')));
    const [rfc1, rfc2] = folders[0].rfcs;
    expect(folders[0].rfcs.map((r) => r.id)).toEqual(['RFC-0001', 'RFC-0002']);
    expect(rfc1).toMatchObject({ title: 'Task index', status: 'In Progress', statusClass: 'active', owners: ['@alice', '@bob'] });
    expect(rfc1.phases.map((p) => [p.label, p.marker, p.state, c.read(RFC1).split('\n')[p.line].includes(`Phase ${p.label}`)])).toEqual([
      ['0', '✅', 'done', true], ['1', '✅', 'done', true], ['2', '⬜', 'notStarted', true],
    ]);
    expect(rfc1.counts).toEqual({ done: 2, inProgress: 0, notStarted: 1, other: 0 });
    expect(rfc1.tasks.map((t) => [t.id, t.title, t.status, t.statusClass, key(t.uri)])).toEqual([
      ['TASK-0001', 'Parser', 'done', 'done', key(c.uri('tasks/TASK-0001-parser.md'))],
      ['TASK-0002', 'Workspace index', 'in-progress', 'active', key(c.uri('tasks/TASK-0002-index.md'))],
    ]);
    expect(rfc2).toMatchObject({ status: 'Draft', statusClass: 'draft' });
    expect(rfc2.tasks.map((t) => t.id)).toEqual(['TASK-0003']);
    expect(rfc1.problems).toEqual(counts(c.pushedFor(c.uri(RFC1))?.diagnostics ?? []));
    expect(rfc2.problems).toEqual(counts(c.pushedFor(c.uri(RFC2))?.diagnostics ?? []));
    expect(rfc2.problems?.errors).toBeGreaterThan(0);
  });

  it('says the overview changed when a phase marker is retyped, and the next answer has it', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const c = client;
    const changed: OverviewChangedParams[] = [];
    c.connection.onNotification(OVERVIEW_CHANGED_NOTIFICATION, (p: OverviewChangedParams) => void changed.push(p));
    await c.indexed();
    await overview(c);
    const text = c.read(RFC2);
    const uri = await c.open(RFC2, text);
    await c.replace(uri, text, text.replace('- **Phase 1 (fixes)**: ⬜', '- **Phase 1 (fixes)**: 🟨'));
    const note = await waitFor(() => changed.find((p) => p.folders.some((f) => key(f) === key(c.uri('.')))), 10000, 'rfcAuthor/overviewChanged');
    expect(note).toBeDefined();
    const rfc2 = (await overview(c)).folders[0].rfcs.find((r) => r.id === 'RFC-0002');
    expect(rfc2?.phases.map((p) => p.marker)).toEqual(['🟨', '🟨']);
  });

  it('reports no problem counts for RFCs that are not open with diagnostics.scope "openFiles"', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT, settings: { diagnostics: { scope: 'openFiles' } } });
    const c = client;
    const uri = await c.open(RFC1);
    await waitFor(() => c.pushedFor(uri), 10000, 'diagnostics of the open RFC');
    await waitFor(() => c.logs.some((l) => l.includes('Diagnostics scope of') && l.endsWith('openFiles.')), 10000, 'the workspace pass');
    const rfcs = (await overview(c)).folders[0].rfcs;
    expect(rfcs.find((r) => r.id === 'RFC-0001')?.problems).toEqual(counts(c.pushedFor(uri)?.diagnostics ?? []));
    expect(rfcs.find((r) => r.id === 'RFC-0002')?.problems).toBeNull();
  });
});

describe('diagnostics.scope "workspace"', () => {
  it('keeps a closed RFC in Problems (push): it is checked again from disk instead of cleared', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const c = client;
    const text = c.read(RFC2);
    const uri = await c.open(RFC2, text);
    await c.replace(uri, text, text.replace('tasks/TASK-0009-retired.md', 'tasks/TASK-0002-index.md'));
    await waitFor(() => (c.pushedFor(uri)?.version === 2 ? true : undefined), 10000, 'diagnostics of the edited buffer');
    expect(c.pushedFor(uri)?.diagnostics.some((d) => d.code === 'broken-link')).toBe(false);
    await c.close(uri);
    // The buffer's edit was never saved: from disk, the broken link is back.
    const fromDisk = await waitFor(() => (c.pushedFor(uri)?.version === undefined && c.pushedFor(uri)?.diagnostics.some((d) => d.code === 'broken-link') ? c.pushedFor(uri) : undefined), 10000, 'diagnostics from disk');
    expect(fromDisk.diagnostics.length).toBeGreaterThan(1);
  });

  it('answers workspace/diagnostic with the RFCs that are not open, holds the next request until a dependency changes, then reports only what changed', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    const c = client;
    // As VS Code does: the workspace pull is sent at once, and answered once the folder is indexed.
    const first: WorkspaceDiagnosticReport = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const full = first.items.filter((i): i is WorkspaceDocumentDiagnosticReport & { kind: 'full' } => i.kind === 'full');
    expect(full.map((i) => key(i.uri)).sort()).toEqual([key(c.uri(RFC1)), key(c.uri(RFC2))].sort());
    const rfc2 = full.find((i) => key(i.uri) === key(c.uri(RFC2)));
    expect(rfc2?.items.some((d) => d.code === 'broken-link')).toBe(true);
    const open = await c.open(RFC1);
    const ownPull = (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: open } })) as FullDocumentDiagnosticReport;
    expect(ownPull.items.length).toBeGreaterThan(0);

    let second: WorkspaceDiagnosticReport | undefined;
    void c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: full.map((i) => ({ uri: i.uri, value: i.resultId ?? '' })) }).then((r) => (second = r));
    // Nothing changed: the request stays open (the open RFC's own pull is answered meanwhile).
    await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: open } });
    expect(second).toBeUndefined();

    c.write('tasks/TASK-0009-retired.md', '---\ntitle: TASK-0009 Retired\nstatus: done\n---\n\n# TASK-0009: Retired\n');
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: c.uri('tasks/TASK-0009-retired.md'), type: FileChangeType.Created }] });
    const answer = await waitFor(() => second, 10000, 'the held workspace/diagnostic answer');
    const reports = answer.items.filter((i) => i.kind === 'full') as (WorkspaceDocumentDiagnosticReport & { kind: 'full' })[];
    expect(reports.map((i) => key(i.uri))).toEqual([key(c.uri(RFC2))]);
    expect(reports[0].items.some((d) => d.code === 'broken-link')).toBe(false);
    expect(c.published.size).toBe(0);
  });

  it('re-checks an RFC that is not open when it changes on disk, and when a task it names does (push)', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const c = client;
    const mismatch = (): boolean | undefined => c.pushedFor(c.uri(RFC2))?.diagnostics.some((d) => d.code === 'task-status-mismatch');
    await waitFor(() => c.pushedFor(c.uri(RFC2)), 15000, 'diagnostics of RFC-0002');
    expect(mismatch()).toBe(false);
    c.write(RFC2, c.read(RFC2).replace('- **Phase 0 (resolver)**: 🟨', '- **Phase 0 (resolver)**: ✅'));
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: c.uri(RFC2), type: FileChangeType.Changed }] });
    await waitFor(() => mismatch() === true, 10000, 'task-status-mismatch once phase 0 is marked done on disk');
    c.write(TASK3, c.read(TASK3).replace('status: todo', 'status: done'));
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: c.uri(TASK3), type: FileChangeType.Changed }] });
    await waitFor(() => mismatch() === false, 10000, 'no task-status-mismatch once the task is done on disk');
  });
});
