import { afterEach, describe, expect, it } from 'vitest';
import type { ApplyWorkspaceEditParams, ClientCapabilities, CodeAction, FullDocumentDiagnosticReport, TextEdit } from 'vscode-languageserver-protocol/node';
import { ApplyWorkspaceEditRequest, CodeActionRequest, CodeLensRequest, DocumentDiagnosticRequest, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import type { UpdateIndexResult } from '../../shared/protocol';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from '../../shared/protocol';
import { TextLines } from '../../server/src/core/text';
import { key, PULL_CLIENT, TestClient } from './harness';

const RFC1 = 'docs/rfcs/RFC-0001-task-index.md';
const INDEX = 'docs/rfcs/README.md';
const README = '# RFCs\n\n<!-- rfc-author:index:start -->\n<!-- rfc-author:index:end -->\n';
const EDITOR: ClientCapabilities = { ...PULL_CLIENT, workspace: { ...PULL_CLIENT.workspace, applyEdit: true, codeLens: { refreshSupport: true } } };

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new TextLines(text);
  let out = text;
  for (const e of [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

/** Starts on the protocol fixture with an index file, answering `workspace/applyEdit` by writing the edit to disk. */
async function start(settings?: Record<string, unknown>): Promise<{ c: TestClient; applied: ApplyWorkspaceEditParams[] }> {
  client = await TestClient.start({ capabilities: EDITOR, ...(settings ? { settings } : {}) });
  const c = client;
  c.write(INDEX, README);
  const applied: ApplyWorkspaceEditParams[] = [];
  c.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    applied.push(p);
    for (const change of p.edit.documentChanges ?? []) {
      if (!('edits' in change)) continue;
      const file = key(change.textDocument.uri).slice(key(c.uri('.')).length + 1);
      c.write(file, applyEdits(c.read(file), change.edits as TextEdit[]));
    }
    return { applied: true };
  });
  await c.indexed();
  return { c, applied };
}

describe('phase-line CodeLens over the protocol', () => {
  it("shows each phase line's tasks with their status, and opens the task through rfcAuthor.openDocument", async () => {
    const { c } = await start();
    const uri = await c.open(RFC1);
    const lenses = await c.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    expect(lenses?.map((l) => l.command?.title)).toEqual(['TASK-0001 done', 'TASK-0002 in-progress']);
    expect(lenses?.[0].command?.command).toBe(CLIENT_COMMANDS.openDocument);
    expect(key(lenses?.[0].command?.arguments?.[0] as string)).toBe(key(c.uri('tasks/TASK-0001-parser.md')));
  });

  it('shows none with rfcAuthor.codeLens.phaseTasks off', async () => {
    const { c } = await start({ codeLens: { phaseTasks: false } });
    const uri = await c.open(RFC1);
    expect(await c.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })).toEqual([]);
  });
});

describe('the RFC index in the editor', () => {
  it('"RFC: Update Index" writes the table through workspace/applyEdit, and then finds it current', async () => {
    const { c, applied } = await start();
    const first = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.updateIndex, arguments: [] })) as UpdateIndexResult;
    expect(first.updated.map(key)).toEqual([key(c.uri(INDEX))]);
    expect(applied).toHaveLength(1);
    expect(c.read(INDEX)).toContain('| [RFC-0001](RFC-0001-task-index.md) | Task index | In Progress | @alice, @bob | ✅2 🟨0 ⬜1 | 2026-02-01 |');
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri(INDEX), type: 2 }] });
    const second = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.updateIndex, arguments: [{ uri: c.uri(INDEX) }] })) as UpdateIndexResult;
    expect(second).toEqual({ updated: [], current: [expect.any(String) as string], problems: [] });
    expect(applied).toHaveLength(1);
  });

  it('warns on an open index file once an RFC it lists changes, and its quick fix updates the table', async () => {
    const { c } = await start();
    await c.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.updateIndex, arguments: [] });
    const index = await c.open(INDEX);
    const pull = async (): Promise<FullDocumentDiagnosticReport> => (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: index } })) as FullDocumentDiagnosticReport;
    expect((await pull()).items).toEqual([]);
    const text = c.read(RFC1);
    const rfc = await c.open(RFC1, text);
    await c.replace(rfc, text, text.replace('- Status: In Progress', '- Status: Complete'));
    const stale = (await pull()).items;
    expect(stale).toEqual([expect.objectContaining({ code: 'index-stale', source: 'rfc-author' })]);
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: index }, range: stale[0].range, context: { diagnostics: stale } })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(['Update the RFC index table']);
    const edit = actions[0].edit?.documentChanges?.[0];
    expect(edit && 'edits' in edit ? applyEdits(c.read(INDEX), edit.edits as TextEdit[]) : '').toContain('| Task index | Complete |');
  });
});
