import { hashSeed, Rng } from '../prng';
import type { RefStats } from './links';
import { RefWriter } from './links';
import type { OutlineField, OutlineSection, TemplateOutline } from './outline';
import type { DocPlan, PhaseState, RfcPlan, WorkspacePlan } from './plan';
import type { ProseContext } from './prose';
import { bullets, codeBlock, nestedList, paragraph, sentence, table } from './prose';
import { CRATES, PEOPLE, PHASE_NAMES, SECTION_EXTRAS } from './vocabulary';

/**
 * Writes one RFC on the template's outline with realistic filled-in content, grown to the plan's
 * size target with design subsections (where real RFCs grow). A few per cent use the variants real
 * repositories have (bold header fields, 🟢 markers, sub-phases, statuses with notes).
 */
const MARKERS: Readonly<Record<PhaseState, string>> = { done: '✅', inProgress: '🟨', notStarted: '⬜' };
const STATUS_WORDS: Readonly<Record<RfcPlan['lifecycle'], readonly string[]>> = {
  draft: ['Draft', 'Draft', 'Draft', 'Proposed'],
  active: ['In Progress', 'In Progress', '**In progress**', 'In Progress (phase 0 proven)', 'Accepted'],
  complete: ['Complete', 'Complete', 'Done (2025-07-21)', 'Complete — phases 0–2', 'Completed', 'Implemented'],
};
const CONSTRAINT_LEADS = ['Determinism', 'No fake success', 'Bounded resources', 'Security floor', 'Stubs policy'];
const SECURITY_LEADS = ['Threat model', 'Mitigations', 'Open risks'];

class RfcContext {
  readonly rng: Rng;
  readonly refs: RefWriter;
  readonly prose: ProseContext;

  constructor(readonly plan: WorkspacePlan, readonly rfc: RfcPlan, stats: RefStats) {
    this.rng = new Rng(hashSeed(plan.seed, 'rfc', rfc.num));
    this.refs = new RefWriter(plan, rfc.path, this.rng, stats);
    this.prose = { rng: this.rng, mention: () => this.refs.mention(this.someTarget()), mentionRate: 0.15 };
  }

  task(i: number): DocPlan {
    return this.plan.tasks[this.rfc.tasks[i % this.rfc.tasks.length] - 1];
  }

  /** Mostly the RFC's own tasks, then neighbouring RFCs, ADRs and other teams' tasks. */
  someTarget(): DocPlan {
    const { rng, plan } = this;
    const which = rng.weighted({ own: 60, rfc: 20, adr: 10, task: 10 });
    if (which === 'own') return this.task(rng.int(0, this.rfc.tasks.length - 1));
    if (which === 'rfc') return plan.rfcs[clamp(this.rfc.num + rng.int(-20, 20), 1, plan.rfcs.length) - 1];
    if (which === 'adr') return rng.pick(plan.adrs);
    return rng.pick(plan.tasks);
  }
}

/** Lower-cases only the first letter: ids and paths inside the sentence keep their case. */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

export function writeRfc(plan: WorkspacePlan, rfc: RfcPlan, outline: TemplateOutline, stats: RefStats): string {
  const c = new RfcContext(plan, rfc, stats);
  const parts: string[] = [`# ${rfc.id}: ${rfc.title}`, header(c, outline.fields)];
  let designAt = -1;
  for (const section of outline.sections) {
    if (/proposed design/i.test(section.title)) designAt = parts.length;
    parts.push(`## ${section.title}`, sectionBody(c, section));
  }
  let size = parts.reduce((n, p) => n + p.length + 2, 0);
  const extras: string[] = [];
  for (let i = 0; size < rfc.targetBytes; i++) {
    const extra = designExtra(c, i);
    extras.push(extra);
    size += extra.length + 2;
  }
  if (designAt >= 0) parts[designAt + 1] += `\n\n${extras.join('\n\n')}`;
  else parts.push(...extras);
  return `${parts.join('\n\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The header list; 3% write it as bold paragraphs (`**Status:** Done`), a form real teams use. */
function header(c: RfcContext, fields: readonly OutlineField[]): string {
  const bold = c.rng.chance(0.03);
  const blocks: string[] = [];
  for (const f of fields) {
    const value = fieldValue(c, f.name);
    const children = f.children.map((child) => `${bold ? '' : '  '}- ${child}: ${linkValue(c, child)}`.trimEnd());
    if (bold) blocks.push(`**${f.name}:** ${value}`.trimEnd(), ...(children.length > 0 ? [children.join('\n')] : []));
    else blocks.push([`- ${f.name}: ${value}`.trimEnd(), ...children].join('\n'));
  }
  return blocks.join(bold ? '\n\n' : '\n');
}

function fieldValue(c: RfcContext, name: string): string {
  const { rng, rfc } = c;
  if (/status/i.test(name)) return rng.pick(STATUS_WORDS[rfc.lifecycle]);
  if (/owner|author/i.test(name)) return [rfc.owner, ...rng.sample(PEOPLE, rng.int(0, 2))].join(' / ');
  if (/created/i.test(name)) return rfc.created;
  if (/updated/i.test(name)) return rng.chance(0.15) ? `${rfc.updated} (Phase ${rng.int(0, 2)} proven)` : rfc.updated;
  if (/links/i.test(name)) return '';
  return sentence(c.prose).slice(0, 60);
}

function linkValue(c: RfcContext, name: string): string {
  const { rng, rfc, plan, refs } = c;
  if (/task/i.test(name)) {
    const own = rfc.tasks.slice(0, rng.int(1, rfc.tasks.length)).map((_, i) => c.task(i));
    const first = `${refs.exactPath(own[0])} (execution + proof)`;
    return [first, ...own.slice(1).map((t) => (rng.chance(0.8) ? refs.exactPath(t) : refs.mention(t)))].join(', ');
  }
  if (/adr/i.test(name)) {
    if (rng.chance(0.4)) return rng.pick(['none yet', '(none)', '—']);
    return rng.sample(plan.adrs, rng.int(1, 2)).map((a) => (rng.chance(0.7) ? refs.exactPath(a) : refs.markdownLink(a))).join(', ');
  }
  const related = Array.from({ length: rng.int(0, 3) }, () => plan.rfcs[clamp(rfc.num + rng.int(-30, 30), 1, plan.rfcs.length) - 1])
    .filter((r) => r.num !== rfc.num);
  if (related.length === 0) return 'none';
  return related.map((r) => (rng.chance(0.6) ? refs.exactPath(r) : refs.mention(r))).join(', ');
}

function sectionBody(c: RfcContext, s: OutlineSection): string {
  const { rng, prose } = c;
  const t = s.title;
  if (/glance/i.test(t)) return [phaseLines(c), ...s.fixedLines].join('\n\n');
  if (/scope/i.test(t)) return scope(c, s);
  if (/non-goals/i.test(t)) return bullets(prose, rng.int(1, 3));
  if (/goals/i.test(t)) return bullets(prose, rng.int(2, 4));
  if (/constraints/i.test(t)) return bullets(prose, CONSTRAINT_LEADS.length, CONSTRAINT_LEADS);
  if (/proposed design/i.test(t)) return s.subsections.map((sub) => `### ${sub}\n\n${designSub(c, sub)}`).join('\n\n');
  if (/security/i.test(t)) return bullets(prose, SECURITY_LEADS.length, SECURITY_LEADS);
  if (/proof/i.test(t)) return [paragraph(prose, 1), ...s.subsections.map((sub) => `### ${sub}\n\n${proofSub(c, sub)}`)].join('\n\n');
  if (/alternatives/i.test(t)) return Array.from({ length: rng.int(1, 3) }, () => `- ${sentence(prose).slice(0, -1)} (rejected: ${lowerFirst(sentence(prose).slice(0, -1))})`).join('\n');
  if (/checklist/i.test(t)) return checklist(c, s.checklist);
  if (/failure/i.test(t)) return [bullets(prose, rng.int(1, 3)), rng.chance(0.3) ? `> **Note:** ${sentence(prose)}` : ''].join('\n\n');
  return Array.from({ length: rng.int(1, 2) }, () => paragraph(prose, rng.int(1, 4))).join('\n\n');
}

function phaseLines(c: RfcContext): string {
  const { rng, rfc, refs } = c;
  const lines = rfc.phases.map((state, i) => {
    let marker = MARKERS[state];
    if (state === 'done' && rng.chance(0.03)) marker = '🟢';
    const note = state === 'notStarted' ? '' : rng.pick([` (${refs.mention(c.task(i))})`, ` — proven ${rfc.updated}`, '', ` (see ${refs.exactPath(c.task(i))})`]);
    return `- **Phase ${i} (${PHASE_NAMES[(i + rfc.num) % PHASE_NAMES.length]})**: ${marker}${note}`;
  });
  if (rng.chance(0.03) && lines.length > 1) lines.splice(2, 0, `- **Phase 1a (${rng.pick(PHASE_NAMES)})**: ${MARKERS[rfc.phases[1]]}`);
  return lines.join('\n');
}

function scope(c: RfcContext, s: OutlineSection): string {
  const { rng, prose, refs } = c;
  const owns = Array.from({ length: rng.int(1, 2) }, () => `  - ${sentence(prose)}`);
  const notOwns = Array.from({ length: rng.int(1, 2) }, () => `  - ${sentence(prose).slice(0, -1)} (see ${refs.mention(c.someTarget())})`);
  const body = ['This RFC is a **design seed / contract**. Implementation planning and proofs live in tasks.', '- **This RFC owns**:', ...owns, '- **This RFC does NOT own**:', ...notOwns];
  const subs = s.subsections.map((sub) => `### ${sub}\n\n- Tasks (\`tasks/TASK-*.md\`) define **stop conditions** and **proof commands**.\n- ${rng.chance(0.5) ? `Phases map to ${refs.as(c.task(0), 'range')}.` : `Phase 0 is proven by ${refs.mention(c.task(0))}.`}`);
  return [body.slice(0, 1).join('\n'), body.slice(1).join('\n'), ...subs].join('\n\n');
}

function designSub(c: RfcContext, sub: string): string {
  const { rng, rfc, prose, refs } = c;
  if (/phase|milestone/i.test(sub)) {
    return rfc.phases.map((_, i) => `- **Phase ${i}**: ${sentence(prose).slice(0, -1)} (${refs.mention(c.task(i))})`).join('\n');
  }
  return [paragraph(prose, rng.int(1, 3)), rng.chance(0.3) ? codeBlock(rng) : ''].join('\n\n');
}

function proofSub(c: RfcContext, sub: string): string {
  const { rng, refs } = c;
  if (/marker/i.test(sub)) return Array.from({ length: rng.int(1, 4) }, () => `- \`${rng.pick(CRATES).toUpperCase()}: ${rng.pick(['ready', 'ok', 'proven', 'selftest pass'])}\``).join('\n');
  const crate = rng.pick(CRATES);
  const cmd = /host/i.test(sub) ? `cargo test -p ${crate} ${rng.pick(['contract', 'roundtrip', '--lib'])}` : `RUN_UNTIL_MARKER=1 RUN_TIMEOUT=${rng.int(60, 240)}s just test-os`;
  return `Implemented by ${refs.mention(c.task(rng.int(0, 2)))}.\n\n\`\`\`bash\n${cmd}\n\`\`\``;
}

function checklist(c: RfcContext, items: readonly string[]): string {
  const { rng, rfc } = c;
  const doneShare = rfc.lifecycle === 'complete' ? 0.97 : rfc.lifecycle === 'active' ? 0.5 : 0.1;
  return items.map((item) => `- [${rng.chance(doneShare) ? 'x' : ' '}] ${item}`).join('\n');
}

/** One more design subsection: where real RFCs grow. */
function designExtra(c: RfcContext, i: number): string {
  const { rng, prose } = c;
  const name = i < SECTION_EXTRAS.length ? SECTION_EXTRAS[(i + c.rfc.num) % SECTION_EXTRAS.length] : `${rng.pick(SECTION_EXTRAS)} (part ${Math.floor(i / SECTION_EXTRAS.length) + 1})`;
  const body = [paragraph(prose), paragraph(prose, rng.int(1, 3))];
  const kind = rng.int(0, 4);
  if (kind === 0) body.push(table(prose));
  else if (kind === 1) body.push(codeBlock(rng));
  else if (kind === 2) body.push(nestedList(prose, rng.int(2, 4)));
  else if (kind === 3) body.push(bullets(prose, rng.int(2, 5)));
  if (rng.chance(0.05)) body.push(`<!-- TODO(${rng.pick(PEOPLE)}): revisit after phase ${rng.int(1, 2)} -->`);
  return `### ${name}\n\n${body.join('\n\n')}`;
}
