import type { Rng } from '../prng';
import { CODE_WORDS, COMPONENTS, CONDITIONS, CONNECTIVES, CRATES, OBJECTS, TYPOGRAPHY, VERBS } from './vocabulary';

/**
 * Filled-in prose: sentences, paragraphs, lists, tables and code blocks with the inline density of
 * real design documents (code spans, emphasis, external links, references to other documents).
 */
export interface ProseContext {
  readonly rng: Rng;
  /** A reference to another document, in whatever form the writer picks. */
  mention(): string;
  /** Chance that a sentence mentions another document. */
  readonly mentionRate: number;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function sentence(ctx: ProseContext): string {
  const { rng } = ctx;
  const component = rng.pick(COMPONENTS);
  let s: string;
  switch (rng.int(0, 7)) {
    case 0:
      s = `${capitalise(component)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(CONDITIONS)}`;
      break;
    case 1:
      s = `${rng.pick(CONNECTIVES)} ${component} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}; ${rng.pick(CODE_WORDS)} stays the only entry point`;
      break;
    case 2:
      s = `The ${rng.pick(CODE_WORDS)} path **must** keep ${rng.pick(OBJECTS)} bounded: at most ${rng.int(2, 512)} entries per ${rng.pick(['tick', 'request', 'boot', 'client', 'page'])}`;
      break;
    case 3:
      s = `${capitalise(component)} never ${rng.pick(VERBS).replace(/s$/, '')}s ${rng.pick(OBJECTS)} _silently_; it returns ${rng.pick(CODE_WORDS)} instead`;
      break;
    case 4:
      s = `See [the upstream notes](https://example.org/${rng.pick(CRATES)}/notes/${rng.int(1, 400)}) for why ${component} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
      break;
    case 5:
      s = `We measured ${rng.int(2, 90)}% fewer stalls once ${component} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(CONDITIONS)}`;
      break;
    case 6:
      s = `${capitalise(rng.pick(OBJECTS))} ${rng.pick(['are', 'stay', 'become'])} ${rng.pick(['versioned', 'append-only', 'immutable', 'per-process', 'capability-gated'])} so that ${component} can ${rng.pick(VERBS).replace(/s$/, '')} them ${rng.pick(CONDITIONS)}`;
      break;
    default:
      s = rng.chance(0.3) ? rng.pick(TYPOGRAPHY).replace(/[.]$/, '') : `${capitalise(component)} owns ${rng.pick(OBJECTS)} until ${rng.pick(CODE_WORDS)} hands it over`;
  }
  if (rng.chance(ctx.mentionRate)) s += rng.pick([` (see ${ctx.mention()})`, `, tracked in ${ctx.mention()}`, ` as ${ctx.mention()} describes`]);
  return `${s}.`;
}

/** A paragraph wrapped at about 100 columns, as people (and formatters) write them. */
export function paragraph(ctx: ProseContext, sentences = ctx.rng.int(2, 5)): string {
  const words = Array.from({ length: sentences }, () => sentence(ctx)).join(' ').split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > 100 && line.length > 0) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export function bullets(ctx: ProseContext, n: number, lead?: readonly string[]): string {
  return Array.from({ length: n }, (_, i) => {
    const body = sentence(ctx);
    return lead ? `- **${lead[i % lead.length]}**: ${body}` : `- ${body}`;
  }).join('\n');
}

/** A nested list: decisions with sub-points, as design sections often have. */
export function nestedList(ctx: ProseContext, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`- ${sentence(ctx)}`);
    for (let j = ctx.rng.int(0, 3); j > 0; j--) out.push(`  - ${sentence(ctx)}`);
  }
  return out.join('\n');
}

export function table(ctx: ProseContext): string {
  const { rng } = ctx;
  const rows = Array.from({ length: rng.int(3, 8) }, () =>
    `| ${rng.pick(CODE_WORDS)} | ${rng.pick(['u32', 'u64', 'bool', 'Handle', 'Errno', '[u8; 16]'])} | ${sentence(ctx).slice(0, -1)} |`);
  return ['| Field | Type | Notes |', '|---|---|---|', ...rows].join('\n');
}

export function codeBlock(rng: Rng): string {
  const crate = rng.pick(CRATES);
  switch (rng.int(0, 2)) {
    case 0: {
      const fields = Array.from({ length: rng.int(2, 6) }, (_, i) => `    pub field_${i}: ${rng.pick(['u32', 'u64', 'Handle', 'Option<Errno>'])},`);
      return ['```rust', '#[repr(C)]', `pub struct ${crate.replace(/-./g, (m) => m[1].toUpperCase()).replace(/^./, (c) => c.toUpperCase())}Header {`, ...fields, '}', '```'].join('\n');
    }
    case 1:
      return ['```bash', `cargo test -p ${crate} ${rng.pick(['--lib', 'contract', 'roundtrip', '-- --nocapture'])}`, rng.chance(0.5) ? `RUN_UNTIL_MARKER=1 RUN_TIMEOUT=${rng.int(60, 240)}s just test-os` : 'just lint', '```'].join('\n');
    default: {
      const lines = Array.from({ length: rng.int(3, 9) }, (_, i) => `[${(i * 0.137 + rng.next()).toFixed(6)}] ${crate}: ${rng.pick(['ready', 'grant ok', 'queue drained', 'marker emitted', 'retry 1/3'])}`);
      return ['```text', ...lines, '```'].join('\n');
    }
  }
}
