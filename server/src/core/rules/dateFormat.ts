import type { HeaderField } from '../types';
import { readDate } from './dates';
import type { DateReading } from './dates';
import { rangeInValue } from './fieldValue';
import type { Rule } from './rule';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Each date field of the template starts with a real `YYYY-MM-DD` date. Commentary after the date
 * is fine. A date written another way gets its ISO form in `data.iso` when that form is certain;
 * `01/02/2026` could be January or February, so it gets none. The literal `YYYY-MM-DD` is the
 * placeholder rule's.
 */
export const dateFormat: Rule<'date-format'> = {
  id: 'date-format',
  defaultSeverity: 'warning',
  description: 'Each date field holds a real calendar date written as YYYY-MM-DD.',
  check(a, report) {
    for (const key of a.template.roles.dateFields) {
      const field = a.field(key);
      if (!field || field.value.trim() === '' || /^[\s*_`]*YYYY-MM-DD/.test(field.value)) continue;
      const date = readDate(field.value);
      if (date?.iso && date.real) continue;
      const { start, end } = date ?? wordsOf(field.value);
      const written = field.value.slice(start, end);
      const where = rangeInValue(a.doc.text, field, start, end);
      const iso = date?.normalized;
      report(where, message(field, written, date), { field: field.name, value: written, ...(iso ? { iso } : {}) });
    }
  },
};

function message(field: HeaderField, written: string, date: DateReading | undefined): string {
  const name = field.name;
  if (!date) return `${name} "${written}" is not a date; write the date as YYYY-MM-DD.`;
  if (!date.real) {
    const [y, m] = written.split('-').map(Number);
    const month = date.iso && m >= 1 && m <= 12 ? ` (${MONTH_NAMES[m - 1]} ${y} has ${new Date(Date.UTC(y, m, 0)).getUTCDate()} days)` : '';
    return `${name} "${written}" is not a real calendar date${month}; write a real date as YYYY-MM-DD.`;
  }
  if (date.readings) return `${name} "${written}" is not written as YYYY-MM-DD and could be ${date.readings[0]} or ${date.readings[1]}; write it as YYYY-MM-DD.`;
  return `${name} "${written}" is not written as YYYY-MM-DD; write "${date.normalized}".`;
}

/** The part of a value that is not a date: up to a parenthetical note, without emphasis. */
function wordsOf(value: string): { start: number; end: number } {
  const start = /^[\s*_`]*/.exec(value)?.[0].length ?? 0;
  const paren = value.indexOf('(', start);
  const body = value.slice(start, paren > start ? paren : value.length).replace(/[\s*_`]+$/, '');
  return { start, end: start + Math.max(body.length, 1) };
}
