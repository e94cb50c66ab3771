import { describe, expect, it } from 'vitest';
import type { RenameFile } from 'vscode-languageserver-types';
import { getRenameEdit, renameTargetAt } from '../../../server/src/core/features/rename';
import { cleanRfc, task, workspace } from '../helpers';
import { positionOf } from './fixtures';
import { applied, RENAME_FILES } from './renameFixture';

const RFC = 'docs/rfcs/RFC-0004-page-allocator.md';
const TASK = 'tasks/TASK-0007-buddy.md';
const NEVER = { isCancellationRequested: false };

async function renameAt(files: Record<string, string>, path: string, needle: string, newName: string, offset = 2) {
  const ws = await workspace(files);
  const doc = { path, text: files[path], version: 1 };
  return { ws, result: await getRenameEdit(ws, doc, positionOf(files[path], needle, offset), newName, NEVER) };
}

describe('prepareRename', () => {
  it('finds the id in a bare mention, a path, a list item, an RFC title and task front matter', async () => {
    const ws = await workspace(RENAME_FILES);
    const rfc = { path: RFC, text: RENAME_FILES[RFC], version: 1 };
    const at = (needle: string, offset: number) => renameTargetAt(ws, rfc, positionOf(rfc.text, needle, offset));
    expect(at('TASK-0007, TASK-0006/0007', 3)).toMatchObject({ id: 'TASK-0007', path: TASK, placeholder: 'TASK-0007' });
    expect(at('`tasks/TASK-0007-buddy.md`', 10)).toMatchObject({ id: 'TASK-0007', path: TASK });
    expect(at('TASK-0006/0007', 12)).toMatchObject({ id: 'TASK-0007', placeholder: '0007' });
    expect(at('TASK-0006/0007', 2)).toMatchObject({ id: 'TASK-0006', path: 'tasks/TASK-0006-zones.md' });
    expect(at('# RFC-0004', 4)).toMatchObject({ id: 'RFC-0004', path: RFC, placeholder: 'RFC-0004' });
    expect(at('Make the sample work', 0)).toBeUndefined();
    const t = { path: TASK, text: RENAME_FILES[TASK], version: 1 };
    expect(renameTargetAt(ws, t, positionOf(t.text, 'TASK-0007 Buddy', 2))).toMatchObject({ id: 'TASK-0007', path: TASK });
    const guide = { path: 'docs/guide.md', text: RENAME_FILES['docs/guide.md'], version: 1 };
    expect(renameTargetAt(ws, guide, positionOf(guide.text, '[TASK-0007]', 3))).toMatchObject({ id: 'TASK-0007', path: TASK });
  });

  it('refuses an id that names no document, and a mention of an id two files share', async () => {
    const ws = await workspace({ ...RENAME_FILES, 'tasks/TASK-0007-copy.md': task('TASK-0007', 'Copy') });
    const rfc = { path: RFC, text: RENAME_FILES[RFC], version: 1 };
    expect(renameTargetAt(ws, rfc, positionOf(rfc.text, 'TASK-0007, TASK-0006', 3))).toEqual({ refused: expect.stringContaining('is the id of 2 files') as string });
    // A path names one of them exactly: that one can be renamed.
    expect(renameTargetAt(ws, rfc, positionOf(rfc.text, '`tasks/TASK-0007-buddy.md`', 10))).toMatchObject({ path: TASK });
    const unknown = { path: RFC, text: RENAME_FILES[RFC].replace('(TASK-0007, TASK-0006/0007)', '(TASK-0099)'), version: 2 };
    expect(renameTargetAt(ws, unknown, positionOf(unknown.text, 'TASK-0099', 3))).toEqual({ refused: expect.stringContaining('names no document') as string });
  });
});

describe('rename of an id', () => {
  it('renames the task file and rewrites every reference to it in every form, in every file that has one, and nothing else', async () => {
    const { ws, result } = await renameAt(RENAME_FILES, RFC, 'TASK-0007, TASK-0006', 'TASK-0012');
    if ('refused' in result) throw new Error(result.refused);
    const changes = result.edit.documentChanges ?? [];
    const renames = changes.filter((c): c is RenameFile => 'kind' in c && c.kind === 'rename');
    expect(renames).toEqual([{ kind: 'rename', oldUri: ws.uriOf(TASK), newUri: ws.uriOf('tasks/TASK-0012-buddy.md'), options: { overwrite: false, ignoreIfExists: false } }]);
    expect(changes[changes.length - 1]).toBe(renames[0]);
    const after = applied(ws, RENAME_FILES, result.edit);
    expect(Object.keys(after).sort()).toEqual(['docs/guide.md', RFC, TASK, 'tasks/TASK-0008-slab.md'].sort());
    expect(after[TASK]).toBe(RENAME_FILES[TASK].replace('title: TASK-0007', 'title: TASK-0012').replace('# TASK-0007:', '# TASK-0012:'));
    expect(after['tasks/TASK-0008-slab.md']).toBe(RENAME_FILES['tasks/TASK-0008-slab.md'].replace('[TASK-0007]', '[TASK-0012]').replace('after TASK-0007', 'after TASK-0012'));
    expect(after['docs/guide.md']).toBe('# Guide\n\nThe allocator is [TASK-0012](../tasks/TASK-0012-buddy.md).\n');
    const rfc = after[RFC];
    for (const form of ['`tasks/TASK-0012-buddy.md`', '`tasks/TASK-0012-…`', '(../../tasks/TASK-0012-buddy.md#design)', '(TASK-0012, TASK-0006/0012)', '(TASK\u20110012)', '`tasks/TASK-0012-buddy.md:12`', '`tasks/TASK-0012-*.md`', '`tasks/TASK-0012`']) {
      expect(rfc, form).toContain(form);
    }
    // Untouched: another id that contains the number, a code block, and a range that would change meaning.
    expect(rfc).toContain('TASK-0070');
    expect(rfc).toContain('TASK-0007 in a code block');
    expect(rfc).toContain('(TASK-0005..0007)');
    expect(result.notes).toEqual([expect.stringContaining('"TASK-0005..0007" would name other documents') as string]);
  });

  it('rewrites a range end when the range keeps naming the same documents', async () => {
    const files = { ...RENAME_FILES };
    delete files['tasks/TASK-0008-slab.md'];
    const { ws, result } = await renameAt(files, RFC, 'TASK-0007, TASK-0006', 'TASK-0009');
    if ('refused' in result) throw new Error(result.refused);
    expect(applied(ws, files, result.edit)[RFC]).toContain('(TASK-0005..0009)');
    expect(result.notes).toEqual([]);
  });

  it('renames an RFC from its title: the title, the tasks that link it and the file', async () => {
    const { ws, result } = await renameAt(RENAME_FILES, RFC, '# RFC-0004', 'RFC-0042', 4);
    if ('refused' in result) throw new Error(result.refused);
    const after = applied(ws, RENAME_FILES, result.edit);
    expect(after[RFC].split('\n')[0]).toBe('# RFC-0042: Page allocator');
    expect(after[TASK]).toContain('  - RFC-0042\n');
    expect(result.edit.documentChanges?.some((c) => 'kind' in c && c.kind === 'rename' && c.newUri === ws.uriOf('docs/rfcs/RFC-0042-page-allocator.md'))).toBe(true);
  });

  it('refuses an id that is taken, one of another kind, and one that is no id', async () => {
    const taken = (await renameAt(RENAME_FILES, RFC, 'TASK-0007, TASK-0006', 'TASK-0008')).result;
    expect(taken).toEqual({ refused: 'TASK-0008 is taken by tasks/TASK-0008-slab.md; pick a free id.' });
    expect((await renameAt(RENAME_FILES, RFC, 'TASK-0007, TASK-0006', 'RFC-0012')).result).toEqual({ refused: expect.stringContaining('is not a task id') as string });
    expect((await renameAt(RENAME_FILES, RFC, 'TASK-0007, TASK-0006', 'buddy')).result).toEqual({ refused: expect.stringContaining('"buddy" is not a task id') as string });
  });

  it('accepts the new id in any written form and keeps each reference in its own form', async () => {
    const { ws, result } = await renameAt(RENAME_FILES, RFC, 'TASK-0007, TASK-0006', 'task-12');
    if ('refused' in result) throw new Error(result.refused);
    expect(applied(ws, RENAME_FILES, result.edit)[RFC]).toContain('(TASK\u20110012)');
  });

  it('edits an open buffer at its version and leaves files without the id alone', async () => {
    const ws = await workspace(RENAME_FILES);
    const open = { path: 'tasks/TASK-0008-slab.md', text: RENAME_FILES['tasks/TASK-0008-slab.md'], version: 7 };
    ws.updateDocument(open);
    const rfc = { path: RFC, text: RENAME_FILES[RFC], version: 1 };
    const result = await getRenameEdit(ws, rfc, positionOf(rfc.text, 'TASK-0007, TASK-0006', 2), 'TASK-0012', NEVER);
    if ('refused' in result) throw new Error(result.refused);
    const versions = (result.edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c ? [[ws.pathOf(c.textDocument.uri), c.textDocument.version]] : []));
    expect(versions).toContainEqual(['tasks/TASK-0008-slab.md', 7]);
    expect(versions).toContainEqual([RFC, null]);
  });

  it('does not rename a file whose name carries no id, but still rewrites the mentions', async () => {
    const files = { 'docs/rfcs/RFC-0001-a.md': cleanRfc('RFC-0001', 'A', { links: '  - Tasks: TASK-0003' }), 'tasks/TASK-0003-x.md': task('TASK-0003', 'X') };
    const { ws, result } = await renameAt(files, 'docs/rfcs/RFC-0001-a.md', 'TASK-0003', 'TASK-0004');
    if ('refused' in result) throw new Error(result.refused);
    expect(result.edit.documentChanges?.some((c) => 'kind' in c)).toBe(true);
    expect(applied(ws, files, result.edit)['docs/rfcs/RFC-0001-a.md']).toContain('Tasks: TASK-0004');
  });

  it('renames an ADR numbered by its file name alone: the number in its name, the paths to it and its mentions', async () => {
    const files = {
      'docs/adr/0005-use-markdown.md': '# ADR-0005: Use Markdown\n\n- Status: Accepted\n',
      'docs/rfcs/RFC-0001-a.md': cleanRfc('RFC-0001', 'A', { links: '  - ADRs: `docs/adr/0005-use-markdown.md`, ADR-0005' }),
    };
    const { ws, result } = await renameAt(files, 'docs/rfcs/RFC-0001-a.md', 'ADR-0005', 'ADR-0009');
    if ('refused' in result) throw new Error(result.refused);
    expect(applied(ws, files, result.edit)['docs/rfcs/RFC-0001-a.md']).toContain('`docs/adr/0009-use-markdown.md`, ADR-0009');
    expect(result.edit.documentChanges?.at(-1)).toMatchObject({ kind: 'rename', newUri: ws.uriOf('docs/adr/0009-use-markdown.md') });
  });

  it("follows a team's id scheme: RFCs numbered by file name, mentioned as `RFC 42` and `rfcs#42`", async () => {
    const files = {
      'text/0042-tabs.md': '# Tabs\n\n## Summary\n\nTabs.\n',
      'text/0050-spaces.md': '# Spaces\n\n## Summary\n\nUnlike RFC 42 and rfcs#42, see [the tabs RFC](0042-tabs.md).\n',
    };
    const ws = await workspace(files, { rfcGlobs: ['text/[0-9]*.md'] });
    const doc = { path: 'text/0050-spaces.md', text: files['text/0050-spaces.md'], version: 1 };
    const result = await getRenameEdit(ws, doc, positionOf(doc.text, 'RFC 42', 5), 'RFC-0043', NEVER);
    if ('refused' in result) throw new Error(result.refused);
    expect(applied(ws, files, result.edit)['text/0050-spaces.md']).toContain('Unlike RFC 43 and rfcs#43, see [the tabs RFC](0043-tabs.md).');
    expect(result.edit.documentChanges?.at(-1)).toMatchObject({ kind: 'rename', newUri: ws.uriOf('text/0043-tabs.md') });
  });
});
