/**
 * Why a template section looks missing when its text is there: a code fence that is never closed
 * swallowed its heading (Hedera's HIP-906 opens a fence at line 129 and reads as code from there), or
 * the document writes its section names as bold lines instead of headings (HIP-23's `**Abstract**`).
 * Either way the remedy is one edit, not a section per name: `missing-section` says it once.
 */
import type { AbsentSection } from '../absentSections';
import type { DocumentAnalysis } from '../analysis';
import { parseRfc } from '../parser/rfcParser';
import { sectionKey } from '../template';
import type { CodeBlock } from '../types';

const BOLD_LINE_RE = /^ {0,3}(?:\*\*|__)\s*([^*_]+?)\s*:?\s*(?:\*\*|__)\s*:?\s*$/;

/** The missing sections whose heading lies inside a fence that is never closed, and that fence. */
export function swallowedByFence(a: DocumentAnalysis, missing: readonly AbsentSection[]): { fence: CodeBlock; sections: AbsentSection[] } | undefined {
  const fence = a.doc.codeBlocks.find((b) => !b.closed && b.fence !== undefined);
  if (!fence) return undefined;
  // Its content read as the Markdown its author meant, by the one parser.
  const inside = new Set(parseRfc(a.doc.path, 0, fence.content).headings.map((h) => sectionKey(h.text)));
  const sections = missing.filter((m) => inside.has(m.template.key));
  return sections.length > 0 ? { fence, sections } : undefined;
}

/** The missing sections that the document writes as a bold line of their name (`**Abstract**`), with that line. */
export function boldInstead(a: DocumentAnalysis, missing: readonly AbsentSection[]): { section: AbsentSection; line: number }[] {
  if (missing.length === 0) return [];
  const wanted = new Map(missing.map((m) => [m.template.key, m]));
  const inCode = (l: number): boolean => a.doc.codeBlocks.some((b) => l >= b.range.start.line && l <= b.range.end.line);
  const out: { section: AbsentSection; line: number }[] = [];
  for (let l = 0; l < a.doc.text.lineCount && out.length < wanted.size; l++) {
    const m = BOLD_LINE_RE.exec(a.doc.text.line(l));
    const section = m ? wanted.get(sectionKey(m[1])) : undefined;
    if (section && !out.some((o) => o.section === section) && !inCode(l)) out.push({ section, line: l });
  }
  return out;
}

/** `"A", "B", "C" and 2 more`: the first names of a list. */
export function someNames(names: readonly string[], shown = 3): string {
  const head = names.slice(0, shown).map((n) => `"${n}"`).join(', ');
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}
