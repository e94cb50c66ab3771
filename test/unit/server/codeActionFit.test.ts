import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import type { ClientFeatures } from '../../../server/src/clientFeatures';
import { clientFeatures } from '../../../server/src/clientFeatures';
import { fitEdit } from '../../../server/src/clientEdits';
import { fitForClient } from '../../../server/src/features/codeActions';

/** A client that takes `documentChanges` or not, and the file operations listed. */
function client(documentChanges: boolean, operations: string[] = []): ClientFeatures {
  return clientFeatures({ workspace: { workspaceEdit: { documentChanges, resourceOperations: operations as ('create' | 'rename' | 'delete')[] } } });
}

const uri = 'file:///ws/docs/rfcs/RFC-0001-a.md';
const edit = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, newText: 'Done' };
const textFix: CodeAction = { title: 'Set Status', kind: 'quickfix', edit: { documentChanges: [{ textDocument: { uri, version: 3 }, edits: [edit] }] } };
const createTask: CodeAction = {
  title: 'Create the task',
  kind: 'quickfix',
  edit: { documentChanges: [{ kind: 'create', uri: 'file:///ws/tasks/TASK-0009-x.md' }, { textDocument: { uri: 'file:///ws/tasks/TASK-0009-x.md', version: null }, edits: [edit] }] },
};

describe('code actions fitted to what the client can apply', () => {
  it('sends versioned edits as they are to a client that takes documentChanges', () => {
    expect(fitForClient(textFix, client(true))).toEqual([textFix]);
  });

  it('turns versioned edits into a plain changes map for a client without documentChanges', () => {
    expect(fitForClient(textFix, client(false))).toEqual([{ title: 'Set Status', kind: 'quickfix', edit: { changes: { [uri]: [edit] } } }]);
  });

  it('drops an action that creates a file when the client cannot create files', () => {
    expect(fitForClient(createTask, client(true))).toEqual([]);
    expect(fitForClient(createTask, client(false))).toEqual([]);
    expect(fitForClient(createTask, client(true, ['create']))).toEqual([createTask]);
  });

  it('keeps an action that runs a command as it is', () => {
    const command: CodeAction = { title: 'Renumber', kind: 'quickfix', command: { title: 'Renumber', command: 'rfcAuthor.server.renumber', arguments: [] } };
    expect(fitForClient(command, client(false))).toEqual([command]);
  });
});

describe('workspace edits fitted to what the client can apply', () => {
  const rename = { documentChanges: [{ textDocument: { uri, version: null }, edits: [edit] }, { kind: 'rename' as const, oldUri: uri, newUri: 'file:///ws/docs/rfcs/RFC-0002-a.md' }] };

  it('sends a file rename only to a client that renames files in edits, and never drops it silently', () => {
    expect(fitEdit(rename, client(true, ['create', 'rename']))).toEqual(rename);
    expect(fitEdit(rename, client(true, ['create']))).toBeUndefined();
    expect(fitEdit(rename, client(false))).toBeUndefined();
  });

});
