/**
 * The `.rfc-author.json` that `init` writes: JSON with comments (the configuration loader reads
 * JSONC), each key preceded by the reasons it has its value, so that the person who reviews the
 * file sees what was found and why.
 */
import type { DetectedLayout, LayoutConfig, LayoutNote } from './detect';

const WIDTH = 100;
const KEY_ORDER: readonly (keyof LayoutConfig)[] = ['rfcGlobs', 'ignore', 'template', 'sectionAliases', 'optionalSections', 'idPattern', 'adrGlobs', 'taskGlobs', 'taskTemplate'];

/** Wraps `text` into `// ` comment lines of at most WIDTH characters, indented by `indent`. */
function comment(text: string, indent: string): string[] {
  const out: string[] = [];
  const max = WIDTH - indent.length - 3;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      out.push(`${indent}// ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(`${indent}// ${line}`);
  return out;
}

function notesFor(notes: readonly LayoutNote[], key: LayoutNote['key']): string[] {
  return notes.filter((n) => n.key === key).map((n) => n.text);
}

/**
 * The text of the configuration file for a detected layout (which must have a `config`). Values are
 * written with `JSON.stringify`, so the file is valid JSONC whatever the paths hold.
 */
export function layoutConfigText(layout: DetectedLayout): string {
  const config = layout.config;
  if (!config) throw new Error('layoutConfigText needs a detected layout');
  const lines: string[] = [];
  lines.push(...comment(`Written by \`rfc-author init\`: ${layout.summary}. Review it, then run \`rfc-author check\`. How the template drives every rule: https://github.com/rfc-author/rfc-author/blob/main/docs/templates.md`, ''));
  for (const text of notesFor(layout.notes, 'general')) lines.push(...comment(text, ''));
  lines.push('{');
  const keys = KEY_ORDER.filter((k) => config[k] !== undefined);
  keys.forEach((key, i) => {
    if (i > 0) lines.push('');
    for (const text of notesFor(layout.notes, key)) lines.push(...comment(text, '  '));
    const comma = i < keys.length - 1 ? ',' : '';
    lines.push(`  ${JSON.stringify(key)}: ${valueText(config[key])}${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A value on one line when it is short (`["text/[0-9]*.md"]`), as people write these keys. */
function valueText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}
