import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, FullDocumentDiagnosticReport, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol/node';
import { DefinitionRequest, DiagnosticSeverity, DocumentDiagnosticRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { RULE_IDS } from '../../server/src/core/rules';
import { key, positionOf, PULL_CLIENT, REPO, TestClient } from './harness';

const EXAMPLES = path.join(REPO, 'examples');
const RFC1 = 'docs/rfcs/RFC-0001-ipc-message-format.md';

let client: TestClient;
beforeAll(async () => {
  client = await TestClient.start({ capabilities: PULL_CLIENT, workspace: EXAMPLES });
  await client.indexed();
});
afterAll(() => client.stop());

async function pull(uri: string): Promise<Diagnostic[]> {
  return ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}


describe('the example workspace through the server', () => {
  it('reports every rule of the catalogue somewhere among the example RFCs and tasks, as the unit tests do', async () => {
    const reported = new Set<string>();
    const files = [
      ...fs.readdirSync(path.join(client.root, 'docs/rfcs')).filter((f) => /^RFC-\d+.*\.md$/.test(f)).map((f) => `docs/rfcs/${f}`),
      ...fs.readdirSync(path.join(client.root, 'tasks')).filter((f) => /^TASK-\d+.*\.md$/.test(f)).map((f) => `tasks/${f}`),
    ];
    for (const file of files) {
      const uri = await client.open(file);
      for (const d of await pull(uri)) reported.add(String(d.code));
      await client.close(uri);
    }
    expect([...RULE_IDS].filter((id) => !reported.has(id))).toEqual([]);
  });

  it('finds nothing above info in the clean RFC-0001', async () => {
    const uri = await client.open(RFC1);
    const serious = (await pull(uri)).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
    expect(serious).toEqual([]);
  });

  it('goes from TASK-0002 to its task file and shows its title and status on hover', async () => {
    const text = client.read(RFC1);
    const uri = await client.open(RFC1, text);
    const position = positionOf(text, 'TASK-0002;', 3);
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location[];
    expect(definition.map((l) => key(l.uri))).toEqual([key(client.uri('tasks/TASK-0002-capability-transfer.md'))]);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('Capability transfer: move semantics and rights check');
    expect(value).toContain('in-progress');
  });
});
