import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRfc } from '../../server/src/core/parser/rfcParser';
import {
  documentPath,
  fillRfcTemplate,
  firstPlaceholder,
  folderFor,
  formatId,
  isInside,
  MAX_SLUG_LENGTH,
  MAX_TITLE_LENGTH,
  nextNumber,
  sanitizeTitle,
  slugify,
} from '../../server/src/core/scaffold';
import { buildTemplate } from '../../server/src/core/template';
import { BUILTIN_TEMPLATES, check } from './helpers';

const builtin = buildTemplate(BUILTIN_TEMPLATES.rfc, 'built-in');

/** The path "New RFC" would write for a raw title, or undefined when it refuses. */
function pathFor(raw: string, folder = 'docs/rfcs'): string | undefined {
  const t = sanitizeTitle(raw);
  return t.ok ? documentPath(folder, 'RFC-0007', slugify(t.title)) : undefined;
}

describe('sanitizeTitle', () => {
  it('keeps an ordinary title as typed, with surrounding space trimmed', () => {
    expect(sanitizeTitle('  Capability-based IPC  ')).toEqual({ ok: true, title: 'Capability-based IPC' });
  });

  it('keeps slashes and colons in the title text, because only the file name must avoid them', () => {
    expect(sanitizeTitle('Client/server: wire format')).toEqual({ ok: true, title: 'Client/server: wire format' });
  });

  it('removes control characters, line breaks and bidirectional overrides', () => {
    expect(sanitizeTitle('Line\none\u0000\u001b[31m\u202eevil\r\n')).toEqual({ ok: true, title: 'Line one [31m evil' });
  });

  it('refuses a title that is empty or only whitespace and control characters', () => {
    expect(sanitizeTitle('').ok).toBe(false);
    expect(sanitizeTitle(' \t\u0000\n ').ok).toBe(false);
  });

  it('refuses a title that yields no file name, such as dots and slashes only', () => {
    for (const raw of ['..', '../..', '/', '\\\\', '．．', '‥', '…', '---', '***']) expect(sanitizeTitle(raw).ok, raw).toBe(false);
  });

  it('accepts exactly the maximum length and refuses one character more', () => {
    expect(sanitizeTitle('a'.repeat(MAX_TITLE_LENGTH)).ok).toBe(true);
    const refused = sanitizeTitle('a'.repeat(MAX_TITLE_LENGTH + 1));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toContain(`at most ${MAX_TITLE_LENGTH}`);
  });

  it('refuses a 10,000-character title instead of writing a huge file name', () => {
    expect(sanitizeTitle('x '.repeat(5000)).ok).toBe(false);
  });

  it('normalises full-width and compatibility characters (NFKC) before checking', () => {
    expect(sanitizeTitle('ＡＢＣ　design')).toEqual({ ok: true, title: 'ABC design' });
  });
});

describe('slugify', () => {
  it('turns a title into lower-case words joined by hyphens', () => {
    expect(slugify('Capability-based IPC: the v2 wire format!')).toBe('capability-based-ipc-the-v2-wire-format');
  });

  it('drops accents on Latin letters and keeps other scripts', () => {
    expect(slugify('Über Größe')).toBe('uber-große');
    expect(slugify('日本語の設計')).toBe('日本語の設計');
  });

  it('never keeps a path separator, a dot or a drive colon', () => {
    for (const raw of ['../../etc/passwd', 'C:\\Windows\\system32', '/absolute/path', 'a/../b', '．．／x', '‥/x']) {
      expect(slugify(raw), raw).toMatch(/^[\p{L}\p{N}\p{M}-]*$/u);
      expect(slugify(raw)).not.toContain('..');
    }
  });

  it('is cut at a word boundary below the maximum length', () => {
    const slug = slugify('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('cuts a single very long word at the maximum length', () => {
    expect(slugify('x'.repeat(500))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });

  it('never yields a reserved Windows device name', () => {
    for (const raw of ['CON', 'nul', 'Com1', 'LPT9', 'aux', 'PRN']) expect(slugify(raw)).toBe(`${raw.toLowerCase()}-doc`);
    expect(slugify('Console')).toBe('console');
  });
});

describe('documentPath and isInside', () => {
  it('puts the file directly inside the folder', () => {
    expect(pathFor('Capability IPC')).toBe('docs/rfcs/RFC-0007-capability-ipc.md');
  });

  it('keeps hostile titles inside the folder', () => {
    const hostile = ['../../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', '..\\..\\x', '．．/．．/x', '‥/‥/x', 'a/b/c', '~/.ssh/id_rsa', 'NUL', 'con.txt', '%2e%2e%2fx'];
    for (const raw of hostile) {
      const p = pathFor(raw);
      expect(p, raw).toBeDefined();
      expect(isInside('docs/rfcs', p ?? ''), raw).toBe(true);
      expect(p?.split('/')).toHaveLength(3);
    }
  });

  it('keeps any title inside the folder (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (raw) => {
        const p = pathFor(raw);
        return p === undefined || (isInside('docs/rfcs', p) && /^docs\/rfcs\/RFC-0007-[^/\\]+\.md$/.test(p));
      }),
    );
  });

  it('refuses a folder that leaves the workspace', () => {
    expect(documentPath('../outside', 'RFC-0007', 'x')).toBeUndefined();
    expect(documentPath('docs/../..', 'RFC-0007', 'x')).toBeUndefined();
  });

  it('writes at the root when the folder is empty', () => {
    expect(documentPath('', 'RFC-0007', 'x')).toBe('RFC-0007-x.md');
  });

  it('tells paths outside a folder from paths inside it', () => {
    expect(isInside('docs/rfcs', 'docs/rfcs/a.md')).toBe(true);
    expect(isInside('docs/rfcs', 'docs/rfcs2/a.md')).toBe(false);
    expect(isInside('docs/rfcs', 'docs/rfcs/../x.md')).toBe(false);
    expect(isInside('docs/rfcs', '/docs/rfcs/a.md')).toBe(false);
    expect(isInside('docs/rfcs', 'docs\\rfcs\\a.md')).toBe(false);
    expect(isInside('docs/rfcs', 'docs/rfcs')).toBe(false);
  });
});

describe('nextNumber', () => {
  it('is one more than the highest number, whatever the slugs', () => {
    const paths = ['docs/rfcs/RFC-0001-a.md', 'docs/rfcs/RFC-0012-old-slug.md', 'docs/rfcs/RFC-0004.md', 'docs/rfcs/RFC-TEMPLATE.md'];
    expect(nextNumber(paths, 'rfc')).toBe(13);
  });

  it('does not reuse gaps', () => {
    expect(nextNumber(['docs/rfcs/RFC-0001-a.md', 'docs/rfcs/RFC-0009-b.md'], 'rfc')).toBe(10);
  });

  it('starts at 1 in an empty folder', () => {
    expect(nextNumber([], 'rfc')).toBe(1);
  });

  it('ignores files of another kind and task letter suffixes', () => {
    expect(nextNumber(['tasks/TASK-0003B-x.md', 'tasks/TASK-0002-y.md', 'tasks/RFC-0050-z.md'], 'task')).toBe(4);
  });

  it('reads numbers past 9999', () => {
    expect(nextNumber(['docs/rfcs/RFC-10000-big.md'], 'rfc')).toBe(10001);
    expect(formatId('rfc', 10001)).toBe('RFC-10001');
    expect(formatId('task', 7)).toBe('TASK-0007');
  });
});

describe('folderFor', () => {
  it('takes the static part of the configured glob', () => {
    expect(folderFor(['design/rfcs'], [], 'docs/rfcs')).toBe('design/rfcs');
  });

  it('falls back to the folder of existing documents when the glob has no static part', () => {
    expect(folderFor([''], ['rfcs/RFC-0001-a.md'], 'docs/rfcs')).toBe('rfcs');
  });

  it('falls back to the default when nothing else says where', () => {
    expect(folderFor([''], [], 'docs/rfcs')).toBe('docs/rfcs');
    expect(folderFor(['../escape'], [], 'docs/rfcs')).toBe('docs/rfcs');
  });
});

describe('fillRfcTemplate', () => {
  const text = fillRfcTemplate(builtin, { id: 'RFC-0007', title: 'Capability IPC', today: '2026-11-26' });

  it('fills the title, the dates and the starting status', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      '# RFC-0007: Capability IPC',
      '',
      '- Status: Draft',
      '- Owners: @kernel-team / @runtime / @tools-team',
      '- Created: 2026-11-26',
      '- Last Updated: 2026-11-26',
    ]);
  });

  it('leaves the body placeholders for the author', () => {
    expect(text).toContain('- <goal 1>');
    expect(text).toContain('cargo test -p <crate> <filter>');
  });

  it('produces an RFC with no title, date or id findings', async () => {
    const findings = await check(text, undefined, {}, 'docs/rfcs/RFC-0007-capability-ipc.md');
    const rules = new Set(findings.map((f) => f.rule));
    for (const r of ['title-format', 'id-mismatch', 'date-format', 'date-order', 'status-value']) expect(rules.has(r), r).toBe(false);
  });

  it('follows a custom template: other field names and separator', () => {
    const custom = buildTemplate('# RFC-XXXX — <Title>\n\n- State: Proposed / Accepted / Implemented\n- Date: YYYY-MM-DD\n\n## Summary\n\n<summary>\n', 'custom');
    const out = fillRfcTemplate(custom, { id: 'RFC-0002', title: 'Rollout', today: '2026-11-26' });
    expect(out).toBe('# RFC-0002 — Rollout\n\n- State: Proposed\n- Date: 2026-11-26\n\n## Summary\n\n<summary>\n');
  });

  it('adds a title when the template has none', () => {
    const bare = buildTemplate('## Summary\n\n<summary>\n', 'bare');
    expect(fillRfcTemplate(bare, { id: 'RFC-0003', title: 'X', today: '2026-11-26' }).startsWith('# RFC-0003: X\n\n## Summary')).toBe(true);
  });

  it('keeps CRLF line ends of a template written on Windows', () => {
    const crlf = buildTemplate(BUILTIN_TEMPLATES.rfc.replace(/\n/g, '\r\n'), 'crlf');
    const out = fillRfcTemplate(crlf, { id: 'RFC-0007', title: 'T', today: '2026-11-26' });
    expect(out.startsWith('# RFC-0007: T\r\n\r\n- Status: Draft\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('inserts a title with markdown characters as written', () => {
    const out = fillRfcTemplate(builtin, { id: 'RFC-0007', title: 'Use `<T>` & *stars*', today: '2026-11-26' });
    expect(parseRfc('x.md', 1, out).title?.title?.text).toBe('Use `<T>` & *stars*');
  });
});

describe('firstPlaceholder', () => {
  it('finds the first angle-bracket placeholder after filling', () => {
    const text = fillRfcTemplate(builtin, { id: 'RFC-0007', title: 'T', today: '2026-11-26' });
    const r = firstPlaceholder(text, builtin.placeholders);
    const line = text.split('\n')[r?.start.line ?? -1];
    expect(line.slice(r?.start.character, r?.end.character)).toBe('<short name>');
  });

  it('does not stop at a title that looks like a placeholder when it is not one of the template', () => {
    const text = fillRfcTemplate(builtin, { id: 'RFC-0007', title: 'The <div> problem', today: '2026-11-26' });
    const r = firstPlaceholder(text, builtin.placeholders);
    expect(r?.start.line).toBeGreaterThan(0);
  });

  it('skips angle brackets inside fenced code and HTML tags', () => {
    expect(firstPlaceholder('```\n<crate>\n```\n<br/> and <name here>\n')).toEqual({ start: { line: 3, character: 10 }, end: { line: 3, character: 21 } });
  });

  it('reads a "```js" line inside a ``` fence as code, as markdown-it does, not as the fence\'s end', () => {
    expect(firstPlaceholder('```\n```js\n<crate>\n```\n<name here>\n')?.start.line).toBe(4);
  });

  it('is undefined when no placeholder is left', () => {
    expect(firstPlaceholder('# RFC-0001: Done\n\nAll written.\n', builtin.placeholders)).toBeUndefined();
  });
});
