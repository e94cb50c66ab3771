/**
 * Reading the date at the start of a header value, for `date-format` and `date-order`. A value may
 * carry commentary after the date (`2026-01-10 (Phase 1b proven)`) and emphasis around it; only the
 * date itself is read.
 */
export interface DateReading {
  /** Offsets of the date in the value. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Written as `YYYY-MM-DD`. */
  readonly iso: boolean;
  /** Whether the date exists in the calendar (false for 2026-02-30). */
  readonly real: boolean;
  /** The same date as `YYYY-MM-DD`, when it is real and could be read without doubt. */
  readonly normalized?: string;
  /** Both readings of a day/month date that could be either (`01/02/2026`). */
  readonly readings?: readonly [string, string];
}

const LEAD_RE = /^[\s*_`]*/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const YMD_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const DMY_RE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])/;
const DAY_MONTH_RE = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?![\d])/;
const MONTH_DAY_RE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\d])/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The date a value starts with, in any common form; undefined when it starts with no date. */
export function readDate(value: string): DateReading | undefined {
  const lead = LEAD_RE.exec(value)?.[0].length ?? 0;
  const rest = value.slice(lead);
  const at = (m: RegExpExecArray, y: number, mo: number, d: number, iso: boolean): DateReading => {
    const real = isRealDate(y, mo, d);
    return { start: lead, end: lead + m[0].length, text: m[0], iso, real, ...(real ? { normalized: isoOf(y, mo, d) } : {}) };
  };
  let m = ISO_RE.exec(rest);
  if (m) return at(m, +m[1], +m[2], +m[3], true);
  m = YMD_RE.exec(rest);
  if (m) return at(m, +m[1], +m[2], +m[3], false);
  m = DAY_MONTH_RE.exec(rest);
  if (m && monthOf(m[2]) > 0) return at(m, +m[3], monthOf(m[2]), +m[1], false);
  m = MONTH_DAY_RE.exec(rest);
  if (m && monthOf(m[1]) > 0) return at(m, +m[3], monthOf(m[1]), +m[2], false);
  m = DMY_RE.exec(rest);
  if (!m) return undefined;
  const [p, q, y] = [+m[1], +m[2], +m[3]];
  // Day-first and month-first are both common; only a part above 12 (or two equal parts) settles it.
  if (p > 12 || q > 12 || p === q) return p > 12 ? at(m, y, q, p, false) : at(m, y, p, q, false);
  const readings: [string, string] = [isoOf(y, p, q), isoOf(y, q, p)];
  return { start: lead, end: lead + m[0].length, text: m[0], iso: false, real: true, readings };
}

/** The month number of an English month name or its abbreviation (`Jan`, `Sept`), else 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  return MONTHS.findIndex((name) => name.startsWith(w)) + 1;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` shifted by `days`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
