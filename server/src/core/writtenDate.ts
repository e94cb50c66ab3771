/**
 * The day a document was written, where it says so: a header or front matter field such as
 * `Start Date: 2014-03-20` (Rust), `created: 2015-11-19` (ERCs) or `creation-date: 2019-01-15`
 * (Cluster API). Numbers tell the order documents were written in only where they are handed out in
 * that order; Kubernetes numbers a KEP by its tracking issue, opened years before some KEPs were
 * written and after others. Where a kind's documents nearly all carry the day, `sectionOnset` orders
 * them by it (see `WorkspaceIndex.sectionsByNumber`).
 *
 * The day rides with the document's section keys (`RfcSummaryFacts.sections`) as one part marked
 * `WRITTEN_PART`, so that every place that keeps an RFC's sections (the index, the CLI's notes and
 * cache) keeps it too.
 */
import { fieldKey } from './parser/header';
import { readDate } from './rules/dates';
import type { HeaderField } from './types';

/** The mark of the written-day part among a document's section keys (`\u0003` and `yyyymmdd`). */
export const WRITTEN_PART = '\u0003';

/** Field names (as `fieldKey`s) that give the day a document was begun or proposed. */
const WRITTEN_FIELD_RE = /^(?:created(?: on| at)?|creation date|date created|start(?:ed)?(?: date)?|date started|submitted|date submitted|proposed(?: on)?|date proposed|date)$/;
/** A day as a `yyyymmdd` number (as `pathDate` gives one), or NaN for text that starts with no real ISO day of 1900–2099. */
export function dayNumber(value: string): number {
  const date = readDate(value);
  if (!date?.iso || date.normalized === undefined) return Number.NaN;
  const day = Number(date.normalized.replace(/-/g, ''));
  return day >= 19000101 && day < 21000000 ? day : Number.NaN;
}

/** The written-day part of a document's header fields: the first field that names the day it was written and starts with one; undefined where none does. */
export function writtenPart(header: readonly Pick<HeaderField, 'name' | 'value'>[]): string | undefined {
  for (const f of header) {
    if (!WRITTEN_FIELD_RE.test(fieldKey(f.name))) continue;
    const day = dayNumber(f.value);
    if (day > 0) return WRITTEN_PART + String(day);
  }
  return undefined;
}

/** The day a document was written, from its section keys (`yyyymmdd`); NaN where they carry none. */
export function writtenDay(sections: readonly string[] | undefined): number {
  if (!sections) return Number.NaN;
  for (let i = sections.length - 1; i >= 0; i--) {
    const k = sections[i];
    if (k.startsWith(WRITTEN_PART)) return Number(k.slice(WRITTEN_PART.length));
  }
  return Number.NaN;
}
