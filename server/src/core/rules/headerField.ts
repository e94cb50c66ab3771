import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { TemplateField } from '../template';
import { range } from '../text';
import { readDate } from './dates';
import type { HeaderField } from '../types';
import type { Rule } from './rule';
import { eraNote, eraSubject } from './sectionEra';
import { fieldKeysOf } from '../fieldKeys';
import { fieldPart, olderThanSection } from '../sectionOnset';

/**
 * Every header field of the template is present and filled in. Fields are found by key, whatever
 * their form (`- Status:`, `**Status:**`, `Status:`, front matter) and through the configured
 * aliases (`Authors` for `Owners`). A field with sub-items in the template (`Links`) is filled in
 * when it has a value or any sub-item; the sub-items themselves are optional. The template's own
 * words are obeyed: a field it calls optional (`*if applicable*`, front matter under "optional
 * metadata") may be left out or empty; one it says to leave (`(leave this empty)`, "Leave as is")
 * may stay empty, and its absence is only a hint (info).
 */
export const headerField: Rule<'header-field'> = {
  id: 'header-field',
  defaultSeverity: 'warning',
  description: 'Every header field of the template is present and not empty.',
  check(a, report) {
    const fields = a.template.fields;
    fields.forEach((t, i) => {
      const named = a.field(t.key);
      const f = named ?? renamedField(a, t);
      // The template's own words decide: "*if applicable*", "(optional)" or front matter it calls
      // optional may be left out or empty; "(leave this empty)" or "Leave as is" may stay empty. A
      // field with sub-items (Links) is empty without them, whatever its own value in the template.
      const leaveEmpty = t.mayBeEmpty && t.childNames.length === 0;
      if (!f) {
        // A title field is what a title heading says (Jupyter's older JEPs: `# Title`, no front matter).
        if (t.optional || (t.name.toLowerCase() === 'title' && a.doc.title?.heading.level === 1 && a.doc.title.heading.text.trim() !== '')) return;
        const at = insertionLine(a, i);
        const after = at.after ? `after "${at.after}"` : at.before ? `before "${at.before}"` : a.doc.title ? 'below the title' : 'at the top';
        const text = templateLines(a, i, at.frontMatter);
        const data = { field: t.name, missing: true, line: at.line, text };
        const add = `add \`${text.split('\n')[0].trim()}\` ${after}`;
        // A field the author is told to leave empty says nothing when absent either: the line the
        // template has is missing (a maintainer or a tool fills it in later; older documents predate
        // it), so only a hint.
        const date = leaveEmpty ? undefined : unlabelledDate(a, t);
        const names = leaveEmpty || date ? undefined : unlabelledNames(a, t);
        const unlabelled = leaveEmpty || date || names ? undefined : labelWithoutColon(a, t);
        if (leaveEmpty) report(titleRange(a), `The header has no "${t.name}" field, which the template lets the author leave empty; ${add}.`, data, { hint: true });
        // The date is there, in a form of the team's own (Go's "Russ Cox \ December 2022"): only the label is missing.
        else if (date) report(titleRange(a), `The header gives the date "${date}" without the "${t.name}" label; to be read as it, ${add}.`, data, { hint: true });
        else if (names) report(titleRange(a), `The header names ${names} without the "${t.name}" label; to be read as the authors, ${add}.`, data, { hint: true });
        // The label is there without its colon (gRPC's `* Discussion at https://groups.google.com/…`).
        else if (unlabelled !== undefined) report(range(unlabelled, 0, unlabelled, a.doc.text.line(unlabelled).length), `"${t.name}" is written without its colon; write "${t.name}:" to have it read as the field.`, { field: t.name, missing: false }, { hint: true });
        else {
          const keys = fieldKeysOf(a.template, a.config);
          const older = olderThanSection(eraSubject(a), fieldPart(t.name), (k) => keys.canonical(k));
          if (older) report(titleRange(a), `The header has no "${t.name}" field; ${add}. ${eraNote(a, older)}`, data, { hint: true });
          else report(titleRange(a), `The header has no "${t.name}" field; ${add}.`, data);
        }
        return;
      }
      // A field found under another name is only a likely match, and its value may be a list below
      // it ("Original Reviews:" and links): it is not held to be filled in.
      if (named === undefined) return;
      if (f.value.trim() !== '' || (t.childNames.length > 0 && f.children.length > 0) || t.optional || leaveEmpty || valueBelow(a, f)) return;
      report(f.nameRange, `"${f.name}" is empty; ${hint(t)}`, { field: t.name, missing: false });
    });
  },
};

const PREPOSITION_RE = /^(?:at|by|in|of|on|to|for|from|with)$/;

/** The head noun of a field name, the word that says what it holds: `issue` of "Rust Issue". */
function headNoun(name: string): string {
  const words = name.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  // A name that ends in a preposition ends before it: "discussion" of gRPC's "Discussion at".
  while (words.length > 1 && PREPOSITION_RE.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1] ?? '';
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last;
}

/**
 * A template field the document writes under another qualifier of the same head noun: "Tracking
 * Issue" for the template's "Rust Issue" (45 of Rust's RFCs). Only when the template has no other
 * field of that noun; the document's first field of it that is no template field. A document may
 * split it in two ("Prototype authors" and "Proposal author" for Kotlin's "Author"): the field is
 * there either way.
 */
function renamedField(a: DocumentAnalysis, t: TemplateField): HeaderField | undefined {
  const noun = headNoun(t.name);
  if (noun === '' || a.template.fields.some((o) => o !== t && headNoun(o.name) === noun)) return undefined;
  return a.doc.header.find((f) => headNoun(f.name) === noun && !a.template.fields.some((o) => a.field(o.key) === f));
}

/** A list item indented under a field: its value, written one level down. */
const NESTED_ITEM_RE = /^\s{2,}(?:[-*+]|\d{1,3}[.)])\s+\S/;
const ITEM_RE = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\S/;
/** A value written alone on a line: four words at most, no sentence, heading, quote, table, fence or field. */
const SHORT_VALUE_RE = /^ {0,3}(?![#>|`~<-])(?!(?:\S+\s+){4}\S)[^:.!?]{1,40}$/;

/**
 * Whether a field's value is written below it, as items (Prometheus's `* **Implementation Status:**`
 * then `  * Implemented`): the next non-blank line is an indented list item that is no field of its own.
 */
function valueBelow(a: DocumentAnalysis, f: HeaderField): boolean {
  const lines = a.doc.text;
  for (let l = f.line + 1; l < lines.lineCount; l++) {
    const line = lines.line(l);
    if (line.trim() === '') continue;
    // Below a bold or plain label, a list at the margin is its value too (GraphQL's `**Proposed by:**`,
    // then a blank line and `- [Young Min Kim](…) - The Trade Desk`); below a list item it would be the next field.
    const label = f.style === 'bold' || f.style === 'plain';
    const item = NESTED_ITEM_RE.test(line) || (label && ITEM_RE.test(line));
    // Or a line of its own, a word or a few (Cilium's `**Status:**`, a blank line, then `Implementable`).
    const alone = label && SHORT_VALUE_RE.test(line) && (l + 1 >= lines.lineCount || lines.line(l + 1).trim() === '');
    return (item || alone) && !a.doc.header.some((o) => o.line === l) && !f.children.some((c) => c.line === l);
  }
  return false;
}

const DATE_VALUE_RE = /^\[?date\]?$|\byyyy-mm-dd\b/i;
const MONTH_YEAR_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+\d{4}$/i;

/**
 * The date a header writes without the label of date field `t`: a line of the header (between the
 * title and the first heading) that is only a date (`December 2022`, `August 20, 2021`, Go's, often
 * with a trailing `\`; a list item `- 2019-03-05`, Gatsby's), a `Date:` line, or `t`'s own label
 * inside another field's line ("Author(s): … Last Updated: 2019-02-20"). The lines of the
 * template's other fields are no such date: a document's `Created:` date is not its missing `Last
 * updated`. Only for a field whose template value is a date placeholder (`[Date]`, `YYYY-MM-DD`, or
 * a direction that holds it: "(fill me in with today's date, YYYY-MM-DD)").
 */
function unlabelledDate(a: DocumentAnalysis, t: TemplateField): string | undefined {
  if (!DATE_VALUE_RE.test(t.value.trim())) return undefined;
  const title = a.doc.title?.heading.line;
  const top = a.doc.frontMatter?.endLine ?? 0;
  const others = new Set(a.template.fields.filter((o) => o !== t).map((o) => a.field(o.key)?.line));
  const label = t.name.toLowerCase();
  // Below the title, and above it where a document without a title template writes its header
  // before its first heading (Gatsby's `- 2019-03-05` above `## Summary`).
  for (const start of title === undefined ? [top] : [top, title + 1]) {
    const end = a.doc.headings.find((h) => h.line >= start)?.line ?? a.doc.text.lineCount;
    const date = dateLine(a, start, Math.min(end, start + 12), label, others);
    if (date) return date;
  }
  return undefined;
}

/** The date of the first line of [start, end) that gives one (see `unlabelledDate`). */
function dateLine(a: DocumentAnalysis, start: number, end: number, label: string, others: ReadonlySet<number | undefined>): string | undefined {
  for (let l = start; l < end; l++) {
    const line = a.doc.text.line(l).replace(/\\\s*$/, '').replace(/[*_]/g, '').trim();
    const at = line.toLowerCase().lastIndexOf(`${label}:`);
    if (at > 0) {
      const labelled = readDate(line.slice(at + label.length + 1).trim());
      if (labelled) return labelled.text;
    }
    if (others.has(l)) continue;
    const bare = line.replace(/^[-+]\s+/, '').replace(/^date\s*:\s*/i, '');
    const date = readDate(bare);
    if ((date && date.end === bare.length) || MONTH_YEAR_RE.test(bare)) return bare;
  }
  return undefined;
}

/** The name of a field of the people who wrote the document: "Author(s)", "Authors", "Owners". */
const AUTHORS_NAME_RE = /^\W*(?:authors?|owners?)\b/i;

/** A person's name alone on a line: two to four words, each capitalised but for particles (`van`, `de`). */
const NAME_LINE_RE = /^\p{Lu}[\p{L}'.-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|bin)\s+)?\p{Lu}[\p{L}'.-]*){1,3}$/u;

/**
 * The names a header writes without the label of the owners field `t`: the first lines below the
 * title, before any other line, that are each a person's name alone (Go's byline, "Ian Lance Taylor\",
 * "Robert Griesemer\", then the date). Quoted and joined for the message; undefined when the first
 * line below the title is no name.
 */
function unlabelledNames(a: DocumentAnalysis, t: TemplateField): string | undefined {
  const title = a.doc.title?.heading.line;
  if (title === undefined || (a.template.roles.ownersField !== t.key && !AUTHORS_NAME_RE.test(t.name))) return undefined;
  const names: string[] = [];
  for (let l = title + 1; l < Math.min(a.doc.text.lineCount, title + 12); l++) {
    const line = a.doc.text.line(l).replace(/\\\s*$/, '').replace(/<br\s*\/?>\s*$/i, '').trim();
    if (line === '' && names.length === 0) continue;
    if (!NAME_LINE_RE.test(line)) break;
    names.push(`"${line}"`);
  }
  return names.length > 0 ? names.join(', ') : undefined;
}

/**
 * The line of the header (from its first field, or the title, to the next heading) that opens with the
 * name of field `t` and a value, without the colon: `* Discussion at https://…`.
 */
function labelWithoutColon(a: DocumentAnalysis, t: TemplateField): number | undefined {
  // From the header's first field where it has one (gRPC's title is a setext heading the template
  // writes at level 2), else from below the title.
  const first = a.doc.header.reduce((m, f) => Math.min(m, f.line), Infinity);
  const start = first !== Infinity ? first : a.doc.title ? a.doc.title.heading.line + 1 : (a.doc.frontMatter?.endLine ?? 0);
  const end = Math.min(a.doc.headings.find((h) => h.line >= start)?.line ?? a.doc.text.lineCount, start + 20);
  const name = t.name.toLowerCase();
  const fields = new Set(a.doc.header.map((f) => f.line));
  for (let l = start; l < end; l++) {
    if (fields.has(l)) continue;
    const line = a.doc.text.line(l).replace(/^\s*(?:[-*+]\s+)?/, '').replace(/[*_]/g, '').toLowerCase();
    const rest = line.slice(name.length).trim();
    // Not a longer name's label (Swift's `* Review Manager: …` for the template's "Review").
    if (line.startsWith(`${name} `) && rest !== '' && !/^[\w -]{0,30}:(?!\/\/)/.test(rest)) return l;
  }
  return undefined;
}

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
function insertionLine(a: DocumentAnalysis, index: number): { line: number; after?: string; before?: string; frontMatter: boolean } {
  const fields = a.template.fields;
  for (let i = index - 1; i >= 0; i--) {
    const f = a.field(fields[i].key);
    if (f) return { line: lastLine(f) + 1, after: f.name, frontMatter: f.style === 'frontMatter' };
  }
  for (let i = index + 1; i < fields.length; i++) {
    const f = a.field(fields[i].key);
    if (f) return { line: f.line, before: f.name, frontMatter: f.style === 'frontMatter' };
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
  const f = a.template.doc.header[index];
  // A front matter template's own key (`discussions-to`); a list template's name in front matter form.
  if (frontMatter) return `${f.style === 'frontMatter' ? f.name : t.key.replace(/ /g, '_')}: ${t.value}`.trimEnd();
  const lines = a.template.doc.text;
  const out: string[] = [];
  for (let l = f.line; l <= lastLine(f); l++) out.push(lines.line(l));
  return out.join('\n');
}
