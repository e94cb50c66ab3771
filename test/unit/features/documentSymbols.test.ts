import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { NEVER_CANCELLED } from '../../../server/src/core/cancellation';
import { getDocumentSymbols } from '../../../server/src/core/features/documentSymbols';
import { cleanRfc } from '../helpers';
import { CANCELLED, FILES, open, repo, RFC_PATH } from './fixtures';

async function symbolsOf(text: string, path = RFC_PATH): Promise<DocumentSymbol[]> {
  const ws = await repo();
  return getDocumentSymbols(ws, open(ws, path, text), NEVER_CANCELLED);
}

const names = (symbols: readonly DocumentSymbol[] | undefined): string[] => (symbols ?? []).map((s) => s.name);
const child = (s: DocumentSymbol, name: string): DocumentSymbol => {
  const found = s.children?.find((c) => c.name === name);
  if (!found) throw new Error(`no child ${name} in ${names(s.children).join(', ')}`);
  return found;
};
const inside = (inner: Range, outer: Range): boolean =>
  (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

describe('document symbols', () => {
  it('makes the title the root and the H2 sections its children, in document order', async () => {
    const [root, ...rest] = await symbolsOf(cleanRfc());
    expect(rest).toEqual([]);
    expect(root.name).toBe('RFC-0001: Sample design');
    expect(root.kind).toBe(SymbolKind.File);
    expect(names(root.children)).toEqual([
      'Status at a Glance', 'Scope boundaries (anti-drift)', 'Context', 'Goals', 'Non-Goals', 'Constraints / invariants (hard requirements)',
      'Proposed design', 'Security considerations', 'Failure model (normative)', 'Proof / validation strategy (required)',
      'Alternatives considered', 'Open questions', 'Checklist (keep current)',
    ]);
    expect(root.children?.every((c) => c.kind === SymbolKind.Namespace)).toBe(true);
  });

  it('puts phase lines under their section, named with label, name and marker, with the note as detail', async () => {
    const text = cleanRfc('RFC-0001', 'Sample design', { phases: '- **Phase 0 (contract)**: ✅ (proven 2026-02-01)\n- **Phase 1a (hardening)**: 🟨\n- **Phase 2 (scale)**: ⬜' });
    const [root] = await symbolsOf(text);
    const glance = child(root, 'Status at a Glance');
    expect(names(glance.children)).toEqual(['Phase 0 (contract) ✅', 'Phase 1a (hardening) 🟨', 'Phase 2 (scale) ⬜']);
    const phase0 = glance.children![0];
    expect(phase0.kind).toBe(SymbolKind.EnumMember);
    expect(phase0.detail).toBe('(proven 2026-02-01)');
    expect(phase0.selectionRange).toEqual({ start: { line: 11, character: 4 }, end: { line: 11, character: 11 } });
  });

  it('nests H3 subsections and the milestone lines they hold', async () => {
    const [root] = await symbolsOf(cleanRfc());
    const design = child(root, 'Proposed design');
    expect(names(design.children)).toEqual(['Contract / interface (normative)', 'Phases / milestones (contract-level)']);
    expect(design.children?.every((c) => c.kind === SymbolKind.String)).toBe(true);
    const milestones = child(design, 'Phases / milestones (contract-level)');
    expect(milestones.children?.map((c) => [c.name, c.detail])).toEqual([['Phase 0', 'the contract (TASK-0001)'], ['Phase 1', 'hardening'], ['Phase 2', 'scale']]);
  });

  it('spans each section from its heading to the line before the next, selecting the heading text', async () => {
    const text = cleanRfc();
    const [root] = await symbolsOf(text);
    const glance = child(root, 'Status at a Glance');
    const lines = text.split('\n');
    const heading = lines.indexOf('## Status at a Glance');
    const next = lines.indexOf('## Scope boundaries (anti-drift)');
    expect(glance.range).toEqual({ start: { line: heading, character: 0 }, end: { line: next - 1, character: 0 } });
    expect(glance.selectionRange).toEqual({ start: { line: heading, character: 3 }, end: { line: heading, character: 21 } });
    const check = (s: DocumentSymbol): void => {
      expect(inside(s.selectionRange, s.range)).toBe(true);
      for (const c of s.children ?? []) {
        expect(inside(c.range, s.range)).toBe(true);
        check(c);
      }
    };
    check(root);
  });

  it('lists the sections at the top level when there is no title, and works for tasks', async () => {
    expect(names(await symbolsOf('## One\n\ntext\n\n## Two\n'))).toEqual(['One', 'Two']);
    const [task] = await symbolsOf(`${FILES['tasks/TASK-0002-networking.md']}`, 'tasks/TASK-0002-networking.md');
    expect(task.name).toBe('TASK-0002: Networking');
    expect(names(task.children)).toEqual(['Context']);
  });

  it('never gives a symbol an empty name, and returns nothing for an empty document or when cancelled', async () => {
    expect(names((await symbolsOf('# T\n\n## \n\ntext\n'))[0]?.children)).toEqual(['(untitled)']);
    expect(await symbolsOf('')).toEqual([]);
    const ws = await repo();
    expect(getDocumentSymbols(ws, open(ws, RFC_PATH, cleanRfc()), CANCELLED)).toEqual([]);
  });
});
