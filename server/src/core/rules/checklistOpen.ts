import type { Rule } from './rule';

/**
 * An RFC whose Status says complete has no unchecked item in its checklist: the template's checklist
 * section, or (when the template has none) any checklist item of the document. Each open item is
 * reported, so that each can be checked off or answered where it is. An item whose own text says it
 * stays open on purpose ("intentionally unclaimed", "deferred to TASK-0042", "out of scope") is an
 * answer already, not a forgotten box.
 */
export const checklistOpen: Rule<'checklist-open'> = {
  id: 'checklist-open',
  defaultSeverity: 'warning',
  description: 'A complete RFC has no unchecked checklist item.',
  requires: ['checklist'],
  check(a, report) {
    const status = a.status;
    if (status?.statusClass !== 'done') return;
    const key = a.template.roles.checklistSection;
    let section: number | undefined;
    if (key !== undefined) {
      const match = a.sectionFor(key);
      if (!match) return;
      section = match.index;
    }
    // A status whose note says work remains ("Done (one closure step remains — …)") has answered for
    // its open items already: each is then only a hint.
    const options = ACKNOWLEDGED_RE.test(status.note) ? { hint: true } : undefined;
    const lifecycle = a.template.statuses;
    const back = lifecycle.length >= 2 ? ` or set Status back to "${lifecycle[lifecycle.length - 2]}"` : '';
    for (const item of a.doc.checklist) {
      if (item.checked || (section !== undefined && item.section !== section) || LEFT_OPEN_RE.test(item.text)) continue;
      report(item.range, `Status is "${status.written}" but "${item.text}" is not checked; check it off once true${back}.`, { item: item.text }, options);
    }
  },
};

/** Words by which a status note says some work is still open. */
const ACKNOWLEDGED_RE = /\b(?:remains?|remaining|pending|still open|left to do|except)\b/i;

/** Words by which an item says it is left open on purpose. */
const LEFT_OPEN_RE = /\b(?:intentionally|deliberately|deferred|out of scope|not claimed|unclaimed|not applicable|won['\u2019]t do|will not do)\b/i;
