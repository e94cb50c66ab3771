import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { FixDataByRule } from '../fixData';
import { idAsWritten } from '../ids';
import { findMojibake } from '../mojibake';
import { titleLead } from '../parser/parseOptions';
import type { DiagnosticRef, EditBuilder } from './edits';
import { lineStart } from './edits';

type Data<K extends keyof FixDataByRule> = FixDataByRule[K];

/** Replaces the diagnostic's range with `text`. */
function replaceFix(b: EditBuilder, d: DiagnosticRef, title: string, text: string, range: Range = d.range, preferred = true): CodeAction {
  return b.action(title, 'quickfix', b.replace(range, text), d, preferred);
}

export function titleFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: Data<'title-format'>): CodeAction[] {
  const t = a.doc.title;
  if (!data.fileId || !t) return [];
  const titleText = (data.title ?? t.title?.text ?? '').trim();
  if (!titleText) return [];
  const line = t.heading.line;
  const text = `# ${titleLead(idAsWritten(data.fileId, a.doc.path), a.template.structure.titleId)}${titleText}`;
  // The whole line after a byte order mark, which stays first.
  const whole = { start: lineStart(a.doc.text, line), end: a.doc.text.lineRange(line).end };
  return [replaceFix(b, d, `Rewrite the title as "${text}"`, text, whole)];
}

export function idFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: Data<'id-mismatch'>): CodeAction[] {
  return data.fileId ? [replaceFix(b, d, `Change the id to ${data.fileId} (the file's id)`, data.fileId)] : [];
}

export function placeholderFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: Data<'placeholder'>): CodeAction[] {
  if (data.kind === 'id' && data.replacement) return [replaceFix(b, d, `Replace ${data.placeholder} with ${data.replacement}`, data.replacement)];
  if (data.kind === 'date') {
    const today = a.today;
    return [replaceFix(b, d, `Fill in today's date (${today})`, today)];
  }
  return [];
}

export function dateOrderFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: Data<'date-order'>): CodeAction[] {
  if (!data.lastUpdatedRange) return [];
  const range = dateTokenRange(a, data.lastUpdatedRange);
  return [replaceFix(b, d, `Set Last Updated to today (${a.today})`, a.today, range)];
}

/** The `YYYY-MM-DD`-ish token at the start of a value range (commentary after it stays). */
function dateTokenRange(a: DocumentAnalysis, value: Range): Range {
  const text = a.doc.text.getText(value);
  const m = /^\S+/.exec(text);
  const len = m ? m[0].length : text.length;
  return { start: value.start, end: { line: value.start.line, character: value.start.character + len } };
}

export function dateFormatFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: Data<'date-format'>): CodeAction[] {
  return data.iso ? [replaceFix(b, d, `Write the date as ${data.iso}`, data.iso)] : [];
}

export function statusValueFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: Data<'status-value'>): CodeAction[] {
  return data.suggestion ? [replaceFix(b, d, `Change the status to "${data.suggestion}"`, data.suggestion)] : [];
}

export function statusPhaseFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: Data<'status-phase-mismatch'>): CodeAction[] {
  return [replaceFix(b, d, `Set Status to "${data.expected}" to agree with the phases`, data.expected, data.statusRange ?? d.range)];
}

export function ownerFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: Data<'owner-format'>): CodeAction[] {
  return data.suggestion ? [replaceFix(b, d, `Write the owner as ${data.suggestion}`, data.suggestion)] : [];
}

const MARKER_NAMES: Readonly<Record<string, string>> = { '⬜': 'not started', '🟨': 'in progress', '✅': 'done' };

export function phaseMarkerFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: Data<'phase-marker'>): CodeAction[] {
  if (data.replacement) return [replaceFix(b, d, `Use ${data.replacement} (${MARKER_NAMES[data.replacement] ?? 'the template marker'})`, data.replacement)];
  return (data.choices ?? []).map((m) => replaceFix(b, d, `Mark the phase ${m} ${MARKER_NAMES[m] ?? ''}`.trimEnd(), m, d.range, false));
}

export function proofPathFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: Data<'proof-absolute-path'>): CodeAction[] {
  if (data.replacement === undefined) return [];
  return [replaceFix(b, d, 'Remove the machine-specific path from the command', data.replacement, a.doc.text.lineRange(d.range.start.line))];
}

export function mojibakeFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: Data<'mojibake'>): CodeAction[] {
  return [replaceFix(b, d, `Repair the damaged characters: "${data.replacement}"`, data.replacement)];
}

/** Every damaged sequence in the document, one minimal edit each. */
export function repairAllMojibakeEdits(a: DocumentAnalysis): { range: Range; newText: string }[] {
  const text = a.doc.text;
  return findMojibake(text.text, Number.MAX_SAFE_INTEGER).map((m) => ({
    range: { start: text.positionAt(m.start), end: text.positionAt(m.end) },
    newText: m.replacement,
  }));
}
