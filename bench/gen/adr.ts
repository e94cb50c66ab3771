import { hashSeed, Rng } from '../prng';
import type { RefStats } from './links';
import { RefWriter } from './links';
import type { AdrPlan, WorkspacePlan } from './plan';
import type { ProseContext } from './prose';
import { bullets, paragraph } from './prose';
import { PEOPLE } from './vocabulary';

/** An ADR: `# ADR-NNNN: Title`, a `- Status:` line, and the usual three sections. */
export function writeAdr(plan: WorkspacePlan, adr: AdrPlan, stats: RefStats): string {
  const rng = new Rng(hashSeed(plan.seed, 'adr', adr.num));
  const refs = new RefWriter(plan, adr.path, rng, stats);
  const prose: ProseContext = { rng, mention: () => refs.mention(rng.chance(0.7) ? rng.pick(plan.rfcs) : rng.pick(plan.tasks)), mentionRate: 0.12 };
  const parts = [
    `# ${adr.id}: ${adr.title}`,
    [`- Status: ${rng.pick(['Accepted', 'Accepted', 'Proposed', 'Superseded', 'Deprecated'])}`, `- Date: ${adr.created}`, `- Deciders: ${rng.sample(PEOPLE, 2).join(', ')}`].join('\n'),
    '## Context',
    paragraph(prose),
    '## Decision',
    paragraph(prose),
    '## Consequences',
    bullets(prose, rng.int(2, 4)),
  ];
  let size = parts.reduce((n, p) => n + p.length + 2, 0);
  while (size < adr.targetBytes) {
    const more = paragraph(prose);
    parts.splice(parts.length - 2, 0, more);
    size += more.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}
