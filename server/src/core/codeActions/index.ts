import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Cancellation } from '../cancellation';
import type { FixDataByRule, RuleId } from '../fixData';
import { isRuleId } from '../fixData';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { CodeActionContextLike, DiagnosticRef } from './edits';
import { EditBuilder, wanted } from './edits';
import { brokenLinkFixes, unknownIdFixes } from './linkFixes';
import { insertAllSectionsEdits, insertFieldFix, insertSectionFix, insertTextFix } from './sectionFixes';
import {
  dateFormatFix, dateOrderFix, idFix, mojibakeFix, ownerFix, phaseMarkerFix, placeholderFix, proofPathFix,
  repairAllMojibakeEdits, statusPhaseFix, statusValueFix, titleFix,
} from './textFixes';

/** Kinds of the source actions we offer. */
export const INSERT_MISSING_SECTIONS_KIND = 'source.rfcAuthor.insertMissingSections';
export const FIX_ALL_KIND = 'source.fixAll.rfcAuthor';

/** A quick fix reads its rule's typed `data` (see fixData.ts), never the message. */
type QuickFix<K extends RuleId> = (b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule[K]) => CodeAction[];

/** Quick fixes by rule id. A rule without an entry has no fix (see docs/rules.md). */
const QUICK_FIXES: { readonly [K in RuleId]?: QuickFix<K> } = {
  'title-format': titleFix,
  'id-mismatch': idFix,
  'header-field': insertFieldFix,
  'status-value': statusValueFix,
  'date-format': dateFormatFix,
  'date-order': dateOrderFix,
  'owner-format': ownerFix,
  placeholder: placeholderFix,
  'missing-section': insertSectionFix,
  'phase-marker': phaseMarkerFix,
  'status-phase-mismatch': statusPhaseFix,
  'broken-link': brokenLinkFixes,
  'unknown-id': unknownIdFixes,
  'proof-missing': (b, a, d, data) => insertTextFix("Insert the template's proof block", b, a, d, data.line, data.text),
  'proof-absolute-path': proofPathFix,
  mojibake: mojibakeFix,
  'security-section': (b, a, d, data) => insertTextFix(`Add ${data.missing.join(', ')} to the security section`, b, a, d, data.line, data.text),
};

/**
 * The quick fixes of one diagnostic the client sent back. Its `data` is the rule's own (the server
 * attached it); this is the one place where the JSON that came back is read as the rule's type.
 */
function quickFixesFor<K extends RuleId>(rule: K, b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef): CodeAction[] {
  const fix = QUICK_FIXES[rule];
  return fix ? fix(b, a, d, d.data as FixDataByRule[K]) : [];
}

/**
 * Code actions for a range of an RFC: the quick fixes of the diagnostics the client sends (matched on
 * their code and data), and the source actions "insert all missing sections" and "fix all" (repair
 * damaged characters). Honours `context.only`.
 */
export function getCodeActions(ws: RfcWorkspace, doc: SourceDocument, _range: Range, context: CodeActionContextLike, token: Cancellation): CodeAction[] {
  if (ws.kindOf(doc.path) !== 'rfc' || token.isCancellationRequested) return [];
  const a = ws.analyze(doc);
  // A file that is not analysed (binary content) has nothing to fix: its sections are not missing.
  if (a.doc.limits.some((l) => l.unanalysed)) return [];
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
    if (missing.length > 0) {
      const edits = insertAllSectionsEdits(b, a);
      if (edits.length > 1 || countMissing(a) > 1) out.push(b.action('Insert all missing sections from the template', 'quickfix', b.edit(edits), missing[0]));
    }
  }
  if (wanted(INSERT_MISSING_SECTIONS_KIND, context.only)) {
    const edits = insertAllSectionsEdits(b, a);
    if (edits.length > 0) out.push(b.action('Insert all missing sections from the template', INSERT_MISSING_SECTIONS_KIND, b.edit(edits)));
  }
  if (wanted(FIX_ALL_KIND, context.only)) {
    const edits = repairAllMojibakeEdits(a);
    if (edits.length > 0) out.push(b.action('Repair damaged characters (RFC Author)', FIX_ALL_KIND, b.edit(edits)));
  }
  return out;
}

function countMissing(a: DocumentAnalysis): number {
  const present = new Set(a.sections.map((s) => s.template?.key));
  return a.template.sections.filter((t) => !present.has(t.key)).length;
}
