import type { IdGrammar } from '../idGrammar';

/**
 * The phases of RFCs a task's text names (`RFC-0082 Phase 0`, `Phase 0 of RFC-0082`), as
 * `RFC-0082#0`: a task that names a phase says it is that phase's task. A plain scan of the text,
 * so the index can keep it for every task at the cost of one regular expression.
 */
export function phaseMentions(text: string, ids: IdGrammar): string[] {
  if (!text.includes('hase')) return [];
  const prefix = ids.prefixOf('rfc').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const id = `(${prefix}[-\\u2010\\u2011 ]?#?\\d{1,6})`;
  const re = new RegExp(`\\b${id}\\b[^\\n]{0,40}?\\bPhase\\s+(\\d{1,3}[a-z]?)\\b|\\bPhase\\s+(\\d{1,3}[a-z]?)\\s+(?:of|in|for)\\s+${id}\\b`, 'gi');
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const canonical = ids.normalize(m[1] ?? m[4]);
    const label = (m[2] ?? m[3]).toLowerCase();
    if (canonical) out.add(`${canonical}#${label}`);
  }
  return [...out];
}
