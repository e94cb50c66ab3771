import type { DocumentAnalysis } from '../analysis';
import { pathDateText } from '../ids';
import type { EraSubject, SectionOnset } from '../sectionOnset';

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
  const { before, from } = onsetWords(a, older);
  return `Only ${older.beforeWith} of the ${older.before} ${many} ${before} ${older.beforeWith === 1 ? 'has' : 'have'} it, and ${newer(older)} ${from} do: the template likely gained it after this one was written.`;
}

/**
 * Why a section out of the template's order is only a hint: the documents' numbers show the template
 * put the two sections in this order after this one was written, or hardly any document follows it.
 */
export function orderNote(a: DocumentAnalysis, older: SectionOnset): string {
  const many = a.kind === 'adr' ? 'ADRs' : 'RFCs';
  if (older.rare) return `Only ${older.beforeWith} of the ${older.before} ${many} that have both sections write them in the template's order: the team does not keep to it.`;
  const { before, from } = onsetWords(a, older);
  return `Only ${older.beforeWith} of the ${older.before} ${many} ${before} that have both sections write them in the template's order, and ${newer(older)} ${from} do: the template likely changed its order after this one was written.`;
}

/**
 * Where an era starts, in words: by the id of its first document (`before RFC 12`, `from RFC 12 on`),
 * or, for documents ordered by the dates their paths carry (`pathDate`), by that date
 * (`dated before 2019-04-17`, `from then on`; a year folder's `dated before 2019`), or by the day they
 * say they were written (`written before 2020-02-07`).
 */
function onsetWords(a: DocumentAnalysis, onset: SectionOnset): { before: string; from: string } {
  const { number } = onset;
  const date = onset.written || a.fileId === undefined ? pathDateText(number) : undefined;
  if (date !== undefined) return { before: `${onset.written ? 'written' : 'dated'} before ${date}`, from: 'from then on' };
  const first = a.ids.display(a.ids.idOf(a.kind, String(number)));
  return { before: `before ${first}`, from: `from ${first} on` };
}

/** How many of the newer documents do: "most", or how many where that is half or fewer (TensorFlow's "User Benefit", 66 of the 127 RFCs from its date on). */
function newer(o: SectionOnset): string {
  const after = o.after ?? 0;
  const afterWith = o.afterWith ?? 0;
  return after === 0 || afterWith * 2 > after ? 'most' : `${afterWith} of the ${after}`;
}

/** The analysed document as eras are told of it (see `EraSubject`). */
export function eraSubject(a: DocumentAnalysis): EraSubject {
  return { index: a.index, kind: a.kind, fileId: a.fileId, path: a.doc.path, config: a.config, soleTemplate: a.soleTemplate, template: a.template };
}
