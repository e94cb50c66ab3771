import { describe, expect, it } from 'vitest';
import { getCodeActions } from '../../../server/src/core/codeActions';
import type { DiagnosticRef } from '../../../server/src/core/codeActions/edits';
import type { RfcWorkspace } from '../../../server/src/core/service';
import { applyAction } from '../applyEdit';
import { readSpecFile } from '../specFiles';
import { BUILTIN_TEMPLATES, cleanRfc, task, TODAY, workspace } from '../helpers';

const PATH = 'docs/rfcs/RFC-0001-sample.md';

async function setup(text: string, others: Record<string, string> = {}): Promise<{ ws: RfcWorkspace; uri: string; diags: DiagnosticRef[] }> {
  const ws = await workspace({ ...others, [PATH]: text });
  const findings = await ws.computeDiagnostics({ path: PATH, text, version: 1 });
  return { ws, uri: ws.uriOf(PATH), diags: findings.map((f) => ({ range: f.range, code: f.rule, data: f.data, message: f.message })) };
}

function actions(ws: RfcWorkspace, text: string, diags: readonly DiagnosticRef[], only?: string[]) {
  return getCodeActions(ws, { path: PATH, text, version: 1 }, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: diags, ...(only ? { only } : {}) }, { isCancellationRequested: false });
}

describe('code actions', () => {
  it('inserts a missing section with the template body at the template position', async () => {
    const text = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, '');
    const { ws, uri, diags } = await setup(text);
    const missing = diags.filter((d) => d.code === 'missing-section');
    const fix = actions(ws, text, missing).find((a) => a.title.startsWith('Insert section "Goals"'));
    expect(fix?.isPreferred).toBe(true);
    expect(fix?.kind).toBe('quickfix');
    const fixed = applyAction(text, fix, uri);
    expect(fixed).toContain('## Context\n\nSamples need a design.\n\n## Goals\n\n- <goal 1>\n- <goal 2>\n\n## Non-Goals\n');
    const again = await setup(fixed);
    expect(again.diags.filter((d) => d.code === 'missing-section')).toEqual([]);
    expect(actions(again.ws, fixed, again.diags).filter((a) => a.title.startsWith('Insert section'))).toEqual([]);
  });

  it('inserts, with "insert all missing sections", only what missing-section reports: not a section the configuration makes optional', async () => {
    const text = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, '').replace(/## Alternatives considered\n\n[^#]*/, '');
    const ws = await workspace({ [PATH]: text }, { optionalSections: ['Alternatives considered'] });
    const findings = await ws.computeDiagnostics({ path: PATH, text, version: 1 });
    expect(findings.filter((f) => f.rule === 'missing-section').map((f) => f.data?.section)).toEqual(['Goals']);
    const all = actions(ws, text, [], ['source']).find((a) => a.title === 'Insert all missing sections from the template');
    const fixed = applyAction(text, all, ws.uriOf(PATH));
    expect(fixed).toContain('\n## Goals\n');
    expect(fixed).not.toContain('## Alternatives considered');
    // "Insert Section…" still offers it: the document lacks it, and may add it.
    expect(ws.analyze({ path: PATH, text, version: 1 }).absentSections.map((s) => s.template.name)).toEqual(['Goals', 'Alternatives considered']);
  });

  it('versions every text edit so a stale fix is refused by the client', async () => {
    const text = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, '');
    const { ws, diags } = await setup(text);
    const fix = actions(ws, text, diags.filter((d) => d.code === 'missing-section'))[0];
    const change = fix.edit?.documentChanges?.[0];
    expect(change && 'textDocument' in change ? change.textDocument.version : undefined).toBe(1);
  });

  it('inserts every missing section in template order as a source action', async () => {
    const text = '# RFC-0001: Bare\n\n- Status: Draft\n\n## Context\n\nWhy.\n';
    const { ws, uri } = await setup(text);
    const all = actions(ws, text, [], ['source.rfcAuthor.insertMissingSections']);
    expect(all.map((a) => a.kind)).toEqual(['source.rfcAuthor.insertMissingSections']);
    const fixed = applyAction(text, all[0], uri);
    const headings = fixed.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(headings).toEqual(BUILTIN_TEMPLATES.rfc.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3)));
    expect(fixed.indexOf('## Status at a Glance')).toBeLessThan(fixed.indexOf('## Context'));
    expect((await setup(fixed)).diags.filter((d) => d.code === 'missing-section')).toEqual([]);
  });

  it('honours context.only: no quick fixes when only source actions are asked for', async () => {
    const text = cleanRfc().replace(/## Goals\n\n- Make the sample work\.\n\n/, '');
    const { ws, diags } = await setup(text);
    expect(actions(ws, text, diags, ['source']).every((a) => a.kind?.startsWith('source'))).toBe(true);
    expect(actions(ws, text, diags, ['quickfix']).every((a) => a.kind === 'quickfix')).toBe(true);
  });

  it('replaces a broken link with the same id under its real slug, keeping the relative form and suffix', async () => {
    const text = cleanRfc('RFC-0001', 'Sample design', { links: '  - Tasks: [task](../../tasks/TASK-0001-old.md#proof)' });
    const { ws, uri, diags } = await setup(text, { 'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step') });
    const broken = diags.filter((d) => d.code === 'broken-link');
    expect(broken).toHaveLength(1);
    const fix = actions(ws, text, broken)[0];
    expect(fix.title).toBe('Replace with `../../tasks/TASK-0001-first-step.md`');
    expect(applyAction(text, fix, uri)).toContain('[task](../../tasks/TASK-0001-first-step.md#proof)');
  });

  it('offers close names in the folder when no document carries the same id (computed for the fix, not the diagnostic)', async () => {
    const text = cleanRfc() + '\nSee [networking](../../tasks/TASK-0010-networking.md).\n';
    const { ws, uri, diags } = await setup(text, { 'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step'), 'tasks/TASK-0011-networking.md': task('TASK-0011', 'Networking') });
    const broken = diags.filter((d) => d.code === 'broken-link');
    expect(broken.map((d) => (d.data as { suggestions: string[] }).suggestions)).toEqual([[]]);
    const fix = actions(ws, text, broken)[0];
    expect(fix.title).toBe('Replace with `../../tasks/TASK-0011-networking.md`');
    expect(applyAction(text, fix, uri)).toContain('[networking](../../tasks/TASK-0011-networking.md)');
  });

  it('creates a missing task file from the task template and keeps the link', async () => {
    const text = cleanRfc('RFC-0001', 'Sample design', { links: '  - Tasks: `tasks/TASK-0042-retry-budget.md`' });
    const { ws, diags } = await setup(text);
    const fix = actions(ws, text, diags.filter((d) => d.code === 'broken-link')).find((a) => a.title.startsWith('Create'));
    expect(fix?.title).toBe('Create tasks/TASK-0042-retry-budget.md from the task template');
    const changes = fix?.edit?.documentChanges ?? [];
    const taskUri = ws.uriOf('tasks/TASK-0042-retry-budget.md');
    expect(changes[0]).toEqual({ kind: 'create', uri: taskUri, options: { overwrite: false, ignoreIfExists: false } });
    const created = applyAction('', fix, taskUri);
    expect(created).toContain('title: TASK-0042 Retry budget');
    expect(created).toContain(`created: ${TODAY}`);
    expect(created).toContain('  - RFC-0001');
    expect(created).not.toMatch(/XXXX|YYYY/);
  });

  it('fills a date placeholder with today and replaces RFC-XXXX with the file id', async () => {
    const text = cleanRfc().replace('- Created: 2026-01-10', '- Created: YYYY-MM-DD');
    const { ws, uri } = await setup(text);
    const line = text.split('\n').indexOf('- Created: YYYY-MM-DD');
    const dateDiag: DiagnosticRef = { code: 'placeholder', range: { start: { line, character: 11 }, end: { line, character: 21 } }, data: { placeholder: 'YYYY-MM-DD', kind: 'date' } };
    expect(applyAction(text, actions(ws, text, [dateDiag])[0], uri)).toContain(`- Created: ${TODAY}\n`);
    const idText = text.replace('# RFC-0001:', '# RFC-XXXX:');
    const idDiag: DiagnosticRef = { code: 'placeholder', range: { start: { line: 0, character: 2 }, end: { line: 0, character: 10 } }, data: { placeholder: 'RFC-XXXX', kind: 'id', replacement: 'RFC-0001' } };
    expect(applyAction(idText, actions(ws, idText, [idDiag])[0], uri).split('\n')[0]).toBe('# RFC-0001: Sample design');
  });

  it('repairs one damaged sequence, or all of them in one action', async () => {
    const damaged = readSpecFile('rfc-template.as-delivered.md');
    const text = damaged.replace('# RFC-XXXX: <Title>', '# RFC-0001: Sample');
    const { ws, uri } = await setup(text);
    const line = text.split('\n').findIndex((l) => l.includes('âœ…'));
    const col = text.split('\n')[line].indexOf('âœ…');
    const diag: DiagnosticRef = { code: 'mojibake', range: { start: { line, character: col }, end: { line, character: col + 3 } }, data: { replacement: '✅' } };
    const list = actions(ws, text, [diag]);
    expect(applyAction(text, list[0], uri).split('\n')[line]).toContain('✅');
    const all = list.find((a) => a.title.startsWith('Repair all'));
    const expected = readSpecFile('rfc-template.md').replace('# RFC-XXXX: <Title>', '# RFC-0001: Sample');
    expect(applyAction(text, all, uri)).toBe(expected);
  });

  it('sets Status to agree with the phases, replacing only the status words', async () => {
    const text = cleanRfc('RFC-0001', 'Sample design', { status: 'Complete (shipped)' });
    const { ws, uri } = await setup(text);
    const r = { start: { line: 2, character: 10 }, end: { line: 2, character: 18 } };
    const diag: DiagnosticRef = { code: 'status-phase-mismatch', range: r, data: { expected: 'In Progress', statusRange: r } };
    expect(applyAction(text, actions(ws, text, [diag])[0], uri).split('\n')[2]).toBe('- Status: In Progress (shipped)');
  });

  it('offers nothing for documents that are not RFCs', async () => {
    const ws = await workspace({ 'tasks/TASK-0001-x.md': task('TASK-0001', 'X') });
    const text = task('TASK-0001', 'X');
    expect(getCodeActions(ws, { path: 'tasks/TASK-0001-x.md', text, version: 1 }, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] }, { isCancellationRequested: false })).toEqual([]);
  });
});
