import { describe, expect, it } from 'vitest';
import { check, cleanRfc, task } from '../helpers';

const rule = 'no-task-link';
/** A clean RFC whose only task mentions are the given Links lines (the milestone's task id is removed). */
const rfc = (links: string, status = 'In Progress') => cleanRfc('RFC-0001', 'Sample design', { links, status }).replace(' (TASK-0001)', '');
const ADR_ONLY = '  - ADRs: `docs/adr/0005-use-markdown.md`';

describe('no-task-link', () => {
  it('accepts an RFC that links a task by path', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('accepts a task named anywhere by bare id, range, shorthand list or non-breaking hyphen', async () => {
    expect(await check(cleanRfc('RFC-0001', 'Sample design', { links: ADR_ONLY }), rule)).toEqual([]);
    for (const written of ['TASK-0001..0020', 'TASK-0314–0320', 'TASK-0286/0287/0290', 'TASK\u20110003']) {
      expect(await check(`${rfc(ADR_ONLY)}\nImplemented by ${written}.\n`, rule)).toEqual([]);
    }
  });

  it('accepts loose and relative task paths', async () => {
    expect(await check(rfc('  - Tasks: `tasks/TASK-0055-…`'), rule)).toEqual([]);
    expect(await check(rfc('  - Tasks: [first](../../tasks/TASK-0001-first-step.md)'), rule)).toEqual([]);
  });

  it('reports an RFC without any task on the Links field name, with its line', async () => {
    const text = rfc(ADR_ONLY);
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].range).toEqual({ start: { line: 6, character: 2 }, end: { line: 6, character: 7 } });
    expect(f[0].message).toBe('This RFC links no task; link the task(s) that implement and prove its phases under "Links" (`tasks/TASK-NNNN-slug.md`).');
    expect(f[0].data).toEqual({ linksLine: 6 });
    expect(f[0].severity).toBe('warning');
  });

  it('gives only a hint for a draft, which may not have tasks yet', async () => {
    expect((await check(rfc(ADR_ONLY, 'Draft'), rule)).map((x) => x.severity)).toEqual(['info']);
  });

  it('gives only a hint for an RFC without a status yet, such as a file just started', async () => {
    expect((await check('# RFC-0001: Just started\n', rule)).map((x) => x.severity)).toEqual(['info']);
  });

  it('does not count the template placeholders or the all-tasks glob of the template prose', async () => {
    const text = rfc('  - Tasks: `tasks/TASK-XXXX-...md` (execution + proof)').replace('- Tasks define', '- Tasks (`tasks/TASK-*.md`) define');
    expect(text).toContain('`tasks/TASK-*.md`');
    expect(await check(text, rule)).toHaveLength(1);
  });

  it('reports on the title when the RFC has no Links field', async () => {
    const text = rfc(ADR_ONLY).replace(/- Links:\n {2}- ADRs: .*\n/, '');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(f[0].range.start.line).toBe(0);
    expect(f[0].data).toEqual({});
  });

  it('counts a path into a configured task folder even when task files carry no id', async () => {
    const config = { taskGlobs: ['work/items/*.md'] };
    const others = { 'work/items/networking.md': task('W-1', 'Networking') };
    expect(await check(rfc('  - Tasks: `work/items/networking.md`'), rule, others, undefined, config)).toEqual([]);
  });
});
