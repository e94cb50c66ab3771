import type { Machine } from './processes';
import type { Row } from './results';

/** The results table, for the terminal (aligned, details indented under each row) and as Markdown. */
export function formatTable(rows: readonly Row[]): string {
  const head = { group: '#', label: 'Measurement', value: 'Result', target: 'Target', status: 'Status' };
  const all = [head, ...rows];
  const width = (k: keyof typeof head): number => Math.max(...all.map((r) => r[k].length));
  const line = (r: typeof head): string =>
    [r.group.padEnd(width('group')), r.label.padEnd(width('label')), r.value.padStart(width('value')), r.target.padEnd(width('target')), r.status].join('  ');
  const out = [line(head), '-'.repeat(line(head).length + 4)];
  for (const r of rows) out.push(line(r), `${' '.repeat(width('group') + 2)}  ${r.detail}`);
  return out.join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    '| # | Measurement | Result | Target | Status | Detail |',
    '|---|---|---:|---|---|---|',
    ...rows.map((r) => `| ${cell(r.group)} | ${cell(r.label)} | ${cell(r.value)} | ${cell(r.target)} | ${r.status} | ${cell(r.detail)} |`),
  ].join('\n');
}

export function describeMachine(m: Machine): string {
  return `${m.nproc} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; load average at start ${m.loadAtStart.toFixed(1)}`;
}
