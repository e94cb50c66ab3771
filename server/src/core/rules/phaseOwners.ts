/**
 * Which task did a phase? A phase line and its milestone name tasks for many reasons: the task that
 * did the phase, but also the one work is handed to, a follow-up, a successor, the owner of something
 * out of scope. Only what the text says decides: the first task named after the marker, the task a
 * milestone line gives its phase, or a task whose own text names the phase. A task named in a clause
 * that hands work on (the vocabulary below) is not the phase's task.
 */

/**
 * Words that, in the clause naming a task, say the task is not the one that did the phase. One table,
 * tested case by case in test/unit/rules/phaseOwners.test.ts.
 */
export const NOT_THE_PHASE_TASK: readonly RegExp[] = [
  /\bhand(?:-| )?(?:off|over|ed off|ed over|s off)\b/i,
  /\bfollow(?:-| )?ups?\b/i,
  /\bsuccessors?\b/i,
  /\bpredecessors?\b/i,
  /\bowned by\b/i,
  /\bout of scope\b/i,
  /\bdeferred\b/i,
  /\bseeded (?:as|in|by)\b/i,
  /\bgated\b/i,
  /\bnext\b/i,
  /\bremaining\b/i,
  /\bclosure (?:is|in|by|via)\b/i,
  /\bblocked (?:by|on)\b/i,
  /\bmoved to\b/i,
];

/** Where a clause ends: the task mentions in one clause share its words. */
const CLAUSE_END_RE = /[;,]|\.(?:\s|$)|\s[\u2014\u2013]\s|\s-\s|\(|\)/g;

/** Whether the words around a task mention (its clause, up to the mention and the note right after it) hand the work on. */
export function handsOn(text: string, start: number, end: number): boolean {
  const clauseStart = lastClauseEnd(text.slice(0, start));
  const before = text.slice(clauseStart, start);
  // A note right after the mention, in parentheses, speaks about it too: `TASK-0290 (out of scope)`.
  const after = /^\s*\(([^()]*)\)/.exec(text.slice(end))?.[1] ?? '';
  return NOT_THE_PHASE_TASK.some((re) => re.test(before) || re.test(after));
}

function lastClauseEnd(text: string): number {
  let at = 0;
  CLAUSE_END_RE.lastIndex = 0;
  for (let m = CLAUSE_END_RE.exec(text); m !== null; m = CLAUSE_END_RE.exec(text)) {
    // An opening parenthesis starts a clause; so does the end of one.
    at = m.index + m[0].length;
  }
  return at;
}

/** A task mention on a line: its ids and where it is in the line's text. */
export interface TaskMention {
  readonly ids: readonly string[];
  readonly start: number;
  readonly end: number;
}

/**
 * The task that did the phase according to one line, or undefined when the line names none that way:
 * the first task mentioned from `from` on, unless its clause hands the work on. `mixed` is set when
 * the same task is also named elsewhere on the line in a clause that hands it on (the text says both).
 */
export function firstOwner(text: string, mentions: readonly TaskMention[], from: number): { readonly ids: readonly string[]; readonly mixed: boolean } | undefined {
  const after = mentions.filter((m) => m.start >= from).sort((a, b) => a.start - b.start);
  const first = after[0];
  if (!first || handsOn(text, first.start, first.end)) return undefined;
  const mixed = after.slice(1).some((m) => m.ids.some((id) => first.ids.includes(id)) && handsOn(text, m.start, m.end));
  return { ids: first.ids, mixed };
}
