import { describe, expect, it } from 'vitest';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';
import { findReferences } from '../../../server/src/core/parser/references';

const refs = (line: string) => parseRfc('docs/rfcs/RFC-0001-x.md', 1, `# RFC-0001: X\n\n${line}\n`).references.map((r) => ({ text: r.text, path: r.path, ids: r.ids, style: r.style }));

describe('references', () => {
  it('finds a path in backticks with its id', () => {
    expect(refs('- Tasks: `tasks/TASK-0003-networking.md` (execution + proof)')).toEqual([
      { text: 'tasks/TASK-0003-networking.md', path: 'tasks/TASK-0003-networking.md', ids: ['TASK-0003'], style: 'backtick' },
    ]);
  });

  it('finds a Markdown link destination once, not again in the link text', () => {
    expect(refs('See [TASK-0003](../../tasks/TASK-0003-x.md#proof).')).toEqual([
      { text: '../../tasks/TASK-0003-x.md#proof', path: '../../tasks/TASK-0003-x.md', ids: ['TASK-0003'], style: 'link' },
    ]);
  });

  it("takes a link to a site generator's expression for no path (Scala's Jekyll `{{ site.scala3ref }}/…`), and a link to a path for one", () => {
    expect(refs('See [the details]({{ site.scala3ref }}/other-new-features/opaques-details.html) and [x]({% link docs/x.md %}).')).toEqual([]);
    expect(refs('See [the details](docs/opaques.md).').map((r) => r.path)).toEqual(['docs/opaques.md']);
  });

  it("takes a site generator's expression in prose for no path, nor what it prefixes", () => {
    expect(refs('Written as {{ site.scala3ref }}/other-new-features/opaques-details.html, or {% link docs/x.md %}, and docs/y.md.').map((r) => r.path)).toEqual(['docs/y.md']);
  });

  it('finds bare ids, a task suffix letter and ids with a non-breaking hyphen', () => {
    expect(refs('Depends on RFC-0006, TASK-0003B and ADR\u20110005.').map((r) => r.ids)).toEqual([['RFC-0006'], ['TASK-0003B'], ['ADR-0005']]);
  });

  it('expands id ranges and shorthand lists', () => {
    expect(refs('Work: TASK-0001..0003 and TASK-0314–0316.').map((r) => r.ids)).toEqual([
      ['TASK-0001', 'TASK-0002', 'TASK-0003'],
      ['TASK-0314', 'TASK-0315', 'TASK-0316'],
    ]);
    expect(refs('Done in TASK-0286/0287/0290.').map((r) => r.ids)).toEqual([['TASK-0286', 'TASK-0287', 'TASK-0290']]);
  });

  it('reads loose path forms: abbreviated slug, glob, id without slug, line suffix', () => {
    expect(refs('`tasks/TASK-0055-…`, `docs/rfcs/RFC-0059-...`, `docs/rfcs/RFC-0055-*.md`, `tasks/TASK-0305`, `docs/adr/0005-x.md:51`').map((r) => r.path)).toEqual([
      'tasks/TASK-0055-…',
      'docs/rfcs/RFC-0059-...',
      'docs/rfcs/RFC-0055-*.md',
      'tasks/TASK-0305',
      'docs/adr/0005-x.md',
    ]);
  });

  it('does not take prose with slashes, folder names or paths inside longer paths for references', () => {
    expect(refs('We keep tasks/RFCs apart, and/or use `docs/` and `crates/x/docs/rfcs/notes`.')).toEqual([]);
  });

  it('ignores URLs, template placeholders and code blocks', () => {
    expect(refs('https://example.com/tasks/TASK-0003-x.md and `tasks/TASK-XXXX-...md`\n\n```\nTASK-0009\n```')).toEqual([]);
  });

  it('reads a reference link to a URL as an inline one: its text and its label name nothing here', () => {
    const defs = '\n\n[RFC-0042]: https://github.com/org/rfcs/pull/42\n[Spec.md]: https://example.com/Spec.md "the spec"\n[Local]: docs/adr/0001-x.md';
    // Shortcut, collapsed and full references whose destination is a URL.
    expect(refs(`Per [RFC-0042] and [RFC-0042][], see the [spec][Spec.md] and [the other RFC][rfc-0042].${defs}`).map((r) => r.text)).toEqual(['docs/adr/0001-x.md']);
    // A full reference to a local file: its text still names what it names; its label does not.
    expect(refs(`[RFC-0007 notes][local] and [docs/a.md][Local]${defs}`).map((r) => r.text)).toEqual(['RFC-0007', 'docs/a.md', 'docs/adr/0001-x.md']);
  });

  it('reads a code span in the text of a link to a URL as that text: it names the URL\'s file, not ours', () => {
    expect(refs('- suite ([`test/e2e_test.go`](https://github.com/org/repo/blob/master/test/e2e_test.go)) verifies.')).toEqual([]);
    // In the text of a link to a file of ours it is still read, as any text is.
    expect(refs('See [`docs/b.md`](docs/a.md).').map((r) => r.text)).toEqual(['docs/a.md', 'docs/b.md']);
  });

  it('keeps brackets whose label no definition names as text', () => {
    expect(refs('Per [RFC-0042] and [`docs/b.md`][missing].\n\n[other]: https://example.com').map((r) => r.text)).toEqual(['RFC-0042', 'docs/b.md']);
    expect(refs('Per [RFC-0042], see [x](https://example.com/RFC-0043).').map((r) => r.text)).toEqual(['RFC-0042']);
  });

  it('takes a file named TBD for a place held until the task exists, and keeps names that merely contain it', () => {
    expect(refs('- **Phase 3**: superseded — `docs/tasks/TBD.md`, see [later](tasks/TBD.md)')).toEqual([]);
    expect(refs('`docs/TBD-notes.md` and `docs/tbd.md`').map((r) => r.path)).toEqual(['docs/TBD-notes.md', 'docs/tbd.md']);
  });

  it('ignores ids glued to other words', () => {
    expect(findReferences('MYTASK-0001 TASK-0001x', 'bare')).toEqual([]);
  });

  it('finds references in tables and reference definitions', () => {
    const r = refs('| Phase | Task |\n|---|---|\n| 0 | TASK-0007 |\n\n[spec]: docs/adr/0001-record.md');
    expect(r.map((x) => x.ids)).toEqual([['TASK-0007'], ['ADR-0001']]);
  });
});
