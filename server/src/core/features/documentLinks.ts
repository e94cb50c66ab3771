import type { DocumentLink } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import { displayTitle, navigableReferences, referenceTargets } from './referenceTargets';

/**
 * A link on every path and id reference that leads somewhere: a path to the file (the first match of
 * a glob or loose form), an id, a range or a list to the first of its ids that exists. Broken
 * references get no link (the `broken-link` and `unknown-id` rules speak for them), and paths that
 * leave the workspace are never linked, so a click can never open a file outside it.
 */
export function getDocumentLinks(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): DocumentLink[] {
  if (token.isCancellationRequested) return [];
  const parsed = ws.parse(doc);
  const links: DocumentLink[] = [];
  for (const ref of navigableReferences(parsed)) {
    if (token.isCancellationRequested) return [];
    const target = referenceTargets(ws, doc.path, ref, true)[0];
    // A task's or ADR's title names its own id; a link to where the reader already is adds nothing.
    if (!target || target.path === doc.path) continue;
    const tooltip = (target.summary && displayTitle(target.summary)) ?? target.path;
    links.push({ range: ref.range, target: ws.uriOf(target.path), tooltip });
  }
  return links;
}
