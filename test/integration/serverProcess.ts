/**
 * Finding this window's language server among the machine's processes, for the tests that stop or
 * kill it. The client starts `dist/server.js` with `--clientProcessId=<extension host pid>`, and
 * the tests run inside that extension host, so the match is exact even with other VS Code windows
 * (or other test runs) on the machine.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

/** Whether processes can be listed here (Linux through /proc, macOS and BSD through `ps`). */
export function canListProcesses(): boolean {
  return process.platform !== 'win32';
}

/** Pids of the language servers this extension host started. */
export function serverPids(): number[] {
  const ours = (args: string): boolean => /[\\/]dist[\\/]server\.js(\s|$)/.test(args) && args.includes(`--clientProcessId=${process.pid}`);
  if (fs.existsSync('/proc/self/cmdline')) {
    const pids: number[] = [];
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (ours(fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' '))) pids.push(Number(entry));
      } catch {
        // The process ended while we looked.
      }
    }
    return pids;
  }
  return execFileSync('ps', ['-A', '-o', 'pid=,command='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && ours(m[2]))
    .map((m) => Number(m[1]));
}
