import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SymbolInformation } from 'vscode-languageserver-protocol/node';
import { DiagnosticSeverity, DidChangeWorkspaceFoldersNotification, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { PULL_CLIENT, pullDiagnostics, REPO, TestClient, waitFor } from './harness';

const EXAMPLES = path.join(REPO, 'examples');
const INNER_CLEAN = 'custom-template/docs/rfcs/RFC-0001-idempotency-keys.md';
const INNER_PLANTED = 'custom-template/docs/rfcs/RFC-0002-webhook-retries.md';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});


describe('several workspace folders', () => {
  it('checks each folder with its own .rfc-author.json and template, even when one folder lies inside the other', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, workspace: EXAMPLES, folders: ['.', 'custom-template'] });
    await client.indexed(2);
    const clean = await client.open(INNER_CLEAN);
    expect((await pullDiagnostics(client, clean)).filter((d) => d.severity !== DiagnosticSeverity.Information)).toEqual([]);
    const planted = await pullDiagnostics(client, await client.open(INNER_PLANTED));
    const rollout = planted.find((d) => d.code === 'missing-section');
    expect(rollout?.message).toContain('"Rollout"');
    expect(rollout?.severity).toBe(DiagnosticSeverity.Error);
    expect(planted.find((d) => d.code === 'status-value')?.message).toContain('Proposed, Accepted, Implemented, Rejected');
  });

  it('lists the documents of every folder among the workspace symbols', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, workspace: EXAMPLES, folders: ['.', 'custom-template'] });
    await client.indexed(2);
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'RFC-0001' })) as SymbolInformation[];
    const titleOf = (rel: string): string => client!.read(rel).split('\n')[0].replace(/^#\s+/, '');
    expect(symbols.map((s) => s.name).sort()).toEqual([titleOf('docs/rfcs/RFC-0001-ipc-message-format.md'), titleOf(INNER_CLEAN)].sort());
  });

  it('gives a folder added later its own service and asks the client to pull again', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, workspace: EXAMPLES });
    await client.indexed();
    const uri = await client.open(INNER_PLANTED);
    // Under the outer folder the inner RFC is not where RFCs live, so it is not checked at all.
    expect(await pullDiagnostics(client, uri)).toEqual([]);
    const refreshes = client.refreshes;
    const inner = URI.file(path.join(client.root, 'custom-template')).toString();
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: inner, name: 'custom-template' }], removed: [] } });
    await waitFor(() => (client?.refreshes ?? 0) > refreshes, 10000, 'a refresh after the folder was added');
    await waitFor(async () => (await pullDiagnostics(client!, uri)).some((d) => d.code === 'missing-section'), 10000, 'the inner folder\'s diagnostics');
  });
});
