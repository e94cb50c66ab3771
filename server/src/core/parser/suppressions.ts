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

const DIRECTIVE_RE = /rfc-author-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)(?:-->|$)/g;

export function directivesIn(comment: string, line: number, out: Directive[]): void {
  if (!comment.includes('rfc-author-')) return;
  DIRECTIVE_RE.lastIndex = 0;
  for (let m = DIRECTIVE_RE.exec(comment); m !== null; m = DIRECTIVE_RE.exec(comment)) {
    const rules = m[2].split(/[\s,]+/).map((r) => r.trim()).filter((r) => r.length > 0 && r !== '-->');
    const before = comment.slice(0, m.index);
    const newlines = before.split('\n').length - 1;
    out.push({ kind: m[1] as Directive['kind'], rules: rules.length > 0 ? rules : ['*'], line: line + newlines });
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
