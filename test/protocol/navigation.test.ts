import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, MarkupContent, SymbolInformation } from 'vscode-languageserver-protocol/node';
import {
  DefinitionRequest, DocumentLinkRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, ReferencesRequest, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import type { PhaseSummary } from '../../shared/protocol';
import { PHASE_SUMMARY_REQUEST } from '../../shared/protocol';
import { key, PULL_CLIENT, TestClient } from './harness';

const RFC1 = 'docs/rfcs/RFC-0001-task-index.md';

let client: TestClient;
let uri: string;
let text: string;

beforeAll(async () => {
  client = await TestClient.start({ capabilities: PULL_CLIENT });
  await client.indexed();
  text = client.read(RFC1);
  uri = await client.open(RFC1, text);
});
afterAll(() => client.stop());

/** The position of the `nth` occurrence of `needle` in the RFC, `offset` characters into it. */
function at(needle: string, offset = 1, nth = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" not in the fixture`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + offset };
}

describe('navigation over the protocol', () => {
  it('goes from TASK-0002 in a phase line to the top of the task file', async () => {
    const result = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at('TASK-0002)', 3) })) as Location[];
    expect(result).toHaveLength(1);
    expect(key(result[0].uri)).toBe(key(client.uri('tasks/TASK-0002-index.md')));
    expect(result[0].range.start).toEqual({ line: 0, character: 0 });
  });

  it('shows the task title and its status on hover over its id', async () => {
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('TASK-0002)', 3) })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('Workspace index');
    expect(value).toContain('in-progress');
    expect(hover.range?.start.line).toBe(at('TASK-0002)').line);
  });

  it('links every path and id that resolves, to the file it names', async () => {
    const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) as DocumentLink[];
    const targets = new Set(links.map((l) => key(l.target ?? '')));
    expect(targets).toEqual(new Set([
      key(client.uri('tasks/TASK-0001-parser.md')),
      key(client.uri('tasks/TASK-0002-index.md')),
      key(client.uri('docs/adr/0001-use-markdown-it.md')),
    ]));
    const adr = links.find((l) => key(l.target ?? '') === key(client.uri('docs/adr/0001-use-markdown-it.md')));
    expect(adr?.range).toEqual({ start: at('docs/adr/0001', 0), end: at('docs/adr/0001', 'docs/adr/0001-use-markdown-it.md'.length) });
  });

  it('finds the references to TASK-0002 in files that were never opened', async () => {
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: at('TASK-0002)', 3), context: { includeDeclaration: true } })) as Location[];
    const files = new Set(refs.map((r) => key(r.uri)));
    expect(files).toContain(key(client.uri('tasks/TASK-0003-links.md')));
    expect(files).toContain(key(uri));
    expect(files).toContain(key(client.uri('tasks/TASK-0002-index.md')));
    const inTask3 = refs.find((r) => key(r.uri) === key(client.uri('tasks/TASK-0003-links.md')));
    expect(client.read('tasks/TASK-0003-links.md').split('\n')[inTask3?.range.start.line ?? 0]).toContain('TASK-0002');
  });

  it('outlines the RFC as its title with the sections under it and the phases under their section', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols).toHaveLength(1);
    expect(symbols[0].name).toContain('RFC-0001');
    const sections = symbols[0].children ?? [];
    expect(sections.map((s) => s.name)).toContain('Status at a Glance');
    expect(sections.map((s) => s.name)).toContain('Checklist (keep current)');
    const glance = sections.find((s) => s.name === 'Status at a Glance');
    expect(glance?.children?.map((c) => c.name)).toEqual(['Phase 0 (parser) ✅', 'Phase 1 (index) ✅', 'Phase 2 (scale) ⬜']);
  });

  it('finds every RFC, task and ADR of the workspace by id and title, filtered by the query', async () => {
    const all = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
    expect(all.map((s) => s.name).sort()).toEqual([
      'ADR-0001: Use markdown-it for block parsing',
      'RFC-0001: Task index',
      'RFC-0002: Link checks',
      'TASK-0001: Parser',
      'TASK-0002: Workspace index',
      'TASK-0003: Link resolver',
    ]);
    const some = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'index' })) as SymbolInformation[];
    expect(some.map((s) => s.name).sort()).toEqual(['RFC-0001: Task index', 'TASK-0002: Workspace index']);
    const task = some.find((s) => s.name.startsWith('TASK-0002'));
    expect(key(task?.location.uri ?? '')).toBe(key(client.uri('tasks/TASK-0002-index.md')));
  });

  it('folds each section from its heading to its last line with text, and the proof code block', async () => {
    const ranges = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
    const glance = at('## Status at a Glance', 0).line;
    const definition = at('“Complete” means', 0).line;
    expect(ranges).toContainEqual(expect.objectContaining({ startLine: glance, endLine: definition }));
    const fence = at('```bash', 0).line;
    expect(ranges.some((r) => r.startLine === fence && r.endLine === fence + 2)).toBe(true);
    expect(ranges.every((r) => r.endLine > r.startLine)).toBe(true);
  });

  it('answers rfcAuthor/phaseSummary with the phases, their markers and the counts', async () => {
    const summary = await client.connection.sendRequest<PhaseSummary | null>(PHASE_SUMMARY_REQUEST, { textDocument: { uri } });
    expect(summary).toMatchObject({ id: 'RFC-0001', title: 'Task index', status: 'In Progress', counts: { done: 2, inProgress: 0, notStarted: 1, other: 0 } });
    expect(summary?.phases.map((p) => [p.number, p.name, p.marker, p.state, p.line])).toEqual([
      ['0', 'parser', '✅', 'done', at('**Phase 0 (parser)', 0).line],
      ['1', 'index', '✅', 'done', at('**Phase 1 (index)', 0).line],
      ['2', 'scale', '⬜', 'notStarted', at('**Phase 2 (scale)', 0).line],
    ]);
  });

  it('answers rfcAuthor/phaseSummary with null for a task', async () => {
    const taskUri = await client.open('tasks/TASK-0001-parser.md');
    expect(await client.connection.sendRequest(PHASE_SUMMARY_REQUEST, { textDocument: { uri: taskUri } })).toBeNull();
  });
});
