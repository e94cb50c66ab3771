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
  'title-format': 'RFC-0002-scheduler-time-slices.md',
  'status-phase-mismatch': 'RFC-0002-scheduler-time-slices.md',
  'date-order': 'RFC-0002-scheduler-time-slices.md',
  'task-status-mismatch': 'RFC-0002-scheduler-time-slices.md',
  'proof-absolute-path': 'RFC-0002-scheduler-time-slices.md',
  'checklist-open': 'RFC-0002-scheduler-time-slices.md',
  'owner-format': 'RFC-0003-boot-log-encoding.md',
  'date-format': 'RFC-0003-boot-log-encoding.md',
  placeholder: 'RFC-0003-boot-log-encoding.md',
  'phase-marker': 'RFC-0003-boot-log-encoding.md',
  mojibake: 'RFC-0003-boot-log-encoding.md',
  'empty-section': 'RFC-0003-boot-log-encoding.md',
  'broken-link': 'RFC-0004-page-allocator.md',
  'phase-numbering': 'RFC-0004-page-allocator.md',
  'unknown-id': 'RFC-0004-page-allocator.md',
  'section-order': 'RFC-0004-page-allocator.md',
  'duplicate-section': 'RFC-0004-page-allocator.md',
  'header-field': 'RFC-0005-network-stack.md',
  'status-value': 'RFC-0005-network-stack.md',
  'no-task-link': 'RFC-0005-network-stack.md',
  'security-section': 'RFC-0005-network-stack.md',
  'missing-section': 'RFC-0005-network-stack.md',
  'proof-missing': 'RFC-0005-network-stack.md',
  'duplicate-id': 'RFC-0006-page-allocator-v2.md',
  'id-mismatch': 'RFC-0006-vfs-mount-table.md',
};

describe('examples/ (the demo workspace on the built-in template)', () => {
  let result: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    result = await check('examples');
  });

  it('is its own workspace root and checks all seven RFCs without trouble', () => {
    expect(result.report.root).toBe(path.join(REPO, 'examples'));
    expect(result.report.filesChecked).toBe(7);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('reports every rule of the registry at least once', () => {
    const reported = new Set(result.report.findings.map((f) => f.rule));
    expect(RULE_IDS.filter((id) => !reported.has(id))).toEqual([]);
  });

  it('reports each planted mistake in the RFC it was planted in', () => {
    const missing = RULE_IDS.filter((id) => !result.report.findings.some((f) => f.rule === id && f.file === `docs/rfcs/${PLANTED[id]}`));
    expect(missing).toEqual([]);
  });

  it('reports nothing above info for RFC-0001, the clean one', () => {
    const findings = result.report.findings.filter((f) => f.file === 'docs/rfcs/RFC-0001-ipc-message-format.md' && above(f));
    expect(findings.map(describeFinding)).toEqual([]);
  });

  it('never reports the tasks or ADRs, which are only indexed', () => {
    expect(result.report.findings.every((f) => f.file.startsWith('docs/rfcs/RFC-'))).toBe(true);
  });
});

describe('examples/custom-template (a team with its own template and vocabulary)', () => {
  let result: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    result = await check('examples/custom-template');
  });

  it('is its own workspace root, with a configuration the CLI accepts', () => {
    expect(result.report.root).toBe(path.join(REPO, 'examples/custom-template'));
    expect(result.report.filesChecked).toBe(2);
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
