/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) into the few tables a reader needs: where the
 * time is spent in a function itself (self time), in a function and what it calls (inclusive time,
 * each function counted once per sample so recursion is not double-counted), and per file and per
 * area of the code. Positions in the benchmark's bundle are mapped back to source files through the
 * `// path/to/file.ts` markers esbuild writes in non-minified bundles.
 */
interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface Hotspot {
  /** `file:function`. */
  readonly name: string;
  readonly ms: number;
  /** Share of the profile's busy time (idle excluded), 0–1. */
  readonly share: number;
}

export interface ProfileSummary {
  readonly busyMs: number;
  readonly self: readonly Hotspot[];
  readonly inclusive: readonly Hotspot[];
  readonly files: readonly Hotspot[];
  readonly areas: readonly Hotspot[];
}

/** Maps a line of the bundle (0-based) to the source file it came from. */
export function bundleSources(bundleText: string): (line: number) => string {
  const markers: { line: number; file: string }[] = [];
  const lines = bundleText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:[\w@.-]+\/)+[\w@.-]+\.(?:ts|js|mjs|cjs))$/.exec(lines[i]);
    if (m) markers.push({ line: i, file: m[1] });
  }
  return (line) => {
    let lo = 0;
    let hi = markers.length - 1;
    let found = '(bundle)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid].line <= line) {
        found = markers[mid].file;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** The area of the code a source file belongs to, for the coarse table. */
export function areaOf(file: string): string {
  if (file.startsWith('(')) return file;
  if (/node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|entities|punycode)\//.test(file)) return 'markdown-it';
  if (file.includes('node_modules/vscode-markdown-languageservice/')) return 'peer';
  if (file.includes('node_modules/picomatch/')) return 'picomatch';
  const core = /server\/src\/core\/(parser|index|rules|features|codeActions)\//.exec(file);
  if (core) return `core/${core[1]}`;
  if (file.includes('server/src/core/')) return 'core (other)';
  if (file.includes('server/src/')) return 'cli & node host';
  if (file.includes('node_modules/')) return 'other libraries';
  if (file.startsWith('bench/')) return 'bench harness';
  return 'node runtime';
}

function top(map: Map<string, number>, busy: number, n: number): Hotspot[] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000, share: us / busy }));
}

/**
 * Summarises `profile`. With `focus`, only the samples from the first to the last one that has a
 * function of that name on its stack are counted: the measured loop, without the set-up before it
 * (reading files, building the index). Samples in between without that frame (garbage collection,
 * continuations of awaited calls) are the loop's too, so they count.
 */
export function analyzeProfile(profile: CpuProfile, sourceOf: (url: string, line: number) => string, options: { focus?: string; rows?: number } = {}): ProfileSummary {
  const n = options.rows ?? 25;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const label = new Map<number, { fn: string; file: string }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const special = /^\(.*\)$/.test(functionName);
    const file = special ? functionName : sourceOf(url, lineNumber);
    label.set(node.id, { fn: special ? '' : functionName || '(anonymous)', file });
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  const areas = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const [from, to] = options.focus ? focusWindow(samples, byId, parent, options.focus) : [0, samples.length - 1];
  let busy = 0;
  for (let i = from; i <= to; i++) {
    const id = samples[i];
    const us = Math.max(0, deltas[i] ?? 0);
    const l = label.get(id);
    if (!l || l.file === '(idle)') continue;
    busy += us;
    const name = l.fn ? `${l.file}:${l.fn}` : l.file;
    add(self, name, us);
    add(files, l.file, us);
    add(areas, areaOf(l.file), us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined && byId.has(at); at = parent.get(at)) {
      const a = label.get(at);
      if (!a || !a.fn) continue;
      const key = `${a.file}:${a.fn}`;
      if (!seen.has(key)) {
        seen.add(key);
        add(inclusive, key, us);
      }
    }
  }
  return { busyMs: busy / 1000, self: top(self, busy, n), inclusive: top(inclusive, busy, n), files: top(files, busy, n), areas: top(areas, busy, n) };
}

function focusWindow(samples: readonly number[], byId: ReadonlyMap<number, ProfileNode>, parent: ReadonlyMap<number, number>, focus: string): [number, number] {
  const hasFocus = new Map<number, boolean>();
  const check = (id: number): boolean => {
    let v = hasFocus.get(id);
    if (v === undefined) {
      const p = parent.get(id);
      v = byId.get(id)?.callFrame.functionName === focus || (p !== undefined && check(p));
      hasFocus.set(id, v);
    }
    return v;
  };
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    if (!check(samples[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? [0, samples.length - 1] : [first, last];
}

/** Plain-text tables of a summary, for the terminal and for docs/performance.md. */
export function formatProfile(title: string, s: ProfileSummary, rows = 15): string {
  const table = (name: string, hs: readonly Hotspot[]): string[] => [
    `  ${name}`,
    ...hs.slice(0, rows).map((h) => `    ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.ms.toFixed(0).padStart(7)} ms  ${h.name}`),
  ];
  return [`${title} — ${(s.busyMs / 1000).toFixed(1)} s busy`, ...table('by area (self time)', s.areas), ...table('top functions (self time)', s.self), ...table('top functions (inclusive time)', s.inclusive)].join('\n');
}
