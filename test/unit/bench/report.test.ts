import { describe, expect, it } from 'vitest';
import type { NavigationResult } from '../../../bench/cases/navigation';
import type { OnceResult } from '../../../bench/cases/once';
import type { WorkspaceResult } from '../../../bench/cases/workspace';
import { buildRows } from '../../../bench/report';
import type { RepositoryBuild, RepositoryMemory } from '../../../bench/cases/repository';
import type { RepositoryRun, Row, ScaleRun } from '../../../bench/results';
import type { Measured, Summary } from '../../../bench/stats';
import { summarize } from '../../../bench/stats';
import { markdownTable } from '../../../bench/table';

const both = (...values: number[]): Measured => ({ wall: summarize(values), cpu: summarize(values) });
const summary = (...values: number[]): Summary => summarize(values);

function workspaceResult(oursOverFloor: number, peerOverOurs: number): WorkspaceResult {
  return {
    files: 550, rfcs: 100, bytes: 5_000_000,
    floorMs: both(100), peerMs: both(300), oursMs: both(100 * oursOverFloor),
    oursOverFloor: both(oursOverFloor), peerOverOurs: both(peerOverOurs),
    recheck: { oursMs: both(50), peerMs: both(200), peerOverOurs: both(4) },
    findings: { ours: 10, peer: 5, oursByRule: {} },
  };
}

const once = (which: OnceResult['which'], workMs: number, peakRssMb = 100): OnceResult => ({ which, files: 0, workMs, sinceStartMs: workMs + 50, peakRssMb, output: 1 });
const row = (rows: readonly Row[], label: RegExp): Row | undefined => rows.find((r) => label.test(r.label));

describe('benchmark report rows', () => {
  it('passes a whole-workspace ratio at or under the floor and fails one above it', () => {
    expect(row(buildRows({ workspace: { status: 'ok', value: workspaceResult(0.9, 3.5) } }), /^ours: index/)?.status).toBe('PASS');
    const over = buildRows({ workspace: { status: 'ok', value: workspaceResult(1.2, 2) } });
    expect(row(over, /^ours: index/)).toMatchObject({ status: 'FAIL', value: '1.20×' });
    expect(row(over, /JIT-warm/)).toMatchObject({ status: 'FAIL', value: '2.00× faster' });
    expect(row(over, /warm state/)?.status).toBe('PASS');
  });

  it('shows a measurement that has not landed as pending and one that failed as an error, never as a pass', () => {
    const rows = buildRows({ startup: { status: 'pending', reason: 'server/src/main.ts has not landed yet' }, vsix: { status: 'error', reason: 'boom' } });
    expect(rows.map((r) => r.status)).toEqual(['pending', 'error']);
    expect(rows[0].detail).toContain('has not landed');
  });

  it('judges navigation by p95 and treats an empty answer as an error rather than a pass', () => {
    const nav: NavigationResult = {
      tasks: 4000, document: 'docs/rfcs/RFC-0001-x.md',
      completion: { status: 'measured', ms: summary(1, 2, 9), cachedMs: summary(1), results: 4000 },
      hover: { status: 'measured', ms: summary(0.1, 0.2), results: 1 },
      definition: { status: 'measured', ms: summary(0.1), results: 0 },
      peerCompletion: { ms: summary(3), results: 4000 },
    };
    const rows = buildRows({ navigation: { status: 'ok', value: nav } });
    expect(row(rows, /^completion/)?.status).toBe('FAIL');
    expect(row(rows, /^hover/)?.status).toBe('PASS');
    expect(row(rows, /^definition/)?.status).toBe('error');
    expect(row(rows, /^peer: path completion/)?.status).toBe('info');
  });

  it('judges peak RSS and per-file growth on the two largest sizes, and the process-cold rows on the size with the peer', () => {
    const small: ScaleRun = { rfcs: 100, files: 550, bytes: 1, floor: [once('floor', 100)], ours: [once('ours', 90)], peer: [once('peer', 400)] };
    const big: ScaleRun = { rfcs: 1000, files: 5500, bytes: 1, floor: [once('floor', 1000)], ours: [once('ours', 1200, 350)], peer: [] };
    const rows = buildRows({ scale: { status: 'ok', value: [small, big] } });
    expect(row(rows, /^peak RSS/)).toMatchObject({ status: 'FAIL', value: '350 MB' });
    expect(row(rows, /^per-file time/)).toMatchObject({ status: 'PASS', value: '1.33×' });
    expect(row(rows, /process-cold/)).toMatchObject({ status: 'PASS', value: '4.44× faster' });
    expect(row(rows, /from disk in a fresh process/)?.status).toBe('PASS');
    expect(rows.filter((r) => r.label.startsWith('scale:')).map((r) => r.status)).toEqual(['PASS', 'FAIL']);
  });

  it('reports a scale run stopped at the time limit as a lower bound that fails, never as a pass', () => {
    const prev: ScaleRun = { rfcs: 1000, files: 5500, bytes: 1, floor: [once('floor', 1000)], ours: [once('ours', 900)], peer: [] };
    const stoppedRun: OnceResult = { ...once('ours', NaN, 120), timedOutAfterMs: 900_000 };
    const big: ScaleRun = { rfcs: 10000, files: 55000, bytes: 1, floor: [once('floor', 10_000), once('floor', 11_000)], ours: [stoppedRun], peer: [] };
    const rows = buildRows({ scale: { status: 'ok', value: [prev, big] } });
    expect(row(rows, /^scale: 10000/)).toMatchObject({ status: 'FAIL', value: '≥ 90.00×' });
    expect(row(rows, /^scale: 10000/)?.detail).toContain('lower bound');
    expect(row(rows, /^per-file time/)).toMatchObject({ status: 'FAIL', value: '≥ 100.00×' });
    expect(row(rows, /^peak RSS/)).toMatchObject({ status: 'error', value: '≥ 120 MB' });
  });

  it('judges the repository list by its paired share of the check and by RSS held minus never built', () => {
    const build = (ms: number): RepositoryBuild => ({ buildMs: ms, buildCpuMs: ms, lookupsMs: 5, files: 50_000 });
    const memory = (kind: RepositoryMemory['kind'], rssMb: number): RepositoryMemory => ({ kind, rssMb, heapUsedMb: rssMb / 2, peakRssMb: rssMb + 10, files: kind === 'none' ? 0 : 50_000 });
    const run = (git: boolean, ms: number, heldMb: number): RepositoryRun => ({
      git, files: 50_000, excluded: 3_000, rfcs: 100,
      blocking: [build(ms), build(ms)], nonBlocking: [build(ms)],
      check: [{ workMs: 1000, workCpuMs: 1000, findings: 3 }, { workMs: 1000, workCpuMs: 1000, findings: 3 }],
      held: [memory('held', heldMb)], dropped: [memory('dropped', 60)], none: [memory('none', 55)],
    });
    const rows = buildRows({ repository: { status: 'ok', value: [run(true, 80, 70), run(false, 300, 80)] } });
    expect(row(rows, /list from the git index/)).toMatchObject({ status: 'PASS', value: '8.0%' });
    expect(row(rows, /list by the walk/)).toMatchObject({ status: 'FAIL', value: '30.0%' });
    expect(row(rows, /memory of the repository list from the git index/)).toMatchObject({ status: 'PASS', value: '15.0 MB' });
    expect(row(rows, /memory of the repository list by the walk/)).toMatchObject({ status: 'FAIL', value: '25.0 MB' });
    expect(row(rows, /memory of the repository list from the git index/)?.detail).toContain('held − built and dropped 10.0 MB');
  });

  it('escapes pipes so that a row never breaks the Markdown table', () => {
    const table = markdownTable([{ group: '1', label: 'a | b', value: '1 ms', detail: 'x|y', target: '—', status: 'info' }]);
    expect(table.split('\n')[2]).toBe('| 1 | a \\| b | 1 ms | — | info | x\\|y |');
  });
});
