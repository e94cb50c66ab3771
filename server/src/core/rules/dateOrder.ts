import type { Range } from 'vscode-languageserver-types';
import type { HeaderField } from '../types';
import { addDays, readDate } from './dates';
import { rangeInValue } from './fieldValue';
import type { Rule } from './rule';

interface DatedField {
  readonly key: string;
  readonly field: HeaderField;
  readonly iso: string;
  readonly range: Range;
}

/**
 * Last Updated is not before Created, and no date lies in the future. "Future" allows one day past
 * today, since the author's time zone may already be a day ahead of the machine's. Dates that do
 * not read as `YYYY-MM-DD` are `date-format`'s. `data.lastUpdatedRange` is the Last Updated date,
 * which the "set Last Updated to today" fix replaces (a note after the date is kept).
 */
export const dateOrder: Rule<'date-order'> = {
  id: 'date-order',
  defaultSeverity: 'warning',
  description: 'Last Updated is not before Created, and no date lies in the future.',
  check(a, report) {
    const { roles } = a.template;
    const dated: DatedField[] = [];
    for (const key of roles.dateFields) {
      const field = a.field(key);
      const date = field ? readDate(field.value) : undefined;
      if (!field || !date?.iso || !date.real || !date.normalized) continue;
      dated.push({ key, field, iso: date.normalized, range: rangeInValue(a.doc.text, field, date.start, date.end) });
    }
    const created = dated.find((d) => d.key === roles.createdField);
    const updated = roles.updatedField === roles.createdField ? undefined : dated.find((d) => d.key === roles.updatedField);
    const updatedData = updated ? { lastUpdatedRange: updated.range } : {};
    if (created && updated && updated.iso < created.iso) {
      report(
        updated.range,
        `${updated.field.name} (${updated.iso}) is before ${created.field.name} (${created.iso}); it should be on or after ${created.iso}, e.g. today.`,
        { field: updated.field.name, problem: 'before-created', ...updatedData },
      );
    }
    const latest = addDays(a.today, 1);
    for (const d of dated) {
      if (d.iso <= latest) continue;
      report(d.range, `${d.field.name} (${d.iso}) lies in the future; today is ${a.today}.`, {
        field: d.field.name,
        problem: 'future',
        ...(d === updated ? updatedData : {}),
      });
    }
  },
};
