import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { TextLines } from '../text';
import type { PhaseLine, RfcDocument, Section } from '../types';

/**
 * The outline: the title as the root, H2 sections under it, H3 subsections under those, and each
 * phase line under the section it sits in (`Phase 1 (name) ✅`). A section's range runs from its
 * heading to the line before the next heading of its level, so the editor can tell which section the
 * cursor is in; the selection range is the heading's text.
 */
export function getDocumentSymbols(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): DocumentSymbol[] {
  if (token.isCancellationRequested) return [];
  const parsed = ws.parse(doc);
  const phasesBySection = groupPhases(parsed);
  const sections: DocumentSymbol[] = [];
  for (const s of parsed.sections) {
    if (token.isCancellationRequested) return [];
    sections.push(sectionSymbol(parsed.text, s, SymbolKind.Namespace, phasesBySection));
  }
  const title = parsed.headings[0]?.level === 1 ? parsed.headings[0] : undefined;
  if (!title) return sections;
  const root: DocumentSymbol = {
    name: symbolName(title.text),
    kind: SymbolKind.File,
    range: parsed.text.linesRange(title.line, parsed.text.lineCount),
    selectionRange: title.range,
    children: [...(phasesBySection.get(title.line) ?? []), ...sections],
  };
  return [root];
}

function sectionSymbol(text: TextLines, s: Section, kind: SymbolKind, phases: ReadonlyMap<number, DocumentSymbol[]>): DocumentSymbol {
  const children = [...(phases.get(s.heading.line) ?? []), ...s.children.map((c) => sectionSymbol(text, c, SymbolKind.String, phases))];
  children.sort((a, b) => a.range.start.line - b.range.start.line);
  return {
    name: symbolName(s.heading.text),
    kind,
    range: text.linesRange(s.heading.line, s.end),
    selectionRange: s.heading.range,
    children,
  };
}

/** Phase symbols keyed by the heading line of the innermost section (H2 or H3) that holds them. */
function groupPhases(parsed: RfcDocument): Map<number, DocumentSymbol[]> {
  const out = new Map<number, DocumentSymbol[]>();
  const title = parsed.headings[0]?.level === 1 ? parsed.headings[0].line : -1;
  for (const p of parsed.phases) {
    const owner = p.section >= 0 ? innermost(parsed.sections[p.section], p.line) : title;
    if (owner === undefined || owner < 0) continue;
    let list = out.get(owner);
    if (!list) out.set(owner, (list = []));
    list.push(phaseSymbol(parsed.text, p));
  }
  return out;
}

function innermost(s: Section | undefined, line: number): number | undefined {
  if (!s) return undefined;
  const child = s.children.find((c) => c.heading.line <= line && line < c.end);
  return child ? innermost(child, line) : s.heading.line;
}

function phaseSymbol(text: TextLines, p: PhaseLine): DocumentSymbol {
  const name = [`Phase ${p.label}`, p.name ? `(${p.name})` : '', p.markers.map((m) => m.text).join(' ')].filter(Boolean).join(' ');
  const line = text.line(p.line);
  const note = line.slice(p.markerRange.end.character).replace(/^[\s*_:]+/, '').trim();
  // Select `Phase 1a`, not only its label, so the outline highlights what a reader looks for.
  const word = line.toLowerCase().lastIndexOf('phase', p.labelRange.start.character);
  const selectionRange: Range = word >= p.range.start.character ? { start: { line: p.line, character: word }, end: p.labelRange.end } : p.labelRange;
  return { name, kind: SymbolKind.EnumMember, range: p.range, selectionRange, ...(note ? { detail: note } : {}) };
}

/** Editors refuse symbols with empty names; a heading still being typed has none. */
function symbolName(text: string): string {
  const t = text.trim();
  return t.length > 0 ? t : '(untitled)';
}
