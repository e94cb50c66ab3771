import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { FixDataByRule, RuleId } from '../fixData';
import type { DiagnosticRef, EditBuilder } from './edits';
import { brokenLinkFixes, unknownIdFixes } from './linkFixes';
import { renumberFix } from './renumberFix';
import { insertFieldFix, insertTextFix } from './sectionFixes';
import { insertSectionFix } from './sectionFixes';
import { taskKeyFix, taskStatusFix } from './taskFixes';
import {
  dateFormatFix, dateOrderFix, idFix, mojibakeFix, ownerFix, phaseMarkerFix, placeholderFix, proofPathFix,
  repairAllMojibakeEdits, statusPhaseFix, statusValueFix, titleFix,
} from './textFixes';

/** A quick fix reads its rule's typed `data` (see fixData.ts), never the message. */
export type QuickFix<K extends RuleId> = (b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule[K]) => CodeAction[];

/**
 * A rule's quick fix, and whether "fix all" may apply it unasked.
 *
 * "Fix all" (the `source.fixAll.rfcAuthor` action and `rfc-author check --fix`) applies a finding's
 * preferred quick fix only when `unambiguous` says that this finding's data leaves exactly one right
 * edit: one the author would make without having to choose or to know anything the document does
 * not say. A fix that guesses (today's date, the closest status word, a template placeholder to fill
 * in later) is offered in the editor and never applied unasked. docs/rules.md says, per rule, which
 * of its fixes qualify and why; a unit test holds the two together.
 */
export interface QuickFixEntry<K extends RuleId> {
  readonly fix: QuickFix<K>;
  /** Whether "fix all" may apply this finding's preferred action. Absent: never. */
  readonly unambiguous?: (data: FixDataByRule[K], a: DocumentAnalysis) => boolean;
  /**
   * For a rule whose findings are capped per document: the same repair for every occurrence in the
   * document at once, so that "fix all" is not limited to the findings shown.
   */
  readonly wholeDocument?: (a: DocumentAnalysis) => TextEdit[];
}

/** Quick fixes by rule id. A rule without an entry has no fix (see docs/rules.md). */
export const QUICK_FIXES: { readonly [K in RuleId]?: QuickFixEntry<K> } = {
  // Only a wrong separator is certain: a missing id or a heading of another level may be a section
  // heading, not the title, and the rewrite writes the file's id, which is id-mismatch's to decide.
  // A setext title (underlined with `===`) would leave its underline behind.
  'title-format': { fix: titleFix, unambiguous: (data, a) => data.problem === 'separator' && data.fileId !== undefined && a.doc.title?.canonicalId === data.fileId && atxHeading(a, a.doc.title.heading.line) },
  // The file name is the id the index files the document under and every link resolves by.
  'id-mismatch': { fix: idFix, unambiguous: (data) => data.fileId !== '' },
  // Which of two files keeps the id is the team's decision: the renumber is offered, never applied unasked.
  'duplicate-id': { fix: renumberFix },
  'header-field': { fix: insertFieldFix },
  'status-value': { fix: statusValueFix },
  // `data.iso` is set only when the date reads one way (never for `01/02/2026`).
  'date-format': { fix: dateFormatFix, unambiguous: (data) => data.iso !== undefined },
  'date-order': { fix: dateOrderFix },
  'owner-format': { fix: ownerFix },
  // Only the title's `RFC-XXXX`: the file's id is the one right id there; a date or text placeholder needs the author.
  placeholder: { fix: placeholderFix, unambiguous: (data) => data.kind === 'id' && data.replacement !== undefined },
  'missing-section': { fix: insertSectionFix },
  'phase-marker': { fix: phaseMarkerFix },
  'status-phase-mismatch': { fix: statusPhaseFix },
  // Only when the link is surely ours and "did you mean" has one answer (one file with its id or its
  // name); not a name several files carry, nor a bare name that may be an example.
  'broken-link': { fix: brokenLinkFixes, unambiguous: (data) => !data.outside && !data.ambiguous && !data.unsure && data.suggestions?.length === 1 },
  'unknown-id': { fix: unknownIdFixes },
  'proof-missing': { fix: (b, a, d, data) => insertTextFix("Insert the template's proof block", b, a, d, data.line, data.text) },
  // Dropping `cd <home dir> && ` leaves the command as it runs from the repository root.
  'proof-absolute-path': { fix: proofPathFix, unambiguous: (data) => data.replacement !== undefined },
  // The detector reports only byte runs that decode as UTF-8: each has exactly one repair.
  mojibake: { fix: mojibakeFix, unambiguous: () => true, wholeDocument: repairAllMojibakeEdits },
  'security-section': { fix: (b, a, d, data) => insertTextFix(`Add ${data.missing.join(', ')} to the security section`, b, a, d, data.line, data.text) },
  // The key comes with the template's value (`status: todo`, `created: YYYY-MM-DD`): the task's own value is for its author to write.
  'task-front-matter': { fix: taskKeyFix },
  'task-status-value': { fix: taskStatusFix },
};

/** The quick-fix entry of a rule, typed by its id. */
export function quickFixEntry<K extends RuleId>(rule: K): QuickFixEntry<K> | undefined {
  return QUICK_FIXES[rule];
}

/** Rule ids whose fix "fix all" may apply (when the finding's data allows), in catalogue order of the table. */
export const FIX_ALL_RULES: readonly RuleId[] = (Object.keys(QUICK_FIXES) as RuleId[]).filter((id) => QUICK_FIXES[id]?.unambiguous !== undefined);

/** Whether the rule declares its fix unambiguous for this finding's data (a diagnostic's data as it came back). */
export function isUnambiguous<K extends RuleId>(rule: K, data: unknown, a: DocumentAnalysis): boolean {
  return quickFixEntry(rule)?.unambiguous?.(data as FixDataByRule[K], a) === true;
}

/** What "fix all" may apply for one finding: its preferred action, or the rule's whole-document repair. */
export type FixAllPlan = { readonly action: CodeAction } | { readonly wholeDocument: TextEdit[] };

/**
 * The fix "fix all" may apply for one finding, when its rule declares the fix unambiguous for the
 * finding's data: the one preferred action of its quick fixes (none when there are several or
 * none), or the rule's whole-document repair.
 */
export function fixAllPlan<K extends RuleId>(rule: K, b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef): FixAllPlan | undefined {
  const entry = quickFixEntry(rule);
  const data = d.data as FixDataByRule[K];
  if (!entry || !isUnambiguous(rule, data, a)) return undefined;
  if (entry.wholeDocument) return { wholeDocument: entry.wholeDocument(a) };
  const preferred = entry.fix(b, a, d, data).filter((x) => x.isPreferred);
  return preferred.length === 1 ? { action: preferred[0] } : undefined;
}

/**
 * The quick fixes of one diagnostic the client sent back. Its `data` is the rule's own (the server
 * attached it); this is the one place where the JSON that came back is read as the rule's type.
 */
export function quickFixesFor<K extends RuleId>(rule: K, b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef): CodeAction[] {
  const entry = quickFixEntry(rule);
  return entry ? entry.fix(b, a, d, d.data as FixDataByRule[K]) : [];
}

/** Whether the heading on `line` is written with `#` markers (not underlined). */
function atxHeading(a: DocumentAnalysis, line: number): boolean {
  return /^\uFEFF?[ ]{0,3}#/.test(a.doc.text.line(line));
}
