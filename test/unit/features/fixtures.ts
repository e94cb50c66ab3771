import type { Position } from 'vscode-languageserver-types';
import type { SourceDocument } from '../../../server/src/core/host';
import type { RfcWorkspace } from '../../../server/src/core/service';
import { cleanRfc, task, withCursor, workspace } from '../helpers';

/** A small repository: three tasks, an ADR and two RFCs that point at each other. */
export const FILES: Record<string, string> = {
  'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step', 'done', 'links:\n  - RFC-0001\n'),
  'tasks/TASK-0002-networking.md': `${task('TASK-0002', 'Networking', 'in-progress', 'depends-on: [TASK-0001]\n')}\n## Context\n\nSets up the network stack.\n`,
  'tasks/TASK-0003-storage.md': task('TASK-0003', 'Storage', 'todo').replace('Does the thing.', 'Implements phase 2 of RFC-0001.'),
  'docs/adr/0005-use-markdown.md': '# ADR-0005: Use Markdown\n\n- Status: Accepted\n\n## Decision\n\nWe write RFCs in Markdown.\n',
  'docs/rfcs/RFC-0002-other.md': cleanRfc('RFC-0002', 'Other design').replace('- Owners: @alice / @bob', '- Owners: @carol'),
};

export const RFC_PATH = 'docs/rfcs/RFC-0001-sample.md';

/** The workspace over FILES plus `extra`. */
export function repo(extra: Record<string, string> = {}): Promise<RfcWorkspace> {
  return workspace({ ...FILES, ...extra });
}

/** Opens `text` at `path` as an editor buffer would (it then owns the index entry). */
export function open(ws: RfcWorkspace, path: string, text: string, version = 1): SourceDocument {
  const doc = { path, text, version };
  ws.updateDocument(doc);
  return doc;
}

/** Opens a `$$CURSOR$$` fixture; returns the document and the cursor. */
export function openAtCursor(ws: RfcWorkspace, path: string, fixture: string): { doc: SourceDocument; position: Position } {
  const { text, position } = withCursor(fixture);
  return { doc: open(ws, path, text), position };
}

/** The position of the `n`th occurrence of `needle` in `text`, `offset` characters into it. */
export function positionOf(text: string, needle: string, offset = 0, n = 0): Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** An RFC on the built-in template whose Links item is `links`. */
export function rfcWithLinks(links: string, id = 'RFC-0001', title = 'Sample design'): string {
  return cleanRfc(id, title, { links });
}

export const CANCELLED = { isCancellationRequested: true };

/** `text` with the first `from` replaced by `to` taken literally (`$$CURSOR$$` has `$$` in it). */
export function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" not found`);
  return text.replace(from, () => to);
}
