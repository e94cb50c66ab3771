import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

describe('scenario 6: the status bar shows the phase summary of the active RFC', () => {
  const workbench = useWorkbench('status-bar');

  it('shows the summary, follows a marker change as you type, and hides for a non-RFC file', async () => {
    const wb = workbench();
    await wb.openFile('docs/rfcs/RFC-0002-scheduler-time-slices.md');
    await expect.poll(() => wb.phaseStatus.textContent(), { timeout: 45_000 }).toBe('RFC-0002 ✅2 🟨1 ⬜0');

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
