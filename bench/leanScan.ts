/**
 * `tsx bench/leanScan.ts <folder>…`: how often the index's lean scan reads a file itself and how often
 * it gives up and the file is parsed instead, for each index detail, with the reasons, and what the
 * lean scan and the full parse cost over the same files. The folder's `.rfc-author.json` decides which
 * files are RFCs, tasks and ADRs (the defaults without one).
 *
 *   npx tsx bench/leanScan.ts /tmp/gen1000 /work/eval/repos/some-repo
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { SummaryDetail } from '../server/src/core/index/summary';
import type { DocKind } from '../server/src/core/types';

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1];
}

async function main(): Promise<void> {
  // Loaded here, in the bundle only (see `launch`).
  const { isDocumentKind } = await import('../server/src/core/index/globs');
  const { scanSummary } = await import('../server/src/core/index/summarize');
  const { summaryOf } = await import('../server/src/core/index/summary');
  const { parseRfc } = await import('../server/src/core/parser/rfcParser');
  const { RfcWorkspace } = await import('../server/src/core/service');
  const { loadConfig } = await import('../server/src/node/config');
  const { NodeHost } = await import('../server/src/node/nodeHost');
for (const root of process.argv.slice(2)) {
  // The workspace learns its conventions (template, id grammar, layout) as the CLI's does.
  const { config } = await loadConfig(root);
  const host = new NodeHost(root);
  const ws = new RfcWorkspace({ host });
  await ws.configure(config);
  const ctx = ws.summaryContext();
  const files: [string, DocKind, string][] = [];
  for (const p of await ws.listDocumentFiles()) {
    const kind = ws.kindOf(p);
    const text = isDocumentKind(kind) ? await host.readFile(p) : undefined;
    if (text !== undefined) files.push([p, kind, text]);
  }
  const bytes = files.reduce((n, [, , t]) => n + t.length, 0);
  console.log(`\n${root}: ${files.length} documents (${(bytes / 1e6).toFixed(1)} MB)`);
  for (const detail of ['full', 'rules'] as SummaryDetail[]) {
    const reasons = new Map<string, number>();
    const byKind = new Map<string, [number, number]>();
    for (const [p, kind, text] of files) {
      const s = scanSummary(p, kind, text, ctx, detail);
      const reason = typeof s === 'string' ? s : undefined;
      if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      const k = byKind.get(kind) ?? [0, 0];
      k[reason ? 1 : 0]++;
      byKind.set(kind, k);
    }
    const gaveUp = [...reasons.values()].reduce((a, b) => a + b, 0);
    const kinds = [...byKind].map(([k, [read, parsed]]) => `${k} ${parsed}/${read + parsed}`).join(', ');
    console.log(`  ${detail}: parsed ${gaveUp} of ${files.length} (${((100 * gaveUp) / files.length).toFixed(1)}%; ${kinds})`);
    for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(5)}  ${r}`);
    const lean: number[] = [];
    const parse: number[] = [];
    for (let round = 0; round < 7; round++) {
      let t = performance.now();
      for (const [p, kind, text] of files) {
        const s = scanSummary(p, kind, text, ctx, detail);
        if (typeof s === 'string') summaryOf(parseRfc(p, 0, text, ctx.options), kind, ctx, detail);
      }
      if (round > 1) lean.push(performance.now() - t);
      t = performance.now();
      for (const [p, kind, text] of files) summaryOf(parseRfc(p, 0, text, ctx.options), kind, ctx, detail);
      if (round > 1) parse.push(performance.now() - t);
    }
    console.log(`  ${detail}: lean scan (with its fall-backs) ${median(lean).toFixed(0)} ms, full parse of every file ${median(parse).toFixed(0)} ms (${(median(lean) / median(parse)).toFixed(2)}x)`);
  }
}
}

/**
 * The core reads its templates as text through esbuild's loader, which tsx lacks: so this file bundles
 * itself the way the bench bundles its child, and runs the bundle.
 */
async function launch(): Promise<void> {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const outfile = path.join(path.dirname(here), '.work', 'leanScan.cjs');
  await build({ entryPoints: [here], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', loader: { '.md': 'text' }, logLevel: 'warning' });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, RFC_LEAN_SCAN_BUNDLED: '1' } });
  process.exitCode = run.status ?? 1;
}

void (process.env.RFC_LEAN_SCAN_BUNDLED ? main() : launch());
