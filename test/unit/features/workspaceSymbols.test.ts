import { SymbolKind } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getWorkspaceSymbols, MAX_WORKSPACE_SYMBOLS } from '../../../server/src/core/features/workspaceSymbols';
import { task, workspace } from '../helpers';
import { CANCELLED, FILES, repo } from './fixtures';

describe('workspace symbols', () => {
  it('lists every RFC, task and ADR by id and title, in id order, at the top of each file', async () => {
    const ws = await repo();
    const symbols = getWorkspaceSymbols(ws, '', NEVER_CANCELLED);
    expect(symbols.map((s) => s.name)).toEqual(['ADR-0005: Use Markdown', 'RFC-0002: Other design', 'TASK-0001: First step', 'TASK-0002: Networking', 'TASK-0003: Storage']);
    const adr = symbols[0];
    expect(adr.location).toEqual({ uri: ws.uriOf('docs/adr/0005-use-markdown.md'), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(adr.containerName).toBe('ADR');
    expect(symbols.map((s) => s.kind)).toEqual([SymbolKind.Interface, SymbolKind.Module, SymbolKind.Event, SymbolKind.Event, SymbolKind.Event]);
  });

  it('filters by substring, case-insensitively, on the id and title', async () => {
    const ws = await repo();
    expect(getWorkspaceSymbols(ws, 'NETWORK', NEVER_CANCELLED).map((s) => s.name)).toEqual(['TASK-0002: Networking']);
    expect(getWorkspaceSymbols(ws, 'rfc-0002', NEVER_CANCELLED).map((s) => s.name)).toEqual(['RFC-0002: Other design']);
  });

  it('falls back to a fuzzy match, after the substring matches', async () => {
    const ws = await repo();
    expect(getWorkspaceSymbols(ws, 't2net', NEVER_CANCELLED).map((s) => s.name)).toEqual(['TASK-0002: Networking']);
    const names = getWorkspaceSymbols(ws, 'sto', NEVER_CANCELLED).map((s) => s.name);
    expect(names[0]).toBe('TASK-0003: Storage');
    expect(names.length).toBeGreaterThan(1);
  });

  it('finds nothing for a query nothing matches', async () => {
    expect(getWorkspaceSymbols(await repo(), 'zzz-nothing', NEVER_CANCELLED)).toEqual([]);
  });

  it('caps the answer, keeping the lowest ids', async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 620; n++) files[`tasks/TASK-${String(n).padStart(4, '0')}-t.md`] = task(`TASK-${String(n).padStart(4, '0')}`, `T${n}`);
    const symbols = getWorkspaceSymbols(await workspace(files), 'task', NEVER_CANCELLED);
    expect(symbols).toHaveLength(MAX_WORKSPACE_SYMBOLS);
    expect(symbols[0].name).toBe('TASK-0001: T1');
    expect(symbols[MAX_WORKSPACE_SYMBOLS - 1].name).toBe(`TASK-0${MAX_WORKSPACE_SYMBOLS}: T${MAX_WORKSPACE_SYMBOLS}`);
  });

  it('names a document the index knows only by file name by its id', async () => {
    const ws = await workspace({});
    ws.index.set({ path: 'tasks/TASK-0042-later.md', kind: 'task', id: 'TASK-0042', excerpt: '', owners: [], refs: [], loaded: false });
    expect(getWorkspaceSymbols(ws, '42', NEVER_CANCELLED).map((s) => s.name)).toEqual(['TASK-0042']);
  });

  it('returns nothing when cancelled', async () => {
    expect(getWorkspaceSymbols(await workspace(FILES), '', CANCELLED)).toEqual([]);
  });
});
