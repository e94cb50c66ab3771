import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedFile } from '../../../server/src/cli/check';
import type { FixEdits } from '../../../server/src/cli/fix';
import { fixAllEdits, fixRoot } from '../../../server/src/cli/fix';
import { onceLogger, WorkspaceRun } from '../../../server/src/cli/workspaceRun';
import { cleanRfc, DONE_TASK, rfcWithDateWarning, rfcWithTitleError } from './fixtures';
import { runCli, workspaces } from './harness';

const workspace = workspaces();

const DAMAGED = 'docs/rfcs/RFC-0004-damaged.md';
/** An RFC with two damaged characters (UTF-8 read as Windows-1252) and nothing else wrong. */
const damagedRfc = cleanRfc('RFC-0004', 'Damaged').replace('Samples need a design.', 'Samples need a â€œdesignâ€.');
const DASHED = 'docs/rfcs/RFC-0002-dashed-title.md';
/** Two RFCs with unambiguous fixes (damaged characters, a title separator) and one whose date warning no fix settles. */
const files = (): Record<string, string> => ({
  ...DONE_TASK,
  [DAMAGED]: damagedRfc,
  [DASHED]: rfcWithTitleError('RFC-0002'),
  'docs/rfcs/RFC-0003-dates-swapped.md': rfcWithDateWarning('RFC-0003'),
});
const FIXED = `3 fixes in 2 files:\n  ${DASHED}: 1 fix\n  ${DAMAGED}: 2 fixes\n`;
const snapshot = (root: string): Record<string, string> =>
  Object.fromEntries(Object.keys(files()).map((p) => [p, fs.readFileSync(path.join(root, p), 'utf8')]));

describe('--fix', () => {
  it('writes the unambiguous fixes, says what it changed, then reports what remains', async () => {
    const root = workspace(files());
    const r = await runCli(['check', '--fix'], root);
    expect(r.stdout.startsWith(`${FIXED}\n`)).toBe(true);
    expect(r.stdout).not.toContain('mojibake');
    expect(r.stdout).not.toContain('title-format');
    expect(r.stdout).toContain('date-order');
    expect(r.stdout.trimEnd().endsWith('4 files checked, 0 errors, 1 warning, 0 infos')).toBe(true);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(root, DAMAGED), 'utf8')).toBe(damagedRfc.replace('â€œdesignâ€', '“design”'));
    expect(fs.readFileSync(path.join(root, DASHED), 'utf8')).toBe(rfcWithTitleError('RFC-0002').replace('# RFC-0002 — Dashed title', '# RFC-0002: Dashed title'));
  });

  it('is idempotent: a second run changes no byte and fixes nothing', async () => {
    const root = workspace(files());
    await runCli(['check', '--fix'], root);
    const after = snapshot(root);
    const again = await runCli(['check', '--fix'], root);
    expect(again.stdout.startsWith('0 fixes in 0 files.\n')).toBe(true);
    expect(snapshot(root)).toEqual(after);
  });

  it('keeps the report machine-readable: with --format json the fix summary goes to stderr', async () => {
    const root = workspace(files());
    const r = await runCli(['check', '--fix', '--format', 'json'], root);
    expect((JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['date-order']);
    expect(r.stderr).toBe(FIXED);
  });
});

describe('--fix-dry-run', () => {
  it('prints the report --fix would print and writes nothing', async () => {
    const root = workspace(files());
    const before = snapshot(root);
    const dry = await runCli(['check', '--fix-dry-run'], root);
    expect(snapshot(root)).toEqual(before);
    const fixed = await runCli(['check', '--fix'], workspace(files()));
    expect(dry.stdout.replace(' (dry run: nothing written)', '')).toBe(fixed.stdout);
    expect(dry.code).toBe(fixed.code);
  });

  it('works on standard input, where --fix is refused', async () => {
    const root = workspace(files());
    const dry = await runCli(['check', '-', '--stdin-filename', DAMAGED, '--fix-dry-run'], root, { stdin: damagedRfc });
    expect(dry.stdout).toBe(`2 fixes in 1 file (dry run: nothing written):\n  ${DAMAGED}: 2 fixes\n\n1 file checked, 0 errors, 0 warnings, 0 infos\n`);
    const fix = await runCli(['check', '-', '--stdin-filename', DAMAGED, '--fix'], root, { stdin: damagedRfc });
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('--fix does not write to standard input; use --fix-dry-run to see the fixes.');
  });

  it('cannot be combined with --fix', async () => {
    const r = await runCli(['check', '--fix', '--fix-dry-run'], workspace(files()));
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'rfc-author: --fix and --fix-dry-run cannot be used together.\nRun `rfc-author --help` for usage.\n' });
  });
});

describe('the fix step', () => {
  async function openRun(root: string): Promise<{ run: WorkspaceRun; checked: CheckedFile[] }> {
    const run = await WorkspaceRun.open(root, { logger: onceLogger(() => undefined) });
    await run.service.indexWorkspace();
    const checked: CheckedFile[] = [];
    for (const p of (await run.select([{ given: '.', abs: root }], () => undefined)).paths) {
      checked.push({ root, path: p, findings: await run.diagnose({ path: p, text: (await run.read(p)) ?? '', version: 1 }) });
    }
    return { run, checked };
  }

  it('takes its edits from the editor\'s fix-all action of the facade', async () => {
    const root = workspace(files());
    const { run } = await openRun(root);
    const { edits, fixes } = await fixAllEdits(run.service, { path: DAMAGED, text: damagedRfc, version: 1 });
    // The minimal edit from the text to the fixed text: one span covering both repaired characters.
    expect(edits.map((e) => e.newText)).toEqual(['“design”']);
    expect(fixes).toBe(2);
  });

  it('never applies fixes that would add a finding, and says so', async () => {
    const root = workspace(files());
    const { run, checked } = await openRun(root);
    // A misbehaving fix: it "repairs" the damage and writes a link to a task that does not exist.
    const harmful: FixEdits = async (service, doc) => {
      const all = await fixAllEdits(service, doc);
      return { fixes: all.fixes, edits: all.edits.map((e, i) => (i === 0 ? { ...e, newText: '“`tasks/TASK-0999-none.md`' } : e)) };
    };
    const notes: string[] = [];
    const result = await fixRoot(run, checked, harmful, true, (l) => notes.push(l));
    expect(result.files).toEqual([]);
    expect(notes).toEqual([`${DASHED}: fixes not applied; they would add broken-link findings.`, `${DAMAGED}: fixes not applied; they would add broken-link findings.`]);
    expect(fs.readFileSync(path.join(root, DAMAGED), 'utf8')).toBe(damagedRfc);
  });
});
