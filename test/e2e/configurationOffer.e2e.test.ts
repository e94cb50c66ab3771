import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

describe("a folder in another team's layout without .rfc-author.json", () => {
  // React-style RFCs in text/ with 0000-template.md, as a team that has never configured RFC Author has them.
  // Only open files are checked, so that the Problems panel (a virtualized list) holds the one RFC opened below.
  const workbench = useWorkbench('configuration-offer', { example: 'level-one-sections', without: ['.rfc-author.json'], settings: { 'rfcAuthor.diagnostics.scope': 'openFiles' } });

  it('is offered a configuration in a notification; Create writes the file init writes, opens it, and the RFCs are checked by their template', async () => {
    const wb = workbench();
    const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'RFC Author found 6 RFCs in text/' });
    const message = await until('the offer to create .rfc-author.json', async () => ((await toast.count()) > 0 ? await toast.first().textContent() : undefined));
    expect(message).toContain('RFC Author found 6 RFCs in text/ on template 0000-template.md; ids like 0004. Create .rfc-author.json?');
    await wb.screenshot('10-configuration-offer');

    await toast.first().locator('.monaco-button', { hasText: /^Create$/ }).click();
    const file = join(wb.folder, '.rfc-author.json');
    const text = await until('.rfc-author.json on disk', () => existsSync(file) && readFileSync(file, 'utf8'));
    expect(text).toMatch(/^\/\/ Written by `rfc-author init`: 6 RFCs in text\/ on template 0000-template\.md/);
    expect(text).toContain('"rfcGlobs": ["text/[0-9]*.md"]');
    await wb.waitForActiveTab('.rfc-author.json');

    // The language server reads the new configuration: the RFC's missing "# Motivation" shows in Problems.
    await wb.openFile('text/0003-theme-inheritance.md');
    await until('the missing "Motivation" in Problems', async () => (await wb.problems()).some((row) => row.includes('missing-section') && row.includes('Motivation')));
    await wb.screenshot('11-configured-by-the-offer');
  });
});
