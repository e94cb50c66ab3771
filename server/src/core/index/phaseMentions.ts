import type { IdGrammar } from '../idGrammar';

/**
 * The phases of RFCs a task says it does (`This task implements RFC-0082 Phase 0`, a plan item
 * `1. **Type ramp** (RFC-0082 Phase 0): …`, a title naming it), as `RFC-0082#0`. A task that only
 * mentions a phase (a dated update quoting what another task established, a follow-up building on
 * it) does not say it did the phase, so a mention counts only in those forms. A scan of the task's
 * lines with one regular expression, cheap enough for the index to keep it for every task.
 */
export function phaseMentions(text: string, ids: IdGrammar): string[] {
  if (!text.includes('hase')) return [];
  const prefix = ids.prefixOf('rfc').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const id = `(${prefix}[-\\u2010\\u2011 ]?#?\\d{1,6})`;
  const re = new RegExp(`\\b${id}\\b[^\\n]{0,40}?\\bPhase\\s+(\\d{1,3}[a-z]?)\\b|\\bPhase\\s+(\\d{1,3}[a-z]?)\\s+(?:of|in|for)\\s+${id}\\b`, 'gi');
  const out = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!/hase/.test(line) || !OWNS_LINE_RE.test(line) && !PLAN_ITEM_RE.test(line) && !TITLE_RE.test(line)) continue;
    if (/^\s*>/.test(line)) continue;
    re.lastIndex = 0;
    for (const m of line.matchAll(re)) {
      const canonical = ids.normalize(m[1] ?? m[4]);
      const label = (m[2] ?? m[3]).toLowerCase();
      if (canonical) out.add(`${canonical}#${label}`);
    }
  }
  return [...out];
}

/** A sentence in which the task says it does the phase. */
const OWNS_LINE_RE = /\b(?:implements?|implementing|delivers?|proves?|completes?|executes?|lands?|owns?|is the task (?:for|of))\b/i;
/** A plan item that names the phase as its label: `1. **Type ramp** (RFC-0082 Phase 0): …`, `- RFC-0082 Phase 0: …`. */
const PLAN_ITEM_RE = /^\s*(?:\d+[.)]|[-*+])\s+(?:\*\*[^*]+\*\*\s*)?\(?[A-Za-z]{1,12}[-\u2010\u2011 ]?\d{1,6}[^\n]{0,10}?Phase\s+\d{1,3}[a-z]?\)?\s*:/i;
/** The task's title line names it (`# TASK-0371: RFC-0012 Phase 1 — coalescing window`, `title: …`). */
const TITLE_RE = /^(?:#\s|title:)/i;
