/* global fetch */
// Shared by `npm start` (scripts/start.mjs) and the end-to-end tests (test/e2e/): package the
// extension, install it into a fresh extensions folder, and run code-server (a real VS Code, 1.100)
// on a loopback port. Plain ESM so that both a plain Node script and vitest can import it.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER = path.join(ROOT, '.e2e', 'code-server', 'node_modules', '.bin', 'code-server');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${PACKAGE.publisher}.${PACKAGE.name}`;
export const VSIX = path.join(ROOT, `${PACKAGE.name}-${PACKAGE.version}.vsix`);

/** Settings that keep the workbench quiet and predictable: no welcome page, tips, updates or trust prompt. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
};

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: options.quiet ? 'pipe' : 'inherit', encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (r.status !== 0) {
    const detail = options.quiet ? `\n${r.stdout ?? ''}${r.stderr ?? ''}` : '';
    throw new Error(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}${detail}`);
  }
  return r.stdout ?? '';
}

/** Installs code-server and Chromium when missing (scripts/setup-e2e.sh exits at once when all is there). */
export function ensureSetup() {
  run('bash', [path.join(ROOT, 'scripts', 'setup-e2e.sh')]);
}

/** Builds the production bundles and packages them: `npm run package`. Returns the .vsix path. */
export function packageVsix({ quiet = false } = {}) {
  run('npm', ['run', '--silent', 'package'], { quiet });
  if (!fs.existsSync(VSIX)) throw new Error(`npm run package did not produce ${VSIX}`);
  return VSIX;
}

/** Installs the .vsix into `extensionsDir` (created fresh by the caller). */
export function installExtension(vsix, extensionsDir, userDataDir) {
  fs.mkdirSync(extensionsDir, { recursive: true });
  run(CODE_SERVER, ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--force'], { quiet: true });
}

/** Writes the user settings code-server starts with. */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}

/** The first port from `start` on that nothing listens on (loopback only). */
export async function freePort(start = 8080, tries = 100) {
  for (let port = start; port < start + tries; port++) {
    const free = await new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${start}..${start + tries - 1}`);
}

/**
 * Deletes a run's temporary folder. The extension host and its language server may still write into
 * the user-data folder for a moment after code-server exits (workspace storage, locks), so the
 * removal is retried; a folder that still cannot be removed is reported and left, never a failure.
 */
export function removeRunFolder(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (e) {
    console.warn(`Could not remove ${dir}: ${e.message}`);
  }
}

/** Copies the example workspace to `dest`, so a run never changes the demo. */
export function copyExamples(dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'examples'), dest, { recursive: true });
  return dest;
}

/**
 * Starts code-server and resolves once it answers HTTP. `folder` is opened by default (a scenario
 * can open another with `?folder=`). `log` receives code-server's output lines. `port` 0 lets the
 * system pick a free port: several test runs on one machine never race for the same one.
 *
 * The URL is the one this child reports it listens on ("HTTP server listening on …"), never just
 * the port asked for: when that port is taken, another program may answer on it (another test run's
 * code-server), and the tests would run against it until it went away.
 */
export async function startCodeServer({ port, extensionsDir, userDataDir, folder, log = () => {}, timeoutMs = 60_000 }) {
  const args = [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
  ];
  if (folder) args.push(folder);
  const child = spawn(CODE_SERVER, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let heard;
  const listening = new Promise((resolve) => (heard = resolve));
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    let partial = '';
    stream.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        log(line);
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (m) heard(m[1]);
      }
    });
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(`code-server exited (${code ?? signal})`)));
  const deadline = Date.now() + timeoutMs;
  const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
  const url = await Promise.race([listening, exited, timedOut]);
  if (!url.startsWith('http://')) {
    child.kill('SIGTERM');
    throw new Error(url === 'timeout' ? `code-server did not report its address within ${timeoutMs} ms` : url);
  }
  for (;;) {
    const state = await Promise.race([exited, fetch(`${url}/healthz`).then((r) => (r.ok ? 'up' : 'down'), () => 'down')]);
    if (state === 'up') break;
    if (state !== 'down') throw new Error(state);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    process: child,
    /** Stops code-server and the processes it started (extension host, language server). */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!done) child.kill('SIGKILL');
    },
  };
}
