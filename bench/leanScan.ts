/**
 * `tsx bench/leanScan.ts <folder>…`: how often the index's lean scan reads a file itself and how often
 * it gives up and the file is parsed instead, for each index detail, with the reasons, and what the
 * lean scan and the full parse cost over the same files. The folder's `.rfc-author.json` decides which
 * files are RFCs, tasks and ADRs (the defaults without one).
 *
 *   npx tsx bench/leanScan.ts /tmp/gen1000 /work/eval/repos/some-repo
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, resolveConfig } from '../server/src/core/config';
import { DocumentClassifier, isDocumentKind } from '../server/src/core/index/globs';
import { scanSummary } from '../server/src/core/index/summarize';
import type { SummaryDetail } from '../server/src/core/index/summary';
import { summaryContext, summaryOf } from '../server/src/core/index/summary';
import { DEFAULT_PARSE_OPTIONS } from '../server/src/core/parser/parseOptions';
import { parseRfc } from '../server/src/core/parser/rfcParser';
import { RULE_IDS } from '../server/src/core/rules';
import { buildTemplate } from '../server/src/core/template';
import { BUILTIN_TEMPLATES } from '../server/src/core/builtinTemplates';
import type { DocKind } from '../server/src/core/types';

function walk(dir: string, root: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, root, out);
    else if (e.name.endsWith('.md')) out.push(path.relative(root, p).split(path.sep).join('/'));
  }
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1];
}

for (const root of process.argv.slice(2)) {
  const configFile = path.join(root, '.rfc-author.json');
  const config = fs.existsSync(configFile) ? resolveConfig(JSON.parse(fs.readFileSync(configFile, 'utf8')), RULE_IDS).config : DEFAULT_CONFIG;
  const templatePath = path.join(root, config.template ?? 'docs/rfcs/RFC-TEMPLATE.md');
  const template = fs.existsSync(templatePath) ? buildTemplate(fs.readFileSync(templatePath, 'utf8'), templatePath) : buildTemplate(BUILTIN_TEMPLATES.rfc, 'built-in');
  const ctx = summaryContext(template, config, DEFAULT_PARSE_OPTIONS);
  const classifier = new DocumentClassifier(config, [config.template ?? 'docs/rfcs/RFC-TEMPLATE.md']);
  const paths: string[] = [];
  walk(root, root, paths);
  const files: [string, DocKind, string][] = [];
  for (const p of paths) {
    const kind = classifier.kindOf(p);
    if (isDocumentKind(kind)) files.push([p, kind, fs.readFileSync(path.join(root, p), 'utf8')]);
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
        if (typeof s === 'string') summaryOf(parseRfc(p, 0, text), kind, ctx, detail);
      }
      if (round > 1) lean.push(performance.now() - t);
      t = performance.now();
      for (const [p, kind, text] of files) summaryOf(parseRfc(p, 0, text), kind, ctx, detail);
      if (round > 1) parse.push(performance.now() - t);
    }
    console.log(`  ${detail}: lean scan (with its fall-backs) ${median(lean).toFixed(0)} ms, full parse of every file ${median(parse).toFixed(0)} ms (${(median(lean) / median(parse)).toFixed(2)}x)`);
  }
}
