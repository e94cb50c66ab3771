// `npm run test:integration`: the extension tests (dist/test/integration/index.js) in code-server's
// extension host. code-server 4.100.3 refuses --extensionDevelopmentPath on its command line, so the
// workbench is opened in headless Chromium with a `payload` that names the extension under
// development (this repository) and the tests' runner, as remote URIs. The workbench runs `run()`
// in the remote (Node) extension host and reports its outcome through `codeAutomationExit` (0 when
// it resolved, 1 when it threw); its logs, the mocha report among them, through `codeAutomationLog`.
//
// RFC_INTEGRATION_GREP=<regular expression> runs the tests whose full title matches it; RFC_INTEGRATION_VERBOSE=1
// prints every workbench and code-server log line; RFC_INTEGRATION_KEEP=1 keeps the run's folder
// (it is kept anyway when the run fails). The exit code is the run's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureSetup, removeRunFolder, ROOT, startCodeServer, writeUserSettings } from './lib/codeServer.mjs';
import { prepareRun, requireRunner } from './lib/extensionTests.mjs';

/** The runner's first line; the workbench's own start-up messages come before it. */
const RUNNER_START = 'RFC Author extension tests:';
const TIMEOUT_MS = Number(process.env.RFC_INTEGRATION_TIMEOUT_MS ?? 15 * 60_000);
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const verbose = Boolean(process.env.RFC_INTEGRATION_VERBOSE);

ensureSetup();
const runner = requireRunner();
const run = prepareRun('integration');
const logFile = path.join(run.base, 'workbench.log');
const log = fs.createWriteStream(logFile);
writeUserSettings(run.userDataDir);

const started = Date.now();
// Port 0: the system picks a free one (other test runs on this machine never collide with it).
const server = await startCodeServer({
  port: 0,
  extensionsDir: run.extensionsDir,
  userDataDir: run.userDataDir,
  log: (line) => {
    log.write(`[code-server] ${line}\n`);
    if (verbose) console.log(`[code-server] ${line}`);
  },
});
const authority = new URL(server.url).host;
const remote = (p) => `vscode-remote://${authority}${p}`;
const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(runner)]];
const url = `${server.url}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
let code;
try {
  const page = await browser.newPage();
  let reporting = false;
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  // Both before the page loads: the workbench looks for them when the tests start.
  await page.exposeFunction('codeAutomationExit', (c) => exit(Number(c)));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The arguments of a console call in the extension host (mocha's reporter passes format strings).
    const text = format(...(Array.isArray(args) ? args : [args]));
    log.write(`[${type}] ${text}\n`);
    if (text.startsWith(RUNNER_START)) reporting = true;
    if (verbose || reporting) (type === 'error' ? console.error : console.log)(text);
  });
  const failed = new Promise((resolve) => {
    page.on('crash', () => resolve('the page crashed'));
    server.process.once('exit', (c, signal) => resolve(`code-server exited (${c ?? signal})`));
    setTimeout(() => resolve(`no result after ${TIMEOUT_MS / 1000} s`), TIMEOUT_MS).unref();
  });
  await page.goto(url);
  const outcome = await Promise.race([exited, failed]);
  if (typeof outcome === 'number') code = outcome;
  else {
    console.error(`test:integration: ${outcome}.`);
    code = 1;
  }
} finally {
  await browser.close();
  await server.stop();
  await new Promise((resolve) => log.end(resolve));
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (code === 0) console.log(`test:integration: the extension tests passed in code-server (${seconds} s).`);
else console.error(`test:integration: the extension tests failed (exit code ${code}, ${seconds} s). Workbench log: ${logFile}`);
if (code === 0 && !process.env.RFC_INTEGRATION_KEEP) removeRunFolder(run.base);
else console.log(`The run's folder (workspace, user data with the extension host logs, workbench log): ${run.base}`);
process.exit(code);
