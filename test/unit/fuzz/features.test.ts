import fc from 'fast-check';
import type { CompletionItem, DocumentSymbol, Location, Position, Range } from 'vscode-languageserver-types';
import { beforeAll, describe, it } from 'vitest';
import type { SourceDocument } from '../../../server/src/core/host';
import { TextLines } from '../../../server/src/core/text';
import { documentArb } from './arbitraries';
import { fuzz, timeoutFor } from './fuzz';
import { expectPosition, expectRange } from './invariants';
import type { FuzzWorkspace } from './workspace';
import { DOC_PATHS, fuzzWorkspace } from './workspace';

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Positions a client may send: mostly inside the document, some just past a line or the end. */
const positionSeeds = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(9)), { maxLength: 6 });

function positionsFor(lines: TextLines, seeds: readonly (readonly [number, number, number])[]): Position[] {
  return seeds.map(([l, c, odd]) => {
    const line = odd === 0 ? lines.lineCount + (l % 3) : l % lines.lineCount;
    const length = lines.lineLength(line);
    return { line, character: odd === 1 ? length + 1 + (c % 5) : c % (length + 1) };
  });
}

function within(outer: Range, inner: Range): boolean {
  const le = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function checkSymbols(lines: TextLines, symbols: readonly DocumentSymbol[], what: string): void {
  for (const s of symbols) {
    expectRange(lines, s.range, `${what} "${s.name}" range`);
    expectRange(lines, s.selectionRange, `${what} "${s.name}" selection`);
    if (s.name.trim() === '') throw new Error(`${what}: a symbol with an empty name`);
    if (!within(s.range, s.selectionRange)) throw new Error(`${what} "${s.name}": selection outside its range`);
    checkSymbols(lines, s.children ?? [], what);
  }
}

function checkCompletion(lines: TextLines, items: readonly CompletionItem[]): void {
  for (const item of items) {
    const edit = item.textEdit;
    if (edit && 'range' in edit) expectRange(lines, edit.range, `completion "${item.label}"`);
    if (edit && 'insert' in edit) {
      expectRange(lines, edit.insert, `completion "${item.label}" insert`);
      expectRange(lines, edit.replace, `completion "${item.label}" replace`);
    }
    for (const e of item.additionalTextEdits ?? []) expectRange(lines, e.range, `completion "${item.label}" additional edit`);
  }
}

/** Every location must lie in a document the workspace has (disk or the open buffer). */
function checkLocations(fw: FuzzWorkspace, locations: readonly Location[], what: string): void {
  for (const l of locations) {
    const lines = fw.linesOf(l.uri);
    if (!lines) throw new Error(`${what}: location in ${l.uri}, which is not a document of the workspace`);
    expectRange(lines, l.range, `${what} in ${l.uri}`);
  }
}

/** Runs every facade method on one open document and checks each answer against the text. */
async function exercise(fw: FuzzWorkspace, doc: SourceDocument, positions: readonly Position[], query: string): Promise<void> {
  const { service } = fw;
  const lines = new TextLines(doc.text);
  for (const f of await service.computeDiagnostics(doc)) {
    expectRange(lines, f.range, `finding ${f.rule}`);
    if (!SEVERITIES.has(f.severity) || f.rule === '' || f.message.trim() === '') throw new Error(`finding ${JSON.stringify(f)} is incomplete`);
  }
  for (const link of service.getDocumentLinks(doc)) expectRange(lines, link.range, `document link to ${link.target}`);
  checkSymbols(lines, service.getDocumentSymbols(doc), 'document symbol');
  for (const f of service.getFoldingRanges(doc)) {
    if (!(f.startLine < f.endLine && f.endLine < lines.lineCount && f.startLine >= 0)) throw new Error(`folding range ${JSON.stringify(f)} outside ${lines.lineCount} lines`);
  }
  for (const p of service.getPhaseSummary(doc)?.phases ?? []) {
    if (!(p.line >= 0 && p.line < lines.lineCount)) throw new Error(`phase summary line ${p.line} outside ${lines.lineCount} lines`);
  }
  checkLocations(fw, service.getWorkspaceSymbols(query).map((s) => s.location), 'workspace symbol');
  const refs = fw.ws.parse(doc).references;
  const at = [...positions, ...refs.slice(0, 8).flatMap((r) => [r.range.start, r.range.end])];
  for (const position of at) {
    const inside = position.line < lines.lineCount && position.character <= lines.lineLength(position.line);
    const items = service.getCompletions(doc, position);
    if (inside) checkCompletion(lines, items);
    checkLocations(fw, service.getDefinition(doc, position), 'definition');
    const hover = service.getHover(doc, position);
    if (hover?.range) expectRange(lines, hover.range, 'hover');
    checkLocations(fw, service.getReferences(doc, position, true), 'reference');
  }
}

describe('every facade method on any document', () => {
  let fw: FuzzWorkspace;
  beforeAll(async () => {
    fw = await fuzzWorkspace();
  });

  it('never throws and answers only with ranges inside the documents, for RFCs, tasks and ADRs', async () => {
    await fuzz(
      'facade methods',
      fc.asyncProperty(documentArb, fc.constantFrom(...DOC_PATHS), positionSeeds, fc.oneof(fc.constantFrom('', 'RFC', 'task-0001', 'ADR-5'), fc.string({ maxLength: 6 })), async (text, path, seeds, query) => {
        const doc = fw.open(path, text);
        try {
          await exercise(fw, doc, positionsFor(new TextLines(text), seeds), query);
        } finally {
          fw.close(path);
        }
      }),
      1600,
    );
  }, timeoutFor(1600));

  it('keeps every position of the parsed model inside the document', async () => {
    await fuzz(
      'parsed model positions',
      fc.property(documentArb, (text) => {
        const doc = fw.ws.parse({ path: 'docs/rfcs/RFC-0001-model.md', text, version: 1 });
        const lines = doc.text;
        for (const h of doc.headings) expectRange(lines, h.range, `heading "${h.text}"`);
        for (const f of doc.header) for (const x of [f, ...f.children]) {
          expectRange(lines, x.nameRange, `field ${x.name} name`);
          expectRange(lines, x.valueRange, `field ${x.name} value`);
        }
        if (doc.title?.id) expectRange(lines, doc.title.id.range, 'title id');
        if (doc.title?.title) expectRange(lines, doc.title.title.range, 'title text');
        for (const s of doc.sections) if (!(s.bodyStart <= s.end && s.end <= lines.lineCount)) throw new Error(`section "${s.heading.text}" lines ${s.bodyStart}..${s.end} outside ${lines.lineCount}`);
        for (const p of doc.phases) for (const r of [p.range, p.labelRange, p.markerRange, ...p.markers.map((m) => m.range)]) expectRange(lines, r, `phase ${p.label}`);
        for (const c of doc.checklist) for (const r of [c.range, c.boxRange]) expectRange(lines, r, 'checklist item');
        for (const r of doc.references) expectRange(lines, r.range, `reference ${r.text}`);
        for (const c of doc.codeBlocks) {
          expectRange(lines, c.range, 'code block');
          if (!(c.contentStart <= c.contentEnd + 1 && c.contentEnd <= lines.lineCount)) throw new Error(`code block content ${c.contentStart}..${c.contentEnd} outside ${lines.lineCount}`);
        }
        for (const p of doc.prose) expectPosition(lines, { line: p.line, character: p.character + p.text.length }, `prose "${p.text}"`);
        for (const l of doc.limits) expectRange(lines, l.range, 'limit notice');
      }),
      2000,
    );
  }, timeoutFor(2000, 5));
});
