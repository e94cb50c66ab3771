import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { hoverText, lineOf, open, positionOf, until, uri } from './helpers';

const RFC = 'docs/rfcs/RFC-0001-event-log.md';
const TASK = 'tasks/TASK-0002-compaction.md';

/** Where a definition result points, whatever its shape (Location or LocationLink). */
function targetOf(d: vscode.Location | vscode.LocationLink): vscode.Uri {
  return d instanceof vscode.Location ? d.uri : d.targetUri;
}

/** The workspace-relative path of a URI in the workspace. */
function rel(u: vscode.Uri): string {
  return vscode.workspace.asRelativePath(u, false);
}

suite('Navigation', () => {
  let doc: vscode.TextDocument;
  /** On the `0002` of `TASK-0002` in the Phase 1 line. */
  let onTaskId: vscode.Position;

  suiteSetup(async () => {
    doc = (await open(RFC)).document;
    onTaskId = positionOf(doc, '(TASK-0002)', 7);
  });

  test('goes to the task file from a task id (definition)', async () => {
    const found = await until('a definition for TASK-0002', async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, onTaskId);
      return r.length > 0 ? r : undefined;
    });
    assert.deepEqual(found.map((d) => rel(targetOf(d))), [TASK]);
  });

  test('describes the task on hover: id, title and status', async () => {
    const text = await until('a hover on TASK-0002', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, onTaskId));
      return t.includes('TASK-0002') ? t : undefined;
    });
    assert.match(text, /TASK-0002: Segment compaction/);
    assert.match(text, /Status: in-progress/);
  });

  test('finds every place that names a task (references, from the task\'s title)', async () => {
    const task = await vscode.workspace.openTextDocument(uri('tasks/TASK-0001-append-api.md'));
    const onTitle = positionOf(task, '# TASK-0001', 4);
    const refs = await until('references to TASK-0001', async () => {
      const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', task.uri, onTitle);
      return r.some((l) => rel(l.uri) === RFC) ? r : undefined;
    });
    const inRfc = refs.filter((l) => rel(l.uri) === RFC).map((l) => l.range.start.line).sort((a, b) => a - b);
    // The Links item, the Phase 0 line and the Phase 0 milestone of RFC-0001 name TASK-0001.
    assert.deepEqual(inRfc, [positionOf(doc, '`tasks/TASK-0001').line, lineOf(doc, '- **Phase 0 (append)**: ✅ (TASK-0001)'), lineOf(doc, '- **Phase 0**: append and read over segment files (TASK-0001)')]);
    for (const l of refs.filter((x) => rel(x.uri) === RFC)) assert.match(doc.getText(l.range), /TASK-0001/);
  });

  test('outlines the RFC: its title, the sections in order, and the phases under "Status at a Glance"', async () => {
    const symbols = await until('document symbols', async () => {
      const r = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return r.find((s) => s.kind === vscode.SymbolKind.File);
    });
    assert.equal(symbols.name, 'RFC-0001: Event log');
    const sections = symbols.children.map((s) => s.name);
    assert.deepEqual(sections.slice(0, 4), ['Status at a Glance', 'Scope boundaries (anti-drift)', 'Context', 'Goals']);
    assert.equal(sections.at(-1), 'Checklist (keep current)');
    const glance = symbols.children.find((s) => s.name === 'Status at a Glance');
    const phases = glance?.children.map((s) => s.name) ?? [];
    assert.equal(phases.length, 3, phases.join(' | '));
    assert.match(phases[1], /^Phase 1 \(compaction\)/);
    assert.equal(glance?.children[1].range.start.line, lineOf(doc, '- **Phase 1 (compaction)**: 🟨 (TASK-0002)'));
  });

  test('folds each section from its heading to its last line', async () => {
    const ranges = await until('folding ranges', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return r.length > 0 ? r : undefined;
    });
    const context = lineOf(doc, '## Context');
    const goals = lineOf(doc, '## Goals');
    // The blank line before "## Goals" stays visible.
    assert.ok(ranges.some((r) => r.start === context && r.end === goals - 2), `a range ${context}..${goals - 2} among ${ranges.map((r) => `${r.start}..${r.end}`).join(' ')}`);
  });

  test('links every path and id to its file (document links)', async () => {
    const links = await until('document links', async () => {
      const r = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri, 100);
      return r.some((l) => l.target && rel(l.target).startsWith('tasks/')) ? r : undefined;
    });
    const byText = new Map(links.filter((l) => l.target).map((l) => [`${l.range.start.line}:${doc.getText(l.range)}`, rel(l.target as vscode.Uri)]));
    const linksLine = positionOf(doc, '`tasks/TASK-0001').line;
    assert.equal(byText.get(`${linksLine}:tasks/TASK-0001-append-api.md`), 'tasks/TASK-0001-append-api.md');
    assert.equal(byText.get(`${positionOf(doc, '`docs/adr/').line}:docs/adr/0001-append-only-storage.md`), 'docs/adr/0001-append-only-storage.md');
    assert.equal(byText.get(`${lineOf(doc, '- **Phase 1 (compaction)**: 🟨 (TASK-0002)')}:TASK-0002`), TASK);
  });

  test('finds documents by id and title across the workspace (workspace symbols)', async () => {
    const found = await until('workspace symbols for "Retention"', async () => {
      const r = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Retention');
      return r.length >= 3 ? r : undefined;
    });
    const files = found.map((s) => rel(s.location.uri)).sort();
    for (const f of ['docs/rfcs/RFC-0003-retention.md', 'tasks/TASK-0003-retention.md', 'tasks/TASK-0004-retention-by-size.md']) assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
  });
});
