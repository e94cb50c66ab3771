import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

// What each command does is checked through the API in test/integration/commands.test.ts; here,
// what only a person sees: the lists the commands offer.
describe('the pick lists of the commands', () => {
  const workbench = useWorkbench('commands');

  it('RFC: Go to Linked Task… lists the linked tasks with their status, and RFC: Insert Section… the missing sections', async () => {
    const wb = workbench();
    await wb.openFile('docs/rfcs/RFC-0002-scheduler-time-slices.md');
    await wb.command('RFC: Go to Linked Task…');
    // The quick pick's rows are read from the screen while it renders: poll until both linked tasks show.
    const expected = ['TASK-0004: Scheduler: fixed tick and simulation harness', 'TASK-0005: Scheduler priorities and wake-up boost'];
    const labels = await until('the linked tasks', async () => {
      const l = await wb.quickPickLabels();
      return expected.every((e) => l.includes(e)) ? l : undefined;
    });
    expect(labels).toEqual(expect.arrayContaining(expected));
    expect(await wb.quickPickRow('TASK-0005: Scheduler priorities and wake-up boost').textContent()).toContain('in-progress');
    await wb.screenshot('commands-go-to-linked-task');
    await wb.page.keyboard.press('Escape');

    await wb.openFile('docs/rfcs/RFC-0005-network-stack.md');
    await wb.command('RFC: Insert Section…');
    const row = wb.quickPickRow('Failure model (normative)').first();
    await row.waitFor({ timeout: 45_000 });
    expect(await row.textContent()).toContain('after "Security considerations"');
    await wb.page.keyboard.press('Escape');
  });
});
