import { sectionKey } from '../template';
import { headingMarksOptional } from '../templateTraits';
import type { Rule } from './rule';

/** Whether the only text in lines [from, to) is a dash (`-`, `–`, `—`), which Markdown reads as an empty list item. */
function dashOnly(lines: { line(n: number): string }, from: number, to: number): boolean {
  let dash = false;
  for (let l = from; l < to; l++) {
    const t = lines.line(l).trim();
    if (t === '') continue;
    if (dash || !/^[-\u2013\u2014]$/.test(t)) return false;
    dash = true;
  }
  return dash;
}

/**
 * Whether a template section's body is only a block kept in a comment for later, with headings of
 * its own (Buildpacks' History: `<!--` `## Amended` `### Meta` … `-->`), beside link reference
 * definitions and blank lines: the template leaves the section empty until then.
 */
function commentedForLater(body: string): boolean {
  const comments = [...body.matchAll(/<!--([\s\S]*?)-->/g)];
  if (comments.length === 0) return false;
  const rest = body.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\[[^\]]+\]:\s*#\S*\s*$/gm, '');
  return rest.trim() === '' && comments.some((c) => /^\s{0,3}#{1,6}\s/m.test(c[1]));
}

/**
 * A template section holds something besides blank lines and comments. A section the team has
 * nothing to say in still says so ("None.", "N/A"), which tells the reader it was considered. A
 * section the template marks optional, or that `optionalSections` names, may stay empty. A
 * subsection of the author's own counts as content; an empty section right above a section of the
 * author's own only gets a hint (its content may be there, a heading level off).
 */
export const emptySection: Rule<'empty-section'> = {
  id: 'empty-section',
  defaultSeverity: 'warning',
  description: 'Every template section has content.',
  check(a, report) {
    const optional = new Set(a.config.optionalSections.map(sectionKey));
    const sections = a.sections;
    sections.forEach(({ section, template }, i) => {
      // An optional section may be left as a heading only: the author considered it.
      if (!template || section.hasContent || (template.optional && !template.removeUnused) || optional.has(template.key)) return;
      // The heading itself says optional (the template the document was written from did: a KEP's `## Drawbacks [optional]`).
      if (headingMarksOptional(section.heading.text)) return;
      // The template keeps the section's content commented out for later (Buildpacks' History: `<!-- ## Amended … -->`, for when the RFC is amended).
      if (commentedForLater(template.body)) return;
      // A subsection of the author's own is content: its heading names something (an alternative, a
      // case); the template's own subheadings left bare are not.
      const scaffold = new Set(template.childNames.map(sectionKey));
      if (section.children.some((c) => !scaffold.has(sectionKey(c.heading.text)))) return;
      // A dash alone says "none" where a team writes it so (TON's TEPs: "## Prior art" then "-").
      if (dashOnly(a.doc.text, section.bodyStart, section.end)) return;
      const name = section.heading.text;
      const data = { section: name, key: template.key };
      const message = `Section "${name}" is empty; write its content, or "None." when nothing applies.`;
      // Right below it, a section of the author's own at its level: its content may sit there, a
      // heading level off (Go's "## Rationale" then "## Relation with syscall/js.FuncOf"). Only a hint.
      const next = sections[i + 1];
      if (next && next.template === undefined) {
        report(section.heading.range, `${message} If "${next.section.heading.text}" below is part of it, make that heading a subsection.`, data, { hint: true });
      } else report(section.heading.range, message, data);
    });
  },
};
