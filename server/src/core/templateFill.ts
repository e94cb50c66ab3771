/**
 * Fills a template's placeholders for a new document: the id (`RFC-XXXX` / `TASK-XXXX`), the title
 * (`<Title>`), dates (`YYYY-MM-DD`) and, for a task, the RFC it belongs to (`RFC-XXXX` in a task
 * template). Other placeholders stay for the author (the `placeholder` rule points at them).
 */
export interface TemplateValues {
  readonly id: string;
  readonly title: string;
  readonly today: string;
  /** For a task created from an RFC: that RFC's id, replacing the task template's `RFC-XXXX`. */
  readonly parentId?: string;
}

export function fillTemplate(template: string, v: TemplateValues): string {
  const kindPrefix = v.id.slice(0, v.id.indexOf('-'));
  let out = template
    .replace(new RegExp(`\\b${kindPrefix}-X{2,}\\b`, 'g'), v.id)
    .replace(/<Title>/g, v.title)
    .replace(/\bYYYY-MM-DD\b/g, v.today);
  if (v.parentId) out = out.replace(/\b(?:RFC|TASK|ADR)-X{2,}\b/g, v.parentId);
  return out;
}

/** A readable title from a file slug: `TASK-0099-retry-budget.md` → "Retry budget". */
export function titleFromSlug(fileName: string): string {
  const slug = fileName.replace(/\.md$/i, '').replace(/^(?:RFC|TASK|ADR)[-\u2010\u2011]\d+[A-Z]?-?/i, '').replace(/^\d+-?/, '');
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'New task';
}
