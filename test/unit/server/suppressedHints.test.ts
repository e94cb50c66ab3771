import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DiagnosticSeverity, DocumentDiagnosticRequest, FileChangeType } from 'vscode-languageserver-protocol/node';
import { cleanRfc, DONE_TASK, rfcWithDateWarning, rfcWithTitleError } from '../cli/fixtures';
import { cleanup, tempDir, writeTree } from '../cli/harness';
import type { InProcessServer } from '../serverInProcess';
import { startInProcess } from '../serverInProcess';

const RFC = 'docs/rfcs/RFC-0002-dashed-title.md';
const SUPPRESSIONS = { [RFC]: { 'title-format': { count: 1 } } };

let server: InProcessServer | undefined;
let root: string | undefined;
afterEach(() => {
  server?.stop();
  if (root) cleanup(root);
  server = undefined;
  root = undefined;
});

async function diagnostics(s: InProcessServer, uri: string): Promise<Diagnostic[]> {
  return ((await s.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

/** A workspace whose RFC has a title error (suppressed) and a date warning (not suppressed). */
function suppressedWorkspace(): string {
  const text = rfcWithTitleError('RFC-0002').replace('- Last Updated: 2026-02-01', '- Last Updated: 2025-12-01');
  return writeTree(tempDir(), { ...DONE_TASK, [RFC]: text, 'rfc-author-suppressions.json': JSON.stringify(SUPPRESSIONS) });
}

describe('suppressed findings in the editor', () => {
  it('shows a finding the suppressions file covers as a hint that says why, and the others as they are', async () => {
    root = suppressedWorkspace();
    server = await startInProcess(root);
    const uri = await server.open(RFC, fs.readFileSync(path.join(root, RFC), 'utf8'));
    const items = await diagnostics(server, uri);
    expect(items.map((d) => [d.code, d.severity])).toEqual([['title-format', DiagnosticSeverity.Hint], ['date-order', DiagnosticSeverity.Warning]]);
    expect(items[0].message).toMatch(/\(suppressed by rfc-author-suppressions\.json\)$/);
  });

  it('shows every finding of the rule at its severity once the file has more of them than recorded, as CI does', async () => {
    root = suppressedWorkspace();
    server = await startInProcess(root);
    fs.writeFileSync(path.join(root, 'rfc-author-suppressions.json'), JSON.stringify({ [RFC]: { 'title-format': { count: 0 }, 'date-order': { count: 1 } } }));
    const uri = await server.open(RFC, fs.readFileSync(path.join(root, RFC), 'utf8'));
    expect((await diagnostics(server, uri)).map((d) => [d.code, d.severity])).toEqual([['title-format', DiagnosticSeverity.Error], ['date-order', DiagnosticSeverity.Hint]]);
  });

  it('follows rfcAuthor.suppressedSeverity: off hides them, unchanged shows them as they are', async () => {
    root = suppressedWorkspace();
    let mode = 'off';
    server = await startInProcess(root, () => ({ suppressedSeverity: mode }));
    const uri = await server.open(RFC, fs.readFileSync(path.join(root, RFC), 'utf8'));
    expect((await diagnostics(server, uri)).map((d) => d.code)).toEqual(['date-order']);
    mode = 'unchanged';
    await server.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const s = server;
    await expect.poll(async () => (await diagnostics(s, uri)).map((d) => [d.code, d.severity]), { timeout: 10_000, interval: 20 })
      .toEqual([['title-format', DiagnosticSeverity.Error], ['date-order', DiagnosticSeverity.Warning]]);
  });

  it('reads the file again when it changes, without a restart', async () => {
    root = writeTree(tempDir(), { ...DONE_TASK, [RFC]: rfcWithTitleError('RFC-0002'), 'docs/rfcs/RFC-0001-clean.md': cleanRfc(), 'docs/rfcs/RFC-0003-d.md': rfcWithDateWarning('RFC-0003') });
    server = await startInProcess(root);
    const uri = await server.open(RFC, fs.readFileSync(path.join(root, RFC), 'utf8'));
    expect((await diagnostics(server, uri))[0].severity).toBe(DiagnosticSeverity.Error);
    fs.writeFileSync(path.join(root, 'rfc-author-suppressions.json'), JSON.stringify(SUPPRESSIONS));
    await server.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri('rfc-author-suppressions.json'), type: FileChangeType.Created }] });
    expect((await diagnostics(server, uri))[0].severity).toBe(DiagnosticSeverity.Hint);
  });
});
