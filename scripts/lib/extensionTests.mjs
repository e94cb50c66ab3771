// What both launchers of the extension tests share (`npm run test:integration` in code-server,
// `npm run test:vscode` in desktop VS Code): the built runner, and a fresh copy of the fixture
// workspace in a temporary folder, so a run never changes the repository.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './codeServer.mjs';

/** The runner `npm run build` writes: CommonJS, exports `run(): Promise<void>`, mocha and the suites inside. */
export const RUNNER = path.join(ROOT, 'dist', 'test', 'integration', 'index.js');
export const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'integration-workspace');

/** Fails with a clear message when the runner has not been built. */
export function requireRunner() {
  if (!fs.existsSync(RUNNER)) throw new Error(`${path.relative(ROOT, RUNNER)} is missing: run \`npm run build\` first.`);
  return RUNNER;
}

/**
 * A temporary folder for one run: `workspace/` (a copy of the fixture), `user-data/` and
 * `extensions/` (empty: only the extension under development and the built-in ones load).
 */
export function prepareRun(prefix) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `rfc-author-${prefix}-`));
  const workspace = path.join(base, 'workspace');
  fs.cpSync(FIXTURE, workspace, { recursive: true });
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = path.join(base, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  return { base, workspace, userDataDir, extensionsDir };
}
