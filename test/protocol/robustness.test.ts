import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver-protocol/node';
import { DefinitionRequest, DocumentLinkRequest, DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { key, positionOf, PUSH_CLIENT, TestClient, waitFor } from './harness';

const RFC1 = 'docs/rfcs/RFC-0001-task-index.md';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});


describe('a server that never crashes', () => {
  it('answers a hover whose handler throws with null, logs the failure, and serves the next request', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT, env: { RFC_AUTHOR_TEST_FAULT: 'hover' } });
    await client.indexed();
    const text = client.read(RFC1);
    const uri = await client.open(RFC1, text);
    const position = positionOf(text, 'TASK-0002)', 3);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })).toBeNull();
    await waitFor(() => client?.logs.some((l) => l.includes('hover failed') && l.includes('injected fault')), 5000, 'the logged failure');
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location[];
    expect(key(definition[0].uri)).toBe(key(client.uri('tasks/TASK-0002-index.md')));
    expect(client.process.exitCode).toBeNull();
  });

  it('answers requests with malformed positions and URIs with empty results and keeps serving', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const text = client.read(RFC1);
    const uri = await client.open(RFC1, text);
    const c = client.connection;
    expect(await c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 99999, character: -5 } })).toBeNull();
    expect(await c.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: null as never })).toEqual([]);
    expect(await c.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: 'not a uri at all' } })).toEqual([]);
    expect(await c.sendRequest(DocumentSymbolRequest.type, { textDocument: null as never })).toEqual([]);
    expect(await c.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri('tasks/never-opened.md') }, position: { line: 0, character: 0 } })).toBeNull();
    const definition = (await c.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0002)', 3) })) as Location[];
    expect(definition).toHaveLength(1);
  });

  it('never reads a path that climbs out of the workspace: no link, no hover, no definition', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const secret = path.join(path.dirname(client.root), `outside-${path.basename(client.root)}.md`);
    fs.writeFileSync(secret, '# RFC-0099: Secret\n');
    try {
      const rel = `../../../${path.basename(secret)}`;
      const text = client.read(RFC1).replace('## Context\n', `## Context\n\nSee [the secret](${rel}).\n`);
      const uri = await client.open(RFC1, text);
      const position = positionOf(text, rel, 4);
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })).toBeNull();
      expect(await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })).toEqual([]);
      const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) ?? [];
      expect(links.some((l) => (l.target ?? '').includes('outside-'))).toBe(false);
    } finally {
      fs.rmSync(secret, { force: true });
    }
  });

  it('never reads a template that settings point outside the workspace, and keeps the built-in one', async () => {
    // The workspace copy is a folder of the (real) temp folder, so `../` from its root reaches this file.
    const outside = path.join(fs.realpathSync(os.tmpdir()), `rfc-author-outside-template-${process.pid}.md`);
    fs.writeFileSync(outside, '# RFC-XXXX: <Title>\n\n- Status: Draft\n\n## Secret Section\n\nText.\n');
    try {
      client = await TestClient.start({ capabilities: PUSH_CLIENT, settings: { template: `../${path.basename(outside)}` } });
      const uri = await client.open('docs/rfcs/RFC-0002-link-checks.md');
      const published = await waitFor(() => client?.pushedFor(uri), 10000, 'diagnostics');
      const missing = published.diagnostics.filter((d) => d.code === 'missing-section').map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
      expect(missing.some((m) => m.includes('Secret Section'))).toBe(false);
      expect(missing.some((m) => m.includes('Non-Goals'))).toBe(true);
    } finally {
      fs.rmSync(outside, { force: true });
    }
  });

  it('keeps serving after an empty, a binary and a 5 MB document are opened', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const empty = await client.open('docs/rfcs/RFC-0007-empty.md', '');
    const binary = await client.open('docs/rfcs/RFC-0008-binary.md', '\u0000\u0001\uFFFD\u0007PNG\r\n\u001a\n'.repeat(100));
    const line = 'Prose about the design of the index, with a link to TASK-0002 and more words to fill the line.\r\n';
    const huge = await client.open('docs/rfcs/RFC-0009-huge.md', `# RFC-0009: Huge\n\n${line.repeat(5_000_000 / line.length)}`);
    for (const uri of [empty, binary]) await waitFor(() => client?.pushedFor(uri), 20000, `diagnostics of ${uri}`);
    const limit = await waitFor(() => client?.pushedFor(huge), 30000, 'diagnostics of the 5 MB document');
    expect(limit.diagnostics.some((d) => d.code === 'file-limit')).toBe(true);
    const text = client.read(RFC1);
    const uri = await client.open(RFC1, text);
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0002)', 3) })) as Location[];
    expect(definition).toHaveLength(1);
    expect(client.process.exitCode).toBeNull();
  });

  it('keeps serving a document that was deleted on disk while open', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const text = client.read(RFC1);
    const uri = await client.open(RFC1, text);
    fs.rmSync(path.join(client.root, RFC1));
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0002)', 3) })) as Location[];
    expect(definition).toHaveLength(1);
    await waitFor(() => client?.pushedFor(uri), 10000, 'diagnostics of the deleted file');
  });
});

describe('documents outside the workspace folders', () => {
  it('checks an RFC opened from another repository against that repository, found by its .git folder', async () => {
    client = await TestClient.start({ capabilities: PUSH_CLIENT });
    const other = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-other-')));
    try {
      fs.mkdirSync(path.join(other, '.git'));
      fs.mkdirSync(path.join(other, 'docs/rfcs'), { recursive: true });
      fs.mkdirSync(path.join(other, 'tasks'));
      fs.writeFileSync(path.join(other, 'tasks/TASK-0042-other.md'), '---\ntitle: TASK-0042 Other\nstatus: done\n---\n');
      const rfc = path.join(other, 'docs/rfcs/RFC-0042-elsewhere.md');
      const text = client.read(RFC1).replace(/RFC-0001/g, 'RFC-0042').replace('`tasks/TASK-0002-index.md`', '`tasks/TASK-0042-other.md`');
      fs.writeFileSync(rfc, text);
      const uri = await client.open('unused', text, URI.file(rfc).toString());
      const published = await waitFor(() => client?.pushedFor(uri), 10000, 'diagnostics of the outside RFC');
      const broken = published.diagnostics.filter((d) => d.code === 'broken-link').map((d) => (d.data as { path: string }).path);
      expect(broken).toContain('tasks/TASK-0001-parser.md');
      expect(broken).not.toContain('tasks/TASK-0042-other.md');
      const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'tasks/TASK-0042-other.md', 3) })) as Location[];
      expect(key(definition[0].uri)).toBe(path.join(other, 'tasks/TASK-0042-other.md'));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
