import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { TaskTemplateKey } from '../taskTemplate';
import { filledKeyLines } from '../taskTemplate';
import { range } from '../text';
import type { Rule } from './rule';
import { taskField, taskId } from './taskHeader';

/**
 * A task has every front matter key its template gives a value (`title`, `status`, `owner`,
 * `created` in the built-in template; keys the template leaves empty or lists, such as
 * `depends-on: []`, are optional). The keys come from the task template, never from this file.
 *
 * A key written in another form counts: a `- Status: todo` line under the title, an `Owners:` line
 * (through the field aliases), the H1 for the title. A task without any front matter is an older
 * form, not a mistake: what it lacks everywhere is then only a hint.
 */
export const taskFrontMatter: Rule<'task-front-matter'> = {
  id: 'task-front-matter',
  defaultSeverity: 'warning',
  description: 'A task has each front matter key its template gives a value (title, status, …).',
  kinds: ['task'],
  check(a, report) {
    const t = a.taskTemplate;
    const fm = a.doc.frontMatter;
    for (const name of t.required) {
      const key = t.keys.find((k) => k.name === name);
      if (!key || taskField(a, name) || (name === t.titleKey && a.doc.headings.some((h) => h.level === 1))) continue;
      if (!fm) {
        report(titleOrFirstLine(a), `The task has no "${key.key}": its template has \`${key.lines[0].trim()}\` in front matter, and this task has no front matter.`, { key: key.key }, { hint: true });
        continue;
      }
      const text = filledKeyLines(t, key, { id: taskId(a) });
      const line = insertionLine(a, key);
      report(range(fm.startLine, 0, fm.startLine, a.doc.text.lineLength(fm.startLine)), `The front matter has no "${key.key}" key; add \`${text.split('\n')[0]}\` (from the task template).`, { key: key.key, line, text });
    }
  },
};

function titleOrFirstLine(a: DocumentAnalysis): Range {
  return a.doc.headings.find((h) => h.level === 1)?.range ?? range(0, 0, 0, a.doc.text.lineLength(0));
}

/**
 * Where a missing key goes: after the block of the nearest template key before it that the front
 * matter has, else before the nearest one after it, else before the closing `---`.
 */
function insertionLine(a: DocumentAnalysis, key: TaskTemplateKey): number {
  const fm = a.doc.frontMatter;
  if (!fm) return 0;
  const close = fm.endLine - 1;
  const lines = [...fm.fields.values()].map((f) => f.line).sort((x, y) => x - y);
  const keys = a.taskTemplate.keys;
  const at = keys.indexOf(key);
  for (let i = at - 1; i >= 0; i--) {
    const f = fm.fields.get(keys[i].name);
    if (f) return lines.find((l) => l > f.line) ?? close;
  }
  for (let i = at + 1; i < keys.length; i++) {
    const f = fm.fields.get(keys[i].name);
    if (f) return f.line;
  }
  return close;
}
