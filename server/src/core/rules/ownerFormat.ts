import { rangeInValue } from './fieldValue';
import type { Rule } from './rule';

/** A whole `@handle` (`@alice`, `@kernel-team`, `@org/team`), emphasis around it allowed. */
const HANDLE_RE = /^[*_`]*@[A-Za-z0-9][\w.-]*(?:\/[A-Za-z0-9][\w.-]*)?[*_`]*$/;
/** A handle inside a longer owner (`Jane Doe (@jdoe)`, `[@alice](https://…)`). */
const CONTAINS_HANDLE_RE = /(?:^|[\s([<])@[A-Za-z0-9][\w.-]*/;
/** Values that say "nobody yet" rather than naming someone. */
const NOBODY_RE = /^(?:n\/a|none|tbd|todo|unassigned|-+|\u2014)$/i;
const SINGLE_WORD_RE = /^[A-Za-z][A-Za-z0-9._-]*$/;
/**
 * A contact in angle brackets or parentheses: an e-mail address (`Jane Doe <jane@example.org>`,
 * Flow's `Peter Siemens (peter@dapperlabs.com)`) or a web address (Cardano's `Ryan Wiley
 * <https://x.com/Cerkoryn>`).
 */
const CONTACT_RE = /[<(](?:[^<>()\s@]+@[^<>()\s]+|https?:\/\/[^<>()\s]+)[>)]/;
/** An e-mail address alone. */
const EMAIL_RE = /^[^\s@()<>]+@[^\s@()<>]+\.[A-Za-z]{2,}$/;
/** A template's owners example that offers e-mail addresses: one written (`<me@example.org>`, `(me@example.org)`), or the word. */
const TEMPLATE_EMAIL_RE = /[<(][^<>()\s@]+@[^<>()\s]+[>)]|\be-?mail\b/i;

interface Owner {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Each owner is an `@handle`, so that owners can be notified and completed. Owners are separated by
 * `/`, `,`, `;`, `&` or ` and ` (a `/` inside `@org/team` is part of the handle, and separators
 * inside parentheses, brackets and angle brackets are part of a note or an address). An owner
 * written with a handle beside the name (`Jane Doe (@jdoe)`) is fine, and so is one with an e-mail
 * or web address in angle brackets where the template's example offers an e-mail address, and a
 * name where the template's words let names stand alone. The template's own example owners are the
 * placeholder rule's.
 */
export const ownerFormat: Rule<'owner-format'> = {
  id: 'owner-format',
  defaultSeverity: 'warning',
  description: 'Each owner is an @handle.',
  check(a, report) {
    const key = a.template.roles.ownersField;
    const field = a.field(key);
    if (!field || field.value.trim() === '') return;
    const owners = a.template.fields.find((t) => t.key === key);
    const example = owners?.value ?? '';
    if (field.value.trim() === example) return;
    // A template that offers an e-mail address instead of a handle (Ethereum's "… or name and email
    // (in angle brackets)", `FirstName LastName <foo@bar.com>`) accepts owners written so.
    const emails = TEMPLATE_EMAIL_RE.test(example);
    // One whose words let a name stand alone accepts names (`FieldTraits.namesAlone`).
    const names = owners?.namesAlone === true;
    if (NOBODY_RE.test(field.value.trim())) {
      const right = names ? "the owners' names" : "the owners' @handles (for example `@alice`)";
      report(field.valueRange, `"${field.value.trim()}" names no owner; write ${right}.`, { owner: field.value.trim() });
      return;
    }
    if (names) return;
    for (const owner of splitOwners(field.value)) {
      // "TBD" among the owners (Argo CD's `- TBD` beside `- "@leoluz"`) names nobody yet: no handle to suggest.
      if (NOBODY_RE.test(owner.text.replace(/^[*_`"']+|[*_`"']+$/g, '').trim())) continue;
      if (HANDLE_RE.test(owner.text) || CONTAINS_HANDLE_RE.test(owner.text) || (emails && (CONTACT_RE.test(owner.text) || EMAIL_RE.test(owner.text)))) continue;
      const name = owner.text.replace(/^[*_`]+|[*_`]+$/g, '');
      const suggestion = SINGLE_WORD_RE.test(name) ? `@${name.toLowerCase()}` : undefined;
      const right = suggestion ? `write "${suggestion}"` : `write the handle, e.g. "${name} (@handle)"`;
      // Where the template offers an address, that is what to add (Flow's "My Name (me@example.org)").
      const message = emails ? `Owner "${name}" has neither an @handle nor an address; the template writes owners as \`${example.trim()}\`.` : `Owner "${name}" is not an @handle; ${right}.`;
      // A person's full name where the template asks for a name and an address, and no handle (Flow's
      // "Vishal Changrani", 11 of 105 FLIPs): the owner is named, only how to reach them is missing. A
      // hint. Algorand's template asks for `Name (@GitHubUsername)`: a name alone lacks what it asks.
      const named = emails && !CONTAINS_HANDLE_RE.test(example) && /\S\s+\S/.test(name);
      report(rangeInValue(a.doc.text, field, owner.start, owner.end), message, { owner: name, ...(suggestion && !emails ? { suggestion } : {}) }, named ? { hint: true } : undefined);
    }
  },
};

/** Splits an owners value at separators outside parentheses, brackets and angle brackets. */
export function splitOwners(value: string): Owner[] {
  const out: Owner[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, next: number): void => {
    const raw = value.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead, end: start + lead + text.length });
    start = next;
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(' || c === '[' || c === '<') depth++;
    else if ((c === ')' || c === ']' || c === '>') && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === ',' || c === ';' || c === '&') push(i, i + 1);
    else if (c === '/' && !isTeamSlash(value, start, i)) push(i, i + 1);
    else if (c === ' ' && /^ and\s/i.test(value.slice(i, i + 5))) {
      push(i, i + 5);
      i += 4;
    }
  }
  push(value.length, value.length);
  return out;
}

/** Whether the `/` at `i` joins an organisation and a team (`@org/team`) rather than two owners. */
function isTeamSlash(value: string, start: number, i: number): boolean {
  return /@[\w.-]+$/.test(value.slice(start, i)) && /^[A-Za-z0-9]/.test(value.slice(i + 1));
}
