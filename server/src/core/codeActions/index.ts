import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Cancellation } from '../cancellation';
import { isRuleId } from '../fixData';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { CodeActionContextLike } from './edits';
import { EditBuilder, wanted } from './edits';
import { fixAll } from './fixAll';
import { isUnambiguous, quickFixesFor } from './quickFixes';
import { insertAllSectionsEdits } from './sectionFixes';
import { repairAllMojibakeEdits } from './textFixes';
import { indexFileActions } from '../features/indexFile';
import { indexFilePath } from '../features/indexTable';

/** Kinds of the source actions we offer. */
export const INSERT_MISSING_SECTIONS_KIND = 'source.rfcAuthor.insertMissingSections';
export const FIX_ALL_KIND = 'source.fixAll.rfcAuthor';

/** Title of the "fix all" source action (the same whatever it fixes, so a client can find it again). */
export const FIX_ALL_TITLE = 'Fix all unambiguous problems (RFC Author)';

/**
 * Code actions for a range of an RFC, a task or an ADR: the quick fixes of the diagnostics the client
 * sends (matched on their code and data), and the source actions "insert all missing sections" (RFCs)
 * and "fix all" (every unambiguous fix, as `rfc-author check --fix` applies them). Honours
 * `context.only`.
 */
export function getCodeActions(ws: RfcWorkspace, doc: SourceDocument, _range: Range, context: CodeActionContextLike, token: Cancellation): CodeAction[] {
  if (doc.path === indexFilePath(ws)) return indexFileActions(ws, doc, context, token);
  const kind = ws.kindOf(doc.path);
  if ((kind !== 'rfc' && kind !== 'task' && kind !== 'adr') || token.isCancellationRequested) return [];
  const a = ws.analyze(doc);
  // A file that is not analysed (binary content) has nothing to fix: its sections are not missing.
  if (!a.doc.analysed) return [];
  const b = new EditBuilder(ws, doc);
  const out: CodeAction[] = [];
  if (wanted('quickfix', context.only)) {
    for (const d of context.diagnostics) {
      if (typeof d.code === 'string' && isRuleId(d.code) && d.data && typeof d.data === 'object') out.push(...quickFixesFor(d.code, b, a, d));
    }
    const damaged = context.diagnostics.filter((d) => d.code === 'mojibake');
    if (damaged.length > 0) {
      const edits = repairAllMojibakeEdits(a);
      if (edits.length > 1) out.push(b.action(`Repair all ${edits.length} damaged characters in this document`, 'quickfix', b.edit(edits), damaged[0]));
    }
    const missing = context.diagnostics.filter((d) => d.code === 'missing-section');
    if (kind === 'rfc' && missing.length > 0) {
      const edits = insertAllSectionsEdits(b, a);
      if (edits.length > 1 || a.missingSections.length > 1) out.push(b.action('Insert all missing sections from the template', 'quickfix', b.edit(edits), missing[0]));
    }
  }
  if (kind === 'rfc' && wanted(INSERT_MISSING_SECTIONS_KIND, context.only)) {
    const edits = insertAllSectionsEdits(b, a);
    if (edits.length > 0) out.push(b.action('Insert all missing sections from the template', INSERT_MISSING_SECTIONS_KIND, b.edit(edits)));
  }
  if (fixAllWanted(a, context)) {
    const { edits } = fixAll(ws, doc, token);
    if (edits.length > 0) out.push(b.action(FIX_ALL_TITLE, FIX_ALL_KIND, b.edit(edits)));
  }
  return out;
}

/**
 * Whether to offer "fix all": when its kind is asked for (`source`, `source.fixAll`, as on save), or,
 * when no kind is named (a lightbulb at the cursor), when a diagnostic at the cursor has a fix that
 * "fix all" would apply. Running every round of "fix all" on each cursor move would cost more than
 * the lightbulb is worth.
 */
function fixAllWanted(a: DocumentAnalysis, context: CodeActionContextLike): boolean {
  if (context.only && context.only.length > 0) return wanted(FIX_ALL_KIND, context.only);
  return context.diagnostics.some((d) => typeof d.code === 'string' && isRuleId(d.code) && typeof d.data === 'object' && d.data !== null && isUnambiguous(d.code, d.data, a));
}
