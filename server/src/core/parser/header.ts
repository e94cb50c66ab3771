/**
 * Header field lines: `Status: Draft`, `**Status**: Draft`, `**Status:** Draft`, `__Owners__: @a`.
 * Offsets are into the given line of inline content.
 */
export interface FieldLine {
  name: string;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  value: string;
}

/**
 * A name of up to 30 characters, a note in parentheses (`Author(s)`, C#'s `Champion issue (anonymous
 * using declarations)`) and a `#` after it (Rust's `RFC PR #:`), then the colon and a space, or a link
 * or URL right after the colon (Rust's `- Rust Issue:https://…`; `https://…` itself is no field). A
 * colon doubled after the bold (aws-cdk's `**Original Author(s):**:`) is one, and so is bold around the
 * whole field (Cilium's `**Begin Design Discussion: 2024-08-28**`).
 */
const FIELD_RE = /^(\*\*|__)?([A-Za-z][A-Za-z0-9 &'/-]{0,29}?(?:\([A-Za-z][A-Za-z0-9 ,'/-]{0,40}\))?(?: ?#)?)\s*(?:(\*\*|__)\s*:|:\s*(\*\*|__):?|:)(?=\s|$|https?:\/\/|\[)/;

/** Whether a field name has more than four words, a note in parentheses aside: a sentence, not a name. */
export function tooManyWords(name: string): boolean {
  return name.replace(/\s*\([^()]*\)/g, '').split(/\s+/).length > 4;
}

export function parseFieldLine(line: string): FieldLine | undefined {
  const m = FIELD_RE.exec(line);
  if (!m) return undefined;
  const open = m[1] ?? '';
  const close = m[3] ?? m[4] ?? '';
  // A comment after the field is for tools (Scala's `**By: … ** <!-- … -->`).
  const end = line.replace(/\s*<!--.*?-->\s*$/, '').trimEnd();
  // The whole field in bold, its value too: Cilium's `**Begin Design Discussion: 2024-08-28**`.
  const wrapped = open !== '' && close === '' && end.length > m[0].length + open.length && end.endsWith(open) && !end.slice(m[0].length, -open.length).includes(open);
  if (open !== close && !wrapped) return undefined;
  const name = m[2].trim();
  if (tooManyWords(name)) return undefined;
  const nameStart = open.length;
  let valueStart = m[0].length;
  while (valueStart < line.length && (line[valueStart] === ' ' || line[valueStart] === '\t')) valueStart++;
  return { name, nameStart, nameEnd: nameStart + name.length, valueStart, value: (wrapped ? end.slice(0, -open.length) : line).slice(valueStart).trimEnd() };
}

/**
 * Field names compared without case, emphasis, punctuation or separators (`last_updated` = `Last
 * Updated`, `Author(s)` = `Authors`). A name of one word in camel case is its words (NEAR's `LastUpdated`, `DiscussionsTo`);
 * within a name of several words a capital is spelling (`GitHub Issue` = `Github Issue`).
 */
export function fieldKey(name: string): string {
  // `Author(s)` is `Authors`; a note in parentheses is no part of the name (C#'s `Champion issue (anonymous using declarations)`).
  if (name.includes('(')) name = name.replace(/\(s\)/gi, 's').replace(/\s*\([^()]*\)/g, '');
  const spaced = /[\s_-]/.test(name.trim()) ? name : name.replace(/([a-z])([A-Z])/g, '$1 $2');
  return spaced.toLowerCase().replace(/[*_`]/g, ' ').replace(/[-\s]+/g, ' ').trim();
}
