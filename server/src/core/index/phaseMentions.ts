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
  const re = mentionRe(ids.prefixOf('rfc'));
  const out = new Set<string>();
  // Only the lines that say "phase" are looked at (a task has few among many).
  for (let at = text.indexOf('hase'); at >= 0; ) {
    const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
    const end = lineEnd(text, at);
    const line = text.slice(start, end);
    at = text.indexOf('hase', end);
    if (!OWNS_LINE_RE.test(line) && !PLAN_ITEM_RE.test(line) && !TITLE_RE.test(line)) continue;
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

/** Where the line holding `at` ends (before its `\n`, `\r\n` or `\r`). */
function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  const r = text.indexOf('\r', at);
  const end = n < 0 ? r : r < 0 ? n : Math.min(n, r);
  return end < 0 ? text.length : end;
}

/** The mention pattern for an RFC id prefix, built once per prefix. */
const mentionRes = new Map<string, RegExp>();

function mentionRe(rfcPrefix: string): RegExp {
  let re = mentionRes.get(rfcPrefix);
  if (!re) {
    const prefix = rfcPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const id = `(${prefix}[-\\u2010\\u2011 ]?#?\\d{1,6})`;
    re = new RegExp(`\\b${id}\\b[^\\n]{0,40}?\\bPhase\\s+(\\d{1,3}[a-z]?)\\b|\\bPhase\\s+(\\d{1,3}[a-z]?)\\s+(?:of|in|for)\\s+${id}\\b`, 'gi');
    mentionRes.set(rfcPrefix, re);
  }
  return re;
}

/** A sentence in which the task says it does the phase. */
const OWNS_LINE_RE = /\b(?:implements?|implementing|delivers?|proves?|completes?|executes?|lands?|owns?|is the task (?:for|of))\b/i;
/** A plan item that names the phase as its label: `1. **Type ramp** (RFC-0082 Phase 0): …`, `- RFC-0082 Phase 0: …`. */
const PLAN_ITEM_RE = /^\s*(?:\d+[.)]|[-*+])\s+(?:\*\*[^*]+\*\*\s*)?\(?[A-Za-z]{1,12}[-\u2010\u2011 ]?\d{1,6}[^\n]{0,10}?Phase\s+\d{1,3}[a-z]?\)?\s*:/i;
/** The task's title line names it (`# TASK-0371: RFC-0012 Phase 1 — coalescing window`, `title: …`). */
const TITLE_RE = /^(?:#\s|title:)/i;
