/**
 * A unified diff of two texts by lines (`--- a/file`, `+++ b/file`, `@@` hunks with three lines of
 * context), for `rfc-author index --check`: what CI shows when the committed table is stale. The
 * common head and tail are set aside first, so the longest-common-subsequence table covers only the
 * region that changed (the generated table), never the whole file.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops = [...a.slice(0, head).map((l) => ({ op: ' ', line: l })), ...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)), ...a.slice(a.length - tail).map((l) => ({ op: ' ', line: l }))];
  return `--- a/${path}\n+++ b/${path}\n${hunks(ops, context).join('')}`;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Op {
  readonly op: string;
  readonly line: string;
}

/** The edit script of the changed region, from its longest common subsequence. */
function middle(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ op: ' ', line: a[i++] });
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) out.push({ op: '-', line: a[i++] });
    else out.push({ op: '+', line: b[j++] });
  }
  return out;
}

/** Groups the script into hunks: changes less than two contexts apart share one, with `context` lines around. */
function hunks(ops: readonly Op[], context: number): string[] {
  const changes: number[] = [];
  for (let i = 0; i < ops.length; i++) if (ops[i].op !== ' ') changes.push(i);
  const out: string[] = [];
  for (let g = 0; g < changes.length; ) {
    let last = g;
    while (last + 1 < changes.length && changes[last + 1] - changes[last] - 1 <= 2 * context) last++;
    const start = Math.max(0, changes[g] - context);
    const end = Math.min(ops.length, changes[last] + 1 + context);
    const before = ops.slice(0, start);
    const slice = ops.slice(start, end);
    const aStart = before.filter((o) => o.op !== '+').length + 1;
    const bStart = before.filter((o) => o.op !== '-').length + 1;
    const aLen = slice.filter((o) => o.op !== '+').length;
    const bLen = slice.filter((o) => o.op !== '-').length;
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@\n`, ...slice.map((o) => `${o.op}${o.line}\n`));
    g = last + 1;
  }
  return out;
}
