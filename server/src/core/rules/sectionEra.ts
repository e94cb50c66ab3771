import type { DocumentAnalysis } from '../analysis';
import type { SectionOnset } from '../sectionOnset';

/**
 * Why a missing part of the template (a section, a header field) is only a hint: the documents'
 * numbers show it came into the template after this one was written, or hardly any document has it.
 */
export function eraNote(a: DocumentAnalysis, older: SectionOnset): string {
  const many = a.kind === 'adr' ? 'ADRs' : 'RFCs';
  if (older.rare) {
    const have = older.beforeWith === 0 ? `None of the ${older.before} ${many} has it` : `Only ${older.beforeWith} of the ${older.before} ${many} ${older.beforeWith === 1 ? 'has' : 'have'} it`;
    return `${have}: the template likely gained it after most were written, or the team does not write it.`;
  }
  const onset = a.ids.display(a.ids.idOf(a.kind, String(older.number)));
  return `Only ${older.beforeWith} of the ${older.before} ${many} before ${onset} ${older.beforeWith === 1 ? 'has' : 'have'} it, and most from ${onset} on do: the template likely gained it after this one was written.`;
}

/**
 * Why a section out of the template's order is only a hint: the documents' numbers show the template
 * put the two sections in this order after this one was written, or hardly any document follows it.
 */
export function orderNote(a: DocumentAnalysis, older: SectionOnset): string {
  const many = a.kind === 'adr' ? 'ADRs' : 'RFCs';
  if (older.rare) return `Only ${older.beforeWith} of the ${older.before} ${many} that have both sections write them in the template's order: the team does not keep to it.`;
  const onset = a.ids.display(a.ids.idOf(a.kind, String(older.number)));
  return `Only ${older.beforeWith} of the ${older.before} ${many} before ${onset} that have both sections write them in the template's order, and most from ${onset} on do: the template likely changed its order after this one was written.`;
}
