import type { TemplateModel } from '../template';

/** What kind of template text a placeholder is (see `FixDataByRule['placeholder']`). */
export type PlaceholderKind = 'id' | 'date' | 'text';

/**
 * The regular expressions that find a template's placeholders, built once per template. Besides the
 * template's exact strings they cover the families those strings stand for: `<goal 3>` when the
 * template has `<goal 1>`, any id written with X's (`RFC-XXXX`, `ADR-XXXX`) when the template has
 * one, and `YYYY-MM-DD`.
 */
export interface PlaceholderPatterns {
  /** Every placeholder, for prose and header values. */
  readonly prose?: RegExp;
  /**
   * Only the id and date shapes, for code spans, where `<x>` may be real code; a bare run of X's
   * only where it starts a file name (`docs/adr/XXXX-...md`), not where code uses it for a name of
   * its own (`treatWarning("XXXX")`, `-Werror=XXXX`: Swift's SE-0480).
   */
  readonly shapes?: RegExp;
  /** The template's code-block placeholders (`<crate>`), for code blocks. */
  readonly code?: RegExp;
}

const DATE = 'YYYY-MM-DD';
const ID_FAMILY = '(?:RFC|TASK|ADR)[-\u2010\u2011]X{2,}';
const NUMBERED_RE = /^<(.+?)\s+\d+>$/;
/** A placeholder that is only X's or N's, with no prefix: an id in prose, a name of its own in code. */
const BARE_RUN_RE = /^(?:X{2,}|N{2,})$/i;
const ID_SHAPE_RE = /^(?:(?:RFC|TASK|ADR)[-\u2010\u2011])?(?:X{2,}|N{2,}|0*Y)$/i;

const cache = new WeakMap<TemplateModel, PlaceholderPatterns>();

export function placeholderPatterns(template: TemplateModel): PlaceholderPatterns {
  let p = cache.get(template);
  if (!p) {
    p = build(template);
    cache.set(template, p);
  }
  return p;
}

export function kindOf(placeholder: string): PlaceholderKind {
  if (placeholder === DATE) return 'date';
  return ID_SHAPE_RE.test(placeholder) ? 'id' : 'text';
}

function build(template: TemplateModel): PlaceholderPatterns {
  const angle = new Set<string>();
  const shapes = new Set<string>();
  const bare = new Set<string>();
  for (const p of template.placeholders) {
    if (p.startsWith('<')) {
      const numbered = NUMBERED_RE.exec(p);
      angle.add(numbered ? `<${escape(numbered[1])}\\s+\\d+>` : escape(p));
    } else {
      (BARE_RUN_RE.test(p) ? bare : shapes).add(bounded(escape(p)));
      if (kindOf(p) === 'id') shapes.add(bounded(ID_FAMILY));
    }
  }
  const code = template.codePlaceholders.map(escape);
  return {
    ...alternation('prose', [...shapes, ...bare, ...angle]),
    ...alternation('shapes', [...shapes, ...[...bare].map((b) => `${b}(?=[-_.])`)]),
    ...alternation('code', code),
  };
}

/** One regex of the alternatives, longest first so `TASK-XXXX` wins over the `XXXX` inside it. */
function alternation<K extends keyof PlaceholderPatterns>(key: K, parts: string[]): Partial<PlaceholderPatterns> {
  if (parts.length === 0) return {};
  const sorted = [...new Set(parts)].sort((x, y) => y.length - x.length);
  return { [key]: new RegExp(sorted.map((s) => `(?:${s})`).join('|'), 'g') };
}

/** A word-like placeholder must stand alone: `XXXX` is one, `0xXXXX` or `XXXXL` is not. */
function bounded(pattern: string): string {
  return `(?<![A-Za-z0-9_])${pattern}(?![A-Za-z0-9_])`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
