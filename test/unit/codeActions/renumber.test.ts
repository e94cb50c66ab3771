import { describe, expect, it } from 'vitest';
import type { RenumberArgs } from '../../../shared/protocol';
import { SERVER_COMMANDS } from '../../../shared/protocol';
import { getCodeActions } from '../../../server/src/core/codeActions';
import { renameDocument } from '../../../server/src/core/features/rename';
import { cleanRfc, workspace } from '../helpers';
import { applied } from '../features/renameFixture';

const ALPHA = 'docs/rfcs/RFC-0007-alpha.md';
const BETA = 'docs/rfcs/RFC-0007-beta.md';
const FILES: Record<string, string> = {
  [ALPHA]: cleanRfc('RFC-0007', 'Alpha'),
  [BETA]: cleanRfc('RFC-0007', 'Beta'),
  'docs/rfcs/RFC-0002-user.md': cleanRfc('RFC-0002', 'User', { links: '  - Related RFCs: `docs/rfcs/RFC-0007-beta.md`, `docs/rfcs/RFC-0007-alpha.md`, RFC-0007' }),
  'docs/rfcs/RFC-0008-other.md': cleanRfc('RFC-0008', 'Other'),
};
const NEVER = { isCancellationRequested: false };

async function fixesIn(path: string) {
  const ws = await workspace(FILES);
  const text = FILES[path];
  const findings = await ws.computeDiagnostics({ path, text, version: 1 });
  const diags = findings.filter((f) => f.rule === 'duplicate-id').map((f) => ({ range: f.range, code: f.rule, data: f.data, message: f.message }));
  expect(diags).toHaveLength(1);
  return { ws, actions: getCodeActions(ws, { path, text, version: 1 }, diags[0].range, { diagnostics: diags }, NEVER) };
}

describe('the duplicate-id fix', () => {
  it('offers in the later file to renumber it to the next free id, through the server command', async () => {
    const { ws, actions } = await fixesIn(BETA);
    const fix = actions.find((a) => a.title.startsWith('Renumber'));
    expect(fix).toMatchObject({ title: 'Renumber to RFC-0009 (the next free id)', kind: 'quickfix' });
    expect(fix?.edit).toBeUndefined();
    expect(fix?.command?.command).toBe(SERVER_COMMANDS.renumber);
    expect(fix?.command?.arguments).toEqual([{ uri: ws.uriOf(BETA), id: 'RFC-0007', newId: 'RFC-0009' } satisfies RenumberArgs]);
  });

  it('offers the same in the earlier file, naming the file it renumbers', async () => {
    const { ws, actions } = await fixesIn(ALPHA);
    const fix = actions.find((a) => a.title.startsWith('Renumber'));
    expect(fix?.title).toBe('Renumber RFC-0007-beta.md to RFC-0009 (the next free id)');
    expect((fix?.command?.arguments?.[0] as RenumberArgs).uri).toBe(ws.uriOf(BETA));
  });

  it('renumbers only what unambiguously means the later file: its title, its name and the paths to it', async () => {
    const ws = await workspace(FILES);
    const result = await renameDocument(ws, BETA, 'RFC-0007', 'RFC-0009', true, NEVER);
    if ('refused' in result) throw new Error(result.refused);
    const after = applied(ws, FILES, result.edit);
    expect(Object.keys(after).sort()).toEqual(['docs/rfcs/RFC-0002-user.md', BETA]);
    expect(after[BETA].split('\n')[0]).toBe('# RFC-0009: Beta');
    expect(after['docs/rfcs/RFC-0002-user.md']).toContain('`docs/rfcs/RFC-0009-beta.md`, `docs/rfcs/RFC-0007-alpha.md`, RFC-0007');
    expect(result.edit.documentChanges?.at(-1)).toMatchObject({ kind: 'rename', oldUri: ws.uriOf(BETA), newUri: ws.uriOf('docs/rfcs/RFC-0009-beta.md') });
  });
});
