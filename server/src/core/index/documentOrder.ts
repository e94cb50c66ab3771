/**
 * The order a kind's documents were written in, as `sectionOnset` tells eras by it: by the day they
 * say they were written (`writtenDay`), by id number, or by the date their paths carry.
 */
import { idNumber, pathDate } from '../ids';
import { lowerBound } from '../sorted';
import { writtenDay } from '../writtenDate';

/**
 * How a kind's documents are ordered: by the day they say they were written where nearly all say it
 * (`WRITTEN_SHARE`), else by id number, by the date their paths carry where none has an id, or not
 * at all where none carries either (GraphQL's `rfcs/DeferStream.md`): then every document has one
 * number, and no era can be told, only how many of them have a part.
 */
export type DocumentOrder = 'written' | 'id' | 'date' | 'none';

/**
 * The share of a kind's documents that must say the day they were written for those days to order
 * them. A day is the better order where both are there: Kubernetes numbers a KEP by its tracking
 * issue, opened years before some KEPs were written and after others.
 */
const WRITTEN_SHARE = 0.9;

/** A document as it is ordered: its id and path, and its section keys where known (they carry the day it was written). */
interface Ordered {
  readonly id?: string;
  readonly path: string;
}

/**
 * The order of a kind's documents and each one's number in it (`known[i]`: the section keys of
 * `documents[i]`, undefined while unknown); NaN for a document the order does not place (one without
 * an id among numbered ones). `withoutDays`: never by days, for the reading an era is also told by
 * where days order the documents (`olderThanSection`). `metadataDay`: the day the metadata file beside a
 * document gives (`metadataDays`), where its text gives none.
 *
 * In the order of days, a document that gives none takes the day its path carries, else that of the
 * dated document numbered just below it (a day before the first one's, where none is): Rust's RFC
 * 0179 has no `Start Date`, and written between RFCs 0178 and 0180 it is of their era.
 */
export function orderDocuments(
  documents: readonly Ordered[],
  known: readonly (readonly string[] | undefined)[],
  withoutDays = false,
  metadataDay: (path: string) => number = () => Number.NaN,
): { order: DocumentOrder; numbers: number[] } {
  const days = known.map((k, i) => {
    const day = writtenDay(k);
    return day > 0 ? day : metadataDay(documents[i].path);
  });
  const withDays = days.filter((d) => d > 0).length;
  const order: DocumentOrder =
    !withoutDays && withDays > 0 && withDays >= WRITTEN_SHARE * documents.length
      ? 'written'
      : documents.some((s) => s.id !== undefined && idNumber(s.id) > 0)
        ? 'id'
        : documents.some((s) => pathDate(s.path) > 0)
          ? 'date'
          : 'none';
  if (order === 'none') return { order, numbers: documents.map(() => 1) };
  if (order === 'date') return { order, numbers: documents.map((s) => pathDate(s.path)) };
  if (order === 'id') return { order, numbers: documents.map((s) => (s.id ? idNumber(s.id) : Number.NaN)) };
  // The dated documents by id number, to place the others among.
  const dated = documents.flatMap((s, i) => (days[i] > 0 && s.id && idNumber(s.id) > 0 ? [[idNumber(s.id), days[i]] as const] : [])).sort((a, b) => a[0] - b[0]);
  const ids = dated.map(([n]) => n);
  return {
    order,
    numbers: documents.map((s, i) => {
      if (days[i] > 0 || known[i] === undefined) return days[i];
      const fromPath = pathDate(s.path);
      if (fromPath > 0) return fromPath;
      const own = s.id ? idNumber(s.id) : Number.NaN;
      if (!(own > 0) || dated.length === 0) return Number.NaN;
      const below = lowerBound(ids, own + 1) - 1;
      // Numbered below every dated document: a day before the first one's.
      return below >= 0 ? dated[below][1] : dated[0][1] - 1;
    }),
  };
}
