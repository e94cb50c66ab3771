import type { RfcAuthorConfig } from './config';
import { fieldKey } from './parser/header';
import type { TemplateModel } from './template';

/**
 * Header field names as the template and the configuration define them: a name as written (`Authors`,
 * `owner`, `last_updated`) to the key it stands for. A template field's own key wins; otherwise a
 * configured alias (`Authors` → `Owners`) applies. The rules' analysis and the index summaries both
 * read field names through this, so they agree on which field is the owners field.
 */
export class FieldKeys {
  private readonly templateKeys: ReadonlySet<string>;
  private readonly aliases: ReadonlyMap<string, string>;

  constructor(template: TemplateModel, config: RfcAuthorConfig) {
    this.templateKeys = new Set(template.fields.map((f) => f.key));
    this.aliases = new Map(Object.entries(config.fieldAliases).map(([a, t]) => [fieldKey(a), fieldKey(t)]));
  }

  /**
   * The key a field written as `name` stands for: the template's field of that name, else the one a
   * configured alias names, else the one it is a variant of (`Author` for `Authors`, `RFC PR #` for
   * `RFC PR`), else the alias (a field the template lacks) or the name itself.
   */
  canonical(name: string): string {
    const k = fieldKey(name);
    if (this.templateKeys.has(k)) return k;
    const alias = this.aliases.get(k);
    // An alias to a field this template has is the team's word; a variant is only our reading.
    if (alias !== undefined && this.templateKeys.has(alias)) return alias;
    const former = FORMER_NAMES.get(k);
    return variantsOf(k).find((v) => this.templateKeys.has(v)) ?? (former !== undefined && this.templateKeys.has(former) ? former : undefined) ?? alias ?? k;
  }
}

/**
 * Names a template had for a field before it renamed it, as older documents still write them:
 * Swift's "Decision Notes" (links to the review's rationale) became the "Review" field's links; and
 * names of the same field in other words. Only where the template has the name they map to.
 */
const FORMER_NAMES: ReadonlyMap<string, string> = new Map([
  ['decision notes', 'review'],
  ['decision note', 'review'],
  // A byline the template writes as a field (Scala's `**By: Author A and Author B**`) is the authors'.
  ['authors', 'by'],
  ['author', 'by'],
  // The day a document was begun (Jupyter's JEP 47 `| Created | January 1st, 2020 |` for `date-started`).
  ['created', 'date started'],
  // One field under two names: dapr's template writes `State:`, its proposals `Status: Proposed`.
  ['status', 'state'],
  ['state', 'status'],
]);

/**
 * The names a field key is commonly written for: singular and plural, without a trailing `#` or
 * `No.`, and a last word with or without its `d` (Go's `Last update:` for the template's `Last updated:`).
 */
function variantsOf(key: string): string[] {
  const bare = key.replace(/\s*(?:#|no\.?|number)$/, '');
  const out = bare !== key && bare !== '' ? [bare] : [];
  for (const k of [key, ...out]) out.push(k.endsWith('s') ? k.slice(0, -1) : `${k}s`);
  if (/\s\S+ed$/.test(key)) out.push(key.slice(0, -1));
  else if (/\s\S+[^aeiou\s]e$/.test(key)) out.push(`${key}d`);
  return out;
}

const cache = new WeakMap<TemplateModel, { config: RfcAuthorConfig; keys: FieldKeys }>();

/** The field keys of a template and configuration, built once per pair. */
export function fieldKeysOf(template: TemplateModel, config: RfcAuthorConfig): FieldKeys {
  const cached = cache.get(template);
  if (cached && cached.config === config) return cached.keys;
  const keys = new FieldKeys(template, config);
  cache.set(template, { config, keys });
  return keys;
}
