import type { TextLines } from '../text';
import { range } from '../text';
import type { FrontMatter, FrontMatterField } from '../types';

/**
 * Reads YAML front matter key by key. Real task files are often not valid YAML (`owner: @runtime`
 * unquoted, `title: A: B`), and a strict YAML parser would refuse the whole block and lose the
 * task's id, title and status. So this reader takes `key: value` lines at the block's top level,
 * `- item` lists and `[a, b]` flow lists under a key, and block scalars (`|`, `>`), and nothing
 * else. It is also several times faster than a YAML parser, which matters on the indexing path.
 */
export function readFrontMatter(lines: TextLines): FrontMatter | undefined {
  const first = lines.line(0).replace(/^\uFEFF/, '');
  if (first.trimEnd() !== '---') return undefined;
  let end = -1;
  const max = Math.min(lines.lineCount, 1000);
  for (let i = 1; i < max; i++) {
    const l = lines.line(i).trimEnd();
    if (l === '---' || l === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const fields = new Map<string, FrontMatterField>();
  let current: { key: string; line: number; items: string[]; scalar?: string[]; range: FrontMatterField['valueRange'] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const value = current.scalar ? current.scalar.join(' ').trim() : current.items;
    fields.set(current.key.toLowerCase(), { key: current.key, value, line: current.line, valueRange: current.range });
    current = undefined;
  };
  for (let i = 1; i < end; i++) {
    const raw = lines.line(i);
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const keyMatch = /^([A-Za-z_][\w.-]*)\s*:(?:\s+|$)(.*)$/.exec(raw);
    if (keyMatch) {
      flush();
      const key = keyMatch[1];
      const rest = keyMatch[2].trimEnd();
      const valueStart = raw.length - keyMatch[2].length;
      const r = range(i, valueStart, i, valueStart + rest.length);
      if (rest === '') current = { key, line: i, items: [], range: r };
      else if (rest === '|' || rest === '>' || /^[|>][-+]?$/.test(rest)) current = { key, line: i, items: [], scalar: [], range: r };
      else if (rest.startsWith('[') && rest.endsWith(']')) current = { key, line: i, items: splitFlowList(rest), range: r };
      else current = { key, line: i, items: [], scalar: [unquote(stripComment(rest))], range: r };
      continue;
    }
    if (!current) continue;
    const item = /^\s+-\s+(.*)$/.exec(raw) ?? /^-\s+(.*)$/.exec(raw);
    if (item && !current.scalar) {
      current.items.push(unquote(stripComment(item[1].trim())));
      continue;
    }
    if (/^\s+/.test(raw) && current.scalar) current.scalar.push(raw.trim());
  }
  flush();
  return { startLine: 0, endLine: end + 1, fields };
}

function stripComment(value: string): string {
  if (value.startsWith('"') || value.startsWith("'")) return value;
  const hash = value.search(/\s#/);
  return hash >= 0 ? value.slice(0, hash).trimEnd() : value;
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}

function splitFlowList(value: string): string[] {
  return value
    .slice(1, -1)
    .split(',')
    .map((s) => unquote(s.trim()))
    .filter((s) => s.length > 0);
}

/** A front matter field's value as one string (lists joined with ', '). */
export function fieldText(fm: FrontMatter | undefined, key: string): string | undefined {
  const f = fm?.fields.get(key);
  if (!f) return undefined;
  return typeof f.value === 'string' ? f.value : f.value.join(', ');
}

/** A front matter field's value as a list (a scalar splits on commas). */
export function fieldList(fm: FrontMatter | undefined, key: string): string[] {
  const f = fm?.fields.get(key);
  if (!f) return [];
  if (typeof f.value !== 'string') return [...f.value];
  return f.value.split(',').map((s) => s.trim()).filter(Boolean);
}
