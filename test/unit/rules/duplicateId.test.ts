import { describe, expect, it } from 'vitest';
import { pathDate, pathDateText } from '../../../server/src/core/ids';
import { check, cleanRfc, task } from '../helpers';

const rule = 'duplicate-id';

describe('duplicate-id', () => {
  it('reports nothing when no other RFC carries the id', async () => {
    expect(await check(cleanRfc(), rule, { 'docs/rfcs/RFC-0002-other.md': cleanRfc('RFC-0002', 'Other') })).toEqual([]);
  });

  it('does not count a file that only says where the RFC went (Moved to …), and still counts one with more to say', async () => {
    const stub = 'Moved to [RFC-0001](RFC-0001-sample.md).\n';
    expect(await check(cleanRfc(), rule, { 'docs/rfcs/RFC-0001-old-name.md': stub })).toEqual([]);
    const notStub = `${stub}\n## Context\n\nWe kept a copy here.\n`;
    expect((await check(cleanRfc(), rule, { 'docs/rfcs/RFC-0001-old-name.md': notStub })).map((f) => f.data)).toEqual([{ id: 'RFC-0001', others: ['docs/rfcs/RFC-0001-old-name.md'] }]);
  });

  it('does not count documents numbered zero, which were never given a number (k8s keeps three `0000-…` KEPs)', async () => {
    const zero = (title: string) => cleanRfc('RFC-0000', title);
    expect(await check(zero('A'), rule, { 'docs/rfcs/RFC-0000-b.md': zero('B') }, 'docs/rfcs/RFC-0000-a.md')).toEqual([]);
  });

  it("only hints when the shared number is that of the issue or pull request the header links (Ember's RFCs by PR in two repositories, Go's by issue)", async () => {
    const ember = (repo: string, title: string) => `---\nstage: accepted\nprs:\n  accepted: https://github.com/${repo}/rfcs/pull/1\n---\n\n${cleanRfc('RFC-0001', title)}`;
    const f = await check(ember('emberjs', 'A'), rule, { 'docs/rfcs/RFC-0001-b.md': ember('ember-cli', 'B') });
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0].message).toContain('Its number is that of the issue or pull request it links (https://github.com/emberjs/rfcs/pull/1)');
    const go = cleanRfc().replace('- Status:', 'Discussion at https://go.dev/issue/1.\n- Status:');
    expect((await check(go, rule, { 'docs/rfcs/RFC-0001-b.md': cleanRfc('RFC-0001', 'B') })).map((x) => x.severity)).toEqual(['info']);
    // Another number, or the same number only in the body, is no such link: the clash is reported.
    const other = cleanRfc().replace('- Status:', 'Discussion at https://go.dev/issue/12.\n- Status:');
    expect((await check(other, rule, { 'docs/rfcs/RFC-0001-b.md': cleanRfc('RFC-0001', 'B') })).map((x) => x.severity)).toEqual(['error']);
    const body = `${cleanRfc()}\nSee https://github.com/org/rfcs/pull/1 for the discussion.\n`;
    expect((await check(body, rule, { 'docs/rfcs/RFC-0001-b.md': cleanRfc('RFC-0001', 'B') })).map((x) => x.severity)).toEqual(['error']);
  });

  it("does not count the parts of one document numbered after it (Stellar's cap-0046.md, cap-0046-01.md …), and still counts two named apart", async () => {
    const cap = (n: string) => `## Preamble\n\n\`\`\`\nCAP: ${n}\n\`\`\`\n\n## Simple Summary\n\nS.\n`;
    const config = { rfcGlobs: ['core/cap-*.md'], template: 'cap-template.md' };
    const files = { 'cap-template.md': cap('To Be Assigned'), 'core/cap-0046.md': cap('0046'), 'core/cap-0046-06.md': cap('0046-06') };
    expect(await check(cap('0046-01'), rule, files, 'core/cap-0046-01.md', config)).toEqual([]);
    expect(await check(cap('0046'), rule, { ...files, 'core/cap-0046-01.md': cap('0046-01') }, 'core/cap-0046.md', config)).toEqual([]);
    // A slug makes another document, not a part.
    const named = await check(cap('0046'), rule, { ...files, 'core/cap-0046-other-idea.md': cap('0046') }, 'core/cap-0046.md', config);
    expect(named.map((f) => f.data?.others)).toEqual([['core/cap-0046-06.md', 'core/cap-0046-other-idea.md']]);
  });

  it("does not count an addendum numbered after the document (F#'s FS-1065.1-…) or the same file kept in another folder (FS-1104 in two release folders), and still counts another document", async () => {
    const config = { rfcGlobs: ['*/FS-*.md'] };
    const rfc = (title: string) => `# F# RFC ${title}\n\n## Summary\n\nS.\n`;
    const addendum = { 'RFCs/FS-1065.1-option-conversions.md': rfc('FS-1065.1 - Addendum') };
    expect(await check(rfc('FS-1065 - ValueOption parity'), rule, addendum, 'FSharp.Core-4.6.0/FS-1065-valueoption-parity.md', config)).toEqual([]);
    expect(await check(rfc('FS-1065.1 - Addendum'), rule, { 'FSharp.Core-4.6.0/FS-1065-valueoption-parity.md': rfc('FS-1065 - ValueOption parity') }, 'RFCs/FS-1065.1-option-conversions.md', config)).toEqual([]);
    const copy = { 'FSharp-6.0/FS-1104-struct-representations.md': rfc('FS-1104 - Struct representations') };
    expect(await check(rfc('FS-1104 - Struct representations'), rule, copy, 'FSharp-10.0/FS-1104-struct-representations.md', config)).toEqual([]);
    const other = { ...copy, 'FSharp-5.0/FS-1104-other-thing.md': rfc('FS-1104 - Other') };
    expect((await check(rfc('FS-1104 - Struct representations'), rule, other, 'FSharp-10.0/FS-1104-struct-representations.md', config)).map((f) => f.data)).toEqual([{ id: 'FS-1104', others: ['FSharp-5.0/FS-1104-other-thing.md'] }]);
  });

  it("reads a name that starts with a month, YYYYMM, as a date, not an id (Thanos's 202005-query-logging.md and 202005-tracing.md)", async () => {
    const config = { rfcGlobs: ['docs/proposals/[0-9]*.md'] };
    const rfc = (title: string) => `# ${title}\n\n## Summary\n\nS.\n`;
    expect(await check(rfc('Query logging'), rule, { 'docs/proposals/202005-tracing.md': rfc('Tracing') }, 'docs/proposals/202005-query-logging.md', config)).toEqual([]);
    expect([pathDate('docs/proposals/202005-query-logging.md'), pathDateText(20200500), pathDate('docs/proposals/0042-x.md')]).toEqual([20200500, '2020-05', Number.NaN]);
    // Six digits that are no month stay a number.
    expect((await check(rfc('A'), rule, { 'docs/proposals/201399-b.md': rfc('B') }, 'docs/proposals/201399-a.md', config)).map((f) => f.rule)).toEqual(['duplicate-id']);
  });

  it("does not count a copy kept under a suffix of the same name (aws-cdk's 0249-v2-experiments.expired.md), and still counts another name", async () => {
    const config = { rfcGlobs: ['text/[0-9]*.md'] };
    const rfc = (title: string) => `# ${title}\n\n## Summary\n\nS.\n`;
    expect(await check(rfc('V2 experiments'), rule, { 'text/0249-v2-experiments.expired.md': rfc('V2 experiments (expired)') }, 'text/0249-v2-experiments.md', config)).toEqual([]);
    expect(await check(rfc('V2 experiments (expired)'), rule, { 'text/0249-v2-experiments.md': rfc('V2 experiments') }, 'text/0249-v2-experiments.expired.md', config)).toEqual([]);
    expect((await check(rfc('V2 experiments'), rule, { 'text/0249-v2-experimental.md': rfc('Other') }, 'text/0249-v2-experiments.md', config)).map((f) => f.data?.others)).toEqual([['text/0249-v2-experimental.md']]);
  });

  it('does not count a task or an ADR with the same number as a duplicate', async () => {
    const others = { 'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step'), 'docs/adr/0001-use-markdown.md': '# ADR-0001: Use Markdown\n\n- Status: Accepted\n' };
    expect(await check(cleanRfc(), rule, others)).toEqual([]);
  });

  it('reports another RFC file with the same id on the title id and names it', async () => {
    const others = { 'docs/rfcs/RFC-0001-older-name.md': cleanRfc('RFC-0001', 'Older'), 'docs/rfcs/RFC-0007-later.md': cleanRfc('RFC-0007', 'Later') };
    const f = await check(cleanRfc(), rule, others);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 10 } });
    expect(f[0].data).toEqual({ id: 'RFC-0001', others: ['docs/rfcs/RFC-0001-older-name.md'] });
    expect(f[0].message).toBe('RFC-0001 is also the id of `docs/rfcs/RFC-0001-older-name.md`; each RFC needs its own id (the next free one is RFC-0008).');
  });

  it('lists every other file that shares the id', async () => {
    const others = { 'docs/rfcs/RFC-0001-b.md': cleanRfc('RFC-0001', 'B'), 'docs/rfcs/RFC-0001-a.md': cleanRfc('RFC-0001', 'A') };
    const f = await check(cleanRfc(), rule, others);
    expect(f[0].data).toEqual({ id: 'RFC-0001', others: ['docs/rfcs/RFC-0001-a.md', 'docs/rfcs/RFC-0001-b.md'] });
  });

  it('reports on the first line when the document has no title id', async () => {
    const text = 'Notes without a title.\n';
    const f = await check(text, rule, { 'docs/rfcs/RFC-0001-other.md': cleanRfc() });
    expect(f.map((x) => x.range)).toEqual([{ start: { line: 0, character: 0 }, end: { line: 0, character: 22 } }]);
  });

  it('reports two tasks with one id, on the title, with the next free task id', async () => {
    const others = { 'tasks/TASK-0003-older.md': task('TASK-0003', 'Older'), 'tasks/TASK-0007-later.md': task('TASK-0007', 'Later'), 'docs/rfcs/RFC-0003-x.md': cleanRfc('RFC-0003', 'X') };
    const f = await check(task('TASK-0003', 'Newer'), rule, others, 'tasks/TASK-0003-newer.md');
    expect(f.map((x) => x.message)).toEqual(['TASK-0003 is also the id of `tasks/TASK-0003-older.md`; each task needs its own id (the next free one is TASK-0008).']);
    expect(f[0].range.start.line).toBe(7);
  });

  it('reports a task without a title heading on its front matter title, not on its first section heading', async () => {
    // open-nexus-os: two TASK-0081 files whose text starts at `## Context` after the front matter.
    const text = '---\ntitle: TASK-0081 App platform anatomy\nstatus: Draft\n---\n\n## Context\n\nDecisions.\n';
    const f = await check(text, rule, { 'tasks/TASK-0081-mime-registry.md': task('TASK-0081', 'MIME registry') }, 'tasks/TASK-0081-app-platform-anatomy.md');
    expect(f.map((x) => x.range.start.line)).toEqual([1]);
  });

  it('reports two ADRs numbered alike, and not a task with a letter suffix or an ADR beside an RFC of that number', async () => {
    const adr = (title: string) => `# ADR-0002: ${title}\n\n- Status: Accepted\n`;
    const f = await check(adr('Newer'), rule, { 'docs/adr/0002-older.md': adr('Older') }, 'docs/adr/0002-newer.md');
    expect(f.map((x) => x.data)).toEqual([{ id: 'ADR-0002', others: ['docs/adr/0002-older.md'] }]);
    expect(await check(task('TASK-0003B', 'Follow-up'), rule, { 'tasks/TASK-0003-a.md': task('TASK-0003', 'A') }, 'tasks/TASK-0003B-follow-up.md')).toEqual([]);
    expect(await check(adr('Only'), rule, { 'docs/rfcs/RFC-0002-x.md': cleanRfc('RFC-0002', 'X') }, 'docs/adr/0002-only.md')).toEqual([]);
  });

  it('writes both ids the way the team does where files carry only their number (RFC 4, not RFC-0004)', async () => {
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const files = { '0000-template.md': '- Start Date: YYYY-MM-DD\n\n# Summary\n\nBrief.\n', 'text/0004-b.md': '# Summary\n\nB.\n', 'text/0005-c.md': '# Summary\n\nC.\n' };
    const f = await check('# Summary\n\nA.\n', rule, files, 'text/0004-a.md', config);
    expect(f.map((x) => x.message)).toEqual(['RFC 4 is also the id of `text/0004-b.md`; each RFC needs its own id (the next free one is RFC 6).']);
  });
});

