import { describe, expect, it } from 'vitest';
import { readFrontMatter, fieldList, fieldText } from '../../server/src/core/parser/frontMatter';
import { parseRfc } from '../../server/src/core/parser/rfcParser';
import { fillTaskTemplate, taskLinkEdit } from '../../server/src/core/scaffoldTask';
import type { LinkEdit } from '../../server/src/core/scaffoldTask';
import { buildTemplate } from '../../server/src/core/template';
import { TextLines } from '../../server/src/core/text';
import { BUILTIN_TEMPLATES, cleanRfc } from './helpers';

const template = buildTemplate(BUILTIN_TEMPLATES.rfc, 'built-in');
const values = { id: 'TASK-0013', title: 'Wire the parser', today: '2026-11-26', rfcId: 'RFC-0004' };

function apply(text: string, e: LinkEdit | undefined): string {
  if (!e) return text;
  const lines = new TextLines(text);
  return text.slice(0, lines.offsetAt(e.range.start)) + e.newText + text.slice(lines.offsetAt(e.range.end));
}

function link(text: string, path = 'tasks/TASK-0013-wire-the-parser.md'): string {
  return apply(text, taskLinkEdit(parseRfc('docs/rfcs/RFC-0004-x.md', 1, text), template, path, 'TASK-0013'));
}

describe('fillTaskTemplate', () => {
  it('fills id, title, date and the RFC link of the built-in task template', () => {
    const out = fillTaskTemplate(BUILTIN_TEMPLATES.task, values);
    const fm = readFrontMatter(new TextLines(out));
    expect(fieldText(fm, 'title')).toBe('TASK-0013 Wire the parser');
    expect(fieldText(fm, 'created')).toBe('2026-11-26');
    expect(fieldList(fm, 'links')).toEqual(['RFC-0004']);
    expect(out).toContain('\n# TASK-0013: Wire the parser\n');
    expect(out).toContain('<observable condition that ends the task>');
  });

  it('quotes a title that would not be valid YAML unquoted, and the front matter reader reads it back', () => {
    const out = fillTaskTemplate(BUILTIN_TEMPLATES.task, { ...values, title: 'Parser: "fast" path' });
    expect(out).toContain('title: "TASK-0013 Parser: \\"fast\\" path"');
    expect(fieldText(readFrontMatter(new TextLines(out)), 'title')).toBe('TASK-0013 Parser: "fast" path');
  });

  it('adds a links key when the template has none', () => {
    const out = fillTaskTemplate('---\ntitle: TASK-XXXX <Title>\nstatus: todo\n---\n\n# TASK-XXXX: <Title>\n', values);
    expect(out).toBe('---\ntitle: TASK-0013 Wire the parser\nstatus: todo\nlinks:\n  - RFC-0004\n---\n\n# TASK-0013: Wire the parser\n');
  });

  it('adds front matter when the template has none', () => {
    const out = fillTaskTemplate('# TASK-XXXX: <Title>\n\n- Status: todo\n', values);
    expect(out).toBe('---\nlinks:\n  - RFC-0004\n---\n\n# TASK-0013: Wire the parser\n\n- Status: todo\n');
  });

  it('appends to a flow list and to a block list of other links', () => {
    expect(fillTaskTemplate('---\nlinks: [ADR-0001]\n---\n', values)).toBe('---\nlinks: [ADR-0001, RFC-0004]\n---\n');
    expect(fillTaskTemplate('---\nlinks: []\n---\n', values)).toBe('---\nlinks: [RFC-0004]\n---\n');
    expect(fillTaskTemplate('---\nlinks:\n    - ADR-0001\nstatus: todo\n---\n', values)).toBe('---\nlinks:\n    - ADR-0001\n    - RFC-0004\nstatus: todo\n---\n');
  });

  it('does not fill placeholders in the body, where they are the author\'s to write', () => {
    const out = fillTaskTemplate('---\ntitle: TASK-XXXX <Title>\nlinks:\n  - RFC-XXXX\n---\n\n# TASK-XXXX: <Title>\n\nSee RFC-XXXX on YYYY-MM-DD.\n', values);
    expect(out.endsWith('See RFC-XXXX on YYYY-MM-DD.\n')).toBe(true);
    expect(fieldList(readFrontMatter(new TextLines(out)), 'links')).toEqual(['RFC-0004']);
  });
});

describe('taskLinkEdit', () => {
  it('appends the task after the last link of an existing Tasks item', () => {
    const out = link(cleanRfc('RFC-0004'));
    expect(out).toContain('  - Tasks: `tasks/TASK-0001-first-step.md`, `tasks/TASK-0013-wire-the-parser.md` (execution + proof)\n');
  });

  it('replaces the template example value of a fresh RFC', () => {
    const fresh = '# RFC-0004: X\n\n- Status: Draft\n- Links:\n  - Tasks: `tasks/TASK-XXXX-...md` (execution + proof)\n  - ADRs: none\n\n## Context\n';
    expect(link(fresh)).toContain('\n  - Tasks: `tasks/TASK-0013-wire-the-parser.md`\n  - ADRs: none\n');
  });

  it('fills an empty Tasks item', () => {
    const text = '# RFC-0004: X\n\n- Status: Draft\n- Links:\n  - Tasks:\n\n## Context\n';
    expect(link(text)).toContain('\n  - Tasks: `tasks/TASK-0013-wire-the-parser.md`\n');
  });

  it('creates the Tasks item under Links when missing', () => {
    const text = '# RFC-0004: X\n\n- Status: Draft\n- Links:\n  - ADRs: `docs/adr/0001-x.md`\n\n## Context\n';
    expect(link(text)).toContain('- Links:\n  - Tasks: `tasks/TASK-0013-wire-the-parser.md`\n  - ADRs: `docs/adr/0001-x.md`\n');
  });

  it('creates the Links field after the last header field when missing', () => {
    const text = '# RFC-0004: X\n\n- Status: Draft\n- Owners: @a\n\n## Context\n';
    expect(link(text)).toBe('# RFC-0004: X\n\n- Status: Draft\n- Owners: @a\n- Links:\n  - Tasks: `tasks/TASK-0013-wire-the-parser.md`\n\n## Context\n');
  });

  it('is undefined when the RFC already links the task, so running it twice changes nothing', () => {
    const once = link(cleanRfc('RFC-0004'));
    expect(link(once)).toBe(once);
    const byId = cleanRfc('RFC-0004', 'X', { links: '  - Tasks: TASK-0013' });
    expect(taskLinkEdit(parseRfc('docs/rfcs/RFC-0004-x.md', 1, byId), template, 'tasks/TASK-0013-x.md', 'TASK-0013')).toBeUndefined();
  });

  it('does not treat a mention of the task in the body as a link', () => {
    const text = cleanRfc('RFC-0004').replace('Samples need a design.', 'Samples need TASK-0013.');
    expect(link(text)).toContain('`tasks/TASK-0013-wire-the-parser.md` (execution + proof)');
  });

  it('uses the line ends of the document', () => {
    const text = '# RFC-0004: X\r\n\r\n- Status: Draft\r\n- Links:\r\n  - ADRs: none\r\n';
    expect(link(text)).toBe('# RFC-0004: X\r\n\r\n- Status: Draft\r\n- Links:\r\n  - Tasks: `tasks/TASK-0013-wire-the-parser.md`\r\n  - ADRs: none\r\n');
  });
});
