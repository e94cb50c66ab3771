import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../server/src/cli/lineDiff';
import { cleanRfc, task } from '../helpers';
import { cleanup, runCli, tempDir, writeTree } from './harness';

const README = '# RFCs\n\nWhat we decided and why.\n\n<!-- rfc-author:index:start -->\n<!-- rfc-author:index:end -->\n\nAsk in #design.\n';
const RFC2 = 'docs/rfcs/RFC-0002-scheduler.md';

/** A repository of two RFCs, their tasks and the index file with empty markers. */
function repository(): string {
  return writeTree(tempDir(), {
    'docs/rfcs/README.md': README,
    'docs/rfcs/RFC-0001-ipc.md': cleanRfc('RFC-0001', 'IPC', { status: 'Complete', phases: '- **Phase 0 (a)**: ✅\n- **Phase 1 (b)**: ✅' }),
    [RFC2]: cleanRfc('RFC-0002', 'Scheduler').replace('- Owners: @alice / @bob', '- Owners: @carol'),
    'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step', 'done'),
  });
}

let root: string | undefined;
afterEach(() => {
  if (root) cleanup(root);
  root = undefined;
});

describe('rfc-author index', () => {
  it('writes the table between the markers, and a second run changes nothing', async () => {
    root = repository();
    const first = await runCli(['index'], root);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('Updated docs/rfcs/README.md (2 RFCs).\n');
    const written = fs.readFileSync(path.join(root, 'docs/rfcs/README.md'), 'utf8');
    expect(written).toBe(`# RFCs

What we decided and why.

<!-- rfc-author:index:start -->

| RFC | Title | Status | Owners | Phases | Last Updated |
| --- | --- | --- | --- | --- | --- |
| [RFC-0001](RFC-0001-ipc.md) | IPC | Complete | @alice, @bob | ✅2 🟨0 ⬜0 | 2026-02-01 |
| [RFC-0002](RFC-0002-scheduler.md) | Scheduler | In Progress | @carol | ✅1 🟨1 ⬜1 | 2026-02-01 |

<!-- rfc-author:index:end -->

Ask in #design.
`);
    const second = await runCli(['index'], root);
    expect(second).toEqual({ code: 0, stdout: 'docs/rfcs/README.md is up to date.\n', stderr: '' });
    expect(fs.readFileSync(path.join(root, 'docs/rfcs/README.md'), 'utf8')).toBe(written);
  });

  it('--check exits 0 when the table is current, and 1 with the diff after a status changes, writing nothing', async () => {
    root = repository();
    await runCli(['index'], root);
    expect(await runCli(['index', '--check'], root)).toEqual({ code: 0, stdout: 'docs/rfcs/README.md is up to date.\n', stderr: '' });
    const rfc = path.join(root, RFC2);
    fs.writeFileSync(rfc, fs.readFileSync(rfc, 'utf8').replace('- Status: In Progress', '- Status: Complete'));
    const before = fs.readFileSync(path.join(root, 'docs/rfcs/README.md'), 'utf8');
    const stale = await runCli(['index', '--check'], root);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toBe([
      '--- a/docs/rfcs/README.md',
      '+++ b/docs/rfcs/README.md',
      '@@ -7,7 +7,7 @@',
      ' | RFC | Title | Status | Owners | Phases | Last Updated |',
      ' | --- | --- | --- | --- | --- | --- |',
      ' | [RFC-0001](RFC-0001-ipc.md) | IPC | Complete | @alice, @bob | ✅2 🟨0 ⬜0 | 2026-02-01 |',
      '-| [RFC-0002](RFC-0002-scheduler.md) | Scheduler | In Progress | @carol | ✅1 🟨1 ⬜1 | 2026-02-01 |',
      '+| [RFC-0002](RFC-0002-scheduler.md) | Scheduler | Complete | @carol | ✅1 🟨1 ⬜1 | 2026-02-01 |',
      ' ',
      ' <!-- rfc-author:index:end -->',
      ' ',
      '',
    ].join('\n'));
    expect(stale.stderr).toContain('docs/rfcs/README.md is out of date');
    expect(fs.readFileSync(path.join(root, 'docs/rfcs/README.md'), 'utf8')).toBe(before);
  });

  it('takes indexFile and indexColumns from the configuration, and runs from a subfolder', async () => {
    root = repository();
    writeTree(root, { '.rfc-author.json': JSON.stringify({ indexFile: 'RFCS.md', indexColumns: ['id', 'status'] }), 'RFCS.md': README }, false);
    const run = await runCli(['index', 'docs'], path.join(root));
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'RFCS.md'), 'utf8')).toContain('| RFC | Status |\n| --- | --- |\n| [RFC-0001](docs/rfcs/RFC-0001-ipc.md) | Complete |\n');
  });

  it('says what is missing when the index file or its markers are, with exit code 2', async () => {
    root = repository();
    fs.writeFileSync(path.join(root, 'docs/rfcs/README.md'), '# RFCs\n');
    expect(await runCli(['index'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('has no lines <!-- rfc-author:index:start -->') as string });
    fs.rmSync(path.join(root, 'docs/rfcs/README.md'));
    expect(await runCli(['index'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('docs/rfcs/README.md does not exist') as string });
    expect(await runCli(['index', '--format', 'json'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown option --format of "index"') as string });
  });
});

describe('the diff of a stale index', () => {
  it('shows only the changed lines with three lines of context, in hunks', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const b = a.map((l) => (l === 'line 2' ? 'line two' : l === 'line 18' ? 'line eighteen' : l));
    expect(unifiedDiff('f.md', `${a.join('\n')}\n`, `${b.join('\n')}\n`)).toBe(
      '--- a/f.md\n+++ b/f.md\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+line eighteen\n line 19\n line 20\n',
    );
  });
});
