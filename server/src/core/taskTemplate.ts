import { readFrontMatter } from './parser/frontMatter';
import { TopLevelLines } from './parser/lineScanner';
import { fieldKey } from './parser/header';
import { lexiconClass } from './statuses';
import { TextLines } from './text';

/** A front matter key of the task template, in the template's order. */
export interface TaskTemplateKey {
  /** As written (`depends-on`). */
  readonly key: string;
  /** Lower case, as the front matter reader files it. */
  readonly name: string;
  readonly value: string | readonly string[];
  /** The template's own lines for the key: its `key: value` line and the list items under it. */
  readonly lines: readonly string[];
}

/**
 * What the rules need to know about the task template (`templates/task.md`, or the configured
 * `taskTemplate`), all derived from its front matter. Nothing here names a key the template does
 * not have: a team whose template has no `depends-on` gets no dependency checks.
 */
export interface TaskTemplateModel {
  readonly keys: readonly TaskTemplateKey[];
  /**
   * The keys the template gives a single value (`title`, `status`, `owner`, `created` in the
   * built-in one): every task has them. Keys the template leaves empty or lists (`depends-on: []`,
   * `links`) are optional.
   */
  readonly required: readonly string[];
  /** The key of the task's status: the one whose value is a status word (`status: todo`), else one named `status`. */
  readonly statusKey?: string;
  /** The statuses the template names for it (`todo`; `todo / doing / done` when it lists several). */
  readonly statuses: readonly string[];
  /** The key of the task's title: the one holding the title or id placeholder, else one named `title`. */
  readonly titleKey?: string;
  /** The key listing the tasks a task depends on (`depends-on`), when the template has one. */
  readonly dependencyKey?: string;
  /** The title placeholder of the template's H1 (`<Title>`). */
  readonly titlePlaceholder?: string;
}

/** Keys that list a task's prerequisites, as the index reads them (`depends-on`, `depends_on`, `dependsOn`). */
export const DEPENDENCY_KEY_RE = /^depends[-_ ]?on$/i;

const TASK_ID_PLACEHOLDER_RE = /\bTASK[-\u2010\u2011](?:X{2,}|N{2,})\b/;
const H1_RE = /^#\s+(.*?)\s*#*\s*$/;

let cached: { text: string; model: TaskTemplateModel } | undefined;

/** The model of a task template's text (the last one is kept: a workspace has one task template). */
export function taskTemplateModel(text: string): TaskTemplateModel {
  if (cached?.text !== text) cached = { text, model: buildTaskTemplate(text) };
  return cached.model;
}

function buildTaskTemplate(text: string): TaskTemplateModel {
  const lines = new TextLines(text);
  const fm = readFrontMatter(lines);
  // The title line as the shared line scanner sees it: a `# …` in a fence or a comment is not the title.
  let h1: string | undefined;
  const scan = new TopLevelLines();
  for (let l = fm ? fm.endLine : 0; l < lines.lineCount && h1 === undefined; l++) if (scan.next(lines.line(l)) === 'text') h1 = H1_RE.exec(lines.line(l))?.[1];
  const titlePlaceholder = h1 !== undefined ? /<[^<>]+>/.exec(h1)?.[0] : undefined;
  const fields = fm ? [...fm.fields.values()].sort((x, y) => x.line - y.line) : [];
  const keys = fields.map((f, i): TaskTemplateKey => {
    const end = i + 1 < fields.length ? fields[i + 1].line : (fm?.endLine ?? 1) - 1;
    const own: string[] = [];
    for (let l = f.line; l < end; l++) if (l === f.line || /^\s+\S|^-\s/.test(lines.line(l))) own.push(lines.line(l));
    return { key: f.key, name: f.key.toLowerCase(), value: f.value, lines: own };
  });
  const scalar = (k: TaskTemplateKey): string | undefined => (typeof k.value === 'string' && k.value.trim() !== '' ? k.value.trim() : undefined);
  const named = (name: string): string | undefined => keys.find((k) => fieldKey(k.key) === name)?.name;
  const statusKey = keys.find((k) => {
    const v = scalar(k);
    return v !== undefined && statusWords(v).every((w) => lexiconClass(w) !== 'other');
  })?.name ?? named('status');
  const statusValue = keys.find((k) => k.name === statusKey);
  const titleKey = keys.find((k) => {
    const v = scalar(k);
    return v !== undefined && k.name !== statusKey && ((titlePlaceholder !== undefined && v.includes(titlePlaceholder)) || TASK_ID_PLACEHOLDER_RE.test(v));
  })?.name ?? named('title');
  return {
    keys,
    required: keys.filter((k) => scalar(k) !== undefined).map((k) => k.name),
    ...(statusKey ? { statusKey } : {}),
    statuses: statusValue && typeof statusValue.value === 'string' ? statusWords(statusValue.value) : [],
    ...(titleKey ? { titleKey } : {}),
    ...(keys.some((k) => DEPENDENCY_KEY_RE.test(k.key)) ? { dependencyKey: keys.find((k) => DEPENDENCY_KEY_RE.test(k.key))?.name } : {}),
    ...(titlePlaceholder ? { titlePlaceholder } : {}),
  };
}

/** `todo`, or the words of `todo / doing / done` and `todo | done`. */
function statusWords(value: string): string[] {
  return value.split(/\s*[/|]\s*/).map((w) => w.replace(/^["']|["']$/g, '').trim()).filter(Boolean);
}

/**
 * The template's lines for `key`, with what the document says filled in: the task's id for the id
 * placeholder, its H1 title for the title placeholder. A value that YAML would misread (`A: B`) is
 * quoted.
 */
export function filledKeyLines(model: TaskTemplateModel, key: TaskTemplateKey, values: { id?: string; title?: string }): string {
  let text = key.lines.join('\n');
  if (values.id) text = text.replace(TASK_ID_PLACEHOLDER_RE, values.id);
  if (values.title && model.titlePlaceholder) text = text.split(model.titlePlaceholder).join(values.title);
  const [first, ...rest] = text.split('\n');
  const m = /^([A-Za-z_][\w.-]*:[ \t]+)(.*)$/.exec(first);
  if (!m || /^["'[{|>]/.test(m[2]) || !/:\s|\s#|^[-?:,\]}#&*!%@`]/.test(m[2])) return text;
  return [`${m[1]}"${m[2].replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`, ...rest].join('\n');
}
