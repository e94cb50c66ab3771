// `npm run test:vscode`: the extension tests (dist/test/integration/index.js, the same runner as
// `npm run test:integration`) in desktop VS Code, through @vscode/test-electron's runTests, on a
// temporary copy of test/fixtures/integration-workspace/.
//
// VSCODE_EXECUTABLE=/path/to/code runs an installed VS Code (no download). Without it, test-electron
// downloads the newest stable VS Code that satisfies `engines.vscode` into .vscode-test/ (or uses
// the copy there when the update service does not answer). When neither works, as on a machine
// without internet access, this script says so and exits 0 without claiming that anything passed:
// `npm run test:integration` runs the same suite in code-server there. On Linux without a display,
// run it under `xvfb-run -a`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { removeRunFolder, ROOT, writeUserSettings } from './lib/codeServer.mjs';
import { prepareRun, requireRunner } from './lib/extensionTests.mjs';

/** Errors that mean "the download service cannot be reached from here", not "the tests failed". */
const OFFLINE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH']);

function isOffline(error) {
  for (let e = error; e; e = e.cause) {
    if (OFFLINE.has(e.code)) return true;
    if (/timeout|timed out|getaddrinfo|socket hang up/i.test(String(e.message ?? ''))) return true;
    if (Array.isArray(e.errors) && e.errors.some(isOffline)) return true;
  }
  return false;
}

const runner = requireRunner();
let executable = process.env.VSCODE_EXECUTABLE;
if (executable && !fs.existsSync(executable)) {
  console.error(`test:vscode: VSCODE_EXECUTABLE is ${executable}, which does not exist.`);
  process.exit(1);
}
if (!executable) {
  try {
    executable = await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION, extensionDevelopmentPath: ROOT, timeout: 15_000 });
  } catch (e) {
    if (!isOffline(e)) throw e;
    console.log(
      'test:vscode: VS Code cannot be downloaded here (the update service at update.code.visualstudio.com does not answer:' +
        ` ${e.code ?? e.message}), no copy is cached in .vscode-test/ and VSCODE_EXECUTABLE is not set.` +
        '\ntest:vscode: the extension tests did NOT run in desktop VS Code; nothing was tested.' +
        '\ntest:vscode: set VSCODE_EXECUTABLE=/path/to/code to use an installed VS Code, or run `npm run test:integration` (the same suite in code-server).',
    );
    process.exit(0);
  }
}

const run = prepareRun('vscode');
writeUserSettings(run.userDataDir);
console.log(`test:vscode: ${executable}, workspace ${run.workspace}`);
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: runner,
    extensionTestsEnv: { RFC_INTEGRATION_GREP: process.env.RFC_INTEGRATION_GREP ?? '' },
    // runTests adds --extensionDevelopmentPath, --extensionTestsPath, --disable-workspace-trust,
    // --skip-welcome and --disable-updates itself.
    launchArgs: [run.workspace, '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir],
  });
  console.log('test:vscode: the extension tests passed in desktop VS Code.');
  removeRunFolder(run.base);
} catch (e) {
  console.error(`test:vscode: the extension tests failed in desktop VS Code (${e instanceof Error ? e.message : String(e)}). Logs: ${path.join(run.userDataDir, 'logs')}`);
  process.exit(1);
}
