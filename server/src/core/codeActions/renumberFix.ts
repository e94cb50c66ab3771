import type { CodeAction } from 'vscode-languageserver-types';
import type { RenumberArgs } from '../../../../shared/protocol';
import { SERVER_COMMANDS } from '../../../../shared/protocol';
import type { DocumentAnalysis } from '../analysis';
import type { FixDataByRule } from '../fixData';
import { idNumber } from '../ids';
import { basename } from '../index/paths';
import type { DiagnosticRef, EditBuilder } from './edits';

/**
 * The `duplicate-id` fix: "Renumber to RFC-0009 (the next free id)". Of the files sharing the id, the
 * later one in path order is renumbered (the earlier keeps the id old links mean); the fix is offered
 * in each of them, naming the file when it is not the one at hand. The edit is a rename that touches
 * only what unambiguously means that file (its title, its file name, paths that resolve to it
 * alone) and needs the other files' text, so the action runs the server command that computes and
 * applies it (`rfcAuthor.server.renumber`).
 */
export function renumberFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule['duplicate-id']): CodeAction[] {
  const kind = b.ws.ids.kindOfId(data.id);
  if (!kind) return [];
  const later = [a.doc.path, ...data.others].sort().pop();
  if (!later) return [];
  let highest = 0;
  for (const s of b.ws.index.all(kind)) if (s.id) highest = Math.max(highest, idNumber(s.id) || 0);
  const newId = b.ws.ids.idOf(kind, String(highest + 1));
  const title = later === a.doc.path ? `Renumber to ${newId} (the next free id)` : `Renumber ${basename(later)} to ${newId} (the next free id)`;
  const args: RenumberArgs = { uri: b.ws.uriOf(later), id: data.id, newId };
  const action = b.action(title, 'quickfix', undefined, d);
  action.command = { title, command: SERVER_COMMANDS.renumber, arguments: [args] };
  return [action];
}
