import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0002-scheduler-time-slices.md';

describe('scenario 5: jump to a linked task', () => {
  const workbench = useWorkbench('definition');

  it('opens the task file from a task id with F12', async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    const line = wb.lineInFile(RFC, (l) => l.startsWith('- **Phase 0') && l.includes('TASK-0004'));
    const column = ((await wb.lines()).get(line) ?? '').indexOf('TASK-0004') + 3;
    await wb.goTo(line, column);
    await wb.waitForLinks(line);
    await wb.page.keyboard.press('F12');
    await wb.waitForActiveTab('TASK-0004-scheduler-tick.md');
    await until('the task to render', async () => ((await wb.lines()).get(1) ?? '') === '---');
    await wb.screenshot('05-definition');
  });

  it('opens the task file from a task id with Ctrl+click', async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    const row = wb.editor.locator('.view-lines .view-line', { hasText: 'Phase 1' }).filter({ hasText: 'TASK-0005' });
    const id = row.locator('span', { hasText: /^-?0005$/ }).first();
    await id.waitFor();
    // Hovering first shows what the id names: the task's title and status.
    await id.hover();
    const hover = wb.page.locator('.monaco-hover', { hasText: 'TASK-0005: Scheduler priorities and wake-up boost' });
    await hover.first().waitFor({ timeout: 45_000 });
    expect(await hover.first().textContent()).toContain('Status: in-progress');
    await wb.screenshot('05-hover');
    await wb.ctrlClick(id);
    await wb.waitForActiveTab('TASK-0005-scheduler-priorities.md');
  });
});
