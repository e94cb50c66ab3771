import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Cancellation } from '../cancellation';
import type { RuleId } from '../fixData';
import { isRuleId } from '../fixData';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { TextLines } from '../text';
import { textEdits } from '../textDiff';
import type { Finding } from '../types';
import type { DiagnosticRef } from './edits';
import { EditBuilder } from './edits';
import { fixAllPlan } from './quickFixes';

/** One fix "fix all" applied: the finding it resolved. */
export interface AppliedFix {
  readonly rule: string;
  readonly message: string;
}

/** What "fix all" did to one document. */
export interface FixAllResult {
  /** The document's text with every unambiguous fix applied (the input text when none applies). */
  readonly text: string;
  /** Edits from the input text to `text`: minimal, in document order, never overlapping. */
  readonly edits: TextEdit[];
  /** The fixes applied, in the order they were applied. */
  readonly fixes: readonly AppliedFix[];
}

/**
 * Rounds of "fix all": a fix can reveal another (a repaired character completes a link that
 * resolves to one candidate). A document that still changes after this many rounds is left as the
 * last round made it; a second run continues from there.
 */
export const MAX_FIX_ROUNDS = 8;

/** A fix ready to apply: its edits as offsets into the text of the current round. */
interface Candidate {
  readonly fix: AppliedFix;
  readonly edits: readonly { readonly start: number; readonly end: number; readonly newText: string }[];
}

/**
 * Applies every unambiguous quick fix of a document, through the editor's own fix builders (the
 * `QUICK_FIXES` table): compute the findings, apply the preferred action of each finding whose fix
 * declares itself unambiguous, dropping one that overlaps a fix already taken, and again on the new
 * text until nothing changes.
 *
 * A fix never adds a finding: each round counts the findings per rule before and after, and when a
 * count went up, only the fixes that add nothing on their own are kept (one at a time if together
 * they still add). So the result is a fixed point of the same procedure, and a second run changes
 * nothing.
 */
export function fixAll(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): FixAllResult {
  const unchanged: FixAllResult = { text: doc.text, edits: [], fixes: [] };
  let text = doc.text;
  const fixes: AppliedFix[] = [];
  const seen = new Set<string>([text]);
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const current: SourceDocument = { path: doc.path, text, version: doc.version };
    const a = ws.analyze(current, false);
    const before = ws.findingsOf(a, token);
    if (token.isCancellationRequested) return unchanged;
    const batch = nonOverlapping(candidates(ws, a, current, before));
    if (batch.length === 0) break;
    const counts = countByRule(before);
    const addsNothing = (chosen: readonly Candidate[]): string | undefined => {
      const next = apply(text, chosen);
      return addsFinding(counts, ws.findingsOf(ws.analyze({ ...current, text: next }, false), token)) ? undefined : next;
    };
    let chosen: readonly Candidate[] = batch;
    let next = addsNothing(chosen);
    if (next === undefined) {
      chosen = batch.filter((c) => addsNothing([c]) !== undefined);
      next = chosen.length > 0 ? addsNothing(chosen) : undefined;
      if (next === undefined && chosen.length > 1) {
        chosen = chosen.slice(0, 1);
        next = apply(text, chosen);
      }
    }
    if (token.isCancellationRequested) return unchanged;
    if (next === undefined || seen.has(next)) break;
    seen.add(next);
    fixes.push(...chosen.map((c) => c.fix));
    text = next;
  }
  return text === doc.text ? unchanged : { text, edits: textEdits(doc.text, text), fixes };
}

/** The unambiguous fixes of the findings, each as plain text edits of this document. */
function candidates(ws: RfcWorkspace, a: DocumentAnalysis, doc: SourceDocument, findings: readonly Finding[]): Candidate[] {
  const b = new EditBuilder(ws, doc);
  const lines = a.doc.text;
  const out: Candidate[] = [];
  const whole = new Set<RuleId>();
  for (const f of findings) {
    if (!isRuleId(f.rule) || !f.data || whole.has(f.rule)) continue;
    const rule = f.rule;
    const ref: DiagnosticRef = { range: f.range, code: rule, message: f.message, data: f.data };
    const plan = fixAllPlan(rule, b, a, ref);
    if (!plan) continue;
    if ('wholeDocument' in plan) {
      whole.add(rule);
      for (const e of plan.wholeDocument) out.push({ fix: { rule, message: messageAt(findings, rule, e, f.message) }, edits: [offsets(lines, e)] });
      continue;
    }
    const edits = textEditsOf(plan.action.edit, b.uri);
    if (edits && edits.length > 0) out.push({ fix: { rule, message: f.message }, edits: edits.map((e) => offsets(lines, e)) });
  }
  return out;
}

/** The message of the finding an edit of a whole-document fix repairs (the first one's, past the cap). */
function messageAt(findings: readonly Finding[], rule: string, e: TextEdit, fallback: string): string {
  const at = findings.find((f) => f.rule === rule && f.range.start.line === e.range.start.line && f.range.start.character === e.range.start.character);
  return at?.message ?? fallback;
}

/** The edit's changes when they are text edits of this document only (no file created, no other file). */
function textEditsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] | undefined {
  if (!edit || edit.changes) return undefined;
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) {
    if (!('textDocument' in c) || c.textDocument.uri !== uri) return undefined;
    for (const e of c.edits) if ('newText' in e) out.push(e);
  }
  return out;
}

function offsets(lines: TextLines, e: TextEdit): Candidate['edits'][number] {
  return { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText };
}

/**
 * The candidates in document order, without those that touch a span an earlier one changes. An
 * insertion at the edge of another edit counts as touching: which goes first would be a choice.
 */
function nonOverlapping(all: readonly Candidate[]): Candidate[] {
  const sorted = [...all].sort((x, y) => first(x) - first(y));
  const taken: Candidate['edits'][number][] = [];
  const out: Candidate[] = [];
  for (const c of sorted) {
    if (c.edits.some((e) => taken.some((t) => touches(e, t)))) continue;
    taken.push(...c.edits);
    out.push(c);
  }
  return out;
}

function first(c: Candidate): number {
  return Math.min(...c.edits.map((e) => e.start));
}

function touches(x: { start: number; end: number }, y: { start: number; end: number }): boolean {
  if (x.start === x.end || y.start === y.end) return x.start <= y.end && y.start <= x.end;
  return x.start < y.end && y.start < x.end;
}

/** The text with the candidates' edits applied (they do not overlap). */
function apply(text: string, chosen: readonly Candidate[]): string {
  const edits = chosen.flatMap((c) => c.edits).sort((x, y) => y.start - x.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
}

/** Whether some rule reports more findings in `after` than it did before. */
function addsFinding(before: ReadonlyMap<string, number>, after: readonly Finding[]): boolean {
  for (const [rule, n] of countByRule(after)) if (n > (before.get(rule) ?? 0)) return true;
  return false;
}
