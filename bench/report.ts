import type { Summary } from './stats';
import { pairedRatios, summarize } from './stats';
import type { OnceResult } from './cases/once';
import type { RepositoryMemory } from './cases/repository';
import type { Outcome, RawResults, RepositoryRun, Row, RowStatus, ScaleRun } from './results';

/**
 * Turns measurements into the table's rows, each judged against its target. Ratios are medians of
 * paired runs (runs taken side by side), on the wall clock; the CPU-time figure is in the detail.
 */
const TARGETS = {
  floorRatio: 1.0,
  peerSpeedup: 3,
  keystrokeP95Ratio: 1.0,
  completionP95Ms: 5,
  navigationP95Ms: 2,
  rssMb: 300,
  perDocGrowth: 1.5,
  startupMs: 500,
  cacheSpeedup: 5,
  vsixKb: 400,
  repositoryShare: 0.1,
  repositoryRssMb: 20,
} as const;

export function fmtMs(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`;
}

export function fmtX(v: number): string {
  return Number.isFinite(v) ? `${v.toFixed(2)}×` : '—';
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const atMost = (v: number, limit: number): RowStatus => (v <= limit ? 'PASS' : 'FAIL');
const atLeast = (v: number, limit: number): RowStatus => (v >= limit ? 'PASS' : 'FAIL');
const spreadX = (s: Summary): string => `IQR ${s.q1.toFixed(2)}–${s.q3.toFixed(2)}, min–max ${s.min.toFixed(2)}–${s.max.toFixed(2)}, n=${s.n}`;
const spreadMs = (s: Summary): string => `p95 ${fmtMs(s.p95)}, min–max ${fmtMs(s.min)}–${fmtMs(s.max)}`;
/** How long a run took; for a run stopped at the time limit, how long it ran (a lower bound). */
const elapsed = (x: OnceResult): number => x.timedOutAfterMs ?? x.workMs;
const stoppedIn = (xs: readonly OnceResult[]): boolean => xs.some((x) => x.timedOutAfterMs !== undefined);
/** A figure from a stopped run is a lower bound: it passes nothing, and fails only when even the bound misses. */
const boundStatus = (stopped: boolean, v: number, limit: number): RowStatus => (stopped ? (v > limit ? 'FAIL' : 'error') : atMost(v, limit));

function unavailable<T>(o: Outcome<T> | undefined, group: string, label: string, target: string): Row[] | undefined {
  if (!o) return [];
  if (o.status === 'ok') return undefined;
  return [{ group, label, value: o.status, detail: o.reason, target, status: o.status }];
}

function workspaceRows(o: RawResults['workspace']): Row[] {
  const none = unavailable(o, '1–3', 'whole workspace, in memory', `≤ ${TARGETS.floorRatio}× floor`);
  if (none || o?.status !== 'ok') return none ?? [];
  const w = o.value;
  const speed = (w.bytes / 1048576 / (w.floorMs.wall.median / 1000)).toFixed(1);
  return [
    { group: '1', label: `floor: markdown-it parse of ${w.files} files (${mb(w.bytes)}), in memory`, value: fmtMs(w.floorMs.wall.median), detail: `${spreadMs(w.floorMs.wall)}; ${speed} MB/s; CPU ${fmtMs(w.floorMs.cpu.median)}`, target: '—', status: 'info' },
    { group: '2', label: `peer: diagnostics with link validation over ${w.rfcs} RFCs, fresh service`, value: fmtMs(w.peerMs.wall.median), detail: `${spreadMs(w.peerMs.wall)}; ${w.findings.peer} diagnostics`, target: '—', status: 'info' },
    {
      group: '3', label: `ours: index ${w.files} files + check ${w.rfcs} RFCs, in memory, vs floor`, value: fmtX(w.oursOverFloor.wall.median),
      detail: `ours ${fmtMs(w.oursMs.wall.median)} (${spreadMs(w.oursMs.wall)}); ratio ${spreadX(w.oursOverFloor.wall)}; CPU-time ratio ${fmtX(w.oursOverFloor.cpu.median)}; ${w.findings.ours} findings`,
      target: `≤ ${TARGETS.floorRatio}× floor`, status: atMost(w.oursOverFloor.wall.median, TARGETS.floorRatio),
    },
    {
      group: '2·3', label: 'RFC diagnostics vs peer, JIT-warm (whole workspace, fresh services)', value: `${fmtX(w.peerOverOurs.wall.median)} faster`,
      detail: `peer ÷ ours, ${spreadX(w.peerOverOurs.wall)}; CPU-time ${fmtX(w.peerOverOurs.cpu.median)}`, target: `≥ ${TARGETS.peerSpeedup}× faster`, status: atLeast(w.peerOverOurs.wall.median, TARGETS.peerSpeedup),
    },
    {
      group: '2·3', label: 'RFC diagnostics vs peer, warm state (re-check every RFC; index and caches built)', value: `${fmtX(w.recheck.peerOverOurs.wall.median)} faster`,
      detail: `ours ${fmtMs(w.recheck.oursMs.wall.median)}, peer ${fmtMs(w.recheck.peerMs.wall.median)}; ${spreadX(w.recheck.peerOverOurs.wall)}; CPU-time ${fmtX(w.recheck.peerOverOurs.cpu.median)}`,
      target: `≥ ${TARGETS.peerSpeedup}× faster`, status: atLeast(w.recheck.peerOverOurs.wall.median, TARGETS.peerSpeedup),
    },
  ];
}

function coldRows(o: RawResults['scale']): Row[] {
  if (o?.status !== 'ok') return [];
  const run = o.value.find((r) => r.peer.length > 0);
  if (!run) return [];
  const ours = run.ours.map(elapsed);
  const vsFloor = summarize(pairedRatios(ours, run.floor.map(elapsed)));
  // Like for like: the peer diagnoses the RFCs, so ours checks the RFCs (with every document indexed).
  const oursRfcs = (run.oursRfcs ?? run.ours).map(elapsed);
  const vsPeer = summarize(pairedRatios(run.peer.map(elapsed), oursRfcs));
  return [
    {
      group: '3', label: `ours: whole workspace from disk in a fresh process (CLI check of every RFC, task and ADR), ${run.rfcs} RFCs, vs floor`, value: fmtX(vsFloor.median),
      detail: `ours ${fmtMs(summarize(ours).median)}, floor ${fmtMs(summarize(run.floor.map(elapsed)).median)}; ${spreadX(vsFloor)}; from process start ${fmtMs(summarize(run.ours.map((r) => r.sinceStartMs)).median)}`,
      target: `≤ ${TARGETS.floorRatio}× floor`, status: atMost(vsFloor.median, TARGETS.floorRatio),
    },
    {
      group: '2·3', label: `RFC diagnostics vs peer, process-cold (fresh process each, from disk), ${run.rfcs} RFCs`, value: `${fmtX(vsPeer.median)} faster`,
      detail: `peer ${fmtMs(summarize(run.peer.map(elapsed)).median)}, ours (check of the RFCs, every document indexed) ${fmtMs(summarize(oursRfcs).median)}; ${spreadX(vsPeer)}`,
      target: `≥ ${TARGETS.peerSpeedup}× faster`, status: atLeast(vsPeer.median, TARGETS.peerSpeedup),
    },
  ];
}

function keystrokeRows(o: RawResults['keystroke']): Row[] {
  const none = unavailable(o, '4', 'keystroke re-diagnosis', `≤ ${TARGETS.keystrokeP95Ratio}× peer p95`);
  if (none || o?.status !== 'ok') return none ?? [];
  return (['median', 'large'] as const).map((which) => {
    const k = o.value[which];
    const name = k.path.slice(k.path.lastIndexOf('/') + 1, k.path.lastIndexOf('/') + 9);
    return {
      group: '4', label: `keystroke, ${which} RFC (${name}…, ${(k.bytes / 1024).toFixed(0)} KB), ${o.value.files}-file workspace, ours p95 ÷ peer p95`,
      value: fmtX(k.p95Ratio.wall),
      detail: `ours p50 ${fmtMs(k.oursMs.wall.median)} / p95 ${fmtMs(k.oursMs.wall.p95)}; peer p50 ${fmtMs(k.peerMs.wall.median)} / p95 ${fmtMs(k.peerMs.wall.p95)}; CPU p95 ratio ${fmtX(k.p95Ratio.cpu)}; n=${k.oursMs.wall.n}`,
      target: `≤ ${TARGETS.keystrokeP95Ratio}× peer p95`, status: atMost(k.p95Ratio.wall, TARGETS.keystrokeP95Ratio),
    };
  });
}

function navigationRows(o: RawResults['navigation']): Row[] {
  const none = unavailable(o, '5', 'completion, hover, definition', '—');
  if (none || o?.status !== 'ok') return none ?? [];
  const n = o.value;
  const feature = (label: string, f: typeof n.hover, limit: number, what: string): Row => {
    const target = `p95 ≤ ${limit} ms`;
    if (f.status === 'pending' || !f.ms) return { group: '5', label, value: 'pending', detail: 'the facade method has not landed yet', target, status: 'pending' };
    const cached = `${f.cachedMs ? `; on a cached parse p95 ${fmtMs(f.cachedMs.p95)}` : ''}${f.expandedMs ? `; each item with its own edit (clients without itemDefaults) p95 ${fmtMs(f.expandedMs.p95)}` : ''}`;
    const detail = `p50 ${fmtMs(f.ms.median)}, max ${fmtMs(f.ms.max)}, n=${f.ms.n}; ${f.results ?? 0} ${what}${cached}`;
    if (!f.results) return { group: '5', label, value: fmtMs(f.ms.p95), detail: `${detail} — the answer was empty, so the feature was not exercised`, target, status: 'error' };
    return { group: '5', label, value: fmtMs(f.ms.p95), detail, target, status: atMost(f.ms.p95, limit) };
  };
  return [
    feature(`completion after \`tasks/\` in a Links item (${n.tasks} tasks, the list VS Code gets), new document version`, n.completion, TARGETS.completionP95Ms, 'items'),
    feature('hover on a task id', n.hover, TARGETS.navigationP95Ms, 'hover(s)'),
    feature('definition on a task id', n.definition, TARGETS.navigationP95Ms, 'location(s)'),
    { group: '5', label: 'peer: path completion after `](../../tasks/` (for comparison)', value: fmtMs(n.peerCompletion.ms.p95), detail: `p50 ${fmtMs(n.peerCompletion.ms.median)}; ${n.peerCompletion.results} items`, target: '—', status: 'info' },
  ];
}

function scaleRows(o: RawResults['scale']): Row[] {
  const none = unavailable(o, '6', 'scale', `≤ ${TARGETS.floorRatio}× floor`);
  if (none || o?.status !== 'ok') return none ?? [];
  const perDoc = (r: ScaleRun): number => summarize(r.ours.map(elapsed)).median / r.files;
  const rows: Row[] = o.value.map((r) => {
    const stopped = stoppedIn(r.ours);
    const ratio = summarize(pairedRatios(r.ours.map(elapsed), r.floor.map(elapsed)));
    const rss = (xs: readonly OnceResult[]): string => `${Math.max(...xs.map((x) => x.peakRssMb)).toFixed(0)} MB`;
    const note = stopped ? `; stopped at the time limit after ${fmtMs(summarize(r.ours.map(elapsed)).median)}, so every figure is a lower bound` : '';
    return {
      group: '6', label: `scale: ${r.rfcs} RFCs (${r.files} files, ${mb(r.bytes)}) from disk, fresh process, vs floor`, value: `${stopped ? '≥ ' : ''}${fmtX(ratio.median)}`,
      detail: `ours ${fmtMs(summarize(r.ours.map(elapsed)).median)}, floor ${fmtMs(summarize(r.floor.map(elapsed)).median)}; ${spreadX(ratio)}; peak RSS ours ${rss(r.ours)}, floor ${rss(r.floor)}; ${(perDoc(r) * 1000).toFixed(0)} µs per file${note}`,
      target: `≤ ${TARGETS.floorRatio}× floor`, status: boundStatus(stopped, ratio.median, TARGETS.floorRatio),
    };
  });
  const runs = o.value;
  if (runs.length >= 2) {
    const big = runs[runs.length - 1];
    const prev = runs[runs.length - 2];
    const stopped = stoppedIn(big.ours);
    const peak = Math.max(...big.ours.map((x) => x.peakRssMb).filter(Number.isFinite));
    const growth = perDoc(big) / perDoc(prev);
    const atLeastIf = stopped ? '≥ ' : '';
    rows.push(
      { group: '6', label: `peak RSS of the check at ${big.rfcs} RFCs`, value: `${atLeastIf}${peak.toFixed(0)} MB`, detail: `maxRSS of the process, ${big.ours.length} runs${stopped ? ' (the run was stopped: /proc VmHWM until then)' : ''}`, target: `≤ ${TARGETS.rssMb} MB`, status: boundStatus(stopped, peak, TARGETS.rssMb) },
      { group: '6', label: `per-file time at ${big.rfcs} RFCs ÷ at ${prev.rfcs} RFCs`, value: `${atLeastIf}${fmtX(growth)}`, detail: `${(perDoc(big) * 1000).toFixed(0)} µs vs ${(perDoc(prev) * 1000).toFixed(0)} µs per file`, target: `≤ ${TARGETS.perDocGrowth}×`, status: boundStatus(stopped, growth, TARGETS.perDocGrowth) },
    );
  }
  return rows;
}

function startupRows(o: RawResults['startup']): Row[] {
  const none = unavailable(o, '7', 'startup: spawn → first diagnostics', `≤ ${TARGETS.startupMs} ms`);
  if (none || o?.status !== 'ok') return none ?? [];
  const s = o.value;
  return [{
    group: '7', label: 'startup: spawn server → initialize → didOpen → first diagnostics', value: fmtMs(s.diagnosticsMs.median),
    detail: `${spreadMs(s.diagnosticsMs)}; initialize answered at ${fmtMs(s.initializeMs.median)}; ${s.runs[0]?.mode ?? '?'} diagnostics; ${s.runs.length} runs`,
    target: `≤ ${TARGETS.startupMs} ms`, status: atMost(s.diagnosticsMs.median, TARGETS.startupMs),
  }];
}

function cacheRows(o: RawResults['cache']): Row[] {
  const none = unavailable(o, 'cache', 'check --cache over an unchanged workspace', `≥ ${TARGETS.cacheSpeedup}× faster, same findings`);
  if (none || o?.status !== 'ok') return none ?? [];
  const c = o.value;
  const same = c.mismatches === 0;
  return [{
    group: 'cache',
    label: `check --cache over an unchanged ${c.rfcs.toLocaleString('en')}-RFC workspace (fresh processes): first run ÷ cached run`,
    value: `${fmtX(c.speedup.median)} faster`,
    detail: `first ${fmtMs(c.firstMs.median)} (min–max ${fmtMs(c.firstMs.min)}–${fmtMs(c.firstMs.max)}), cached ${fmtMs(c.cachedMs.median)} (min–max ${fmtMs(c.cachedMs.min)}–${fmtMs(c.cachedMs.max)}); ratio ${spreadX(c.speedup)}; ${c.findings} findings, ${same ? 'identical to an uncached run in every round' : `DIFFERENT from an uncached run in ${c.mismatches} round(s)`}; cache file ${mb(c.cacheBytes)}`,
    target: `≥ ${TARGETS.cacheSpeedup}× faster, same findings`,
    status: same ? atLeast(c.speedup.median, TARGETS.cacheSpeedup) : 'FAIL',
  }];
}

function vsixRows(o: RawResults['vsix']): Row[] {
  const none = unavailable(o, 'pkg', '.vsix size', `≤ ${TARGETS.vsixKb} KB`);
  if (none || o?.status !== 'ok') return none ?? [];
  const kb = o.value.bytes / 1024;
  return [{ group: 'pkg', label: `.vsix size (${o.value.file})`, value: `${kb.toFixed(0)} KB`, detail: `${o.value.bytes} bytes`, target: `≤ ${TARGETS.vsixKb} KB`, status: atMost(kb, TARGETS.vsixKb) }];
}

function repositoryRows(o: RawResults['repository']): Row[] {
  const none = unavailable(o, '8', 'repository file list', `≤ ${TARGETS.repositoryShare * 100}% of a check, ≤ ${TARGETS.repositoryRssMb} MB`);
  if (none || o?.status !== 'ok') return none ?? [];
  return o.value.flatMap((r: RepositoryRun) => {
    const how = r.git ? 'from the git index' : 'by the walk honouring .gitignore';
    const build = summarize(r.blocking.map((b) => b.buildMs));
    const check = summarize(r.check.map((c) => c.workMs));
    const share = summarize(pairedRatios(r.blocking.map((b) => b.buildMs), r.check.map((c) => c.workMs)));
    const cpuShare = summarize(pairedRatios(r.blocking.map((b) => b.buildCpuMs), r.check.map((c) => c.workCpuMs)));
    const median = (xs: readonly number[]): number => summarize(xs).median;
    const of = (xs: readonly RepositoryMemory[], k: 'rssMb' | 'heapUsedMb' | 'peakRssMb'): number => median(xs.map((m) => m[k]));
    const rss = of(r.held, 'rssMb') - of(r.none, 'rssMb');
    const retained = of(r.held, 'rssMb') - of(r.dropped, 'rssMb');
    const heap = of(r.held, 'heapUsedMb') - of(r.none, 'heapUsedMb');
    const peak = of(r.held, 'peakRssMb') - of(r.none, 'peakRssMb');
    const heldRss = summarize(r.held.map((m) => m.rssMb));
    const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
    return [
      {
        group: '8', label: `repository list ${how}, ${r.files.toLocaleString('en-US')} files, fresh process (CLI), share of the whole-workspace check (${r.rfcs} RFCs)`,
        value: pct(share.median),
        detail: `build ${fmtMs(build.median)} (min–max ${fmtMs(build.min)}–${fmtMs(build.max)}), first name lookups ${fmtMs(median(r.blocking.map((b) => b.lookupsMs)))}, non-blocking build (server) ${fmtMs(median(r.nonBlocking.map((b) => b.buildMs)))}; check ${fmtMs(check.median)} (min–max ${fmtMs(check.min)}–${fmtMs(check.max)}); share min–max ${pct(share.min)}–${pct(share.max)}, n=${share.n}; CPU-time share ${pct(cpuShare.median)} (min–max ${pct(cpuShare.min)}–${pct(cpuShare.max)}); ${r.excluded.toLocaleString('en-US')} ignored files on disk`,
        target: `≤ ${TARGETS.repositoryShare * 100}% of the check`, status: atMost(share.median, TARGETS.repositoryShare),
      },
      {
        group: '8', label: `memory of the repository list ${how}, ${r.files.toLocaleString('en-US')} files (RSS held − never built, after GC, fresh processes)`,
        value: `${rss.toFixed(1)} MB`,
        detail: `held − built and dropped ${retained.toFixed(1)} MB; heap used ${heap.toFixed(1)} MB; peak RSS ${peak.toFixed(1)} MB (building); RSS held min–max ${heldRss.min.toFixed(1)}–${heldRss.max.toFixed(1)} MB; n=${r.held.length} each`,
        target: `≤ ${TARGETS.repositoryRssMb} MB`, status: atMost(rss, TARGETS.repositoryRssMb),
      },
    ];
  });
}

export function buildRows(raw: RawResults): Row[] {
  return [
    ...workspaceRows(raw.workspace),
    ...coldRows(raw.scale),
    ...keystrokeRows(raw.keystroke),
    ...navigationRows(raw.navigation),
    ...scaleRows(raw.scale),
    ...startupRows(raw.startup),
    ...cacheRows(raw.cache),
    ...repositoryRows(raw.repository),
    ...vsixRows(raw.vsix),
  ];
}
