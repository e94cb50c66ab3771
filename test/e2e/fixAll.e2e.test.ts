import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until, useWorkbench } from './harness/workbench';

const RFC = 'docs/rfcs/RFC-0002-scheduler-time-slices.md';

describe('fix all on save', () => {
  const workbench = useWorkbench('fix-all', { settings: { '[markdown]': { 'editor.codeActionsOnSave': { 'source.fixAll.rfcAuthor': 'explicit' } } } });

  it('applies the unambiguous fixes when an RFC is saved with editor.codeActionsOnSave, and nothing else', async () => {
    const wb = workbench();
    const before = readFileSync(join(wb.folder, RFC), 'utf8');
    expect(before.startsWith('# RFC-0002 — Scheduler time slices\n')).toBe(true);
    await wb.openFile(RFC);
    const proof = wb.lineInFile(RFC, (l) => l.startsWith('cd /home/dev/kestrel && '));
    // The server has checked the RFC once its squiggles show; then an edit makes the file dirty.
    await wb.goTo(proof, 1);
    await until('the proof-absolute-path squiggle', async () => (await wb.squiggleLines()).includes(proof));
    const last = wb.lineInFile(RFC, (l) => l.startsWith('- [ ]'));
    await wb.goTo(last, 1);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' (soon)');
    await wb.save();
    // The save participants (fix all among them) have run once the file on disk has the typed text;
    // a save without the fixes fails here, with the text it wrote, rather than after a long wait.
    const saved = await until('the edited RFC on disk', () => {
      const text = readFileSync(join(wb.folder, RFC), 'utf8');
      return text.includes(' (soon)') ? text : undefined;
    });
    await wb.screenshot('fix-all-on-save');
    const expected = before
      .replace('# RFC-0002 — Scheduler time slices', '# RFC-0002: Scheduler time slices')
      .replace('cd /home/dev/kestrel && cargo test', 'cargo test')
      .split('\n')
      .map((l, i) => (i === last - 1 ? `${l} (soon)` : l))
      .join('\n');
    expect(saved).toBe(expected);
  });
});
