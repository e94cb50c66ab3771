import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Location, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { DefinitionRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { FIXTURE, key, positionOf, PULL_CLIENT, PUSH_CLIENT, TestClient, waitFor } from './harness';

const RFC1 = 'docs/rfcs/RFC-0001-task-index.md';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});


describe('starting up', () => {
  it('announces every feature with the completion trigger characters and the code action kinds', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toEqual({ openClose: true, change: 2 });
    expect(caps.completionProvider?.triggerCharacters).toEqual(['/', '-', '`', '(', '[', ' ', '#']);
    expect(caps.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source', 'source.fixAll.rfcAuthor'], resolveProvider: false });
    for (const provider of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'documentLinkProvider'] as const) {
      expect(caps[provider], provider).toBeTruthy();
    }
    expect(client.initializeResult.serverInfo?.name).toBe('rfc-author');
  });

  it('indexes in the background with work-done progress that begins and ends, and logs how long it took', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    await client.indexed();
    const log = client.logs.find((l) => l.includes('[rfc-author] Indexed'));
    expect(log).toMatch(/Indexed 6 documents under .* in \d+ ms\./);
    const kinds = await waitFor(() => {
      const k = client?.progress.map((p) => p.value.kind) ?? [];
      return k.includes('end') ? k : undefined;
    }, 10000, 'the end of progress');
    expect(kinds[0]).toBe('begin');
    expect(kinds[kinds.length - 1]).toBe('end');
  });

  it('still indexes when the client refuses the progress token', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT, refuseProgress: true });
    await client.indexed();
    expect(client.progress).toEqual([]);
  });

  it('sends no progress to a client that cannot show it', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    await client.indexed();
    expect(client.progress).toEqual([]);
  });

  it('serves a client that gives only rootUri and no workspace folders', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT, rootOnly: true });
    await client.indexed();
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'TASK-0003' })) as SymbolInformation[];
    expect(symbols.map((s) => s.name)).toEqual(['TASK-0003: Link resolver']);
  });

  it('answers a request sent right after initialized from the file names it already knows, in a workspace of 1,500 tasks', async () => {
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-big-'));
    try {
      fs.cpSync(FIXTURE, big, { recursive: true });
      for (let i = 100; i < 1600; i++) fs.writeFileSync(path.join(big, `tasks/TASK-${String(i).padStart(4, '0')}-filler.md`), `---\ntitle: Filler ${i}\nstatus: todo\n---\n\n# Filler\n\nSee TASK-0002.\n`);
      client = await TestClient.start({ capabilities: PUSH_CLIENT, workspace: big });
      const text = client.read(RFC1);
      const uri = await client.open(RFC1, text);
      const started = Date.now();
      const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0002)', 3) })) as Location[];
      expect(key(definition[0].uri)).toBe(key(client.uri('tasks/TASK-0002-index.md')));
      expect(Date.now() - started).toBeLessThan(5000);
      await client.indexed();
      expect(client.logs.find((l) => l.includes('[rfc-author] Indexed'))).toContain('Indexed 1506 documents');
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });

  it('maps a document URI that the client encoded its own way (as Neovim does) to the same workspace file', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    await client.indexed();
    // Neovim leaves parentheses unencoded and writes spaces as %20; VS Code encodes both.
    const neovimUri = `file://${path.join(client.root, RFC1).replace(/ /g, '%20')}`;
    expect(neovimUri).toContain('(protocol)');
    const text = client.read(RFC1);
    const uri = await client.open(RFC1, text, neovimUri);
    const published = await waitFor(() => client?.published.get(key(uri)), 10000, 'diagnostics for the Neovim-style URI');
    expect(published.uri).toBe(neovimUri);
    expect(published.diagnostics.some((d) => d.code === 'task-status-mismatch')).toBe(true);
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0002)', 3) })) as Location[];
    expect(key(definition[0].uri)).toBe(path.join(client.root, 'tasks/TASK-0002-index.md'));
  });
});
