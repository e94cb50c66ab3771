import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { FixDataByRule } from '../fixData';
import { insertionPoint } from '../rules/missingSection';
import type { TemplateSection } from '../template';
import type { TextLines } from '../text';
import type { DiagnosticRef, EditBuilder } from './edits';
import { lineStart } from './edits';

/** The template's text for a whole section: its heading (at the template's level) and body. */
export function sectionText(t: TemplateSection): string {
  const heading = `${'#'.repeat(t.level)} ${t.name}`;
  return t.body ? `${heading}\n\n${t.body}` : heading;
}

/** "Insert section": the template's heading and body at the template's position. */
export function insertSectionFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule['missing-section']): CodeAction[] {
  const t = a.template.sections.find((s) => s.key === data.key);
  if (!t || a.sections.some((s) => s.template?.key === t.key)) return [];
  const line = insertionPoint(a, t.order).line;
  const edit = b.insertBlock(a.doc.text, line, closeOpenBlocks(a, line) + sectionText(t));
  return [b.action(`Insert section "${t.name}" from the template`, 'quickfix', b.edit([edit]), d, true)];
}

/** Every missing template section, each at its template position (one edit per insertion point). */
export function insertAllSectionsEdits(b: EditBuilder, a: DocumentAnalysis): TextEdit[] {
  const present = new Set(a.sections.map((s) => s.template?.key));
  const byLine = new Map<number, string[]>();
  for (const t of a.template.sections) {
    if (present.has(t.key)) continue;
    const line = insertionPoint(a, t.order).line;
    const list = byLine.get(line) ?? [];
    list.push(sectionText(t));
    byLine.set(line, list);
  }
  return [...byLine].map(([line, texts]) => b.insertBlock(a.doc.text, line, closeOpenBlocks(a, line) + texts.join('\n\n')));
}

/** Inserts a block of template text (a missing field, proof block or security items) at `data.line`. */
export function insertTextFix(title: string, b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, line: number | undefined, text: string | undefined): CodeAction[] {
  if (line === undefined || !text) return [];
  return [b.action(title, 'quickfix', b.edit([b.insertBlock(a.doc.text, line, closeOpenBlocks(a, line) + text)]), d, true)];
}

/** A missing header field goes in as a line of the header list, without blank lines around it. */
export function insertFieldFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule['header-field']): CodeAction[] {
  if (!data.missing || data.line === undefined || !data.text) return [];
  const eol = a.doc.text.eol;
  const line = Math.min(data.line, a.doc.text.lineCount);
  const at = line >= a.doc.text.lineCount ? { line: a.doc.text.lineCount - 1, character: a.doc.text.lineLength(a.doc.text.lineCount - 1) } : lineStart(a.doc.text, line);
  const inFrontMatter = a.doc.frontMatter !== undefined && line <= a.doc.frontMatter.endLine;
  const separator = !inFrontMatter && line < a.doc.text.lineCount && wouldJoin(a.doc.text.line(line)) ? eol : '';
  const newText = line >= a.doc.text.lineCount ? `${eol}${data.text.replace(/\n/g, eol)}` : `${data.text.replace(/\n/g, eol)}${eol}${separator}`;
  return [b.action(`Add the "${data.field}" field`, 'quickfix', b.edit([{ range: { start: at, end: at }, newText }]), d, true)];
}

/**
 * Whether `next`, written right below an inserted field line, would join that field instead of
 * standing on its own: a line that continues the field's paragraph (or, as `  -`, turns it into a
 * heading). Blank lines, headings, fences, quotes and non-empty list items stand on their own.
 */
function wouldJoin(next: string): boolean {
  if (next.trim() === '') return false;
  return !/^ {0,3}(?:#{1,6}(?:\s|$)|`{3,}|~{3,}|>)|^\s*[-*+]\s+\S/.test(next);
}

/**
 * What closes a block left open above `line`: an unclosed fence or HTML comment runs to the end of
 * the document (or of its list item), so a section inserted after it would be code or comment, not
 * a section: still missing, and its fix offered again and again. The fence is closed with its own
 * indentation, so a fence inside a list item is closed inside that item.
 */
function closeOpenBlocks(a: DocumentAnalysis, line: number): string {
  const text = a.doc.text;
  for (const c of a.doc.codeBlocks) {
    const { start, end } = c.range;
    const unclosed = c.contentStart === start.line + 1 && c.contentEnd === end.line + 1;
    if (!unclosed || start.line >= line || !onlyBlankBetween(text, end.line + 1, line)) continue;
    const fence = /^ {0,3}(?:`{3,}|~{3,})/.exec(text.line(start.line).replace(/^\uFEFF/, ''));
    if (fence) return `${fence[0]}\n\n`;
  }
  if (line < text.lineCount - 1) return '';
  // A comment block opened at the start of a line ends only at a line holding `-->`.
  for (let l = text.lineCount - 1; l >= 0; l--) {
    const written = l === 0 ? text.line(l).replace(/^\uFEFF/, '') : text.line(l);
    if (written.includes('-->')) return '';
    if (/^ {0,3}<!--/.test(written)) return '-->\n\n';
  }
  return '';
}

function onlyBlankBetween(text: TextLines, from: number, to: number): boolean {
  for (let l = from; l < to && l < text.lineCount; l++) if (text.line(l).trim() !== '') return false;
  return true;
}
