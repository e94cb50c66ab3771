import type { CodeLens } from 'vscode-languageserver-types';
import { CLIENT_COMMANDS } from '../../../../shared/protocol';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { DocSummary } from '../index/summary';
import type { RfcWorkspace } from '../service';
import { plainStatus } from './hover';

/**
 * CodeLens on the phase lines of an RFC (`rfcAuthor.codeLens.phaseTasks`): above each phase of the
 * phase section, one lens per task the line names, with the task's status (`TASK-0007 Done`); a
 * click opens the task (`rfcAuthor.openDocument`, which the client implements). Only tasks that
 * exist are shown: an id that names nothing is the `unknown-id` rule's to report.
 */
export function getPhaseTaskLenses(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): CodeLens[] {
  if (ws.kindOf(doc.path) !== 'rfc' || token.isCancellationRequested) return [];
  const a = ws.analyze(doc);
  const out: CodeLens[] = [];
  for (const phase of a.phases) {
    const seen = new Set<string>();
    for (const ref of a.doc.references) {
      if (ref.line !== phase.line) continue;
      for (const id of ref.ids) {
        if (seen.has(id) || ws.ids.kindOfId(id) !== 'task') continue;
        seen.add(id);
        for (const task of ws.index.byId(id)) if (task.kind === 'task') out.push(lens(ws, phase.range, id, task));
      }
    }
  }
  return out;
}

function lens(ws: RfcWorkspace, range: CodeLens['range'], id: string, task: DocSummary): CodeLens {
  const title = `${ws.ids.display(id)} ${task.status ? plainStatus(task.status) : '(no status)'}`;
  return { range, command: { title, command: CLIENT_COMMANDS.openDocument, arguments: [ws.uriOf(task.path)] } };
}
