import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RfcExplorerView } from './harness/rfcExplorer';
import { until, useWorkbench } from './harness/workbench';
import type { Workbench } from './harness/workbench';

const RFC1 = 'docs/rfcs/RFC-0001-ipc-message-format.md';
const RFC2 = 'docs/rfcs/RFC-0002-scheduler-time-slices.md';

/** Every Markdown file of the workspace copy by its relative path, with its text. */
function markdownFiles(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) out.set(relative(folder, path), readFileSync(path, 'utf8'));
    }
  };
  walk(folder);
  return out;
}

/** Renames a file in VS Code's file explorer (F2 on its row), as a person does. */
async function renameInExplorer(wb: Workbench, folder: string, from: string, to: string): Promise<void> {
  await wb.page.keyboard.press('Control+Shift+E');
  const tree = wb.page.locator('.explorer-folders-view');
  const folderRow = tree.locator(`.monaco-list-row[aria-label="${folder}"]`);
  if ((await folderRow.getAttribute('aria-expanded')) !== 'true') await folderRow.click();
  await tree.locator(`.monaco-list-row[aria-label="${from}"]`).click();
  await wb.page.keyboard.press('F2');
  const input = tree.locator('.monaco-inputbox input');
  await input.waitFor({ state: 'visible' });
  await input.fill(to);
  await wb.page.keyboard.press('Enter');
}

/** VS Code's dialog that asks before an extension changes other files on a move; clicks `button`. */
async function answerMoveDialog(wb: Workbench, button: string): Promise<void> {
  const dialog = wb.page.locator('.monaco-dialog-box');
  await until('the refactoring dialog', () => dialog.getByText("Extension 'RFC Author' wants to make refactoring changes with this file move").isVisible());
  await dialog.getByRole('button', { name: button, exact: true }).click();
}

/** The Refactor Preview panel (VS Code's preview of a workspace edit). */
function refactorPreview(wb: Workbench): { rows: () => Promise<string[]>; panel: ReturnType<Workbench['page']['locator']> } {
  const panel = wb.page.locator('.bulk-edit-panel');
  return { panel, rows: () => panel.locator('.monaco-list-row').allTextContents() };
}

/** Waits for the server to know the workspace: the Links line of RFC-0001 shows document links. */
async function waitForServer(wb: Workbench): Promise<void> {
  await wb.openFile(RFC1);
  await wb.waitForLinks(wb.lineInFile(RFC1, (l) => l.startsWith('  - Tasks:')));
}

describe('moving a task file in the explorer, with updateLinksOnFileMove "prompt" (the default)', () => {
  const workbench = useWorkbench('move-prompt');

  it('asks, previews the link edits, and rewrites the RFC that links the task', async () => {
    const wb = workbench();
    await waitForServer(wb);
    const before = readFileSync(join(wb.folder, RFC1), 'utf8');
    await renameInExplorer(wb, 'tasks', 'TASK-0003-ipc-fuzzing.md', 'TASK-0003-ipc-decoder-fuzzing.md');

    // VS Code asks before applying an extension's edits to a move; Show Preview lists them, ticked.
    await answerMoveDialog(wb, 'Show Preview');
    const preview = refactorPreview(wb);
    await until('the RFC in the preview', async () => (await preview.rows()).some((r) => r.includes('RFC-0001-ipc-message-format.md')));
    expect((await preview.rows()).join('\n')).toContain('tasks/TASK-0003-ipc-decoder-fuzzing.md');
    await wb.screenshot('rename-file-move-preview');
    await wb.page.getByRole('button', { name: 'Apply', exact: true }).click();
    await until('the edit in the editor', async () => (await wb.page.locator('.tabs-container .tab.dirty').count()) > 0 || readFileSync(join(wb.folder, RFC1), 'utf8') !== before);
    // An open RFC gets the edit in its editor: save it there (the palette, opened while the preview
    // panel closes, lost its focus now and then).
    const name = RFC1.slice(RFC1.lastIndexOf('/') + 1);
    const dirty = wb.page.locator('.tabs-container .tab.dirty', { hasText: name });
    if ((await dirty.count()) > 0) {
      await dirty.first().click();
      await wb.waitForActiveTab(name);
      await wb.save();
    }

    await until('RFC-0001 to link the moved task', () => readFileSync(join(wb.folder, RFC1), 'utf8').includes('`tasks/TASK-0003-ipc-decoder-fuzzing.md`'));
    expect(readFileSync(join(wb.folder, RFC1), 'utf8')).toBe(before.replace('`tasks/TASK-0003-ipc-fuzzing.md`', '`tasks/TASK-0003-ipc-decoder-fuzzing.md`'));
    expect(existsSync(join(wb.folder, 'tasks', 'TASK-0003-ipc-decoder-fuzzing.md'))).toBe(true);
    expect(existsSync(join(wb.folder, 'tasks', 'TASK-0003-ipc-fuzzing.md'))).toBe(false);
  });
});

describe('moving a task file with updateLinksOnFileMove "always", and renaming a task id', () => {
  const workbench = useWorkbench('move-always', { settings: { 'rfcAuthor.updateLinksOnFileMove': 'always' } });

  it('updates the RFC once VS Code\'s own confirmation is accepted', async () => {
    const wb = workbench();
    await waitForServer(wb);
    const before = readFileSync(join(wb.folder, RFC1), 'utf8');
    await renameInExplorer(wb, 'tasks', 'TASK-0001-ipc-header-encoding.md', 'TASK-0001-header-encoding.md');
    // VS Code asks before any extension edits on a move (until "Do not ask me again").
    await answerMoveDialog(wb, 'OK');
    // The RFC is open: the edit lands in its editor, which the user saves.
    const dirty = wb.page.locator('.tabs-container .tab.dirty', { hasText: 'RFC-0001-ipc-message-format.md' });
    await until('the edit in the editor', async () => (await dirty.count()) > 0);
    await dirty.first().click();
    await wb.waitForActiveTab('RFC-0001-ipc-message-format.md');
    await wb.save();
    await until('RFC-0001 to link the moved task', () => readFileSync(join(wb.folder, RFC1), 'utf8').includes('`tasks/TASK-0001-header-encoding.md`'));
    expect(readFileSync(join(wb.folder, RFC1), 'utf8')).toBe(before.replace('`tasks/TASK-0001-ipc-header-encoding.md`', '`tasks/TASK-0001-header-encoding.md`'));
  });

  it('renames a task id with F2 and Ctrl+Enter through the Refactor Preview: the file, its title and every reference, nothing else', async () => {
    const wb = workbench();
    await wb.openFile(RFC2);
    const before = markdownFiles(wb.folder);
    // A mention with no emoji before it on its line: Go to Line counts UTF-16 units, the status bar code points.
    const line = wb.lineInFile(RFC2, (l) => l.startsWith('- **Phase 1**:'));
    await wb.goTo(line, (before.get(RFC2) ?? '').split('\n')[line - 1].indexOf('TASK-0005') + 3);
    await wb.page.keyboard.press('F2');
    const input = wb.page.locator('.rename-box input');
    await input.waitFor({ state: 'visible' });
    expect(await input.inputValue()).toBe('TASK-0005');
    await input.fill('TASK-0013');
    // Ctrl+Enter previews the rename instead of applying it (the rename box says so).
    await wb.page.keyboard.press('Control+Enter');
    const preview = refactorPreview(wb);
    await until('the rename in the preview', async () => (await preview.rows()).some((r) => r.includes('TASK-0013-scheduler-priorities.md')));
    await wb.page.mouse.move(900, 300);
    await wb.screenshot('rename-preview');
    await wb.page.getByRole('button', { name: 'Apply', exact: true }).click();

    // The edit renames the task file, a move that VS Code offers to the server's willRenameFiles
    // too; whatever that adds, accepted, the result must be the one rename.
    const dialog = wb.page.locator('.monaco-dialog-box');
    await until('the task file renamed', async () => {
      if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'OK', exact: true }).click();
      return existsSync(join(wb.folder, 'tasks', 'TASK-0013-scheduler-priorities.md'));
    });
    await wb.command('File: Save All Files');
    const renamed = (path: string): string => path.replace('TASK-0005-scheduler-priorities.md', 'TASK-0013-scheduler-priorities.md');
    const expected = new Map([...before].map(([path, text]) => [renamed(path), text.replaceAll('TASK-0005', 'TASK-0013')]));
    await until('every file written', () => [...expected].every(([path, text]) => markdownFiles(wb.folder).get(path) === text));
    expect(markdownFiles(wb.folder)).toEqual(expected);

    // The explorer follows: RFC-0002 now lists TASK-0013.
    const view = new RfcExplorerView(wb);
    await view.show();
    await view.expand('RFC-0002');
    await expect.poll(() => view.lines(), { timeout: 45_000 }).toContain('    TASK-0013 Scheduler priorities and wake-up boost — in-progress');
  });
});
