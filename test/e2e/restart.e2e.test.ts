import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

/** Pids of the language servers started from this run's installed extension (found by command line). */
function serverPids(): Set<number> {
  const serverJs = `${inject('extensionsDir')}/`;
  const pids = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((a) => a.startsWith(serverJs) && a.endsWith('/dist/server.js'))) pids.add(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

describe('scenario 7: reliability', () => {
  let before: Set<number>;
  beforeAll(() => {
    before = serverPids();
  });
  const workbench = useWorkbench('restart');

  it('restarts a killed language server, and the Problems panel fills again', async () => {
    const wb = workbench();
    await wb.openFile('docs/rfcs/RFC-0004-page-allocator.md');
    await until('the broken-link entry in Problems', async () => (await wb.problems()).some((r) => r.includes('broken-link')));
    const ours = await until('this window\'s language server', () => {
      const fresh = [...serverPids()].filter((p) => !before.has(p));
      return fresh.length === 1 ? fresh[0] : undefined;
    });

    process.kill(ours, 'SIGKILL');
    const restarted = await until('a new language server', () => {
      const fresh = [...serverPids()].filter((p) => !before.has(p) && p !== ours);
      return fresh.length === 1 ? fresh[0] : undefined;
    });
    expect(restarted).not.toBe(ours);
    await until('the broken-link entry in Problems again', async () => (await wb.problems()).some((r) => r.includes('broken-link')));

    // The new server serves edits: a new broken link is reported.
    await wb.focusEditor();
    await wb.goTo(1, 1);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('See `tasks/TASK-0099-does-not-exist.md`.');
    await until('the new broken link in Problems', async () => (await wb.problems()).some((r) => r.includes('TASK-0099-does-not-exist.md')));
    await wb.screenshot('07-restart');
  });
});
