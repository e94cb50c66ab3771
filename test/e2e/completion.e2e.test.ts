import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0003-boot-log-encoding.md';
const EXISTING = '`tasks/TASK-0006-boot-log-ring-buffer.md`';

// The items, their titles and what accepting one inserts are checked through the API in
// test/integration/completion.test.ts; here, the suggest widget as a person sees it while typing
// (the README's screenshot).
describe('scenario 3: completion of task links', () => {
  const workbench = useWorkbench('completion');

  it('shows the tasks with their titles in the suggest widget after `tasks/` on a Links line', async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    const line = wb.lineInFile(RFC, (l) => l.trimStart().startsWith('- Tasks:'));
    await wb.goTo(line, 1);
    await wb.waitForLinks(line);
    const text = (await wb.lines()).get(line) ?? '';
    // After the existing link, before the "(execution + proof)" note.
    await wb.goTo(line, text.indexOf(EXISTING) + EXISTING.length + 1);
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
    await wb.page.keyboard.press('Escape');
  });
});
