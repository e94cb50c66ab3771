import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Cancellation } from '../cancellation';
import type { FixDataByRule } from '../fixData';
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

type QuickFix = (b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef) => CodeAction[];

/** Quick fixes by rule id. A rule without an entry has no fix (see docs/rules.md). */
const QUICK_FIXES: Readonly<Record<string, QuickFix>> = {
  'title-format': titleFix,
  'id-mismatch': (b, _a, d) => idFix(b, d),
  'header-field': insertFieldFix,
  'status-value': (b, _a, d) => statusValueFix(b, d),
  'date-format': (b, _a, d) => dateFormatFix(b, d),
  'date-order': dateOrderFix,
  'owner-format': (b, _a, d) => ownerFix(b, d),
  placeholder: placeholderFix,
  'missing-section': insertSectionFix,
  'phase-marker': (b, _a, d) => phaseMarkerFix(b, d),
  'status-phase-mismatch': (b, _a, d) => statusPhaseFix(b, d),
  'broken-link': brokenLinkFixes,
  'unknown-id': unknownIdFixes,
  'proof-missing': (b, a, d) => {
    const data = d.data as FixDataByRule['proof-missing'];
    return insertTextFix("Insert the template's proof block", b, a, d, data.line, data.text);
  },
  'proof-absolute-path': proofPathFix,
  mojibake: (b, _a, d) => mojibakeFix(b, d),
  'security-section': (b, a, d) => {
    const data = d.data as FixDataByRule['security-section'];
    return insertTextFix(`Add ${data.missing.join(', ')} to the security section`, b, a, d, data.line, data.text);
  },
};

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
      const fix = typeof d.code === 'string' && d.data && typeof d.data === 'object' ? QUICK_FIXES[d.code] : undefined;
      if (fix) out.push(...fix(b, a, d));
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
