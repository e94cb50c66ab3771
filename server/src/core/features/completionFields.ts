import type { CompletionItem, Range } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { CANONICAL_MARKERS } from '../parser/phases';
import type { HeaderField } from '../types';
import type { CompletionRequest } from './completion';

/** The three canonical markers, in lifecycle order, with what each means. */
const MARKERS: readonly { marker: string; detail: string }[] = [
  { marker: CANONICAL_MARKERS.notStarted, detail: 'Not started' },
  { marker: CANONICAL_MARKERS.inProgress, detail: 'In progress' },
  { marker: CANONICAL_MARKERS.done, detail: 'Done' },
];


/**
 * A section heading's markers at the start of a line (`## ` in our template, `# ` in React's): the
 * template's sections this document lacks, in template order. The item replaces the rest of the line
 * with the heading and the template's body, as plain text.
 */
export function sectionCompletions(req: CompletionRequest): CompletionItem[] | undefined {
  const lead = /^#{1,6}[ \t]+/.exec(req.line);
  if (!lead || req.cursor < lead[0].length || req.line.slice(lead[0].length, req.cursor).includes('#')) return undefined;
  const a = req.analysis();
  if (lead[0].trimEnd().length !== a.template.structure.sectionLevel) return undefined;
  // The heading being typed is itself a section already; it must not hide the one it is becoming.
  const present = new Set(a.sections.filter((s) => s.section.heading.line !== req.lineNo).map((s) => s.template?.key));
  const eol = req.parsed.text.eol;
  const next = req.parsed.text.line(req.lineNo + 1);
  const spacer = req.lineNo + 1 < req.parsed.text.lineCount && next.trim() !== '' ? eol : '';
  const range = lineRange(req.lineNo, lead[0].length, req.line.length);
  return a.template.sections
    .filter((t) => !present.has(t.key))
    .map((t, i): CompletionItem => {
      const body = t.body.replace(/\r\n|\r|\n/g, eol);
      return {
        label: t.name,
        kind: CompletionItemKind.Module,
        detail: 'Template section',
        ...(t.body ? { documentation: { kind: MarkupKind.Markdown, value: `\`\`\`\`markdown\n${t.body}\n\`\`\`\`` } } : {}),
        filterText: t.name,
        sortText: order(i),
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range, newText: `${t.name}${body ? `${eol}${eol}${body}` : ''}${spacer}` },
      };
    });
}

/**
 * On a phase line of the template's phase section, after `**: `: the three markers. The item replaces
 * the markers already there (`⬜ / 🟨 / ✅` included), or the word being typed when there are none.
 */
export function markerCompletions(req: CompletionRequest): CompletionItem[] | undefined {
  const phase = req.analysis().phases.find((p) => p.line === req.lineNo);
  if (!phase) return undefined;
  const areaStart = phase.markerRange.start.character;
  if (!req.line.slice(phase.labelRange.end.character, areaStart).includes(':') && !req.line.slice(areaStart).startsWith(':')) return undefined;
  let range: Range | undefined;
  if (phase.markers.length > 0) {
    const end = phase.markerRange.end.character;
    if (req.cursor >= areaStart && req.cursor <= end) range = lineRange(req.lineNo, areaStart, end);
  } else {
    const gap = /^:?[ \t]+/.exec(req.line.slice(areaStart))?.[0].length ?? 0;
    const from = areaStart + gap;
    if (gap > 0 && req.cursor >= from && !/\s/.test(req.line.slice(from, req.cursor))) range = lineRange(req.lineNo, from, req.cursor);
  }
  // Elsewhere on the line (the label, a note with ids in it) other completions may apply.
  if (!range) return undefined;
  const r = range;
  return MARKERS.map(({ marker, detail }, i): CompletionItem => ({
    label: marker,
    kind: CompletionItemKind.EnumMember,
    detail,
    filterText: `${detail} ${marker}`,
    sortText: order(i),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: r, newText: marker },
  }));
}

/**
 * `- Status: ` (the template's status field, in any header form): the allowed statuses. The item
 * replaces the status words only, so a note after them (`(phases 0–1 proven)`) stays.
 */
export function statusCompletions(req: CompletionRequest): CompletionItem[] | undefined {
  const a = req.analysis();
  const field = a.field(a.template.roles.statusField);
  const at = valueArea(req, field);
  if (!field || !at) return undefined;
  let range: Range;
  const reading = field.value ? req.ws.statuses.read(field.value) : undefined;
  if (reading) {
    const start = field.valueRange.start.character + reading.start;
    // A status that wraps onto the next line is replaced on this line only.
    const end = Math.min(start + reading.written.length, req.line.length);
    if (req.cursor < start || req.cursor > end) return undefined;
    range = lineRange(req.lineNo, start, end);
  } else range = lineRange(req.lineNo, req.cursor, req.cursor);
  return req.ws.statuses.allowed.map((status, i): CompletionItem => ({
    label: status,
    kind: CompletionItemKind.EnumMember,
    sortText: order(i),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range, newText: status },
  }));
}

/**
 * `- Owners: `: the owners other documents name, most frequent first, without the ones this line
 * already lists. The item replaces the handle being typed.
 */
export function ownerCompletions(req: CompletionRequest): CompletionItem[] | undefined {
  const a = req.analysis();
  const field = a.field(a.template.roles.ownersField);
  if (!field || !valueArea(req, field)) return undefined;
  const valueStart = field.valueRange.start.character;
  let start = req.cursor;
  while (start > valueStart && !/[\s,;/]/.test(req.line[start - 1])) start--;
  let end = req.cursor;
  while (end < req.line.length && !/[\s,;/]/.test(req.line[end])) end++;
  const typed = req.line.slice(start, end);
  const listed = new Set(req.line.slice(valueStart).split(/[\s,;/]+/).filter((o) => o !== typed));
  const range = lineRange(req.lineNo, start, end);
  return knownOwners(req.ws.index)
    .filter((o) => !listed.has(o))
    .map((owner, i): CompletionItem => ({
      label: owner,
      kind: CompletionItemKind.Value,
      sortText: order(i),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: owner },
    }));
}

/**
 * Whether the cursor is in a field's value: on its line, after the colon and the space that follows
 * it (so a choice never ends up glued to the colon).
 */
function valueArea(req: CompletionRequest, field: HeaderField | undefined): boolean {
  if (!field || field.line !== req.lineNo || field.valueRange.start.line !== req.lineNo) return false;
  const start = field.valueRange.start.character;
  if (req.cursor < start) return false;
  if (field.value !== '') return true;
  return /\s$/.test(req.line.slice(0, req.cursor));
}

/** Owners (`@handles`) named anywhere in the index, by how many documents name them; cached per index state. */
const ownerCache = new WeakMap<WorkspaceIndex, { generation: number; owners: string[] }>();

function knownOwners(index: WorkspaceIndex): string[] {
  const cached = ownerCache.get(index);
  if (cached && cached.generation === index.generation) return cached.owners;
  const counts = new Map<string, number>();
  for (const s of index.all()) {
    for (const o of new Set(s.owners)) if (/^@[\w.-]+$/.test(o)) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  const owners = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([o]) => o);
  ownerCache.set(index, { generation: index.generation, owners });
  return owners;
}

function order(i: number): string {
  return String(i).padStart(4, '0');
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
