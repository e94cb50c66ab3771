import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../server/src/core/rules';
import { runCli } from './cli/harness';

const REPO = path.resolve(__dirname, '../..');

interface Finding {
  file: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  message: string;
}
interface Report {
  root: string;
  filesChecked: number;
  findings: Finding[];
}

async function check(folder: string): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await runCli(['check', folder, '--format', 'json'], REPO);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

const above = (f: Finding): boolean => f.severity !== 'info';
const describeFinding = (f: Finding): string => `${f.file}:${f.line} ${f.rule} ${f.message}`;

/** Where each planted mistake lives: the examples are a demo, so each rule shows up where a reader expects it. */
const PLANTED: Readonly<Record<string, string>> = {
  'title-format': 'docs/rfcs/RFC-0002-scheduler-time-slices.md',
  'status-phase-mismatch': 'docs/rfcs/RFC-0002-scheduler-time-slices.md',
  'date-order': 'docs/rfcs/RFC-0002-scheduler-time-slices.md',
  'task-status-mismatch': 'docs/rfcs/RFC-0002-scheduler-time-slices.md',
  'proof-absolute-path': 'docs/rfcs/RFC-0002-scheduler-time-slices.md',
  'checklist-open': 'docs/rfcs/RFC-0002-scheduler-time-slices.md',
  'owner-format': 'docs/rfcs/RFC-0003-boot-log-encoding.md',
  'date-format': 'docs/rfcs/RFC-0003-boot-log-encoding.md',
  placeholder: 'docs/rfcs/RFC-0003-boot-log-encoding.md',
  'phase-marker': 'docs/rfcs/RFC-0003-boot-log-encoding.md',
  mojibake: 'docs/rfcs/RFC-0003-boot-log-encoding.md',
  'empty-section': 'docs/rfcs/RFC-0003-boot-log-encoding.md',
  'broken-link': 'docs/rfcs/RFC-0004-page-allocator.md',
  'phase-numbering': 'docs/rfcs/RFC-0004-page-allocator.md',
  'unknown-id': 'docs/rfcs/RFC-0004-page-allocator.md',
  'section-order': 'docs/rfcs/RFC-0004-page-allocator.md',
  'duplicate-section': 'docs/rfcs/RFC-0004-page-allocator.md',
  'header-field': 'docs/rfcs/RFC-0005-network-stack.md',
  'status-value': 'docs/rfcs/RFC-0005-network-stack.md',
  'no-task-link': 'docs/rfcs/RFC-0005-network-stack.md',
  'security-section': 'docs/rfcs/RFC-0005-network-stack.md',
  'missing-section': 'docs/rfcs/RFC-0005-network-stack.md',
  'proof-missing': 'docs/rfcs/RFC-0005-network-stack.md',
  'duplicate-id': 'docs/rfcs/RFC-0006-page-allocator-v2.md',
  'id-mismatch': 'docs/rfcs/RFC-0006-vfs-mount-table.md',
  'task-front-matter': 'tasks/TASK-0010-vfs-mount-table.md',
  'task-status-value': 'tasks/TASK-0012-ipc-benchmarks.md',
  'task-dependency': 'tasks/TASK-0007-page-allocator-buddy.md',
};

describe('examples/ (the demo workspace on the built-in template)', () => {
  let result: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    result = await check('examples');
  });
  const all = (): Finding[] => result.report.findings;
  const tasksAndAdrs = (): Finding[] => all().filter((f) => !f.file.startsWith('docs/rfcs/'));

  it('is its own workspace root and checks its seven RFCs, twelve tasks and three ADRs without trouble', () => {
    expect(result.report.root).toBe(path.join(REPO, 'examples'));
    expect(result.report.filesChecked).toBe(22);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('reports every rule of the registry at least once', () => {
    const reported = new Set(all().map((f) => f.rule));
    expect(RULE_IDS.filter((id) => !reported.has(id))).toEqual([]);
  });

  it('reports each planted mistake in the file it was planted in', () => {
    const missing = RULE_IDS.filter((id) => !all().some((f) => f.rule === id && f.file === PLANTED[id]));
    expect(missing).toEqual([]);
  });

  it('reports nothing above info for RFC-0001, the clean one', () => {
    const findings = result.report.findings.filter((f) => f.file === 'docs/rfcs/RFC-0001-ipc-message-format.md' && above(f));
    expect(findings.map(describeFinding)).toEqual([]);
  });

  it('reports on tasks and ADRs only the mistakes planted there (and a hint on the task written before front matter)', () => {
    expect(tasksAndAdrs().map(describeFinding)).toEqual([
      'tasks/TASK-0006-boot-log-ring-buffer.md:1 task-front-matter The task has no "created": its template has `created: YYYY-MM-DD` in front matter, and this task has no front matter.',
      'tasks/TASK-0007-page-allocator-buddy.md:6 task-dependency Depending on TASK-0009 closes a cycle (TASK-0007 → TASK-0009 → TASK-0007): none of these tasks can be done first; remove one of the dependencies.',
      'tasks/TASK-0009-page-allocator-v2.md:6 task-dependency Depending on TASK-0007 closes a cycle (TASK-0009 → TASK-0007 → TASK-0009): none of these tasks can be done first; remove one of the dependencies.',
      'tasks/TASK-0010-vfs-mount-table.md:1 task-front-matter The front matter has no "created" key; add `created: YYYY-MM-DD` (from the task template).',
      'tasks/TASK-0012-ipc-benchmarks.md:3 task-status-value Task status "queued" is not a known status; use a usual task status such as todo, in-progress, done, blocked, cancelled, or list the team\'s statuses in "taskStatuses".',
    ]);
    expect(tasksAndAdrs().filter((f) => f.rule === 'task-front-matter').map((f) => f.severity)).toEqual(['info', 'warning']);
  });
});

describe('examples/custom-template (a team with its own template and vocabulary)', () => {
  let result: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    result = await check('examples/custom-template');
  });

  it('is its own workspace root, with a configuration the CLI accepts', () => {
    expect(result.report.root).toBe(path.join(REPO, 'examples/custom-template'));
    expect(result.report.filesChecked).toBe(5);
    expect(result.stderr).toBe('');
  });

  it('reports nothing above info for the clean RFC, which uses an old section name through an alias', () => {
    const findings = result.report.findings.filter((f) => f.file === 'docs/rfcs/RFC-0001-idempotency-keys.md' && above(f));
    expect(findings.map(describeFinding)).toEqual([]);
  });

  it("judges the other RFC by the team's template, statuses and severities", () => {
    const planted = result.report.findings.filter((f) => f.file === 'docs/rfcs/RFC-0002-webhook-retries.md');
    const expected = [
      { rule: 'status-value', severity: 'warning', text: '"Draft"' },
      { rule: 'missing-section', severity: 'error', text: '"Rollout"' },
      { rule: 'placeholder', severity: 'warning', text: '<alt 1>' },
    ].filter((e) => RULE_IDS.includes(e.rule));
    for (const e of expected) {
      expect(planted.some((f) => f.rule === e.rule && f.severity === e.severity && f.message.includes(e.text)), e.rule).toBe(true);
    }
    expect(planted.some((f) => f.message.includes('Failure model'))).toBe(false);
    expect(result.code).toBe(1);
  });
});
