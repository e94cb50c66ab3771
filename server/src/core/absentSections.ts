import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from './analysis';
import type { TemplateSection } from './template';
import { looseMatch } from './sectionMatch';
import { sectionKey } from './template';

/**
 * The names one heading joins: "Rationale and Compatibility", "Drawbacks / Alternatives",
 * "Alternatives, Extensions", "Proposed Solution + Detailed Design", React Native's "Adoption
 * strategy / How we teach this" (a `/`, a comma or a `+` only between names of four words at most,
 * not in "Second milestone: introduce krel stage/release"). None for one name.
 */
function joinedParts(key: string): string[] {
  if (key.includes(' and ')) {
    const parts = key.split(' and ').map((p) => p.trim());
    // A lead the parts share, written once: "Effect on ABI stability and API resilience" is also
    // "Effect on API resilience" (Swift's earlier name for "Implications on adoption").
    const lead = /^((?:effect|impact|implication)s? on) /.exec(parts[0])?.[1];
    return lead ? [...parts, ...parts.slice(1).map((p) => `${lead} ${p}`)] : parts;
  }
  if (!/[/,+]/.test(key) || key.includes(':')) return [];
  const parts = key.split(/[/,+]/).map((p) => p.trim());
  return parts.every((p) => p.length > 0 && p.split(' ').length <= 4) ? parts : [];
}

/**
 * The names a heading of three names or more joins, each alone and each run of neighbours, joined as
 * written and with "and": "Security Considerations, Risks and Drawbacks" holds "Risks and Drawbacks"
 * (Aptos's template section), "Prior Art, Alternatives and Future Possibilities" holds "Prior art and
 * alternatives" (OpenTelemetry's). Only exact template names are taken from these.
 */
function joinedRuns(key: string): string[] {
  const tokens = key.split(/(\s*[/,+]\s*|\s+and\s+)/);
  if (tokens.length < 5 || key.includes(':')) return [];
  const parts = tokens.filter((_, i) => i % 2 === 0).map((p) => p.trim());
  const seps = tokens.filter((_, i) => i % 2 === 1);
  const out: string[] = [];
  for (let from = 0; from < parts.length; from++) {
    for (let to = from; to < parts.length && to - from < parts.length - 1; to++) {
      let written = parts[from];
      for (let i = from; i < to; i++) written += seps[i] + parts[i + 1];
      out.push(written, parts.slice(from, to + 1).join(' and '));
    }
  }
  return out;
}

/** A template section a document lacks, and where it goes. */
export interface AbsentSection {
  readonly template: TemplateSection;
  /**
   * The template marks it optional or addresses it to the author, or `optionalSections` names it: it
   * may be added, but it is not missing (no finding, not among "insert all missing sections").
   */
  readonly optional: boolean;
  /** The present section it goes after, in template order; undefined when it goes first. */
  readonly after?: TemplateSection;
  /** The line to insert it at: before the first present section that follows it, else the end. */
  readonly line: number;
  /** Where a finding about it sits: that section's heading, or the document's last line. */
  readonly range: Range;
}

/**
 * The template sections a document lacks, in template order: the one place this is decided, for the
 * `missing-section` rule, its fixes, "Insert Section…" and section completion. A section counts as
 * present under its name, an alias or an evident equivalent (see `DocumentAnalysis.sections`), or
 * written one level deeper (a `### Non-Goals` under "Goals") or at a shallower level (`# Summary` where
 * the template writes `## Summary`). `ignoringLine`: the heading on that line
 * does not count (completion, while it is being typed).
 */
export function absentSections(a: DocumentAnalysis, ignoringLine?: number): AbsentSection[] {
  const matches = ignoringLine === undefined ? a.sections : a.sections.filter((s) => s.section.heading.line !== ignoringLine);
  const present = new Set(matches.map((s) => s.template?.key).filter((k): k is string => k !== undefined));
  const level = a.template.structure.sectionLevel;
  const sections = a.template.sections;
  const templateKeys = new Set(sections.map((t) => t.key));
  // Present elsewhere: one level deeper (`### Non-Goals` under "Goals"), or at a shallower level than
  // the template's (`# Summary` in an RFC written before the template moved its sections to `##`);
  // and one heading for two of the template's sections ("Rationale and Compatibility", Go's).
  const elsewhere = new Set<string>();
  // A section whose own subsections stand at the section level instead (k8s's `## Test Plan` and
  // `## Graduation Criteria` without `## Design Details`) is there, its heading dropped.
  const parentOf = new Map(sections.flatMap((t) => t.childNames.map((c) => [sectionKey(c), t.key] as const)));
  // Or under another section: two of its subsections or more (a KEP's `### Test Plan` and `### Graduation
  // Criteria` under `## Proposal`, its Design Details written there).
  const childrenSeen = new Map<string, Set<string>>();
  // Under another name too (`# Backwards compatibility`, `### Future extensions`, "Alternatives and
  // future directions"), where only one template section not found yet fits: after the exact names.
  const loose: string[] = [];
  const title = a.doc.title?.heading.line;
  for (const h of a.doc.headings) {
    if (h.level > level + 1 || h.line === ignoringLine) continue;
    const key = sectionKey(h.text);
    if (h.level !== level) {
      elsewhere.add(key);
      // The title names the document, not a section of it ("Proposal: …" is no Proposal section).
      if (!templateKeys.has(key) && h.line !== title) loose.push(key);
    } else if (!templateKeys.has(key) && parentOf.has(key)) elsewhere.add(parentOf.get(key) as string);
    const parent = h.level === level + 1 ? parentOf.get(key) : undefined;
    if (parent !== undefined) childrenSeen.set(parent, (childrenSeen.get(parent) ?? new Set()).add(key));
    // A "title" that names a section of the template is that section, in a document without a title
    // line (an F# RFC opening at `# Summary` where the template has `# F# RFC FS-NNNN - …` above it).
    if (h.line === title && templateKeys.has(key)) elsewhere.add(key);
    if (templateKeys.has(key) || h.line === title) continue;
    for (const part of joinedParts(key)) {
      if (templateKeys.has(part)) elsewhere.add(part);
      else loose.push(part);
    }
    for (const run of joinedRuns(key)) if (templateKeys.has(run)) elsewhere.add(run);
  }
  for (const [parent, seen] of childrenSeen) if (seen.size >= 2) elsewhere.add(parent);
  for (const key of loose) {
    const fit = looseMatch(key, sections.filter((t) => !present.has(t.key) && !elsewhere.has(t.key)));
    if (fit) elsewhere.add(fit.key);
  }
  const out: AbsentSection[] = [];
  for (const t of sections) {
    if (present.has(t.key) || elsewhere.has(t.key)) continue;
    const after = sections.slice(0, t.order).reverse().find((s) => present.has(s.key) || elsewhere.has(s.key));
    out.push({ template: t, optional: isOptional(a, t), ...(after ? { after } : {}), ...insertionPoint(a, t.order) });
  }
  return out;
}

/** Whether a template section is optional: the template says so, or `optionalSections` names it. */
export function isOptional(a: DocumentAnalysis, t: TemplateSection): boolean {
  return t.optional || a.config.optionalSections.some((name) => sectionKey(name) === t.key);
}

/**
 * Where a template section goes: before the first present section that comes after it in the
 * template, else at the end of the document. `line` is the line to insert at.
 */
export function insertionPoint(a: DocumentAnalysis, order: number): { line: number; range: Range } {
  const next = a.sections.find((s) => s.template !== undefined && s.template.order > order);
  if (next) return { line: next.section.heading.line, range: next.section.heading.range };
  const text = a.doc.text;
  let last = text.lineCount - 1;
  while (last > 0 && text.line(last).trim() === '') last--;
  return { line: text.lineCount, range: text.lineRange(last) };
}
