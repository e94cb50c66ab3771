import { describe, expect, it } from 'vitest';
import { check, cleanRfc, task } from '../helpers';

const rule = 'task-status-mismatch';
const tasks = {
  'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step', 'done'),
  'tasks/TASK-0007-hardening.md': task('TASK-0007', 'Hardening', 'in-progress'),
  'tasks/TASK-0008-scale.md': task('TASK-0008', 'Scale', 'todo'),
};
const rfc = (phases: string, milestones?: string) => {
  const text = cleanRfc('RFC-0001', 'Sample design', { phases });
  return milestones === undefined ? text : text.replace(/- \*\*Phase 0\*\*: the contract \(TASK-0001\)\n- \*\*Phase 1\*\*: hardening\n- \*\*Phase 2\*\*: scale/, milestones);
};
const slice = (text: string, r: { start: { line: number; character: number }; end: { character: number } }) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);

describe('task-status-mismatch', () => {
  it('accepts done phases whose tasks are done', async () => {
    expect(await check(rfc('- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: 🟨 (TASK-0007)'), rule, tasks)).toEqual([]);
  });

  it('reports a done phase naming an open task, on the task id on the phase line', async () => {
    const text = rfc('- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: ✅ (TASK-0007)');
    const f = await check(text, rule, tasks);
    expect(f).toHaveLength(1);
    expect(slice(text, f[0].range)).toBe('TASK-0007');
    expect(f[0].message).toBe('Phase 1 is marked done but TASK-0007 is "in-progress"; finish the task and set its status to done, or mark the phase 🟨.');
    expect(f[0].data).toEqual({ taskId: 'TASK-0007', taskPath: 'tasks/TASK-0007-hardening.md', taskStatus: 'in-progress' });
  });

  it('follows the milestone line of the same phase and reports on the marker', async () => {
    const text = rfc('- **Phase 0**: ✅\n- **Phase 1**: ✅', '- **Phase 0**: the contract (TASK-0001)\n- **Phase 1**: hardening (TASK-0007)');
    const f = await check(text, rule, tasks);
    expect(f.map((x) => x.data?.taskId)).toEqual(['TASK-0007']);
    expect(slice(text, f[0].range)).toBe('✅');
    expect(f[0].range.start.line).toBe(text.split('\n').indexOf('- **Phase 1**: ✅'));
    expect(f[0].message).toContain('(named on its milestone line)');
  });

  it('counts real-world done markers and reads a task status from a "- Status:" line', async () => {
    const others = { ...tasks, 'tasks/TASK-0009-x.md': '# TASK-0009: X\n\n- Status: In Progress\n' };
    const f = await check(rfc('- **Phase 0**: 🟢 (TASK-0009)'), rule, others);
    expect(f.map((x) => x.data?.taskStatus)).toEqual(['In Progress']);
  });

  it('accepts a task whose "- Status:" line says done', async () => {
    const others = { ...tasks, 'tasks/TASK-0009-x.md': '# TASK-0009: X\n\n- Status: Done (2026-07-21)\n' };
    expect(await check(rfc('- **Phase 0**: ✅ (TASK-0009)'), rule, others)).toEqual([]);
  });

  it('ignores phases that are not done', async () => {
    expect(await check(rfc('- **Phase 0**: 🟨 (TASK-0007)\n- **Phase 1**: ⬜ (TASK-0008)'), rule, tasks)).toEqual([]);
  });

  it('skips tasks without a status, with an unknown status word, or missing from the workspace', async () => {
    const others = {
      ...tasks,
      'tasks/TASK-0010-x.md': '# TASK-0010: No status\n',
      'tasks/TASK-0011-y.md': task('TASK-0011', 'Odd', 'parked-for-later'),
    };
    expect(await check(rfc('- **Phase 0**: ✅ (TASK-0010, TASK-0011, TASK-0099)'), rule, others)).toEqual([]);
  });

  it('does not hold an open task against the phase when another file sharing its id is done', async () => {
    const others = { ...tasks, 'tasks/TASK-0007-hardening-v2.md': task('TASK-0007', 'Hardening again', 'done') };
    expect(await check(rfc('- **Phase 0**: ✅ (TASK-0007)'), rule, others)).toEqual([]);
  });

  it('does not take prose bullets of the phase section for milestones', async () => {
    const phases = '- **Phase 0**: ✅\n- Phase 0 follow-ups are tracked in TASK-0008.';
    expect(await check(rfc(phases, '- **Phase 0**: the contract (TASK-0001)'), rule, tasks)).toEqual([]);
  });

  it('takes no owner from prose that starts with "Phase 1" (a sentence about the phase is not its milestone)', async () => {
    const text = `${rfc('- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: ✅')}\n## Notes\n\nPhase 1 left 13 modules; later splits may come as TASK-0007 lands.\n`;
    expect(await check(text, rule, tasks)).toEqual([]);
    // The same words on a milestone item name its task.
    expect((await check(rfc('- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: ✅', '- **Phase 0**: the contract (TASK-0001)\n- **Phase 1**: hardening as TASK-0007 lands\n- **Phase 2**: scale'), rule, tasks)).map((f) => f.data?.taskId)).toEqual(['TASK-0007']);
  });
});

describe('task-status-mismatch: which task did the phase (issue 9, real repositories)', () => {
  const done = { 'tasks/TASK-0292-stack.md': task('TASK-0292', 'Stack', 'done'), 'tasks/TASK-0293-retx.md': task('TASK-0293', 'Retransmission', 'done') };
  const open = {
    'tasks/TASK-0286-dhcp.md': task('TASK-0286', 'DHCP', 'draft'),
    'tasks/TASK-0287-dns.md': task('TASK-0287', 'DNS', 'draft'),
    'tasks/TASK-0290-filter.md': task('TASK-0290', 'Filter hooks', 'todo'),
    'tasks/TASK-0301-sack.md': task('TASK-0301', 'SACK', 'todo'),
    'tasks/TASK-0302-batch.md': task('TASK-0302', 'Batched calls', 'todo'),
  };
  const all = { ...tasks, ...done, ...open };

  it.each([
    ['handoff to', '✅ — TASK-0292 (Done 2026-07-19); handoff to TASK-0286/0287 for DHCP and DNS'],
    ['follow-up', '✅ — TASK-0292; follow-up: TASK-0302 (batched calls)'],
    ['owned by … (out of scope)', '✅ (TASK-0292); filter hooks owned by TASK-0290 (out of scope)'],
    ['deferred', '✅ TASK-0292, SACK deferred to TASK-0301'],
    ['successor', '✅ TASK-0292; its successor is TASK-0302'],
    ['seeded as', '✅ TASK-0292; per-socket limits seeded as TASK-0290'],
    ['gated', '✅ TASK-0292; the nightly variant is gated on TASK-0301'],
    ['next', '✅ TASK-0292; next: TASK-0301'],
    ['remaining', '✅ TASK-0292; remaining: TASK-0290'],
    ['closure is', '✅ TASK-0292; closure is TASK-0301 (72 h soak)'],
    ['only a handoff', '✅ handoff to TASK-0286 for the next step'],
  ])('does not take a task named after "%s" for the phase’s task', async (_words, phase) => {
    expect(await check(rfc(`- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: ${phase}`), rule, all)).toEqual([]);
  });

  it('takes the first task named after the marker, even with a handoff after it', async () => {
    const f = await check(rfc('- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: ✅ — TASK-0286 (host proof green); follow-up: TASK-0287'), rule, all);
    expect(f.map((x) => x.data?.taskId)).toEqual(['TASK-0286']);
  });

  it('takes the task a milestone line gives its phase, not a task deferred to on that line', async () => {
    const text = rfc('- **Phase 0**: ✅\n- **Phase 1**: ✅', '- **Phase 0**: the contract (TASK-0001)\n- **Phase 1** (TASK-0293): retransmission timer; SACK is deferred to TASK-0301.');
    expect(await check(text, rule, all)).toEqual([]);
    const openOwner = rfc('- **Phase 0**: ✅\n- **Phase 1**: ✅', '- **Phase 0**: the contract (TASK-0001)\n- **Phase 1** (TASK-0301): SACK');
    expect((await check(openOwner, rule, all)).map((x) => x.data?.taskId)).toEqual(['TASK-0301']);
  });

  it('takes a task that names the phase in its own text when no line names one', async () => {
    const naming = { ...all, 'tasks/TASK-0371-window.md': `${task('TASK-0371', 'Coalescing window', 'draft')}\nImplements RFC-0001 Phase 1 (the coalescing window).\n` };
    const f = await check(rfc('- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: ✅ (proven on QEMU)'), rule, naming);
    expect(f.map((x) => [x.data?.taskId, x.message])).toEqual([['TASK-0371', expect.stringContaining('(which names this phase)')]]);
  });

  it('says nothing when the same task is named both as the phase’s task and as handed on', async () => {
    expect(await check(rfc('- **Phase 0**: ✅ (TASK-0001)\n- **Phase 1**: ✅ TASK-0286; follow-up: TASK-0286 again'), rule, all)).toEqual([]);
  });
});
