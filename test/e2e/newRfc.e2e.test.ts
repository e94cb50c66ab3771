import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatId, nextNumber } from '../../server/src/core/scaffold';
import { until, useWorkbench } from './harness/workbench';

/** Today as the extension writes it (local time). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('scenario 1: RFC: New RFC', () => {
  const workbench = useWorkbench('new-rfc');

  it('writes RFC-<next>-<slug>.md from the template and opens it with id, title and dates filled', async () => {
    const wb = workbench();
    const rfcs = join(wb.folder, 'docs', 'rfcs');
    const id = formatId('rfc', nextNumber(readdirSync(rfcs).map((f) => `docs/rfcs/${f}`), 'rfc'));
    const file = `${id}-capability-transfer-v2.md`;

    await wb.command('RFC: New RFC');
    await wb.quickInput.locator('input').waitFor({ state: 'visible' });
    await wb.page.keyboard.type('Capability transfer: v2');
    await wb.page.keyboard.press('Enter');

    await wb.waitForActiveTab(file);
    const lines = await until('the new RFC to render', async () => {
      const l = [...(await wb.lines()).values()];
      return l.length > 6 ? l : undefined;
    });
    expect(lines[0]).toBe(`# ${id}: Capability transfer: v2`);
    expect(lines).toContain(`- Created: ${today()}`);
    expect(lines).toContain(`- Last Updated: ${today()}`);
    expect(lines).toContain('- Status: Draft');
    // The first placeholder the author must write is selected, so typing replaces it.
    const placeholder = lines[13].indexOf('<short name>') + 1;
    expect(placeholder).toBeGreaterThan(0);
    // The selection is set just after the editor opens: poll for it (read once, it raced: "Ln 1, Col 1",
    // seen once in nine runs on a loaded machine).
    await expect.poll(() => wb.cursor(), { timeout: 45_000 }).toMatch(new RegExp(`^Ln 14, Col ${placeholder + '<short name>'.length} \\(${'<short name>'.length} selected\\)`));
    await expect.poll(() => wb.phaseStatus.textContent()).toBe(`${id} ✅0 🟨0 ⬜3`);
    await wb.screenshot('01-new-rfc');

    const onDisk = readFileSync(join(rfcs, file), 'utf8');
    expect(onDisk.startsWith(`# ${id}: Capability transfer: v2\n`)).toBe(true);
  });

  it('refuses a title that names no file and writes nothing', async () => {
    const wb = workbench();
    const before = readdirSync(join(wb.folder, 'docs', 'rfcs')).sort();
    await wb.command('RFC: New RFC');
    await wb.quickInput.locator('input').waitFor({ state: 'visible' });
    await wb.page.keyboard.type('../..');
    await until('the validation message', () => wb.quickInput.getByText('The title needs at least one letter or digit').isVisible());
    await wb.page.keyboard.press('Escape');
    expect(readdirSync(join(wb.folder, 'docs', 'rfcs')).sort()).toEqual(before);
    expect(existsSync(join(wb.folder, '..', 'RFC-0008-.md'))).toBe(false);
  });
});

describe('scenario 1b: RFC: New RFC in a repository without RFCs', () => {
  const workbench = useWorkbench('new-rfc-empty', { empty: true });

  it('activates on the command, creates docs/rfcs with RFC-0001, and starts the server for it', async () => {
    const wb = workbench();
    await wb.command('RFC: New RFC');
    await wb.quickInput.locator('input').waitFor({ state: 'visible' });
    await wb.page.keyboard.type('First design');
    await wb.page.keyboard.press('Enter');
    await wb.waitForActiveTab('RFC-0001-first-design.md');
    expect(existsSync(join(wb.folder, 'docs', 'rfcs', 'RFC-0001-first-design.md'))).toBe(true);
    await expect.poll(() => wb.phaseStatus.textContent(), { timeout: 45_000 }).toBe('RFC-0001 ✅0 🟨0 ⬜3');
  });
});
