/**
 * Once per e2e run: installs code-server and Chromium if needed, packages a fresh .vsix, installs it
 * into a clean extensions folder and a clean user-data folder, and starts code-server on a free
 * loopback port the system picks. Scenarios get the URL and the run's folder through `inject`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SCREENSHOTS } from './harness/paths';
import { ensureSetup, installExtension, packageVsix, removeRunFolder, startCodeServer, VSIX, writeUserSettings } from '../../scripts/lib/codeServer.mjs';
import type { RunningCodeServer } from '../../scripts/lib/codeServer.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    codeServerUrl: string;
    e2eBase: string;
    userDataDir: string;
  }
}

let server: RunningCodeServer | undefined;
let base = '';

export async function setup(project: TestProject): Promise<void> {
  ensureSetup();
  // Screenshots of this run only: a stale failure picture would mislead.
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  // RFC_E2E_SKIP_PACKAGE=1 reuses the last .vsix while debugging a scenario (never in CI).
  const vsix = process.env.RFC_E2E_SKIP_PACKAGE && existsSync(VSIX) ? VSIX : packageVsix({ quiet: true });
  base = mkdtempSync(join(tmpdir(), 'rfc-author-e2e-'));
  const extensionsDir = join(base, 'extensions');
  const userDataDir = join(base, 'user-data');
  // Without word wrap, one screen row is one line: what the tests read maps to line numbers exactly.
  writeUserSettings(userDataDir, { '[markdown]': { 'editor.wordWrap': 'off' } });
  installExtension(vsix, extensionsDir, userDataDir);
  const verbose = Boolean(process.env.RFC_E2E_VERBOSE);
  // Port 0: the system picks a free one, so runs of other worktrees on this machine never collide.
  server = await startCodeServer({ port: 0, extensionsDir, userDataDir, log: (line) => verbose && console.log(`[code-server] ${line}`) });
  project.provide('codeServerUrl', server.url);
  project.provide('e2eBase', base);
  project.provide('userDataDir', userDataDir);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (base && !process.env.RFC_E2E_KEEP) removeRunFolder(base);
}
