import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0002-scheduler-time-slices.md';
const OLD = 'TASK-0004-scheduler-tick.md';
const NEW = 'TASK-0004-fixed-tick.md';

describe('links follow a renamed task file', () => {
  const workbench = useWorkbench('filemove');

  it('renaming a task in the explorer updates the RFC that links it, after VS Code asks', async () => {
    const wb = workbench();
    // The language server must be running to take part in the rename: wait for its diagnostics.
    await wb.openFile(RFC);
    await until('the diagnostics of the RFC', async () => (await wb.squiggleLines()).length > 0);
    const explorer = wb.page.locator('.explorer-folders-view');
    await explorer.locator('.monaco-list-row', { hasText: /^tasks$/ }).first().click();
    const row = explorer.locator('.monaco-list-row', { hasText: OLD }).first();
    await row.waitFor();
    await row.click();
    await wb.page.keyboard.press('F2');
    const input = explorer.locator('.monaco-inputbox input');
    await input.waitFor();
    await input.fill(NEW);
    await wb.page.keyboard.press('Enter');
    // rfcAuthor.updateLinksOnFileMove is "prompt": VS Code asks before applying the links' edit.
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 45_000 });
    expect(await dialog.textContent()).toContain("Extension 'RFC Author' wants to make refactoring changes with this file move");
    await wb.screenshot('09-file-move-prompt');
    await dialog.locator('.monaco-button', { hasText: 'OK' }).first().click();
    // The RFC is open, so the edit lands in its buffer: it shows the new path, and saving writes it.
    const name = RFC.slice(RFC.lastIndexOf('/') + 1);
    await wb.page.locator('.tabs-container .tab', { hasText: name }).first().click();
    await wb.waitForActiveTab(name);
    const line = wb.lineInFile(RFC, (l) => l.includes(`tasks/${OLD}`));
    await until('the RFC to link the renamed task', async () => ((await wb.lines()).get(line) ?? '').includes(`tasks/${NEW}`));
    await wb.save();
    await until('the RFC saved with the new link', () => readFileSync(join(wb.folder, RFC), 'utf8').includes(`tasks/${NEW}`));
    expect(readFileSync(join(wb.folder, RFC), 'utf8')).not.toContain(`tasks/${OLD}`);
  });
});
