import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

// What the extension tests (test/integration/statusBar.test.ts) cannot see: the item rendered in the
// status bar, the phase list a click opens, and the hover card (the README's screenshot).
describe('scenario 6: the status bar shows the phase summary of the active RFC', () => {
  const workbench = useWorkbench('status-bar');

  it('shows the summary beside a task hover, follows a marker change as you type, lists the phases on a click, and hides for a task file', async () => {
    const wb = workbench();
    await wb.openFile('docs/rfcs/RFC-0002-scheduler-time-slices.md');
    await expect.poll(() => wb.phaseStatus.textContent(), { timeout: 45_000 }).toBe('RFC-0002 ✅2 🟨1 ⬜0');

    // Hovering a task id shows the task's title and status: the README's picture of both.
    const id = wb.editor.locator('.view-lines .view-line', { hasText: 'Phase 1' }).filter({ hasText: 'TASK-0005' }).locator('span', { hasText: /^-?0005$/ }).first();
    const hover = wb.page.locator('.monaco-hover', { hasText: 'TASK-0005: Scheduler priorities and wake-up boost' }).first();
    await until('the hover card of TASK-0005', async () => {
      await id.hover();
      return hover.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    });
    expect(await hover.textContent()).toContain('Status: in-progress');
    await wb.screenshot('05-hover');
    await wb.page.keyboard.press('Escape');

    // Phase 2 is 🟨: select the marker and type ✅ instead.
    const line = await wb.findLine('the Phase 2 line', (l) => l.startsWith('- **Phase 2'));
    const column = ((await wb.lines()).get(line) ?? '').indexOf('🟨') + 1;
    await wb.goTo(line, column);
    await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.page.keyboard.type('✅');
    await expect.poll(() => wb.phaseStatus.textContent(), { timeout: 45_000 }).toBe('RFC-0002 ✅3 🟨0 ⬜0');
    await wb.screenshot('06-status-bar');

    // A click shows the phases to jump to.
    await wb.phaseStatus.click();
    await until('the phase list', async () => (await wb.quickPickLabels()).some((l) => l.includes('Phase 2')));
    expect(await wb.quickPickLabels()).toEqual(['✅ Phase 0 (fixed tick)', '✅ Phase 1 (priorities)', '✅ Phase 2 (fairness proof)']);
    await wb.page.keyboard.press('Escape');

    await wb.openFile('tasks/TASK-0004-scheduler-tick.md');
    await expect.poll(() => wb.phaseStatus.isVisible(), { timeout: 45_000 }).toBe(false);
  });
});
