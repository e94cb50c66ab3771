// One build script for every bundle: the language server, the CLI and the VS Code client.
// `node esbuild.mjs` builds for development (with source maps); `--production` minifies and drops maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.md': 'text' },
  // jsonc-parser's default (UMD) build requires its modules by computed names, which a bundle cannot
  // hold; its ES module build bundles like any other.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  legalComments: 'none',
};

const entries = [
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The extension tests' runner with its suites and mocha, for `--extensionTestsPath`. Not built for
  // a release (`--production`): it is never packaged. Mocha's parallel mode resolves worker files at
  // run time; the runner never uses that mode.
  !production && {
    entryPoints: ['test/integration/index.ts'],
    outfile: 'dist/test/integration/index.js',
    external: ['vscode'],
    logOverride: { 'require-resolve-not-external': 'silent' },
  },
];

const existing = await Promise.all(
  entries.filter(Boolean).map(async (e) => ((await import('node:fs')).existsSync(e.entryPoints[0]) ? e : undefined)),
);
await Promise.all(existing.filter(Boolean).map((e) => esbuild.build({ ...common, ...e })));
