import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0004-page-allocator.md';
const BROKEN = 'tasks/TASK-0007-buddy-allocator.md';
const REAL = 'tasks/TASK-0007-page-allocator-buddy.md';

describe('scenario 2: inline diagnostics', () => {
  const workbench = useWorkbench('diagnostics');

  it('squiggles a broken task link and lists it in Problems with its rule id, and clears both when the link is fixed', async () => {
    const wb = workbench();
    await wb.openFile(RFC);
    const line = wb.lineInFile(RFC, (l) => l.includes(BROKEN));
    await until(`a squiggle on line ${line}`, async () => (await wb.squiggleLines()).includes(line));
    const brokenRow = (rows: string[]): string | undefined => rows.find((r) => r.includes('broken-link') && r.includes(BROKEN));
    const row = await until('the broken-link entry in Problems', async () => brokenRow(await wb.problems()));
    expect(row).toContain('TASK-0007-page-allocator-buddy.md');
    await wb.screenshot('02-diagnostics');

    // Fix it as a person would: select the wrong path and type the right one.
    await wb.focusEditor();
    const column = ((await wb.lines()).get(line) ?? '').indexOf(BROKEN) + 1;
    await wb.goTo(line, column);
    for (let i = 0; i < BROKEN.length; i++) await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.page.keyboard.type(REAL);
    await until('the broken-link entry to leave Problems', async () => brokenRow(await wb.problems()) === undefined);
    await until(`the squiggle on line ${line} to clear`, async () => !(await wb.squiggleLines()).includes(line));
  });
});
