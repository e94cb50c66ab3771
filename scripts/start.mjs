// `npm start`: opens the demo workspace in a real VS Code (code-server) with the freshly packaged
// extension. Installs code-server on first use, packages the .vsix, installs it into a fresh
// extensions folder under .e2e/, copies examples/ to a scratch folder (the demo stays pristine),
// prints the URL and runs until Ctrl+C.
import * as fs from 'node:fs';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { copyExamples, ensureSetup, freePort, installExtension, packageVsix, ROOT, startCodeServer, writeUserSettings } from './lib/codeServer.mjs';

const base = path.join(ROOT, '.e2e', 'start');

// Exits at once when code-server and Chromium are installed; installs them on first use.
ensureSetup();
console.log('Packaging the extension…');
const vsix = packageVsix({ quiet: true });
const extensionsDir = path.join(base, 'extensions');
const userDataDir = path.join(base, 'user-data');
fs.rmSync(extensionsDir, { recursive: true, force: true });
writeUserSettings(userDataDir);
installExtension(vsix, extensionsDir, userDataDir);
const folder = copyExamples(path.join(base, 'workspace'));
const port = await freePort(8080);
const server = await startCodeServer({ port, extensionsDir, userDataDir, folder, log: (line) => process.env.RFC_AUTHOR_VERBOSE && console.log(`[code-server] ${line}`) });

console.log(`\nRFC Author is running in VS Code (code-server) at ${server.url}`);
console.log(`Workspace: ${folder} (a copy of examples/)`);
console.log('Press Ctrl+C to stop.\n');
openBrowser(server.url);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.on('exit', (code) => {
  if (!stopping) {
    console.error(`code-server stopped unexpectedly (${code}).`);
    process.exit(1);
  }
});

/**
 * On a desktop (a display is set), opens the editor in an app window of Chromium, the browser the
 * setup installed; elsewhere (a server, CI, SSH) the printed URL is the way in.
 */
function openBrowser(url) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const browser = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  const [cmd, args] = browser ? [browser, [`--app=${url}`, '--no-first-run', `--user-data-dir=${path.join(base, 'browser')}`]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Open ${url} in a browser.`));
  child.unref();
}
