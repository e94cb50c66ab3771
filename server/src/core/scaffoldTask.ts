/**
 * The pure half of "RFC: New Task for this RFC": the new task's text from the task template (with
 * its link back to the RFC), and the edit that links the task from the RFC's Links → Tasks line.
 */
import type { Range } from 'vscode-languageserver-types';
import { fieldKey } from './parser/header';
import { fieldList, readFrontMatter } from './parser/frontMatter';
import { TopLevelLines } from './parser/lineScanner';
import type { TemplateModel } from './template';
import { range, TextLines } from './text';
import type { HeaderField, RfcDocument } from './types';

export interface TaskValues {
  readonly id: string;
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly today: string;
  /** The RFC the task implements; linked from the task's front matter `links`. */
  readonly rfcId: string;
}

const TASK_ID_PLACEHOLDER_RE = /\bTASK[-\u2010\u2011](?:X{2,}|N{2,})\b/g;
const RFC_ID_PLACEHOLDER_RE = /\bRFC[-\u2010\u2011](?:X{2,}|N{2,})\b/g;
const DATE_PLACEHOLDER_RE = /\bYYYY-MM-DD\b/g;
const H1_RE = /^#\s+(.*?)\s*#*\s*$/;

/**
 * The text of a new task: in the front matter and the H1 of the task template, the task id, the
 * RFC id, the dates and the title placeholder are filled; the RFC is added to `links` when the
 * template does not already link it. The body keeps the template's placeholders for the author.
 */
export function fillTaskTemplate(templateText: string, values: TaskValues): string {
  const lines = new TextLines(templateText);
  const fm = readFrontMatter(lines);
  const eol = lines.eol;
  const first = fm ? fm.endLine : 0;
  let h1 = -1;
  const scan = new TopLevelLines();
  for (let l = first; l < lines.lineCount && h1 < 0; l++) if (scan.next(lines.line(l)) === 'text' && H1_RE.test(lines.line(l))) h1 = l;
  const titlePlaceholder = h1 >= 0 ? /<[^<>]+>/.exec(lines.line(h1))?.[0] : undefined;
  const out: string[] = [];
  for (let l = 0; l < lines.lineCount; l++) {
    let line = lines.line(l);
    if ((fm && l < fm.endLine) || l === h1) {
      line = line.replace(TASK_ID_PLACEHOLDER_RE, values.id).replace(RFC_ID_PLACEHOLDER_RE, values.rfcId).replace(DATE_PLACEHOLDER_RE, values.today);
      if (titlePlaceholder) line = line.split(titlePlaceholder).join(values.title);
      if (fm && l < fm.endLine) line = quoteTitleLine(line);
    }
    out.push(line);
  }
  return withRfcLink(out.join(eol), values.rfcId);
}

/** `title: TASK-0001 A: B` is not valid YAML; a value that needs it is double-quoted. */
function quoteTitleLine(line: string): string {
  const m = /^(title:\s+)(.*)$/.exec(line);
  if (!m || /^["']/.test(m[2])) return line;
  if (!/(:\s|\s#|^[-?:,[\]{}#&*!|>'"%@`])/.test(m[2])) return line;
  return `${m[1]}"${m[2].replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Adds `rfcId` to the front matter `links` (creating the key, or the front matter) unless present. */
function withRfcLink(text: string, rfcId: string): string {
  const lines = new TextLines(text);
  const eol = lines.eol;
  const fm = readFrontMatter(lines);
  if (fieldList(fm, 'links').includes(rfcId)) return text;
  const all = Array.from({ length: lines.lineCount }, (_, l) => lines.line(l));
  if (!fm) return [`---`, `links:`, `  - ${rfcId}`, `---`, '', ...all].join(eol);
  const links = fm.fields.get('links');
  if (!links) {
    all.splice(fm.endLine - 1, 0, 'links:', `  - ${rfcId}`);
    return all.join(eol);
  }
  const keyLine = all[links.line];
  const flow = /^(links:\s*)\[(.*)\]\s*$/.exec(keyLine);
  if (flow) {
    all[links.line] = `${flow[1]}[${[flow[2].trim(), rfcId].filter(Boolean).join(', ')}]`;
    return all.join(eol);
  }
  let last = links.line;
  let indent = '  ';
  for (let l = links.line + 1; l < fm.endLine - 1; l++) {
    const item = /^(\s+)-\s/.exec(all[l]);
    if (!item) break;
    indent = item[1];
    last = l;
  }
  if (last === links.line && keyLine.trim() !== 'links:') all[links.line] = 'links:';
  all.splice(last + 1, 0, `${indent}- ${rfcId}`);
  return all.join(eol);
}

/** A text edit on the RFC. */
export interface LinkEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * The edit that links a new task from the RFC's Links → Tasks item (names from the template): the
 * task path replaces the template's placeholder value, or is appended after the item's last
 * reference; the item (or the whole Links field) is created when missing. Undefined when the RFC
 * already links the task, so running it twice is harmless.
 */
export function taskLinkEdit(doc: RfcDocument, template: TemplateModel, taskPath: string, taskId: string): LinkEdit | undefined {
  const eol = doc.text.eol;
  const headerLines = new Set(doc.header.flatMap((f) => [f.line, ...f.children.map((c) => c.line)]));
  const linked = doc.references.some((r) => headerLines.has(r.line) && (r.path === taskPath || r.ids.includes(taskId)));
  if (linked) return undefined;
  const linksKey = template.roles.linksField ?? 'links';
  const templateLinks = template.doc.header.find((f) => fieldKey(f.name) === linksKey);
  const tasksItem = templateLinks?.children.find((c) => /TASK-/i.test(c.value)) ?? templateLinks?.children.find((c) => /task/i.test(c.name));
  const itemName = tasksItem?.name ?? 'Tasks';
  const written = `\`${taskPath}\``;
  const links = doc.header.find((f) => fieldKey(f.name) === linksKey);
  if (!links) {
    const after = lastHeaderLine(doc);
    const at = after >= 0 ? after + 1 : (doc.title ? doc.title.heading.line + 1 : 0);
    const lead = after >= 0 ? '' : eol;
    return insertAt(at, `${lead}- ${templateLinks?.name ?? 'Links'}:${eol}  - ${itemName}: ${written}${eol}`);
  }
  const item = links.children.find((c) => fieldKey(c.name) === fieldKey(itemName));
  if (!item) {
    const indent = links.children.length > 0 ? /^\s*/.exec(doc.text.line(links.children[0].line))?.[0] ?? '  ' : `${/^\s*/.exec(doc.text.line(links.line))?.[0] ?? ''}  `;
    return insertAt(links.line + 1, `${indent}- ${itemName}: ${written}${eol}`);
  }
  if (item.value === '' || isPlaceholderValue(item.value, template)) {
    const spaced = doc.text.line(item.valueRange.start.line)[item.valueRange.start.character - 1] === ' ';
    return { range: item.valueRange, newText: spaced ? written : ` ${written}` };
  }
  const refs = doc.references.filter((r) => r.line >= item.valueRange.start.line && r.line <= item.valueRange.end.line);
  const end = refs.length > 0 ? refs[refs.length - 1].range.end : item.valueRange.end;
  const closesBacktick = refs.length > 0 && doc.text.line(end.line)[end.character] === '`' && refs[refs.length - 1].style === 'backtick';
  const pos = closesBacktick ? { line: end.line, character: end.character + 1 } : end;
  return { range: range(pos.line, pos.character, pos.line, pos.character), newText: `, ${written}` };
}

function insertAt(line: number, text: string): LinkEdit {
  return { range: range(line, 0, line, 0), newText: text };
}

/** Whether an item still holds the template's example value (`tasks/TASK-XXXX-...md`). */
function isPlaceholderValue(value: string, template: TemplateModel): boolean {
  return /\b(?:TASK|RFC|ADR)-(?:X{2,}|N{2,})|X{4}/.test(value) || template.placeholders.some((p) => value.includes(p) && /X{2,}|^</.test(p));
}

/** The last line the header (fields and their sub-items) occupies, or -1 without a header. */
function lastHeaderLine(doc: RfcDocument): number {
  let last = -1;
  const visit = (f: HeaderField): void => {
    last = Math.max(last, f.line, f.valueRange.end.line);
    f.children.forEach(visit);
  };
  doc.header.forEach(visit);
  return doc.header.some((f) => f.style === 'frontMatter') ? -1 : last;
}
