import { afterEach, describe, expect, it } from 'vitest';
import type { ApplyWorkspaceEditParams, ClientCapabilities, RenameFile, ShowMessageParams, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { ApplyWorkspaceEditRequest, ExecuteCommandRequest, PrepareRenameRequest, RenameRequest, ResponseError, WillRenameFilesRequest } from 'vscode-languageserver-protocol/node';
import { SERVER_COMMANDS } from '../../shared/protocol';
import { TextLines } from '../../server/src/core/text';
import { FIXTURE, key, PULL_CLIENT, REPO, TestClient, waitFor } from './harness';

const WORKSPACE = `${REPO}/test/fixtures/rename-workspace`;
const RFC = 'docs/rfcs/RFC-0004-page-allocator.md';
const TASK = 'tasks/TASK-0007-buddy.md';

/** A client like VS Code for edits: versioned changes, file renames, change annotations, applyEdit, prepareRename. */
const EDITOR: ClientCapabilities = {
  ...PULL_CLIENT,
  workspace: {
    ...PULL_CLIENT.workspace,
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], changeAnnotationSupport: { groupsOnLabel: true } },
    fileOperations: { willRename: true },
  },
  textDocument: { ...PULL_CLIENT.textDocument, rename: { prepareSupport: true } },
};

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

function positionOf(text: string, needle: string, offset: number): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** What each file of the workspace reads after the edit's text edits (files the edit does not touch are left out). */
function apply(c: TestClient, edit: WorkspaceEdit): Map<string, string> {
  const out = new Map<string, string>();
  for (const change of edit.documentChanges ?? []) {
    if (!('edits' in change)) continue;
    const file = key(change.textDocument.uri).slice(key(c.uri('.')).length + 1);
    const text = c.read(file);
    const lines = new TextLines(text);
    const edits = [...(change.edits as TextEdit[])].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
    let result = text;
    for (const e of edits) result = result.slice(0, lines.offsetAt(e.range.start)) + e.newText + result.slice(lines.offsetAt(e.range.end));
    out.set(file, result);
  }
  return out;
}

async function start(settings?: Record<string, unknown>, capabilities = EDITOR): Promise<TestClient> {
  client = await TestClient.start({ capabilities, workspace: WORKSPACE, ...(settings ? { settings } : {}) });
  await client.indexed();
  return client;
}

describe('rename of an id over the protocol', () => {
  it('prepares the rename on the id under the cursor', async () => {
    const c = await start();
    const text = c.read(RFC);
    const uri = await c.open(RFC, text);
    const prepared = await c.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0007, TASK-0006', 3) });
    expect(prepared).toEqual({ range: { start: positionOf(text, 'TASK-0007, TASK-0006', 0), end: positionOf(text, 'TASK-0007, TASK-0006', 9) }, placeholder: 'TASK-0007' });
  });

  it('renames a task: one edit renames the file and changes every reference in every file that has one, and nothing else', async () => {
    const c = await start();
    const messages: ShowMessageParams[] = c.messages;
    const text = c.read(RFC);
    const uri = await c.open(RFC, text);
    const edit = await c.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0007, TASK-0006', 3), newName: 'TASK-0012' });
    if (!edit) throw new Error('no edit');
    const changes = edit.documentChanges ?? [];
    const renames = changes.filter((ch): ch is RenameFile => 'kind' in ch);
    expect(renames.map((r) => [key(r.oldUri), key(r.newUri)])).toEqual([[key(c.uri(TASK)), key(c.uri('tasks/TASK-0012-buddy.md'))]]);
    expect(changes.indexOf(renames[0])).toBe(changes.length - 1);
    const after = apply(c, edit);
    expect([...after.keys()].sort()).toEqual(['docs/guide.md', RFC, TASK, 'tasks/TASK-0008-slab.md'].sort());
    const edited = (changes.filter((ch): ch is TextDocumentEdit => 'edits' in ch)).find((ch) => key(ch.textDocument.uri) === key(uri));
    expect(edited?.textDocument.version).toBe(1);
    expect(after.get('docs/guide.md')).toBe(c.read('docs/guide.md').replaceAll('TASK-0007', 'TASK-0012'));
    expect(after.get(TASK)).toBe(c.read(TASK).replaceAll('TASK-0007', 'TASK-0012'));
    expect(after.get('tasks/TASK-0008-slab.md')).toBe(c.read('tasks/TASK-0008-slab.md').replaceAll('TASK-0007', 'TASK-0012'));
    // In the RFC: every mention changes but the code block's and the range's (`TASK-0005..0012` would take in TASK-0008).
    const expected = text.replaceAll('TASK-0007', 'TASK-0012').replace('TASK\u20110007', 'TASK\u20110012').replace('TASK-0006/0007', 'TASK-0006/0012')
      .replace('TASK-0012 in a code block', 'TASK-0007 in a code block');
    expect(after.get(RFC)).toBe(expected);
    expect(after.get(RFC)).toContain('(TASK-0005..0007)');
    await waitFor(() => messages.find((m) => m.message.includes('TASK-0005..0007')), 5000, 'the note about the range');
  });

  it('refuses a new id that is taken, with a message the editor shows', async () => {
    const c = await start();
    const text = c.read(RFC);
    const uri = await c.open(RFC, text);
    const error = await c.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0007, TASK-0006', 3), newName: 'TASK-0008' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).message).toBe('TASK-0008 is taken by tasks/TASK-0008-slab.md; pick a free id.');
  });

  it('refuses a rename that must rename a file when the client cannot rename files', async () => {
    const c = await start(undefined, { ...EDITOR, workspace: { ...EDITOR.workspace, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } });
    const text = c.read(RFC);
    const uri = await c.open(RFC, text);
    const error = await c.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(text, 'TASK-0007, TASK-0006', 3), newName: 'TASK-0012' }).then(() => undefined, (e: unknown) => e);
    expect((error as ResponseError<unknown>).message).toContain('cannot rename files');
  });
});

describe('workspace/willRenameFiles', () => {
  const move = { oldUri: '', newUri: '' };

  it('registers for Markdown files and folders, and answers the link edits of a moved task (prompt: the client asks)', async () => {
    const c = await start();
    expect(c.initializeResult.capabilities.workspace?.fileOperations?.willRename?.filters.map((f) => f.pattern.glob)).toEqual(['**/*.md', '**/*']);
    const edit = await c.connection.sendRequest(WillRenameFilesRequest.type, { files: [{ ...move, oldUri: c.uri(TASK), newUri: c.uri('tasks/done/TASK-0007-buddy.md') }] });
    if (!edit) throw new Error('no edit');
    expect(edit.changeAnnotations).toBeUndefined();
    expect((edit.documentChanges ?? []).every((ch) => 'edits' in ch)).toBe(true);
    const after = apply(c, edit);
    expect([...after.keys()].sort()).toEqual(['docs/guide.md', RFC]);
    expect(after.get('docs/guide.md')).toContain('(../tasks/done/TASK-0007-buddy.md)');
    expect(after.get(RFC)).toContain('`tasks/done/TASK-0007-buddy.md:12`');
    expect(after.get(RFC)).toContain('(../../tasks/done/TASK-0007-buddy.md#design)');
  });

  it('answers the same edit with "always", and nothing with "never"', async () => {
    let c = await start({ updateLinksOnFileMove: 'always' });
    const params = { files: [{ oldUri: c.uri(TASK), newUri: c.uri('tasks/TASK-0007-buddy-allocator.md') }] };
    const always = await c.connection.sendRequest(WillRenameFilesRequest.type, params);
    expect(always?.changeAnnotations).toBeUndefined();
    expect(apply(c, always ?? {}).get(RFC)).toContain('`tasks/TASK-0007-buddy-allocator.md`');
    await c.stop();
    client = undefined;
    c = await start({ updateLinksOnFileMove: 'never' });
    expect(await c.connection.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: c.uri(TASK), newUri: c.uri('tasks/TASK-0007-x.md') }] })).toBeNull();
  });
});

describe('the duplicate-id quick fix over the protocol', () => {
  it('renumbers the later file through workspace/applyEdit', async () => {
    client = await TestClient.start({ capabilities: EDITOR, workspace: FIXTURE });
    const c = client;
    c.write('docs/rfcs/RFC-0002-copy.md', c.read('docs/rfcs/RFC-0002-link-checks.md').replace('# RFC-0002: Link checks', '# RFC-0002: Copy'));
    await c.indexed();
    const applied: ApplyWorkspaceEditParams[] = [];
    c.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      applied.push(p);
      return { applied: true };
    });
    const result: unknown = await c.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.renumber, arguments: [{ uri: c.uri('docs/rfcs/RFC-0002-link-checks.md'), id: 'RFC-0002', newId: 'RFC-0003' }] });
    expect(result).toEqual({ applied: true });
    expect(applied).toHaveLength(1);
    const changes = applied[0].edit.documentChanges ?? [];
    expect(changes.at(-1)).toMatchObject({ kind: 'rename', newUri: expect.stringContaining('RFC-0003-link-checks.md') as string });
    expect(apply(c, applied[0].edit).get('docs/rfcs/RFC-0002-link-checks.md')?.split('\n')[0]).toBe('# RFC-0003: Link checks');
  });
});
