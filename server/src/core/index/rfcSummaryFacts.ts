import { fieldKey } from '../parser/header';
import type { ParseOptions } from '../parser/parseOptions';
import { parsePhaseLine } from '../parser/phases';
import { isTitleHeading } from '../parser/title';
import { sectionKey } from '../template';
import type { SummaryPhase, SummarySource } from './summary';
import { detach, memoize } from '../memo';
import { FIELD_PART } from '../sectionOnset';
import { writtenPart } from '../writtenDate';

/** What the workspace overview and the generated index table read of an RFC without parsing it again. */
export interface RfcSummaryFacts {
  readonly phaseLines: readonly SummaryPhase[];
  readonly sections: readonly string[];
  readonly dates: readonly (readonly [string, string])[];
}

const DATE_START_RE = /^\d{4}-\d{2}-\d{2}/;
const PHASE_WORD_RE = /phase/i;
/** What opens a paragraph line inside a quote or a list item: `>` marks and one bullet (`-`, `*`, `+`, `1.`). */
const LINE_LEAD_RE = /^\s*(?:>\s?)*\s*(?:(?:[-*+]|\d{1,3}[.)])\s+(?=\S)(?![-*+]\s))?/;

/**
 * An RFC's phase-like lines, its section headings (as `sectionKey`s, at the template's section
 * level) and its header dates, from the same parse (or lean scan) the rest of its summary comes
 * from: phase lines are read on the lines of its paragraphs, list items and quotes included, as the
 * parser reads them; a doubled bullet (`-- **Phase 1**`) is left to the phase reader, which calls it
 * malformed.
 */
export function rfcSummaryFacts(doc: SummarySource, options: ParseOptions): RfcSummaryFacts {
  const sectionLines = sectionHeadings(doc, options).map((h) => h.line);
  const sections = sectionKeys(doc, options);
  const phaseLines: SummaryPhase[] = [];
  let section = -1;
  const { paragraphs, text } = doc;
  for (let p = 0; p < paragraphs.length; p += 2) {
    for (let line = paragraphs[p]; line < paragraphs[p + 1]; line++) {
      const written = text.line(line);
      if (written.length <= 6 || !PHASE_WORD_RE.test(written)) continue;
      const parsed = parsePhaseLine(written.replace(LINE_LEAD_RE, ''));
      if (!parsed) continue;
      while (section + 1 < sectionLines.length && sectionLines[section + 1] < line) section++;
      const marker = parsed.markers[0]?.text ?? '';
      phaseLines.push({ label: parsed.label, name: detach(parsed.name), marker, marked: parsed.markers.length > 0 || parsed.templateTriple, line, section });
    }
  }
  const dates: [string, string][] = [];
  for (const f of doc.header) {
    const key = fieldKey(f.name);
    if (DATE_START_RE.test(f.value) && !dates.some((d) => d[0] === key)) dates.push([internKey(key), detach(f.value)]);
  }
  return { phaseLines, sections, dates };
}

/** The headings of an RFC's sections: at the template's section level, the title left out. */
function sectionHeadings(doc: Pick<SummarySource, 'headings'>, options: ParseOptions): SummarySource['headings'] {
  return doc.headings.filter((h, i) => h.level === options.sectionLevel && !isTitleHeading(h.level, i, options));
}

/**
 * An RFC's sections as `sectionKey`s, in order, then its header fields marked as such (`fieldPart`):
 * the parts whose eras `sectionOnset` tells. Sections come first, so a section's index is its place.
 * Last, the day it says it was written (`writtenPart`), which orders the eras where nearly every
 * document says it.
 */
export function sectionKeys(doc: Pick<SummarySource, 'headings' | 'header'>, options: ParseOptions): string[] {
  const keys = sectionHeadings(doc, options).map((h) => internKey(sectionKey(h.text)));
  const fields = new Set(doc.header.map((f) => internKey(FIELD_PART + fieldKey(f.name))));
  const written = writtenPart(doc.header);
  if (written !== undefined) fields.add(written);
  return fields.size > 0 ? [...keys, ...fields] : keys;
}

/** Section and field keys recur in every RFC: one copy of each. */
const internKey = memoize((key) => key, 100_000);
