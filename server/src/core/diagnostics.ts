import type { DocumentAnalysis } from './analysis';
import type { Cancellation } from './cancellation';
import { isSuppressed } from './parser/suppressions';
import type { Rule } from './rules/rule';
import type { Finding, SeveritySetting } from './types';

/** Code of the notice given when a file passes a parsing limit (not a rule; never silenced). */
export const LIMIT_CODE = 'file-limit';

/**
 * Runs the rules over one analysed document. Findings on lines covered by a suppression comment are
 * dropped; the rest come back sorted by position.
 */
export function runRules(a: DocumentAnalysis, rules: readonly Rule[], severityOf: (rule: Rule) => SeveritySetting, token: Cancellation): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (token.isCancellationRequested) return [];
    const severity = severityOf(rule);
    if (severity === 'off') continue;
    rule.check(a, (range, message, data, options) => {
      if (isSuppressed(a.doc.suppressions, rule.id, range.start.line)) return;
      const sev = options?.hint ? 'info' : severity;
      out.push(data ? { rule: rule.id, severity: sev, range, message, data } : { rule: rule.id, severity: sev, range, message });
    });
  }
  for (const l of a.doc.limits) out.push({ rule: LIMIT_CODE, severity: 'info', range: l.range, message: l.message });
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character || x.rule.localeCompare(y.rule));
}
