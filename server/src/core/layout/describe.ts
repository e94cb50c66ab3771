/**
 * What a template teaches, in sentences for the comments `init` writes: the title, the header and its
 * form, the sections and their level, and the concepts it lacks (whose rules therefore do not run).
 * Every sentence comes from the same `TemplateModel` the rules read, so the comment says what the
 * checks will do.
 */
import type { TemplateModel } from '../template';

const HEADER_FORMS: Readonly<Record<string, string>> = {
  frontMatter: 'YAML front matter',
  list: 'a "- Key: value" list',
  bold: '"**Key:** value" lines',
  plain: '"Key: value" lines',
};

/** Up to `max` names, quoted, with "…" for the rest. */
export function someNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  return names.length > max ? `${shown.join(', ')}, … (${names.length} in all)` : shown.join(', ');
}

/** The sentences that describe a template to the people who will edit the configuration. */
export function describeTemplate(model: TemplateModel): string[] {
  const out: string[] = [];
  const s = model.structure;
  if (!s.hasTitle) out.push('It has no title line, so no rule checks a title.');
  else if (s.titleId?.kind === 'prefixed') out.push(`Its title carries the id ("# ${s.titleId.prefix}-NNNN: Title"), and title-format checks that form.`);
  else if (s.titleId?.kind === 'number') out.push('Its title starts with the number ("# 12. Title"), and title-format checks that form.');
  else out.push('Its title is a plain "# Title", and title-format checks only that there is one.');

  const fields = model.fields;
  if (fields.length > 0) {
    const form = HEADER_FORMS[model.doc.header[0]?.style ?? 'list'] ?? 'a list';
    const optional = fields.filter((f) => f.optional).map((f) => f.name);
    const mayBeEmpty = fields.filter((f) => f.mayBeEmpty && !f.optional).map((f) => f.name);
    let sentence = `Its header is ${form}: ${someNames(fields.map((f) => f.name), 6)}`;
    if (optional.length > 0) sentence += `; the template calls ${someNames(optional, 3)} optional`;
    if (mayBeEmpty.length > 0) sentence += `; ${someNames(mayBeEmpty, 3)} may stay empty`;
    out.push(`${sentence}.`);
  } else {
    out.push('It has no header fields, so header-field checks nothing.');
  }

  const level = '#'.repeat(Math.max(1, model.sections[0]?.level ?? s.sectionLevel));
  const optional = model.sections.filter((x) => x.optional).map((x) => x.name);
  const required = model.sections.filter((x) => !x.optional).map((x) => x.name);
  if (model.sections.length > 0) {
    let sentence = `Its sections are "${level}" headings: ${someNames(required, 6)}`;
    if (optional.length > 0) sentence += `; ${someNames(optional, 4)} ${optional.length === 1 ? 'is' : 'are'} optional and never reported missing`;
    out.push(`${sentence}.`);
  }

  const lacks: string[] = [];
  const c = model.concepts;
  if (!c.tasks) lacks.push('tasks');
  if (!c.phases) lacks.push('phases');
  if (!c.status) lacks.push('a status list');
  if (!c.security) lacks.push('a security section');
  if (!c.proof) lacks.push('proof commands');
  if (!c.checklist) lacks.push('a checklist');
  if (lacks.length > 0) {
    out.push(`It has no ${joinWords(lacks)}: the rules about ${lacks.length === 1 ? 'it' : 'them'} do not run (name a rule under "rules" to turn it on).`);
  }
  return out;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
