import type { DocumentAnalysis } from './analysis';
import type { Cancellation } from './cancellation';
import type { RuleId } from './fixData';
import { isRedirect } from './parser/redirect';
import { isSuppressed } from './parser/suppressions';
import type { Rule } from './rules/rule';
import type { DocKindWithId } from './ids';
import type { Finding, SeveritySetting } from './types';

/** Code of the notice given when a file passes a parsing limit (not a rule; never silenced). */
export const LIMIT_CODE = 'file-limit';

/**
 * Findings one rule may report in one document. Past it, one more finding says how many were left
 * out: a file with 40,000 broken phase lines stays usable in an editor, and the first findings
 * already tell the author what is wrong.
 */
export const MAX_FINDINGS_PER_RULE = 200;

/**
 * Runs the rules over one analysed document. Findings on lines covered by a suppression comment are
 * dropped; the rest come back sorted by position.
 */
export function runRules(a: DocumentAnalysis, rules: readonly Rule[], severityOf: (rule: Rule) => SeveritySetting, token: Cancellation): Finding[] {
  const out: Finding[] = [];
  const redirect = a.doc.analysed && isRedirect(a.doc);
  for (const rule of a.doc.analysed ? rules : []) {
    if (token.isCancellationRequested) return [];
    if (!appliesTo(rule, a.kind) || (redirect && !REDIRECT_RULES.has(rule.id))) continue;
    const severity = severityOf(rule);
    if (severity === 'off') continue;
    if (rule.requires?.some((c) => !a.template.concepts[c]) && a.config.rules[rule.id] === undefined) continue;
    let count = 0;
    let last: Finding | undefined;
    rule.check(a, (range, message, data, options) => {
      if (isSuppressed(a.doc.suppressions, rule.id, range.start.line)) return;
      if (++count > MAX_FINDINGS_PER_RULE) return;
      const sev = options?.hint ? 'info' : options?.atMost === 'warning' && severity === 'error' ? 'warning' : severity;
      last = data ? { rule: rule.id, severity: sev, range, message, data } : { rule: rule.id, severity: sev, range, message };
      out.push(last);
    });
    if (count > MAX_FINDINGS_PER_RULE && last) {
      const more = count - MAX_FINDINGS_PER_RULE;
      out.push({ rule: rule.id, severity: 'info', range: last.range, message: `${more} more ${rule.id} finding${more === 1 ? '' : 's'} in this file are not shown (at most ${MAX_FINDINGS_PER_RULE} per rule).` });
    }
  }
  for (const l of a.doc.limits) out.push({ rule: LIMIT_CODE, severity: 'info', range: l.range, message: l.message });
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character || x.rule.localeCompare(y.rule));
}

/** What is checked of a file that only says where its document went (`isRedirect`): its link, its ids, its encoding. */
const REDIRECT_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['broken-link', 'unknown-id', 'mojibake']);

/** Whether a rule checks documents of a kind (RFCs only, unless the rule names its kinds). */
export function appliesTo(rule: Rule, kind: DocKindWithId): boolean {
  return (rule.kinds ?? RFCS_ONLY).includes(kind);
}

const RFCS_ONLY: readonly DocKindWithId[] = ['rfc'];
