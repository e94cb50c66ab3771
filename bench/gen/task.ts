import { hashSeed, Rng } from '../prng';
import type { RefStats } from './links';
import { RefWriter } from './links';
import type { DocPlan, TaskPlan, WorkspacePlan } from './plan';
import { dayOf, isoDate } from './plan';
import type { ProseContext } from './prose';
import { bullets, codeBlock, paragraph, sentence } from './prose';
import { CRATES, PEOPLE } from './vocabulary';

/**
 * Tasks with the front matter real repositories have, valid YAML or not: `owner: @runtime`
 * unquoted, `title: A: B`, flow and block lists, and 5% with the status in a `- Status:` line
 * instead. Bodies grow with dated log entries, as task files do while the work goes on.
 */
export function writeTask(plan: WorkspacePlan, task: TaskPlan, stats: RefStats): string {
  const rng = new Rng(hashSeed(plan.seed, 'task', task.num));
  const refs = new RefWriter(plan, task.path, rng, stats);
  const rfc = plan.rfcs[task.rfc - 1];
  const siblings = rfc.tasks.filter((n) => n !== task.num).map((n) => plan.tasks[n - 1]);
  const target = (): DocPlan => {
    const which = rng.weighted({ rfc: 45, sibling: 30, adr: 10, task: 15 });
    if (which === 'rfc') return rfc;
    if (which === 'sibling') return rng.pick(siblings);
    if (which === 'adr') return rng.pick(plan.adrs);
    return rng.pick(plan.tasks);
  };
  const prose: ProseContext = { rng, mention: () => refs.mention(target()), mentionRate: 0.1 };

  const statusInBody = rng.chance(0.05);
  const owner = rng.chance(0.3) ? task.owner : `"${task.owner}"`;
  const title = rng.weighted({ prefixed: 50, plain: 30, quoted: 20 });
  const titleLine = title === 'prefixed' ? `${task.id} ${task.title}` : title === 'plain' ? task.title : `"${task.id} ${task.title}"`;
  const earlier = siblings.filter((s) => s.num < task.num);
  const depends = earlier.length === 0 ? '[]' : rng.chance(0.6) ? `[${earlier.map((s) => s.id).join(', ')}]` : `\n${earlier.map((s) => `  - ${s.id}`).join('\n')}`;
  const front = [
    '---',
    `title: ${titleLine}`,
    ...(statusInBody ? [] : [`status: ${task.status}`]),
    `owner: ${owner}`,
    `created: ${task.created}`,
    `depends-on: ${depends}`,
    'follow-up-tasks: []',
    'links:',
    `  - ${rfc.id}`,
    `  - ${rfc.path}`,
    ...(rng.chance(0.2) ? [`  - ${rng.pick(plan.adrs).id}`] : []),
    '---',
  ].join('\n');

  const parts = [
    front,
    `# ${task.id}: ${task.title}`,
    ...(statusInBody ? [`- Status: ${task.status === 'done' ? 'Done' : task.status === 'todo' ? 'Todo' : 'In Progress'}`] : []),
    '## Context',
    `Implements phase ${rfc.tasks.indexOf(task.num)} of ${rng.chance(0.5) ? refs.markdownLink(rfc) : refs.mention(rfc)}. ${paragraph(prose)}`,
    '## Stop conditions',
    Array.from({ length: rng.int(2, 5) }, () => `- [${task.status === 'done' || rng.chance(0.3) ? 'x' : ' '}] ${sentence(prose)}`).join('\n'),
    '## Proof',
    `\`\`\`bash\ncargo test -p ${rng.pick(CRATES)} ${rng.pick(['contract', 'roundtrip', '--lib'])}\n\`\`\``,
    '## Notes',
    bullets(prose, rng.int(2, 4)),
  ];
  let size = parts.reduce((n, p) => n + p.length + 2, 0);
  for (let day = 0; size < task.targetBytes; day += rng.int(1, 6)) {
    const entry = `### Log ${isoDate(dayOf(task.created) + day)} (${rng.pick(PEOPLE)})\n\n${paragraph(prose)}\n\n${rng.chance(0.5) ? codeBlock(rng) : bullets(prose, rng.int(1, 3))}`;
    parts.push(entry);
    size += entry.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}
