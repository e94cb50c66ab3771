import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { fitForClient } from '../../../server/src/features/codeActions';

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
    expect(fitForClient(textFix, true, false)).toEqual([textFix]);
  });

  it('turns versioned edits into a plain changes map for a client without documentChanges', () => {
    expect(fitForClient(textFix, false, false)).toEqual([{ title: 'Set Status', kind: 'quickfix', edit: { changes: { [uri]: [edit] } } }]);
  });

  it('drops an action that creates a file when the client cannot create files', () => {
    expect(fitForClient(createTask, true, false)).toEqual([]);
    expect(fitForClient(createTask, false, false)).toEqual([]);
    expect(fitForClient(createTask, true, true)).toEqual([createTask]);
  });
});
