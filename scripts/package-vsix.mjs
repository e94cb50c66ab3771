// `npm run package` (after the production build): writes rfc-author-<version>.vsix at the repository
// root. package.json's `files` is the allowlist of both packages; the extension needs all of it but
// the command-line entry points (`VSIX_EXCLUDES`), which only the npm package runs. vsce packages
// what `files` lists and refuses a .vscodeignore beside it, so the .vsix is made in a staging folder
// from the same package.json with those entries left out of `files`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** In the npm package, not in the .vsix: the extension never runs the CLI. */
export const VSIX_EXCLUDES = ['bin/rfc-author.js', 'dist/cli.js'];

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const files = pkg.files.filter((f) => !VSIX_EXCLUDES.includes(f));
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-vsix-'));
try {
  for (const entry of files) fs.cpSync(path.join(ROOT, entry), path.join(stage, entry), { recursive: true });
  const { bin: _bin, ...manifest } = pkg;
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
  const out = path.join(ROOT, `rfc-author-${pkg.version}.vsix`);
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
