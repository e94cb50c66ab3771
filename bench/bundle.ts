import * as path from 'node:path';
import { build } from 'esbuild';
import { BENCH_DIR } from './gen/workspace';

/**
 * Bundles bench/child.ts the way esbuild.mjs bundles the server and the CLI (CommonJS, Node,
 * templates as text), but never minified: profiles then name our functions, and the bundle's
 * `// path/to/file.ts` markers map every line back to its source file. The peer stays external, as
 * the ES module it is published as.
 */
export const CHILD_BUNDLE = path.join(BENCH_DIR, '.work', 'child.cjs');

export async function bundleChild(): Promise<string> {
  await build({
    entryPoints: [path.join(BENCH_DIR, 'child.ts')],
    outfile: CHILD_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.md': 'text' },
    external: ['vscode-markdown-languageservice'],
    // As in esbuild.mjs: jsonc-parser's UMD build requires its modules by computed names.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    logLevel: 'warning',
    legalComments: 'none',
  });
  return CHILD_BUNDLE;
}
