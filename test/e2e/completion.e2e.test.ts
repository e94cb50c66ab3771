import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0003-boot-log-encoding.md';
const EXISTING = '`tasks/TASK-0006-boot-log-ring-buffer.md`';

describe('scenario 3: completion of task links', () => {
  const workbench = useWorkbench('completion');

  it('lists the tasks with their titles after `tasks/` on a Links line and inserts the chosen path', async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    const line = wb.lineInFile(RFC, (l) => l.trimStart().startsWith('- Tasks:'));
    await wb.goTo(line, 1);
    await wb.waitForLinks(line);
    const text = (await wb.lines()).get(line) ?? '';
    // After the existing link, before the "(execution + proof)" note.
    const after = text.indexOf(EXISTING) + EXISTING.length;
    await wb.goTo(line, after + 1);
    // At a person's pace: typed all at once, the `/` would arrive while VS Code still waits for the
    // answer to the backtick, and that (empty) answer would be filtered instead of asking again.
    await wb.page.keyboard.type(', `tasks/', { delay: 80 });
    const widget = wb.page.locator('.editor-widget.suggest-widget');
    await widget.waitFor({ state: 'visible', timeout: 45_000 });
    const rows = await until('task paths in the suggest widget', async () => {
      const labels = await widget.locator('.monaco-list-row').evaluateAll((els: { getAttribute(name: string): string | null }[]) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      return labels.filter((l) => l.includes('tasks/TASK-')).length >= 5 ? labels : undefined;
    });
    expect(rows.some((r) => r.includes('tasks/TASK-0012-ipc-benchmarks.md'))).toBe(true);
    // The focused row shows the task's title as its detail.
    await until('a task title in the suggest widget', async () => ((await widget.textContent()) ?? '').match(/IPC header encoding|Capability transfer|IPC fuzzing/i));
    await wb.screenshot('03-completion');
    await wb.page.keyboard.type('TASK-0012', { delay: 40 });
    await until('TASK-0012 to be the focused suggestion', async () => ((await widget.locator('.monaco-list-row.focused').getAttribute('aria-label')) ?? '').includes('TASK-0012'));
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('`');
    const expected = `${text.slice(0, after)}, \`tasks/TASK-0012-ipc-benchmarks.md\`${text.slice(after)}`;
    await until('the path to be inserted', async () => (await wb.lines()).get(line) === expected);
  });
});
