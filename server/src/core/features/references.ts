import type { Location, Position } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { RfcDocument } from '../types';
import { idAt, ownId, referenceAt } from './referenceTargets';

/**
 * Find references: for the id under the cursor (on a reference, or on the document's own title),
 * every place in the workspace that names it. The index keeps each file's outgoing references with
 * their positions, so files that are not open are found without reading them; the open document's
 * entry comes from its buffer. The declaration is the top of each document carrying the id.
 */
export function getReferences(ws: RfcWorkspace, doc: SourceDocument, position: Position, includeDeclaration: boolean, token: Cancellation): Location[] {
  if (token.isCancellationRequested) return [];
  const parsed = ws.parse(doc);
  const id = idUnderCursor(ws, parsed, position);
  if (!id) return [];
  const out: Location[] = [];
  if (includeDeclaration) {
    for (const s of ws.index.byId(id)) out.push({ uri: ws.uriOf(s.path), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  }
  const referrers = [...ws.index.referrers(id)].sort();
  for (const path of referrers) {
    if (token.isCancellationRequested) return [];
    const summary = ws.index.get(path);
    if (!summary) continue;
    const uri = ws.uriOf(path);
    for (const r of summary.refs) {
      if (r.ids.includes(id)) out.push({ uri, range: { start: { line: r.line, character: r.start }, end: { line: r.line, character: r.end } } });
    }
  }
  return out;
}

/** The id a references request is about, or undefined when the cursor is on neither a reference nor the title. */
function idUnderCursor(ws: RfcWorkspace, parsed: RfcDocument, position: Position): string | undefined {
  const ref = referenceAt(parsed, position);
  if (ref) return idAt(ws, parsed.path, ref, position);
  const title = parsed.headings.find((h) => h.level === 1);
  if (title && position.line >= title.line && position.line <= title.range.end.line) return ownId(ws, parsed);
  return undefined;
}
