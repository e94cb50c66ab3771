import type { DocumentAnalysis } from '../analysis';
import { idFromFileName } from '../ids';
import { basename } from '../index/paths';
import { fieldKey } from '../parser/header';
import { DEPENDENCY_KEY_RE } from '../taskTemplate';
import type { HeaderField, Reference } from '../types';

/**
 * A task's field for a key of the task template: the front matter key, else a header line of
 * another form (`- Status: todo` under the title, as tasks written before the front-matter
 * convention have it), matched by name or through the configured field aliases (`Owners` for `owner`).
 */
export function taskField(a: DocumentAnalysis, name: string): HeaderField | undefined {
  const inFrontMatter = a.doc.header.find((f) => f.style === 'frontMatter' && f.name.toLowerCase() === name);
  if (inFrontMatter) return inFrontMatter;
  const aliases = new Map(Object.entries(a.config.fieldAliases).map(([alias, target]) => [fieldKey(alias), fieldKey(target)]));
  const canonical = (n: string): string => aliases.get(fieldKey(n)) ?? fieldKey(n);
  const want = canonical(name);
  return a.doc.header.find((f) => canonical(f.name) === want);
}

/** The id a task carries: the one the index files it under, else its file name's. */
export function taskId(a: DocumentAnalysis): string | undefined {
  return a.index.get(a.doc.path)?.id ?? idFromFileName(basename(a.doc.path), 'task');
}

/** Whether a reference of a task is one of its dependencies (listed under a `depends-on` key its template has). */
export function isDependency(a: DocumentAnalysis, ref: Reference): boolean {
  return a.kind === 'task' && a.taskTemplate.dependencyKey !== undefined && ref.key !== undefined && DEPENDENCY_KEY_RE.test(ref.key);
}
