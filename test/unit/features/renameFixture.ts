import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { RfcWorkspace } from '../../../server/src/core/service';
import { applyTextEdits, editsFor } from '../applyEdit';
import { cleanRfc, task } from '../helpers';

/**
 * A repository where TASK-0007 is named in every form people write: a Links path, a phase line, an
 * abbreviated slug, a document-relative Markdown link with an anchor, a line suffix, a glob, an id
 * without slug, a shorthand list, a range end, a non-breaking hyphen, task front matter, a README
 * outside the index. TASK-0070 and a code block are there to stay untouched.
 */
export const RENAME_FILES: Record<string, string> = {
  'tasks/TASK-0007-buddy.md': `---\ntitle: TASK-0007 Buddy allocator\nstatus: in-progress\nowner: "@mm"\nlinks:\n  - RFC-0004\n---\n\n# TASK-0007: Buddy allocator\n\nSplits blocks.\n`,
  'tasks/TASK-0008-slab.md': task('TASK-0008', 'Slab', 'todo', 'depends-on: [TASK-0007]\n').replace('Does the thing.', 'Starts after TASK-0007 lands.'),
  'tasks/TASK-0005-pages.md': task('TASK-0005', 'Pages', 'done'),
  'tasks/TASK-0006-zones.md': task('TASK-0006', 'Zones', 'done'),
  'tasks/TASK-0070-unrelated.md': task('TASK-0070', 'Unrelated', 'todo'),
  'docs/rfcs/RFC-0004-page-allocator.md': cleanRfc('RFC-0004', 'Page allocator', {
    links: '  - Tasks: `tasks/TASK-0007-buddy.md`, `tasks/TASK-0007-…`, [design](../../tasks/TASK-0007-buddy.md#design)',
    phases: '- **Phase 0 (contract)**: ✅ (TASK-0005..0007)\n- **Phase 1 (buddy)**: 🟨 (TASK-0007, TASK-0006/0007)\n- **Phase 2 (scale)**: ⬜ (TASK\u20110007)',
  })
    .replace('Samples need a design.', 'See `tasks/TASK-0007-buddy.md:12`, `tasks/TASK-0007-*.md`, `tasks/TASK-0007` and TASK-0070.\n\n```text\nTASK-0007 in a code block\n```'),
  'docs/guide.md': '# Guide\n\nThe allocator is [TASK-0007](../tasks/TASK-0007-buddy.md).\n',
};

/** The texts after applying a workspace edit's text edits (file renames are not applied). */
export function applied(ws: RfcWorkspace, files: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const edits = editsFor(edit, ws.uriOf(path));
    if (edits.length > 0) out[path] = applyTextEdits(text, edits);
  }
  return out;
}
