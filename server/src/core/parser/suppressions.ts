import type { Suppressions } from '../types';

/**
 * Suppression comments, in the forms people know from markdownlint:
 *
 *   <!-- rfc-author-disable-next-line rule-id -->   the next non-blank line
 *   <!-- rfc-author-disable rule-id --> … <!-- rfc-author-enable rule-id -->
 *   <!-- rfc-author-disable-file rule-id -->
 *
 * Without a rule id the directive covers every rule ('*'). Several ids may be separated by spaces or
 * commas.
 */
export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  readonly rules: readonly string[];
  readonly line: number;
}

const DIRECTIVE_RE = /rfc-author-(disable-next-line|disable-line|disable-file|disable|enable)\b/g;

/**
 * The directives in a comment's text. A directive's rule ids run to the comment's `-->` (or its
 * end); a `>` before that ends nothing and the directive is not one. The scan is one pass: the next
 * `>` is looked up once for all the directives before it, and lines are counted as it goes, so a
 * comment of thousands of directives costs no more than its length.
 */
export function directivesIn(comment: string, line: number, out: Directive[]): void {
  if (!comment.includes('rfc-author-')) return;
  DIRECTIVE_RE.lastIndex = 0;
  let gt = -1;
  let counted = 0;
  let newlines = 0;
  for (let m = DIRECTIVE_RE.exec(comment); m !== null; m = DIRECTIVE_RE.exec(comment)) {
    const from = m.index + m[0].length;
    if (gt < from) gt = comment.indexOf('>', from);
    const closes = gt >= 0 && gt - 2 >= from && comment.startsWith('-->', gt - 2);
    if (gt >= 0 && !closes) continue;
    const end = gt < 0 ? comment.length : gt - 2;
    for (; counted < m.index; counted++) if (comment.charCodeAt(counted) === 10) newlines++;
    const rules = comment.slice(from, end).split(/[\s,]+/).filter((r) => r.length > 0);
    out.push({ kind: m[1] as Directive['kind'], rules: rules.length > 0 ? rules : ['*'], line: line + newlines });
    DIRECTIVE_RE.lastIndex = gt < 0 ? comment.length : gt + 1;
  }
}

/**
 * Turns directives into per-line sets. `isBlank(line)` tells which lines a "next line" directive
 * skips over.
 */
export function buildSuppressions(directives: readonly Directive[], lineCount: number, isBlank: (line: number) => boolean): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  const regions: { rule: string; from: number; to: number }[] = [];
  const add = (line: number, rules: readonly string[]): void => {
    let set = lines.get(line);
    if (!set) lines.set(line, (set = new Set()));
    for (const r of rules) set.add(r);
  };
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  const open = new Map<string, number>();
  for (const d of sorted) {
    switch (d.kind) {
      case 'disable-file':
        for (const r of d.rules) file.add(r);
        break;
      case 'disable-line':
        add(d.line, d.rules);
        break;
      case 'disable-next-line': {
        let next = d.line + 1;
        while (next < lineCount && isBlank(next)) next++;
        add(next, d.rules);
        break;
      }
      case 'disable':
        for (const r of d.rules) if (!open.has(r)) open.set(r, d.line);
        break;
      case 'enable':
        for (const r of d.rules) {
          const targets = r === '*' ? [...open.keys()] : [r];
          for (const t of targets) {
            const from = open.get(t);
            if (from === undefined) continue;
            regions.push({ rule: t, from, to: d.line });
            open.delete(t);
          }
        }
        break;
    }
  }
  for (const [rule, from] of open) regions.push({ rule, from, to: lineCount });
  return { file, lines, regions };
}

/** Whether `rule` is silenced for a finding that starts on `line`. */
export function isSuppressed(s: Suppressions, rule: string, line: number): boolean {
  if (s.file.has('*') || s.file.has(rule)) return true;
  const set = s.lines.get(line);
  if (set !== undefined && (set.has('*') || set.has(rule))) return true;
  return s.regions.some((r) => (r.rule === '*' || r.rule === rule) && r.from <= line && line <= r.to);
}
