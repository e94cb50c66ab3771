import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, Diagnostic, FullDocumentDiagnosticReport, TextEdit } from 'vscode-languageserver-protocol/node';
import { CodeActionRequest, CompletionRequest, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { key, PULL_CLIENT, PUSH_CLIENT, TestClient, waitFor } from './harness';

const RFC2 = 'docs/rfcs/RFC-0002-link-checks.md';

let client: TestClient;
beforeAll(async () => {
  client = await TestClient.start({ capabilities: PULL_CLIENT });
  await client.indexed();
});
afterAll(() => client.stop());

async function pull(uri: string): Promise<Diagnostic[]> {
  return ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

/** Applies a workspace edit's changes for `uri` to `text`. */
function applyTo(uri: string, text: string, action: CodeAction): string {
  const edits: TextEdit[] = [];
  for (const change of action.edit?.documentChanges ?? []) {
    if ('edits' in change && key(change.textDocument.uri) === key(uri)) edits.push(...change.edits.filter((e): e is TextEdit => 'newText' in e));
  }
  for (const [u, e] of Object.entries(action.edit?.changes ?? {})) if (key(u) === key(uri)) edits.push(...e);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}

describe('completion over the protocol', () => {
  it('lists the tasks after `tasks/` in a Links item, with their titles as details and a text edit over the typed prefix', async () => {
    const original = client.read(RFC2);
    const text = original.replace('  - Related RFCs:', '  - Follow-ups: `tasks/`\n  - Related RFCs:');
    const uri = await client.open(RFC2, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('  - Follow-ups:'));
    const character = '  - Follow-ups: `tasks/'.length;
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character }, context: { triggerKind: 2, triggerCharacter: '/' } });
    // Clients order items by sortText (the order the server lists them in is the index's, which
    // follows the order files were read in).
    const items: CompletionItem[] = [...(Array.isArray(result) ? result : (result?.items ?? []))].sort((x, y) => (x.sortText ?? x.label).localeCompare(y.sortText ?? y.label));
    const expected: [string, string][] = [
      ['tasks/TASK-0001-parser.md', 'Parser'],
      ['tasks/TASK-0002-index.md', 'Workspace index'],
      ['tasks/TASK-0003-links.md', 'Link resolver'],
    ];
    expect(items.map((i) => [i.label, i.detail])).toEqual(expected.map(([label, title]) => [label, expect.stringContaining(title) as unknown]));
    const second = items.find((i) => i.label === 'tasks/TASK-0002-index.md');
    expect(second?.textEdit).toEqual({ range: { start: { line, character: 17 }, end: { line, character } }, newText: 'tasks/TASK-0002-index.md' });
    expect(JSON.stringify(second?.documentation)).toContain('in-progress');
    await client.close(uri);
  });

  it('offers nothing in prose', async () => {
    const uri = await client.open(RFC2);
    const text = client.read(RFC2);
    const line = text.split('\n').findIndex((l) => l.startsWith('Links between RFCs'));
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 10 } });
    expect(Array.isArray(result) ? result : result?.items).toEqual([]);
    await client.close(uri);
  });
});

describe('code actions over the protocol', () => {
  it('replaces a task link with an old slug by the real file, leaving exactly the intended text', async () => {
    const correct = client.read(RFC2);
    const stale = correct.replace('tasks/TASK-0003-links.md', 'tasks/TASK-0003-link-resolver.md');
    const uri = await client.open(RFC2, stale);
    const broken = (await pull(uri)).find((d) => d.code === 'broken-link' && JSON.stringify(d.data).includes('TASK-0003-link-resolver'));
    expect(broken).toBeDefined();
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: broken!.range, context: { diagnostics: [broken!], only: ['quickfix'] } })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Replace with `tasks/TASK-0003-links.md`');
    expect(fix?.kind).toBe('quickfix');
    expect(fix?.isPreferred).toBe(true);
    expect(applyTo(uri, stale, fix!)).toBe(correct);
    await client.close(uri);
  });

  it('honours context.only: source actions are not offered when only quick fixes are asked for, and the other way round', async () => {
    const uri = await client.open(RFC2);
    const diagnostics = await pull(uri);
    const missing = diagnostics.filter((d) => d.code === 'missing-section');
    expect(missing.length).toBeGreaterThan(1);
    const range = missing[0].range;
    const quick = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: missing, only: ['quickfix'] } })) as CodeAction[];
    expect(quick.length).toBeGreaterThan(0);
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true);
    const source = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: missing, only: ['source'] } })) as CodeAction[];
    expect(source.map((a) => a.kind)).toEqual(['source.rfcAuthor.insertMissingSections']);
    const inserted = applyTo(uri, client.read(RFC2), source[0]);
    expect(inserted).toContain('## Security considerations');
    expect(inserted.indexOf('## Goals')).toBeLessThan(inserted.indexOf('## Non-Goals'));
    await client.close(uri);
  });
});

describe('fix all over the protocol', () => {
  it('answers source.fixAll.rfcAuthor with the edits of every unambiguous fix, and nothing once they are applied', async () => {
    const correct = client.read(RFC2);
    const damaged = correct.replace('# RFC-0002: Link checks', '# RFC-0002 \u2014 Link checks').replace('- Owners: @carol', '- Owners: @carol \u00e2\u0153\u2026');
    const uri = await client.open(RFC2, damaged);
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['source.fixAll.rfcAuthor'] } })) as CodeAction[];
    expect(actions.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.rfcAuthor', 'Fix all unambiguous problems (RFC Author)']]);
    const fixed = applyTo(uri, damaged, actions[0]);
    expect(fixed).toBe(correct.replace('- Owners: @carol', '- Owners: @carol \u2705'));
    await client.replace(uri, damaged, fixed);
    const again = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    expect(again).toEqual([]);
    await client.close(uri);
  });
});

describe('code actions for a client without versioned edits', () => {
  it('sends the same fix as a plain changes map', async () => {
    const push = await TestClient.start({ capabilities: { ...PUSH_CLIENT, workspace: { ...PUSH_CLIENT.workspace, workspaceEdit: {} } } });
    try {
      const correct = push.read(RFC2);
      const stale = correct.replace('tasks/TASK-0003-links.md', 'tasks/TASK-0003-link-resolver.md');
      const uri = await push.open(RFC2, stale);
      const published = await waitFor(() => push.pushedFor(uri), 10000, 'pushed diagnostics');
      const broken = published.diagnostics.find((d) => d.code === 'broken-link' && JSON.stringify(d.data).includes('TASK-0003-link-resolver'));
      const actions = (await push.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: broken!.range, context: { diagnostics: [broken!] } })) as CodeAction[];
      const fix = actions.find((a) => a.title === 'Replace with `tasks/TASK-0003-links.md`');
      expect(fix?.edit?.documentChanges).toBeUndefined();
      expect(applyTo(uri, stale, fix!)).toBe(correct);
    } finally {
      await push.stop();
    }
  });
});
