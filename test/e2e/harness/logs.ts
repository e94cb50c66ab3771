/**
 * The logs of one workbench, saved next to a failed test's screenshot: the extension host's log and
 * the "RFC Author" output channel (the language server's log). code-server writes them under the
 * run's user-data folder, one `exthost<N>` folder per extension host, N counting up as windows
 * connect; a window's are the ones that appeared after it was opened.
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The `exthost<N>` log folders under `userDataDir`, oldest first. */
export function extensionHostLogDirs(userDataDir: string): string[] {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return [];
  const dirs: { path: string; session: string; n: number }[] = [];
  for (const session of readdirSync(logs)) {
    const sessionDir = join(logs, session);
    for (const entry of safeList(sessionDir)) {
      const m = /^exthost(\d+)$/.exec(entry);
      if (m) dirs.push({ path: join(sessionDir, entry), session, n: Number(m[1]) });
    }
  }
  return dirs.sort((a, b) => a.session.localeCompare(b.session) || a.n - b.n).map((d) => d.path);
}

/**
 * Copies the newest extension host's logs that did not exist in `before` to `<dest>.exthost.log`
 * and `<dest>.rfc-author.log`. Returns the files written (none when the window never got an
 * extension host).
 */
export function saveExtensionHostLogs(userDataDir: string, before: readonly string[], dest: string): string[] {
  const dir = extensionHostLogDirs(userDataDir).filter((d) => !before.includes(d)).at(-1);
  if (!dir) return [];
  const written: string[] = [];
  const copy = (from: string, suffix: string): void => {
    copyFileSync(from, `${dest}.${suffix}`);
    written.push(`${dest}.${suffix}`);
  };
  if (existsSync(join(dir, 'remoteexthost.log'))) copy(join(dir, 'remoteexthost.log'), 'exthost.log');
  for (const outputs of safeList(dir).filter((e) => e.startsWith('output_logging_'))) {
    const channel = safeList(join(dir, outputs)).find((f) => /^\d+-RFC Author\.log$/.test(f));
    if (channel) copy(join(dir, outputs, channel), 'rfc-author.log');
  }
  return written;
}

/** The last `lines` lines of a log. */
export function logTail(text: string, lines: number): string {
  return text.split('\n').slice(-lines - 1).join('\n');
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
