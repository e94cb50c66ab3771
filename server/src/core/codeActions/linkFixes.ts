import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { FixDataByRule } from '../fixData';
import { idFromFileName } from '../ids';
import { basename, dirname, relativePath } from '../index/paths';
import type { RfcWorkspace } from '../service';
import { fillTaskTemplate } from '../scaffoldTask';
import type { DiagnosticRef, EditBuilder } from './edits';

/** "Replace with the closest existing document", in the form the reference was written. */
export function brokenLinkFixes(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule['broken-link']): CodeAction[] {
  if (data.outside) return [];
  const written = a.doc.text.getText(d.range);
  const suffix = written.startsWith(data.path) ? written.slice(data.path.length) : '';
  const relative = data.path.startsWith('./') || data.path.startsWith('../') || !data.path.includes('/');
  const suggestions = data.suggestions && data.suggestions.length > 0 ? data.suggestions : data.target ? b.ws.resolver.suggest(data.target) : [];
  const out = suggestions.map((s, i) => {
    const path = relative ? relativePath(dirname(a.doc.path), s) : s;
    return b.action(`Replace with \`${path}\``, 'quickfix', b.replace(d.range, path + suffix), d, i === 0);
  });
  if (data.target && b.ws.kindOf(data.target) === 'task' && !b.ws.index.has(data.target)) {
    const create = createTaskEdit(b.ws, a, data.target);
    if (create) out.push(b.action(`Create ${data.target} from the task template`, 'quickfix', create, d, out.length === 0));
  }
  return out;
}

/** "Create the missing task" for a bare task id that names nothing. */
export function unknownIdFixes(b: EditBuilder, a: DocumentAnalysis, d: DiagnosticRef, data: FixDataByRule['unknown-id']): CodeAction[] {
  if (data.kind !== 'task' || !data.createPath || b.ws.index.has(data.createPath)) return [];
  const create = createTaskEdit(b.ws, a, data.createPath, data.id);
  return create ? [b.action(`Create ${data.id} (${data.createPath}) from the task template`, 'quickfix', create, d, true)] : [];
}

/**
 * A new task file from the task template, with id, title, date and this RFC filled in; the RFC's
 * link stays as written. The create fails when the file exists, and with it the whole edit: the
 * template's text goes into a new file only, so applying the fix twice cannot write it twice.
 * Not offered for a name that is not well-formed Unicode.
 */
function createTaskEdit(ws: RfcWorkspace, a: DocumentAnalysis, path: string, id?: string): WorkspaceEdit | undefined {
  const taskId = id ?? idFromFileName(basename(path), 'task');
  if (!taskId) return undefined;
  const uri = ws.uriOf(path);
  // A name that does not survive as a URI (a lone surrogate becomes U+FFFD) would create a file
  // under another name, and the link would stay broken.
  if (ws.pathOf(uri) !== path) return undefined;
  const rfcId = idFromFileName(basename(a.doc.path), 'rfc') ?? a.doc.title?.canonicalId;
  if (!rfcId) return undefined;
  const title = id && basename(path) === `${id}.md` ? `Implement ${rfcId}` : titleFromSlug(basename(path));
  const text = fillTaskTemplate(ws.taskTemplate, { id: taskId, title, today: a.today, rfcId });
  return {
    documentChanges: [
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
    ],
  };
}

/** A readable title from a file slug: `TASK-0099-retry-budget.md` → "Retry budget". */
export function titleFromSlug(fileName: string): string {
  const slug = fileName.replace(/\.md$/i, '').replace(/^(?:RFC|TASK|ADR)[-\u2010\u2011]\d+[A-Z]?-?/i, '').replace(/^\d+-?/, '');
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'New task';
}
