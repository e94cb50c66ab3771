import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { TemplateField } from '../template';
import { range } from '../text';
import type { HeaderField } from '../types';
import type { Rule } from './rule';

/**
 * Every header field of the template is present and filled in. Fields are found by key, whatever
 * their form (`- Status:`, `**Status:**`, `Status:`, front matter) and through the configured
 * aliases (`Authors` for `Owners`). A field with sub-items in the template (`Links`) is filled in
 * when it has a value or any sub-item; the sub-items themselves are optional. The template's own
 * words are obeyed: a field it calls optional (`*if applicable*`, front matter under "optional
 * metadata") may be left out, one it says to leave (`(leave this empty)`, "Leave as is") may stay empty.
 */
export const headerField: Rule<'header-field'> = {
  id: 'header-field',
  defaultSeverity: 'warning',
  description: 'Every header field of the template is present and not empty.',
  check(a, report) {
    const fields = a.template.fields;
    fields.forEach((t, i) => {
      const f = a.field(t.key);
      if (!f) {
        // The template says the field may be left out (`*if applicable*`, optional metadata).
        if (t.optional) return;
        const at = insertionLine(a, i);
        const after = at.after ? `after "${at.after}"` : 'below the title';
        const text = templateLines(a, i, at.frontMatter);
        report(titleRange(a), `The header has no "${t.name}" field; add \`${text.split('\n')[0].trim()}\` ${after}.`, {
          field: t.name,
          missing: true,
          line: at.line,
          text,
        });
        return;
      }
      if (f.value.trim() !== '' || (t.childNames.length > 0 && f.children.length > 0)) return;
      // The template says it may stay empty (`(leave this empty)`, "Leave as is", empty itself) or leave it out.
      if (t.mayBeEmpty || t.optional) return;
      report(f.nameRange, `"${f.name}" is empty; ${hint(t)}`, { field: t.name, missing: false });
    });
  },
};

function hint(t: TemplateField): string {
  if (t.childNames.length > 0) return `list at least one of ${t.childNames.map((c) => `"${c}"`).join(', ')} under it.`;
  return t.value ? `fill it in (the template shows "${t.value}").` : 'fill it in.';
}

function titleRange(a: DocumentAnalysis): Range {
  return a.doc.title?.heading.range ?? range(0, 0, 0, a.doc.text.lineLength(0));
}

/** The last line a field spans, its wrapped value and sub-items included. */
function lastLine(f: HeaderField): number {
  let last = Math.max(f.line, f.valueRange.end.line);
  for (const c of f.children) last = Math.max(last, lastLine(c));
  return last;
}

/**
 * Where a missing field goes: after the nearest template field before it that the document has,
 * else before the nearest one after it, else right below the title (or the front matter).
 */
function insertionLine(a: DocumentAnalysis, index: number): { line: number; after?: string; frontMatter: boolean } {
  const fields = a.template.fields;
  for (let i = index - 1; i >= 0; i--) {
    const f = a.field(fields[i].key);
    if (f) return { line: lastLine(f) + 1, after: f.name, frontMatter: f.style === 'frontMatter' };
  }
  for (let i = index + 1; i < fields.length; i++) {
    const f = a.field(fields[i].key);
    if (f) return { line: f.line, frontMatter: f.style === 'frontMatter' };
  }
  // The header sits between an H1 title and the first section; a document that starts with a
  // section (no H1) has its header above that section, where the parser looks for it.
  const first = a.doc.title?.heading;
  if (first) return { line: first.level === 1 ? first.line + 1 : first.line, frontMatter: false };
  return { line: a.doc.frontMatter?.endLine ?? 0, frontMatter: false };
}

/**
 * The template's own lines for field `index` (with its sub-items), or a `key: value` line when the
 * document keeps its header in front matter.
 */
function templateLines(a: DocumentAnalysis, index: number, frontMatter: boolean): string {
  const t = a.template.fields[index];
  if (frontMatter) return `${t.key.replace(/ /g, '_')}: ${t.value}`.trimEnd();
  const f = a.template.doc.header[index];
  const lines = a.template.doc.text;
  const out: string[] = [];
  for (let l = f.line; l <= lastLine(f); l++) out.push(lines.line(l));
  return out.join('\n');
}
