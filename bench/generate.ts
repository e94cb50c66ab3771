/**
 * `tsx bench/generate.ts --rfcs N --seed S [--out DIR]`: writes (or reuses) a deterministic workspace
 * of N RFCs, 4N tasks and N/2 ADRs, and prints where it is and what it holds. The benchmark calls the
 * same code; this command is for looking at a workspace, or for profiling one by hand.
 */
import { parseArgs } from 'node:util';
import { ensureWorkspace } from './gen/workspace';

function main(): void {
  const { values } = parseArgs({
    options: {
      rfcs: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const rfcs = Number(values.rfcs);
  const seed = Number(values.seed);
  if (!Number.isInteger(rfcs) || rfcs < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: tsx bench/generate.ts --rfcs N --seed S [--out DIR]   (N ≥ 1, S an integer)\n');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const { root, manifest, generated } = ensureWorkspace({ rfcs, seed, out: values.out, log: (l) => process.stderr.write(`${l}\n`) });
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
  const lines = [
    `${generated ? 'generated' : 'reused'} ${root} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ...(['rfc', 'task', 'adr'] as const).map((k) => {
      const s = manifest.sizes[k];
      return `  ${k.padEnd(4)} ${String(s.count).padStart(6)} files, median ${kb(s.medianBytes)}, ${kb(s.minBytes)}–${kb(s.maxBytes)}, total ${(s.totalBytes / 1048576).toFixed(1)} MB`;
    }),
    `  references by form: ${JSON.stringify(manifest.refs.forms)}`,
    `  broken on purpose:  ${JSON.stringify(manifest.refs.broken)}`,
    `  large RFC: ${manifest.largeRfc}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
