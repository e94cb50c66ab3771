import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/codeServer.mjs';
import { RfcExplorerView } from './harness/rfcExplorer';
import { until, useWorkbench } from './harness/workbench';
import type { Workbench } from './harness/workbench';

const RFC1 = 'docs/rfcs/RFC-0001-ipc-message-format.md';
const INDEX = 'docs/rfcs/README.md';

/** The exit code of `rfc-author index --check` on the folder: 0 when its table is current. */
function indexCheck(folder: string): number | null {
  return spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'index', '--check'], { cwd: folder, encoding: 'utf8' }).status;
}

/** The explorer of examples/ as it must look: status groups, each RFC with its roll-up and title. */
const EXAMPLES_TREE = [
  'Draft — 3',
  '  RFC-0003 ✅0 🟨0 ⬜3 — Boot log encoding',
  '  RFC-0006 ✅0 🟨0 ⬜2 — Page allocator v2 (per-CPU caches)',
  '  RFC-0006 ✅0 🟨0 ⬜2 — VFS mount table',
  'In Progress — 1',
  '  RFC-0001 ✅1 🟨1 ⬜1 — IPC message format and capability transfer',
  'Complete — 1',
  '  RFC-0002 ✅2 🟨1 ⬜0 — Scheduler time slices',
  'Other — 2',
  '  RFC-0004 ✅3 🟨0 ⬜0 — Page allocator',
  '  RFC-0005 ✅0 🟨1 ⬜2 — Network stack bring-up',
];

/** Which file each RFC row (by its title) stands for, to compare its badge with the CLI's findings. */
const FILES_BY_TITLE: Readonly<Record<string, string>> = {
  'Boot log encoding': 'docs/rfcs/RFC-0003-boot-log-encoding.md',
  'Page allocator v2 (per-CPU caches)': 'docs/rfcs/RFC-0006-page-allocator-v2.md',
  'VFS mount table': 'docs/rfcs/RFC-0006-vfs-mount-table.md',
  'IPC message format and capability transfer': RFC1,
  'Scheduler time slices': 'docs/rfcs/RFC-0002-scheduler-time-slices.md',
  'Page allocator': 'docs/rfcs/RFC-0004-page-allocator.md',
  'Network stack bring-up': 'docs/rfcs/RFC-0005-network-stack.md',
};

/**
 * The badge each RFC must show, from `rfc-author check` on the same folder (the same rules through
 * the same facade): its error count, else its warning count, else none.
 */
function badgesFromCli(folder: string): Record<string, string> {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '.', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  const { findings } = JSON.parse(run.stdout) as { findings: { file: string; severity: string }[] };
  const out: Record<string, string> = {};
  for (const [title, file] of Object.entries(FILES_BY_TITLE)) {
    const count = (severity: string): number => findings.filter((f) => f.file === file && f.severity === severity).length;
    const n = count('error') || count('warning');
    out[title] = n === 0 ? '' : n > 9 ? '9+' : String(n);
  }
  return out;
}

async function badgesShown(view: RfcExplorerView): Promise<Record<string, string>> {
  const rows = (await view.rows()).filter((r) => r.level === 2);
  return Object.fromEntries(rows.map((r) => [r.description, r.badge]));
}

/** Ticks exactly `labels` in the open multiple-choice quick pick (unticking the others) and accepts. */
async function pickOnly(wb: Workbench, labels: readonly string[]): Promise<void> {
  await wb.quickInput.waitFor({ state: 'visible' });
  const rows = wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  await rows.first().waitFor();
  for (const row of await rows.all()) {
    const label = ((await row.locator('.label-name').first().textContent()) ?? '').trim();
    const wanted = labels.includes(label);
    if (((await row.getAttribute('aria-checked')) === 'true') !== wanted) await row.click();
    await until(`${label} to be ${wanted ? 'ticked' : 'unticked'}`, async () => ((await row.getAttribute('aria-checked')) === 'true') === wanted);
  }
  await wb.page.keyboard.press('Enter');
  await wb.quickInput.waitFor({ state: 'hidden' });
}

describe('the RFC explorer', () => {
  const workbench = useWorkbench('explorer');

  it('groups the RFCs of the workspace by status, with their roll-ups and the problem counts of the CLI', async () => {
    const wb = workbench();
    const view = new RfcExplorerView(wb);
    await view.show();
    await expect.poll(() => view.lines(), { timeout: 45_000 }).toEqual(EXAMPLES_TREE);
    // The counts arrive when the server has checked every RFC (an overviewChanged later).
    const expected = badgesFromCli(wb.folder);
    expect(expected['IPC message format and capability transfer']).toBe('');
    expect(Object.values(expected).filter(Boolean).length).toBeGreaterThan(3);
    await expect.poll(() => badgesShown(view), { timeout: 45_000 }).toEqual(expected);
  });

  it('lists an RFC\'s phases and linked tasks; a click goes to the phase line or opens the task', async () => {
    const wb = workbench();
    const view = new RfcExplorerView(wb);
    await view.show();
    await view.expand('RFC-0001');
    await expect.poll(() => view.lines()).toEqual([
      ...EXAMPLES_TREE.slice(0, 6),
      '    ✅ Phase 0 (header encoding) — done',
      '    🟨 Phase 1 (capability transfer) — in progress',
      '    ⬜ Phase 2 (fuzzing and limits) — not started',
      '    TASK-0001 IPC header encoding — done',
      '    TASK-0002 Capability transfer: move semantics and rights check — in-progress',
      '    TASK-0003 IPC decoder fuzzing — todo',
      ...EXAMPLES_TREE.slice(6),
    ]);

    await view.row('🟨 Phase 1').click();
    await wb.waitForActiveTab('RFC-0001-ipc-message-format.md');
    const phaseLine = wb.lineInFile(RFC1, (l) => l.startsWith('- **Phase 1'));
    await until(`the cursor on line ${phaseLine}`, async () => (await wb.cursor()).startsWith(`Ln ${phaseLine}, Col 1`));
    await view.widen(160);
    await wb.page.mouse.move(900, 880);
    await wb.screenshot('explorer');

    await view.row('TASK-0002').click();
    await wb.waitForActiveTab('TASK-0002-capability-transfer.md');
  });

  it('follows an edit as it is typed: a retyped phase marker changes the roll-up', async () => {
    const wb = workbench();
    const view = new RfcExplorerView(wb);
    await wb.openFile(RFC1);
    const line = wb.lineInFile(RFC1, (l) => l.startsWith('- **Phase 2'));
    const column = ((await wb.lines()).get(line) ?? '').indexOf('⬜') + 1;
    await wb.goTo(line, column);
    await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.page.keyboard.type('✅');
    await expect.poll(() => view.lines(), { timeout: 45_000 }).toContain('  RFC-0001 ✅2 🟨1 ⬜0 — IPC message format and capability transfer');
    expect(await view.lines()).toContain('    ✅ Phase 2 (fuzzing and limits) — done');
    await wb.page.keyboard.press('Control+Z');
    await expect.poll(() => view.lines(), { timeout: 45_000 }).toContain('  RFC-0001 ✅1 🟨1 ⬜1 — IPC message format and capability transfer');
  });

  it('filters by status and by owner from its title bar, says so, and clears the filter', async () => {
    const wb = workbench();
    const view = new RfcExplorerView(wb);
    await view.show();
    await view.collapse('RFC-0001');
    await view.action('Filter RFCs by Status…').click();
    await pickOnly(wb, ['Draft', 'Complete']);
    await expect.poll(() => view.lines()).toEqual([...EXAMPLES_TREE.slice(0, 4), ...EXAMPLES_TREE.slice(6, 8)]);
    await expect.poll(() => view.message.textContent()).toBe('Filtered: Status: Draft, Complete');

    await view.action('Filter RFCs by Owner…').click();
    await pickOnly(wb, ['@storage']);
    await expect.poll(() => view.lines()).toEqual(['Draft — 1', '  RFC-0006 ✅0 🟨0 ⬜2 — VFS mount table']);
    await expect.poll(() => view.message.textContent()).toBe('Filtered: Status: Draft, Complete · Owner: @storage');

    // Nothing left to show: the view says why instead of looking empty.
    await view.action('Filter RFCs by Status…').click();
    await pickOnly(wb, ['In Progress']);
    await expect.poll(() => view.lines()).toEqual([]);
    await expect.poll(() => view.message.textContent()).toBe('No RFC matches the filter (Status: In Progress · Owner: @storage).');
    expect(await view.welcome.isVisible()).toBe(false);

    await view.action('Clear RFC Filter').click();
    await expect.poll(() => view.lines()).toEqual(EXAMPLES_TREE);
    await expect.poll(() => view.message.isVisible()).toBe(false);
    expect(await view.action('Clear RFC Filter').isVisible()).toBe(false);
  });
});

describe('RFC: Update Index', () => {
  const workbench = useWorkbench('update-index');

  it('writes the RFC table into the index file as rfc-author index does, then finds it up to date', async () => {
    const wb = workbench();
    await wb.openFile(RFC1);
    await wb.waitForLinks(wb.lineInFile(RFC1, (l) => l.startsWith('  - Tasks:')));
    writeFileSync(join(wb.folder, INDEX), '# RFCs\n\n<!-- rfc-author:index:start -->\n<!-- rfc-author:index:end -->\n');
    const toast = (text: string): Locator => wb.page.locator('.notifications-toasts .notification-toast', { hasText: text });

    // Open, a stale index file carries the index-stale warning: the server knows the file.
    await wb.openFile(INDEX);
    await until('the index-stale warning', async () => (await wb.squiggleLines()).length > 0);

    await wb.command('RFC: Update Index');
    await toast('Updated the RFC index in docs/rfcs/README.md.').waitFor({ timeout: 45_000 });
    await expect.poll(async () => [...(await wb.lines()).values()].filter((l) => l.startsWith('| [RFC-')).length).toBe(7);
    await expect.poll(() => wb.squiggleLines(), { timeout: 45_000 }).toEqual([]);
    await wb.save();
    expect(indexCheck(wb.folder)).toBe(0);

    await wb.command('RFC: Update Index');
    await toast('The RFC index in docs/rfcs/README.md is up to date.').waitFor({ timeout: 45_000 });
  });
});

describe('the RFC explorer in a folder without RFCs', () => {
  const workbench = useWorkbench('explorer-empty', { empty: true });

  it('shows the welcome view, whose button writes the first RFC, which the explorer then lists', async () => {
    const wb = workbench();
    const view = new RfcExplorerView(wb);
    await view.show();
    await until('the welcome view', () => view.welcome.getByText('No RFCs yet').isVisible());
    await wb.screenshot('explorer-welcome');
    await view.welcome.getByRole('button', { name: 'Create your first RFC' }).click();
    await wb.quickInput.locator('input').waitFor({ state: 'visible' });
    await wb.page.keyboard.type('First design');
    await wb.page.keyboard.press('Enter');
    await wb.waitForActiveTab('RFC-0001-first-design.md');
    await expect.poll(() => view.lines(), { timeout: 45_000 }).toEqual(['Draft — 1', '  RFC-0001 ✅0 🟨0 ⬜3 — First design']);
    expect(await view.welcome.isVisible()).toBe(false);
  });
});
