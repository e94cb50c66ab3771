import { describe, expect, it } from 'vitest';
import { check, cleanRfc, task } from '../helpers';

const rule = 'unknown-id';
const docs = {
  'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step'),
  'tasks/TASK-0020-last-step.md': task('TASK-0020', 'Last step'),
  'tasks/TASK-0286-a.md': task('TASK-0286', 'A'),
  'tasks/TASK-0287-b.md': task('TASK-0287', 'B'),
  'tasks/TASK-0290-c.md': task('TASK-0290', 'C'),
  'tasks/TASK-0314-d.md': task('TASK-0314', 'D'),
  'tasks/TASK-0320-e.md': task('TASK-0320', 'E'),
  'docs/adr/0005-use-markdown.md': '# ADR-0005: Use Markdown\n\n- Status: Accepted\n',
  'docs/rfcs/RFC-0002-other.md': '# RFC-0002: Other\n',
};
const rfc = (body: string) => `${cleanRfc()}\n${body}\n`;
const slice = (text: string, r: { start: { line: number; character: number }; end: { character: number } }) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);

describe('unknown-id', () => {
  it('accepts ids of existing tasks, RFCs and ADRs (ADRs known by their file number)', async () => {
    expect(await check(rfc('See TASK-0001, RFC-0002 and ADR-0005.'), rule, docs)).toEqual([]);
  });

  it('reports an unknown task id on the id, offering a path to create it', async () => {
    const text = rfc('Follow-up: TASK-0099.');
    const f = await check(text, rule, docs);
    expect(f).toHaveLength(1);
    expect(slice(text, f[0].range)).toBe('TASK-0099');
    expect(f[0].message).toBe('TASK-0099 matches no task in the workspace; create `tasks/TASK-0099.md` or correct the id.');
    expect(f[0].data).toEqual({ id: 'TASK-0099', kind: 'task', createPath: 'tasks/TASK-0099.md' });
  });

  it('reports unknown RFC and ADR ids without a path to create', async () => {
    const f = await check(rfc('Builds on RFC-0042 and ADR-0009.'), rule, docs);
    expect(f.map((x) => x.data)).toEqual([{ id: 'RFC-0042', kind: 'rfc' }, { id: 'ADR-0009', kind: 'adr' }]);
    expect(f[0].message).toBe('RFC-0042 matches no RFC in the workspace; correct the id.');
  });

  it('only hints at an unknown id whose line links the issue of its number (a document with no file yet, k8s\'s "[KEP-5433] …: …/issues/5433")', async () => {
    const f = await check(rfc('- [RFC-0042] Swap-aware evictions: https://github.com/org/repo/issues/42.\n- RFC-0043 (https://github.com/org/repo/issues/44)'), rule, docs);
    expect(f.map((x) => [x.data?.id, x.severity])).toEqual([['RFC-0042', 'info'], ['RFC-0043', 'warning']]);
    expect(f[0].message).toBe('RFC-0042 matches no RFC in the workspace; the document links its issue (https://github.com/org/repo/issues/42), so it may have no document yet.');
  });

  it("only hints where the document links the id's pull request on another line (Polkadot's \"[RFC-4](…/pull/4) … Changes from RFC-4\")", async () => {
    const f = await check(rfc('Based on [RFC-4](https://github.com/org/RFCs/pull/4), never adopted.\n\n### Changes from RFC-4\n\nAnd RFC-0043.'), rule, docs);
    expect(f.map((x) => [x.data?.id, x.severity])).toEqual([['RFC-0004', 'info'], ['RFC-0043', 'warning']]);
  });

  it('only hints where the workspace leaves most numbers unused (ids that are pull request numbers, only accepted ones with a file)', async () => {
    const sparse: Record<string, string> = {};
    for (const n of [1, 5, 7, 8, 9, 10, 14, 17, 20, 26, 32, 42, 59, 61, 150]) {
      const id = `RFC-${String(n).padStart(4, '0')}`;
      sparse[`docs/rfcs/${id}-x${n}.md`] = `# ${id}: X\n`;
    }
    const f = await check(rfc('As proposed in RFC-3, and in RFC-0002.'), rule, sparse);
    expect(f.map((x) => [x.data?.id, x.severity])).toEqual([['RFC-0003', 'info'], ['RFC-0002', 'info']]);
    expect(f[0].message).toBe('RFC-3 matches no RFC in the workspace, whose 16 RFCs leave most numbers up to 150 unused (numbers of proposals or issues, not all of which have a file here): if it was meant as one of them, correct the id.');
    // Numbered one after another, a missing number is a mistake (or a document not written yet).
    const dense: Record<string, string> = {};
    for (let n = 1; n <= 15; n++) dense[`docs/rfcs/RFC-${String(n + 2).padStart(4, '0')}-x.md`] = `# RFC-${String(n + 2).padStart(4, '0')}: X\n`;
    expect((await check(rfc('See RFC-0042.'), rule, dense)).map((x) => x.severity)).toEqual(['warning']);
    // Tasks are numbered by the team: a missing one is a mistake however sparse the tasks at hand.
    const tasks: Record<string, string> = { ...sparse };
    for (const n of [1, 5, 7, 8, 9, 10, 14, 17, 20, 26, 32, 42, 59, 61, 150]) tasks[`tasks/TASK-${String(n).padStart(4, '0')}-t.md`] = task(`TASK-${String(n).padStart(4, '0')}`, 'T');
    expect((await check(rfc('See TASK-0003.'), rule, tasks)).map((x) => x.severity)).toEqual(['warning']);
  });

  it('names the id as the text writes it, unpadded (Ethereum\'s "EIP-90"), and keeps the canonical id in data', async () => {
    const f = await check(rfc('Builds on RFC-42.'), rule, docs);
    expect(f.map((x) => [x.message, x.data?.id])).toEqual([['RFC-42 matches no RFC in the workspace; correct the id.', 'RFC-0042']]);
  });

  it('checks only the two ends of an id range', async () => {
    expect(await check(rfc('Tasks TASK-0001..0020 and TASK-0314–0320.'), rule, docs)).toEqual([]);
  });

  it('reports a missing end of a range on that end', async () => {
    const text = rfc('Tasks TASK-0001..0021.');
    const f = await check(text, rule, docs);
    expect(f.map((x) => x.data?.id)).toEqual(['TASK-0021']);
    expect(slice(text, f[0].range)).toBe('0021');
  });

  it('checks each id of a shorthand list and reports the missing one on its number', async () => {
    expect(await check(rfc('Tasks TASK-0286/0287/0290.'), rule, docs)).toEqual([]);
    const text = rfc('Tasks TASK-0286/0288/0290.');
    const f = await check(text, rule, docs);
    expect(f.map((x) => x.data?.id)).toEqual(['TASK-0288']);
    expect(slice(text, f[0].range)).toBe('0288');
  });

  it('accepts ids written with a non-breaking hyphen', async () => {
    expect(await check(rfc('See TASK\u20110001 and RFC\u20110002.'), rule, docs)).toEqual([]);
  });

  it('accepts an id two task files share', async () => {
    const shared = { ...docs, 'tasks/TASK-0007-a.md': task('TASK-0007', 'A'), 'tasks/TASK-0007-b.md': task('TASK-0007', 'B') };
    expect(await check(rfc('See TASK-0007.'), rule, shared)).toEqual([]);
  });

  it("skips the document's own id, path references (broken-link's) and ids in code blocks", async () => {
    expect(await check(rfc('This is RFC-0001. See `tasks/TASK-0098-x.md`.\n\n```\nTASK-0097\n```'), rule, docs)).toEqual([]);
  });

  it('does not check a kind the workspace has no document of (the globs are likely elsewhere)', async () => {
    const noAdrs = Object.fromEntries(Object.entries(docs).filter(([p]) => !p.startsWith('docs/adr/')));
    expect(await check(rfc('See ADR-0009.'), rule, noAdrs)).toEqual([]);
  });

  it('finds tasks indexed under a configured folder and offers that folder for new ones', async () => {
    const config = { taskGlobs: ['work/items/TASK-*.md'] };
    const others = { 'work/items/TASK-0001-x.md': task('TASK-0001', 'X') };
    const f = await check(rfc('See TASK-0001 and TASK-0002.'), rule, others, undefined, config);
    expect(f.map((x) => x.data?.createPath)).toEqual(['work/items/TASK-0002.md']);
  });

  describe('in tasks and ADRs', () => {
    it('reports an id that names nothing in a task body and its links, not its own id in the title', async () => {
      const text = task('TASK-0021', 'Retry', 'todo', 'links: [RFC-0002, RFC-0042]\n') + '\nFollows TASK-0020 and ADR-0009.\n';
      const f = await check(text, rule, docs, 'tasks/TASK-0021-retry.md');
      expect(f.map((x) => x.message)).toEqual([
        'RFC-0042 matches no RFC in the workspace; correct the id.',
        'ADR-0009 matches no ADR in the workspace; correct the id.',
      ]);
    });

    it('takes an ADR numbered only in its file name as its own id', async () => {
      const text = '# ADR-0006: Retries\n\n- Status: Accepted\n\nSupersedes ADR-0005; see RFC-0002.\n';
      expect(await check(text, rule, docs, 'docs/adr/0006-retries.md')).toEqual([]);
    });
  });
});
