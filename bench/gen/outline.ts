/**
 * The shape of the built-in RFC template (templates/rfc.md), read from the file itself: its header
 * fields, its H2 sections in order with their H3 subsections, checklist items and the fixed lines
 * teams keep (the "Definition:" note). Generated RFCs follow this outline, so when the template
 * evolves the benchmark's workspace evolves with it.
 */
export interface OutlineField {
  readonly name: string;
  readonly children: readonly string[];
}

export interface OutlineSection {
  readonly title: string;
  readonly subsections: readonly string[];
  readonly checklist: readonly string[];
  /** Body lines that are neither phase lines, list items, headings nor placeholders (kept verbatim). */
  readonly fixedLines: readonly string[];
}

export interface TemplateOutline {
  readonly fields: readonly OutlineField[];
  readonly sections: readonly OutlineSection[];
}

const FIELD_RE = /^(\s*)- ([A-Z][A-Za-z ]+):/;

export function readOutline(template: string): TemplateOutline {
  const fields: { name: string; children: string[] }[] = [];
  const sections: { title: string; subsections: string[]; checklist: string[]; fixedLines: string[] }[] = [];
  let fence = false;
  for (const line of template.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const current = sections[sections.length - 1];
    if (line.startsWith('## ')) {
      sections.push({ title: line.slice(3).trim(), subsections: [], checklist: [], fixedLines: [] });
    } else if (!current) {
      const f = FIELD_RE.exec(line);
      if (f && f[1] === '') fields.push({ name: f[2], children: [] });
      else if (f && fields.length > 0) fields[fields.length - 1].children.push(f[2]);
    } else if (line.startsWith('### ')) {
      current.subsections.push(line.slice(4).trim());
    } else if (/^- \[[ xX]\] /.test(line)) {
      current.checklist.push(line.slice(6).trim());
    } else if (current.subsections.length === 0 && /^(Definition:|- “)/.test(line)) {
      current.fixedLines.push(line);
    }
  }
  return { fields, sections };
}
