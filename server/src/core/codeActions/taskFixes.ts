import type { CodeAction } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { FixDataByRule } from '../fixData';
import type { DiagnosticRef, EditBuilder } from './edits';
import { lineStart } from './edits';

/** "Add the key": the task template's lines for a missing front matter key, where the template puts it. */
export function taskKeyFix(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule['task-front-matter']): CodeAction[] {
  const fm = a.doc.frontMatter;
  if (data.line === undefined || !data.text || !fm || data.line <= fm.startLine || data.line >= fm.endLine || fm.fields.has(data.key.toLowerCase())) return [];
  const eol = a.doc.text.eol;
  const at = lineStart(a.doc.text, data.line);
  const edit = b.edit([{ range: { start: at, end: at }, newText: `${data.text.replace(/\n/g, eol)}${eol}` }]);
  return [b.action(`Add "${data.key}" from the task template`, 'quickfix', edit, d, true)];
}

/** "Change the status to …" for a task status that looks like a typo of a known one. */
export function taskStatusFix(b: EditBuilder, _a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule['task-status-value']): CodeAction[] {
  return data.suggestion ? [b.action(`Change the status to "${data.suggestion}"`, 'quickfix', b.replace(d.range, data.suggestion), d, true)] : [];
}
