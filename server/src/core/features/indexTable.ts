import type { Cancellation } from '../cancellation';
import { compareIds } from '../ids';
import { relativePath } from '../index/paths';
import type { DocSummary } from '../index/summary';
import type { RfcWorkspace } from '../service';
import { headerDate, rfcFacts } from './rfcFacts';

/** The columns the generated table can have (`indexColumns`), in the order the docs list them. */
export const INDEX_COLUMNS = ['id', 'title', 'status', 'owners', 'phases', 'updated'] as const;
export type IndexColumn = (typeof INDEX_COLUMNS)[number];

/** Where the generated RFC table goes when `indexFile` is not set: `README.md` in the RFC folder. */
export function indexFilePath(ws: RfcWorkspace): string {
  if (ws.config.indexFile) return ws.config.indexFile;
  const folder = ws.classifier.folders.rfc[0] ?? '';
  return folder === '' ? 'README.md' : `${folder}/README.md`;
}

/**
 * The RFC index table as Markdown lines: a header row named after the template's fields, then one
 * row per RFC sorted by id (RFCs without an id last, by path), with the configured columns. The
 * same index gives the same lines, byte for byte, so a regenerated file that did not change shows
 * no diff. Undefined when cancelled.
 */
export function renderIndexTable(ws: RfcWorkspace, indexPath: string, token: Cancellation): string[] | undefined {
  const columns = (ws.config.indexColumns.length > 0 ? ws.config.indexColumns : INDEX_COLUMNS).filter((c): c is IndexColumn => (INDEX_COLUMNS as readonly string[]).includes(c));
  const rfcs = [...ws.index.all('rfc')].sort(byIdThenPath);
  const rows: string[][] = [];
  for (const summary of rfcs) {
    if (token.isCancellationRequested) return undefined;
    rows.push(columns.map((c) => cell(ws, summary, c, indexPath)));
  }
  const header = columns.map((c) => heading(ws, c));
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function cell(ws: RfcWorkspace, summary: DocSummary, column: IndexColumn, indexPath: string): string {
  const facts = rfcFacts(ws, summary);
  switch (column) {
    case 'id': {
      const folder = indexPath.includes('/') ? indexPath.slice(0, indexPath.lastIndexOf('/')) : '';
      const label = facts.id ? ws.ids.display(facts.id) : summary.path.slice(summary.path.lastIndexOf('/') + 1);
      return `[${escape(label)}](${encodeURI(relativePath(folder, summary.path))})`;
    }
    case 'title':
      return escape(facts.title ?? '');
    case 'status':
      return escape(facts.status ?? '');
    case 'owners':
      return escape(facts.owners.join(', '));
    case 'phases': {
      if (facts.phases.length === 0) return '';
      const { done, inProgress, notStarted, other } = facts.counts;
      return `✅${done} 🟨${inProgress} ⬜${notStarted}${other > 0 ? ` ❔${other}` : ''}`;
    }
    case 'updated':
      return /^\d{4}-\d{2}-\d{2}/.exec(headerDate(ws, summary, ws.template.roles.updatedField) ?? '')?.[0] ?? '';
  }
}

/** Column headings from the template's own field names where it has them. */
function heading(ws: RfcWorkspace, column: IndexColumn): string {
  const field = (key: string | undefined, fallback: string): string => ws.template.fields.find((f) => f.key === key)?.name ?? fallback;
  switch (column) {
    case 'id':
      return ws.ids.prefixOf('rfc');
    case 'title':
      return 'Title';
    case 'status':
      return field(ws.template.roles.statusField, 'Status');
    case 'owners':
      return field(ws.template.roles.ownersField, 'Owners');
    case 'phases':
      return 'Phases';
    case 'updated':
      return field(ws.template.roles.updatedField, 'Last Updated');
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Text from a document, safe inside a table cell: no pipe ends the cell, no line break ends the row. */
function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function byIdThenPath(a: DocSummary, b: DocSummary): number {
  if (a.id && b.id && a.id !== b.id) return compareIds(a.id, b.id);
  if (a.id && !b.id) return -1;
  if (!a.id && b.id) return 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
