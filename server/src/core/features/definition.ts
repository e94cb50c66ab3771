import type { Location, Position } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import { referenceAt, referenceTargets } from './referenceTargets';

/**
 * Go to definition on a path or id reference: the top of each document it names. An id range or list
 * leads to every id of it that exists; a folder is not a definition. Works in RFCs, tasks and ADRs
 * alike, since every document is parsed the same way.
 */
export function getDefinition(ws: RfcWorkspace, doc: SourceDocument, position: Position, token: Cancellation): Location[] {
  if (token.isCancellationRequested) return [];
  const ref = referenceAt(ws.parse(doc), position);
  if (!ref) return [];
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const target of referenceTargets(ws, doc.path, ref)) {
    if (target.directory || seen.has(target.path)) continue;
    seen.add(target.path);
    out.push({ uri: ws.uriOf(target.path), range: top });
  }
  return token.isCancellationRequested ? [] : out;
}
