import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { PULL_CLIENT, pullDiagnostics, PUSH_CLIENT, TestClient, waitFor } from './harness';

const RFC2 = 'docs/rfcs/RFC-0002-link-checks.md';
const RULES_DOC = 'https://github.com/rfc-author/rfc-author/blob/main/docs/rules.md';
/** The `rfcAuthor` section as VS Code answers it, dotted keys nested. */
const OPEN_FILES = { diagnostics: { scope: 'openFiles' } };

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});


function brokenLinkOf(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'broken-link');
}

describe('diagnostics over the protocol', () => {
  it('answers textDocument/diagnostic for a client that pulls, with code, link, source, severity and fix data', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    expect(client.initializeResult.capabilities.diagnosticProvider).toEqual({ identifier: 'rfc-author', interFileDependencies: true, workspaceDiagnostics: true });
    const uri = await client.open(RFC2);
    const items = await pullDiagnostics(client, uri);
    const broken = brokenLinkOf(items);
    expect(broken).toMatchObject({
      code: 'broken-link',
      codeDescription: { href: `${RULES_DOC}#broken-link` },
      source: 'rfc-author',
      severity: DiagnosticSeverity.Error,
      range: { start: { line: 7, character: 40 }, end: { line: 7, character: 66 } },
    });
    expect(broken?.data).toMatchObject({ rule: 'broken-link', path: 'tasks/TASK-0009-retired.md' });
    expect(items.some((d) => d.code === 'missing-section')).toBe(true);
    expect(client.published.size).toBe(0);
  });

  it('pushes publishDiagnostics to a client without textDocument.diagnostic, updates them after an edit and withdraws them on close (openFiles)', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT, settings: OPEN_FILES });
    expect(client.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
    const text = client.read(RFC2);
    const uri = await client.open(RFC2, text);
    const first = await waitFor(() => client?.pushedFor(uri), 10000, 'first publishDiagnostics');
    expect(brokenLinkOf(first.diagnostics)?.data).toMatchObject({ rule: 'broken-link', path: 'tasks/TASK-0009-retired.md' });
    expect(first.version).toBe(1);

    await client.replace(uri, text, text.replace('tasks/TASK-0009-retired.md', 'tasks/TASK-0002-index.md'));
    const second = await waitFor(() => (client?.pushedFor(uri)?.version === 2 ? client.pushedFor(uri) : undefined), 10000, 'diagnostics of version 2');
    expect(brokenLinkOf(second.diagnostics)).toBeUndefined();
    expect(second.diagnostics.some((d) => d.code === 'missing-section')).toBe(true);

    await client.close(uri);
    await waitFor(() => client?.pushedFor(uri)?.diagnostics.length === 0, 10000, 'diagnostics cleared on close');
  });

  it('checks only open RFCs with diagnostics.scope "openFiles": closed files get no pushed diagnostics', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT, settings: OPEN_FILES });
    const uri = await client.open('docs/rfcs/RFC-0001-task-index.md');
    await waitFor(() => client?.pushedFor(uri), 10000, 'diagnostics of the open RFC');
    await waitFor(() => client?.logs.some((l) => l.includes('Diagnostics scope of') && l.endsWith('openFiles.')), 10000, 'the workspace pass');
    expect(client.pushedFor(client.uri(RFC2))).toBeUndefined();
  });

  it('checks an open task and an open ADR with the rules of their kind, pulled and pushed', async () => {
    client = await TestClient.start({ capabilities: PULL_CLIENT });
    const TASK = 'tasks/TASK-0002-index.md';
    const task = client.read(TASK).replace('depends-on: [TASK-0001]', 'depends-on: [TASK-0001, TASK-0042]').replace('status: in-progress', 'status: in-progess');
    const uri = await client.open(TASK, task);
    const items = await pullDiagnostics(client, uri);
    expect(items.map((d) => [d.code, d.range.start.line, d.severity])).toEqual([
      ['task-status-value', 2, DiagnosticSeverity.Information],
      ['task-dependency', 5, DiagnosticSeverity.Warning],
    ]);
    expect(items[1].codeDescription?.href).toBe(`${RULES_DOC}#task-dependency`);
    expect(items.some((d) => d.code === 'missing-section' || d.code === 'title-format')).toBe(false);
    const ADR = 'docs/adr/0001-use-markdown-it.md';
    const adr = await client.open(ADR, `${client.read(ADR)}\nSee \`docs/rfcs/RFC-0009-gone.md\`.\n`);
    expect((await pullDiagnostics(client, adr)).map((d) => d.code)).toEqual(['broken-link']);
    await client.stop();

    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const pushed = await client.open(TASK, task);
    const first = await waitFor(() => client?.pushedFor(pushed), 10000, 'pushed diagnostics of the task');
    expect(first.diagnostics.map((d) => d.code)).toEqual(['task-status-value', 'task-dependency']);
  });
});
