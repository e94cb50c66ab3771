import type { SectionMatch } from '../analysis';
import { isOptional } from '../absentSections';
import { olderThanOrder } from '../sectionOnset';
import type { Rule } from './rule';
import { eraSubject, orderNote } from './sectionEra';
import { longestIncreasing } from './sequence';

/**
 * Template sections appear in the template's order. Of the present template sections (the first
 * occurrence of each; repeats are `duplicate-section`'s), the longest run already in order stays
 * put and every other one is reported: the fewest moves that restore the order. Sections the
 * template does not know are the team's own and may sit anywhere; two the team may leave out are
 * only hinted at.
 */
export const sectionOrder: Rule<'section-order'> = {
  id: 'section-order',
  defaultSeverity: 'warning',
  description: "Sections appear in the template's order.",
  check(a, report) {
    const seen = new Set<string>();
    const present: { match: SectionMatch; order: number }[] = [];
    for (const match of a.sections) {
      // A section matched as an evident equivalent keeps the place its document gave it.
      if (!match.template || match.loose || seen.has(match.template.key)) continue;
      seen.add(match.template.key);
      present.push({ match, order: match.template.order });
    }
    const inOrder = longestIncreasing(present.map((p) => p.order), true);
    if (inOrder.size === present.length) return;
    const anchors = present.filter((_, i) => inOrder.has(i));
    present.forEach(({ match, order }, i) => {
      if (inOrder.has(i)) return;
      const section = match.section.heading.text;
      const afterMatch = [...anchors].reverse().find((p) => p.order < order)?.match;
      const beforeMatch = anchors.find((p) => p.order > order)?.match;
      const before = beforeMatch?.section.heading.text ?? '';
      // The two sections this document writes the other way round, in the template's order: an era
      // of the documents may account for it (or, for a section already below the one it should
      // follow, the one it should come before).
      const below = afterMatch !== undefined && match.section.heading.line > afterMatch.section.heading.line;
      const pair = (afterMatch !== undefined && !below ? [afterMatch, match] : [match, beforeMatch]).map((m) => m?.template?.key);
      const swapped = pair[0] !== undefined && pair[1] !== undefined ? { order: [pair[0], pair[1]] as [string, string] } : undefined;
      const older = swapped ? olderThanOrder(eraSubject(a), swapped.order[0], swapped.order[1]) : undefined;
      // Two sections the team may leave out (Matrix's, whose README says of its template "don't feel
      // bound by it"): where they go is the author's to choose as well, so only a hint.
      const optional = swapped !== undefined && swapped.order.every((k) => a.template.sections.some((t) => t.key === k && isOptional(a, t)));
      const note = older ? ` ${orderNote(a, older)}` : '';
      const hint = older || optional ? { hint: true } : undefined;
      if (afterMatch !== undefined) {
        const after = afterMatch.section.heading.text;
        // Already below that section (Solana 0464's Alternatives, after Impact and Security): the
        // move is up, above the next one, and the message says so.
        const also = below && before !== '' ? ` and before "${before}"` : '';
        report(match.section.heading.range, `Section "${section}" is out of the template's order: it should come after "${after}"${also}.${note}`, { section, after, ...swapped }, hint);
        return;
      }
      report(match.section.heading.range, `Section "${section}" is out of the template's order: it should come before "${before}".${note}`, { section, ...swapped }, hint);
    });
  },
};
