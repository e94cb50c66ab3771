import { idNumber } from '../ids';
import { range } from '../text';
import type { Rule } from './rule';

/**
 * No other RFC in the workspace carries this RFC's id. The id is the one the index files the
 * document under: the file name's, else the title's. The message names the other files and the
 * next free number, since that is what the author needs to resolve the clash.
 */
export const duplicateId: Rule<'duplicate-id'> = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'No other RFC file carries the same id.',
  crossDocument: true,
  check(a, report) {
    const { doc } = a;
    const id = a.fileId ?? doc.title?.canonicalId;
    if (!id) return;
    const others = a.index
      .byId(id)
      .filter((s) => s.kind === 'rfc' && s.path !== doc.path)
      .map((s) => s.path)
      .sort();
    if (others.length === 0) return;
    let highest = 0;
    for (const s of a.index.all('rfc')) if (s.id) highest = Math.max(highest, idNumber(s.id) || 0);
    const next = a.ids.display(a.ids.idOf('rfc', String(highest + 1)));
    const where = doc.title?.id?.range ?? range(0, 0, 0, doc.text.lineLength(0));
    const names = others.map((p) => `\`${p}\``).join(', ');
    report(where, `${id} is also the id of ${names}; each RFC needs its own id (the next free one is ${next}).`, { id, others });
  },
};
