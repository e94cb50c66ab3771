import { describe, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0002-scheduler-time-slices.md';

describe('phase-line CodeLens', () => {
  const workbench = useWorkbench('codelens');

  it("shows a phase line's task with its status above the line, and opens the task on click", async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    const lens = wb.editor.locator('.codelens-decoration a', { hasText: 'TASK-0004' });
    // A lens drawn before the index has read the task says "(no status)"; the server asks for the
    // lenses again once it has (workspace/codeLens/refresh), and the status shows.
    await until('the lens of TASK-0004 with its status', async () => (await lens.count()) > 0 && (await lens.first().textContent()) === 'TASK-0004 Done (2026-05-02)');
    await wb.screenshot('08-codelens');
    await lens.first().click();
    await wb.waitForActiveTab('TASK-0004-scheduler-tick.md');
    await until('the task to render', async () => ((await wb.lines()).get(1) ?? '') === '---');
  });
});
