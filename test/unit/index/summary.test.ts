import { describe, expect, it } from 'vitest';
import type { DocKind } from '../../../server/src/core/types';
import { summarize as summarizeWith } from '../../../server/src/core/index/summarize';
import type { DocSummary, SummaryDetail } from '../../../server/src/core/index/summary';
import { summaryFromName } from '../../../server/src/core/index/summary';
import { defaultSummaryContext } from '../helpers';

function summarize(path: string, kind: DocKind, text: string, detail?: SummaryDetail): DocSummary {
  return summarizeWith(path, kind, text, defaultSummaryContext(), detail);
}

describe('summarize', () => {
  it('reads id, title, status and owner from front matter that is not valid YAML', () => {
    const s = summarize('tasks/TASK-0003-net.md', 'task', '---\ntitle: TASK-0003 Networking: the stack\nstatus: in-progress\nowner: @runtime\n---\n\n# TASK-0003: Networking\n');
    expect(s).toMatchObject({ id: 'TASK-0003', title: 'TASK-0003 Networking: the stack', status: 'in-progress', owners: ['@runtime'], loaded: true });
  });

  it('keeps each front-matter reference on its own line and column', () => {
    const text = '---\ntitle: T\ndepends-on: [TASK-0001, TASK-0002]\nlinks:\n  - RFC-0004\n  - docs/adr/0005-x.md\n---\n';
    const s = summarize('tasks/TASK-0003-net.md', 'task', text);
    expect(s.refs.map((r) => [r.ids, r.line, r.start, r.end])).toEqual([
      [['TASK-0001'], 2, 13, 22],
      [['TASK-0002'], 2, 24, 33],
      [['RFC-0004'], 4, 4, 12],
      [['ADR-0005'], 5, 4, 22],
    ]);
  });

  it('reads a status from a `- Status:` line when front matter has none', () => {
    expect(summarize('tasks/TASK-0004-x.md', 'task', '# TASK-0004: X\n\n- Status: Done\n').status).toBe('Done');
  });

  it('reads an ADR title and the status under a `## Status` heading', () => {
    const s = summarize('docs/adr/0005-use-md.md', 'adr', '# 5. Use Markdown\n\n## Status\n\nAccepted\n\n## Context\n\nWe write docs.\n');
    expect(s).toMatchObject({ id: 'ADR-0005', title: 'Use Markdown', status: 'Accepted' });
  });

  it('ignores references inside code fences and HTML comments', () => {
    const s = summarize('tasks/TASK-0001-x.md', 'task', '# TASK-0001: X\n\n```\nTASK-0009\n```\n<!-- TASK-0010 -->\nSee TASK-0011.\n');
    expect(s.refs.flatMap((r) => r.ids)).toEqual(['TASK-0011']);
  });

  it('knows a file by its name before it is read, and marks it not loaded', () => {
    expect(summaryFromName('docs/adr/0007-x.md', 'adr')).toEqual({ path: 'docs/adr/0007-x.md', kind: 'adr', id: 'ADR-0007', excerpt: '', owners: [], refs: [], loaded: false });
  });
});

describe('summarize on very large files', () => {
  it('reads references only up to the parser limit', async () => {
    const { MAX_PARSE_CHARS } = await import('../../../server/src/core/parser/rfcParser');
    const filler = 'x'.repeat(99) + '\n';
    const text = `# TASK-0001: Big\n\nSee TASK-0002.\n${filler.repeat(Math.ceil(MAX_PARSE_CHARS / 100))}See TASK-0003.\n`;
    expect(summarize('tasks/TASK-0001-big.md', 'task', text).refs.flatMap((r) => r.ids)).toEqual(['TASK-0002']);
  });
});

describe('summarize with the `rules` detail (the CLI)', () => {
  const files: [string, 'rfc' | 'task' | 'adr', string][] = [
    ['tasks/TASK-0003-net.md', 'task', '---\ntitle: TASK-0003 Networking\nstatus: in-progress\nowner: @runtime\ndepends-on: [TASK-0001]\n---\n\n# TASK-0003: Networking\n\nSee RFC-0004 and `tasks/TASK-0001-x.md`.\n'],
    ['docs/adr/0005-use-md.md', 'adr', '# 5. Use Markdown\n\n## Context\n\nWe write docs. See RFC-0001.\n\n## Status\n\nAccepted\n'],
    ['docs/rfcs/RFC-0004-x.md', 'rfc', '# RFC-0004: X\n\n- Status: Draft\n- Owners: @a\n\n## Summary\n\nLinks TASK-0003.\n'],
    ['tasks/TASK-0009-none.md', 'task', '# TASK-0009: No status anywhere\n\nBody TASK-0001.\n'],
  ];

  it('keeps the same id, title and status as the full summary, and no references, excerpt or owners', () => {
    for (const [path, kind, text] of files) {
      const full = summarize(path, kind, text);
      const lean = summarize(path, kind, text, 'rules');
      expect({ id: lean.id, title: lean.title, status: lean.status }, path).toEqual({ id: full.id, title: full.title, status: full.status });
      expect(full.refs.length, path).toBeGreaterThan(0);
      expect(lean, path).toMatchObject({ refs: [], excerpt: '', owners: [], loaded: true });
    }
  });
});
