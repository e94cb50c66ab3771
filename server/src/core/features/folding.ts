import type { FoldingRange } from 'vscode-languageserver-types';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SourceDocument } from '../host';
import type { RfcWorkspace } from '../service';
import type { TextLines } from '../text';
import type { Section } from '../types';

/**
 * Folding by section: each H2 and H3 folds from its heading to its last non-blank line (so the blank
 * lines before the next heading stay visible), plus the front matter and every fenced code block.
 * A range that would not hide a line is left out.
 */
export function getFoldingRanges(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation): FoldingRange[] {
  if (token.isCancellationRequested) return [];
  const parsed = ws.parse(doc);
  const text = parsed.text;
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: string): void => {
    if (end > start) out.push(kind ? { startLine: start, endLine: end, kind } : { startLine: start, endLine: end });
  };
  if (parsed.frontMatter) add(parsed.frontMatter.startLine, parsed.frontMatter.endLine - 1, FoldingRangeKind.Region);
  const visit = (s: Section): void => {
    add(s.heading.line, lastNonBlank(text, s.heading.line, s.end));
    for (const c of s.children) visit(c);
  };
  for (const s of parsed.sections) {
    if (token.isCancellationRequested) return [];
    visit(s);
  }
  for (const block of parsed.codeBlocks) {
    // Fenced blocks start their content on the line after the fence; indented blocks have no fence.
    if (block.contentStart > block.range.start.line) add(block.range.start.line, block.range.end.line, FoldingRangeKind.Region);
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** The last line before `end` that holds more than whitespace, or `from` when there is none. */
function lastNonBlank(text: TextLines, from: number, end: number): number {
  let l = Math.min(end, text.lineCount) - 1;
  while (l > from && text.line(l).trim() === '') l--;
  return l;
}
