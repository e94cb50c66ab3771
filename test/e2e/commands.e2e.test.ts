import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatId, nextNumber } from '../../server/src/core/scaffold';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0002-scheduler-time-slices.md';

describe('the other scaffolding and navigation commands', () => {
  const workbench = useWorkbench('commands');

  it('RFC: Go to Linked Task… lists the linked tasks with their status and opens the chosen one', async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    await wb.command('RFC: Go to Linked Task…');
    const labels = await until('the linked tasks', async () => {
      const l = await wb.quickPickLabels();
      return l.some((x) => x.startsWith('TASK-')) ? l : undefined;
    });
    expect(labels).toEqual(expect.arrayContaining(['TASK-0004: Scheduler: fixed tick and simulation harness', 'TASK-0005: Scheduler priorities and wake-up boost']));
    const row = wb.quickPickRow('TASK-0005: Scheduler priorities and wake-up boost');
    expect(await row.textContent()).toContain('in-progress');
    await wb.screenshot('commands-go-to-linked-task');
    await row.click();
    await wb.waitForActiveTab('TASK-0005-scheduler-priorities.md');
  });

  it('RFC: Show Phases jumps to the chosen phase line', async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    await wb.command('RFC: Show Phases');
    await until('the phases', async () => (await wb.quickPickLabels()).some((l) => l.includes('Phase 2 (fairness proof)')));
    expect(await wb.quickPickLabels()).toEqual(['✅ Phase 0 (fixed tick)', '✅ Phase 1 (priorities)', '🟨 Phase 2 (fairness proof)']);
    await wb.quickPickRow('Phase 2 (fairness proof)').click();
    const line = wb.lineInFile(RFC, (l) => l.startsWith('- **Phase 2'));
    await until(`the cursor on line ${line}`, async () => (await wb.cursor()).startsWith(`Ln ${line}, Col 1`));
  });

  it('RFC: New Task for this RFC writes the task with its RFC link and links it from the RFC', async () => {
    const wb = workbench();
    const id = formatId('task', nextNumber(readdirSync(join(wb.folder, 'tasks')).map((f) => `tasks/${f}`), 'task'));
    const file = `${id}-fairness-soak-rerun.md`;
    await wb.openFile(RFC);
    await wb.command('RFC: New Task for this RFC');
    await wb.quickInput.locator('input').waitFor({ state: 'visible' });
    await wb.page.keyboard.type('Fairness soak rerun');
    await wb.page.keyboard.press('Enter');
    await wb.waitForActiveTab(file);
    const task = readFileSync(join(wb.folder, 'tasks', file), 'utf8');
    expect(task).toContain(`title: ${id} Fairness soak rerun`);
    expect(task).toContain('links:\n  - RFC-0002\n');
    expect(task).toContain(`# ${id}: Fairness soak rerun`);

    await wb.openFile(RFC);
    const tasksLine = wb.lineInFile(RFC, (l) => l.trimStart().startsWith('- Tasks:'));
    await until('the new task on the Tasks line', async () => ((await wb.lines()).get(tasksLine) ?? '').includes(`\`tasks/${file}\``));
  });

  it('RFC: Insert Section… inserts a missing template section where the template puts it', async () => {
    const wb = workbench();
    const rfc = 'docs/rfcs/RFC-0005-network-stack.md';
    await wb.openFile(rfc);
    await wb.command('RFC: Insert Section…');
    const row = wb.quickPickRow('Failure model (normative)');
    await row.first().waitFor({ timeout: 45_000 });
    await row.first().click();
    const heading = await wb.findLine('the inserted heading', (l) => l === '## Failure model (normative)');
    const next = [...(await wb.lines())].find(([n, l]) => n > heading && l.startsWith('## '));
    expect(next?.[1]).toBe('## Proof / validation strategy (required)');
  });
});
