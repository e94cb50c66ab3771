import { describe, expect, it } from 'vitest';
import { dependentsOf } from '../../../server/src/core/dependents';
import { getCodeActions } from '../../../server/src/core/codeActions';
import { INDEX_END, INDEX_START, indexFileFindings, updateIndexText } from '../../../server/src/core/features/indexFile';
import { indexFilePath, renderIndexTable } from '../../../server/src/core/features/indexTable';
import { applyAction } from '../applyEdit';
import { cleanRfc, workspace } from '../helpers';
import { FILES, open, RFC_PATH, swap } from './fixtures';

const NEVER = { isCancellationRequested: false };
const INDEX = 'docs/rfcs/README.md';
const README = `# RFCs\n\nHow we write RFCs.\n\n${INDEX_START}\n${INDEX_END}\n\nMore prose.\n`;

async function repo(extra: Record<string, string> = {}, config?: Record<string, unknown>) {
  return workspace({ ...FILES, [RFC_PATH]: cleanRfc(), [INDEX]: README, ...extra }, config);
}

describe('the generated RFC index table', () => {
  it('has a row per RFC sorted by id, with the id linked, title, status, owners, phase roll-up and last update', async () => {
    const ws = await repo();
    expect(indexFilePath(ws)).toBe(INDEX);
    expect(renderIndexTable(ws, INDEX, NEVER)).toEqual([
      '| RFC | Title | Status | Owners | Phases | Last Updated |',
      '| --- | --- | --- | --- | --- | --- |',
      '| [RFC-0001](RFC-0001-sample.md) | Sample design | In Progress | @alice, @bob | ✅1 🟨1 ⬜1 | 2026-02-01 |',
      '| [RFC-0002](RFC-0002-other.md) | Other design | In Progress | @carol | ✅1 🟨1 ⬜1 | 2026-02-01 |',
    ]);
  });

  it('takes the configured columns in their order, links from the configured file, and keeps a pipe in a title inside its cell', async () => {
    const ws = await repo({ [RFC_PATH]: cleanRfc('RFC-0001', 'Pipes | and more') }, { indexColumns: ['title', 'id'], indexFile: 'RFCS.md' });
    expect(renderIndexTable(ws, indexFilePath(ws), NEVER)).toEqual([
      '| Title | RFC |',
      '| --- | --- |',
      '| Pipes \\| and more | [RFC-0001](docs/rfcs/RFC-0001-sample.md) |',
      '| Other design | [RFC-0002](docs/rfcs/RFC-0002-other.md) |',
    ]);
  });

  it('writes the table between the markers and leaves the rest; a second run finds it current', async () => {
    const ws = await repo();
    const first = updateIndexText(ws, README, NEVER);
    if (first?.kind !== 'updated') throw new Error(`expected an update, got ${first?.kind}`);
    expect(first.text.startsWith('# RFCs\n\nHow we write RFCs.\n\n<!-- rfc-author:index:start -->\n\n| RFC | Title |')).toBe(true);
    expect(first.text.endsWith('2026-02-01 |\n\n<!-- rfc-author:index:end -->\n\nMore prose.\n')).toBe(true);
    expect(first.rows).toBe(2);
    expect(updateIndexText(ws, first.text, NEVER)).toEqual({ kind: 'current', path: INDEX });
  });

  it('keeps the file\'s CRLF line ends', async () => {
    const ws = await repo();
    const update = updateIndexText(ws, README.replace(/\n/g, '\r\n'), NEVER);
    if (update?.kind !== 'updated') throw new Error('no update');
    expect(update.text.split('\r\n').length).toBe(update.text.split('\n').length);
  });

  it('says when the file has no markers, and reports nothing on it then', async () => {
    const ws = await repo({ [INDEX]: '# RFCs\n' });
    expect(updateIndexText(ws, '# RFCs\n', NEVER)).toEqual({ kind: 'problem', path: INDEX, message: expect.stringContaining('has no lines <!-- rfc-author:index:start -->') as string });
    expect(indexFileFindings(ws, { path: INDEX, text: '# RFCs\n', version: 1 }, NEVER)).toEqual([]);
  });
});

describe('a stale index file', () => {
  it('gets one warning on its start marker once an RFC changes, and its quick fix brings the table up to date', async () => {
    const ws = await repo();
    const current = updateIndexText(ws, README, NEVER);
    if (current?.kind !== 'updated') throw new Error('no update');
    const doc = { path: INDEX, text: current.text, version: 3 };
    expect(await ws.computeDiagnostics(doc)).toEqual([]);
    open(ws, RFC_PATH, swap(cleanRfc(), '- Status: In Progress', '- Status: Complete'), 2);
    const findings = await ws.computeDiagnostics(doc);
    expect(findings).toEqual([expect.objectContaining({ rule: 'index-stale', severity: 'warning', message: expect.stringContaining('1 row differs') as string })]);
    expect(findings[0].range.start.line).toBe(current.text.split('\n').indexOf(INDEX_START));
    const diagnostics = findings.map((f) => ({ range: f.range, code: f.rule, message: f.message }));
    const [fix] = getCodeActions(ws, doc, findings[0].range, { diagnostics }, NEVER);
    expect(fix.title).toBe('Update the RFC index table');
    const fixed = applyAction(doc.text, fix, ws.uriOf(INDEX));
    expect(fixed).toContain('| Sample design | Complete |');
    expect(await ws.computeDiagnostics({ path: INDEX, text: fixed, version: 4 })).toEqual([]);
  });

  it('is a dependent of every RFC, so an open index file is checked again when one changes', async () => {
    const ws = await repo();
    expect(dependentsOf(ws, RFC_PATH)).toContain(INDEX);
  });
});
