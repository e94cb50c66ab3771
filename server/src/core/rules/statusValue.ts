import { editDistance } from '../index/editDistance';
import type { DocumentAnalysis } from '../analysis';
import { rangeInValue } from './fieldValue';
import type { Rule } from './rule';

/**
 * The Status is one of the allowed values or a configured synonym. The vocabulary already accepts
 * emphasis, a note after the status (`Done (2026-07-21)`, `Complete — phases 0–2`) and a value
 * wrapped onto a second line, so only the status words themselves are judged. The template's own
 * `Draft / In Progress / Complete` is left to the placeholder rule.
 */
export const statusValue: Rule<'status-value'> = {
  id: 'status-value',
  defaultSeverity: 'warning',
  description: 'The Status is one of the configured values or their synonyms.',
  requires: ['status'],
  check(a, report) {
    const key = a.template.roles.statusField;
    const field = a.field(key);
    const reading = a.status;
    if (!field || !reading || reading.canonical) return;
    const templateValue = a.template.fields.find((t) => t.key === key)?.value;
    if (templateValue !== undefined && field.value.trim() === templateValue) return;
    const allowed = a.statuses.allowed;
    const suggestion = closest(a, reading.written, allowed);
    // The words are an allowed status; only what follows them is not a note the vocabulary knows
    // (`In Progress` with a lazily wrapped line after it). "Did you mean" the same words helps no one.
    if (suggestion?.toLowerCase() === reading.written.toLowerCase()) return;
    const where = rangeInValue(a.doc.text, field, reading.start, reading.start + reading.written.length);
    const guess = suggestion ? ` Did you mean "${suggestion}"?` : '';
    report(where, `Status "${reading.written}" is not an allowed value; use one of ${allowed.join(', ')}.${guess}`, {
      written: reading.written,
      allowed,
      ...(suggestion ? { suggestion } : {}),
    });
  },
};

/** The allowed value (or synonym of one) nearest to what was written, when it is a likely typo. */
function closest(a: DocumentAnalysis, written: string, allowed: readonly string[]): string | undefined {
  const allowedLower = new Set(allowed.map((s) => s.toLowerCase()));
  const synonyms = Object.entries(a.config.statusSynonyms)
    .filter(([, target]) => allowedLower.has(target.toLowerCase()))
    .map(([word]) => word);
  const want = written.toLowerCase();
  // Two edits cover a swapped pair of letters (`Doen`), which Levenshtein counts twice.
  const max = want.length < 4 ? 1 : Math.max(2, Math.floor(want.length / 3));
  let best: { word: string; d: number } | undefined;
  for (const word of [...allowed, ...synonyms]) {
    const d = editDistance(want, word.toLowerCase(), max);
    if (d >= 0 && (!best || d < best.d)) best = { word, d };
  }
  return best?.word;
}
