import { describe, expect, it } from 'vitest';
import { getFileMoveEdits } from '../../../server/src/core/features/fileMoves';
import { cleanRfc, task, workspace } from '../helpers';
import { applied, RENAME_FILES } from './renameFixture';

const RFC = 'docs/rfcs/RFC-0004-page-allocator.md';
const TASK = 'tasks/TASK-0007-buddy.md';
const NEVER = { isCancellationRequested: false };

async function move(files: Record<string, string>, oldPath: string, newPath: string) {
  const ws = await workspace(files);
  const result = await getFileMoveEdits(ws, [{ oldPath, newPath }], NEVER);
  return { ws, result, after: result ? applied(ws, files, result.edit) : {} };
}

describe('links follow a moved or renamed file (willRenameFiles)', () => {
  it('rewrites every exact path to a renamed task, keeping suffixes, anchors and the relative form, and leaves loose forms that still find it', async () => {
    const { after } = await move(RENAME_FILES, TASK, 'tasks/TASK-0007-buddy-allocator.md');
    expect(Object.keys(after).sort()).toEqual(['docs/guide.md', RFC]);
    expect(after['docs/guide.md']).toBe('# Guide\n\nThe allocator is [TASK-0007](../tasks/TASK-0007-buddy-allocator.md).\n');
    const rfc = after[RFC];
    for (const form of ['`tasks/TASK-0007-buddy-allocator.md`', '(../../tasks/TASK-0007-buddy-allocator.md#design)', '`tasks/TASK-0007-buddy-allocator.md:12`', '`tasks/TASK-0007-…`', '`tasks/TASK-0007-*.md`', '`tasks/TASK-0007`', '(TASK-0007, TASK-0006/0007)']) {
      expect(rfc, form).toContain(form);
    }
    expect(rfc).not.toContain('TASK-0007-buddy.md');
  });

  it('rewrites the loose forms too when the task moves to another folder', async () => {
    const { after } = await move(RENAME_FILES, TASK, 'tasks/done/TASK-0007-buddy.md');
    const rfc = after[RFC];
    expect(rfc).toContain('`tasks/done/TASK-0007-buddy.md`, `tasks/done/TASK-0007-buddy.md`');
    expect(rfc).toContain('(../../tasks/done/TASK-0007-buddy.md#design)');
    expect(rfc).toContain('`tasks/done/TASK-0007-buddy.md:12`');
  });

  it("rewrites a moved RFC's own relative links from its new folder, and the links to it", async () => {
    const files = {
      'docs/rfcs/RFC-0001-a.md': cleanRfc('RFC-0001', 'A', { links: '  - Tasks: [first](../../tasks/TASK-0001-x.md), `tasks/TASK-0001-x.md`' }),
      'tasks/TASK-0001-x.md': task('TASK-0001', 'X', 'done', 'links:\n  - docs/rfcs/RFC-0001-a.md\n'),
    };
    const { after } = await move(files, 'docs/rfcs/RFC-0001-a.md', 'docs/rfcs/archive/RFC-0001-a.md');
    expect(after['docs/rfcs/RFC-0001-a.md']).toContain('[first](../../../tasks/TASK-0001-x.md), `tasks/TASK-0001-x.md`');
    expect(after['tasks/TASK-0001-x.md']).toContain('  - docs/rfcs/archive/RFC-0001-a.md\n');
  });

  it('moves every document of a moved folder', async () => {
    const { after } = await move(RENAME_FILES, 'tasks', 'work/tasks');
    expect(after[RFC]).toContain('`work/tasks/TASK-0007-buddy.md`');
    expect(after['docs/guide.md']).toContain('(../work/tasks/TASK-0007-buddy.md)');
  });

  it('renames the id with the file when the new name carries a new, free id', async () => {
    const { after, result } = await move(RENAME_FILES, TASK, 'tasks/TASK-0012-buddy.md');
    expect(after[RFC]).toContain('`tasks/TASK-0012-buddy.md`');
    expect(after[RFC]).toContain('(TASK-0012, TASK-0006/0012)');
    expect(after[TASK]).toContain('# TASK-0012: Buddy allocator');
    expect(result?.notes).toEqual([expect.stringContaining('TASK-0005..0007') as string]);
  });

  it('keeps the id mentions when the new name carries a taken id, and says so', async () => {
    const { after, result } = await move(RENAME_FILES, TASK, 'tasks/TASK-0008-buddy.md');
    expect(after[RFC]).toContain('`tasks/TASK-0008-buddy.md`');
    expect(after[RFC]).toContain('(TASK-0007, TASK-0006/0007)');
    expect(result?.notes).toEqual(['TASK-0008 is taken by tasks/TASK-0008-slab.md: mentions of TASK-0007 were left as they are.']);
  });

  it('has nothing to do for a file nothing links to, or one that is not a document', async () => {
    expect((await move(RENAME_FILES, 'tasks/TASK-0070-unrelated.md', 'tasks/TASK-0070-other.md')).result).toBeUndefined();
    expect((await move(RENAME_FILES, 'docs/guide.md', 'docs/guide2.md')).result).toBeUndefined();
  });
});
