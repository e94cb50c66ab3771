import { describe, expect, it } from 'vitest';
import { pairedRatios, quantile, ratioSet, summarize } from '../../../bench/stats';
import { interleave } from '../../../bench/timing';

describe('benchmark statistics', () => {
  it('interpolates quantiles between neighbouring values', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(quantile(sorted, 0.5)).toBe(30);
    expect(quantile(sorted, 0.25)).toBe(20);
    expect(quantile(sorted, 0.95)).toBeCloseTo(48);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarises unsorted samples with median, p95, quartiles and extremes', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4, mean: 3 });
    expect(s.p95).toBeCloseTo(4.8);
  });

  it('pairs ratios run by run, so a slow moment shared by both runs cancels out', () => {
    expect(pairedRatios([10, 40, 9], [20, 80, 3, 99])).toEqual([0.5, 0.5, 3]);
    const r = ratioSet({ wall: [10, 40], cpu: [5, 5] }, { wall: [20, 80], cpu: [10, 20] });
    expect(r.wall.median).toBe(0.5);
    expect(r.cpu.median).toBeCloseTo(0.375);
  });
});

describe('interleaved timing', () => {
  it('runs every contender once per round in a rotating order and records only the rounds after warm-up', async () => {
    const order: string[] = [];
    const samples = await interleave({ a: () => order.push('a'), b: () => order.push('b'), c: () => order.push('c') }, { warmup: 1, rounds: 2, collect: false });
    expect(order).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(samples.a.wall).toHaveLength(2);
    expect(samples.b.cpu).toHaveLength(2);
    expect(samples.a.wall.every((ms) => ms >= 0)).toBe(true);
  });

  it('waits for contenders that return a promise', async () => {
    const samples = await interleave({ slow: () => new Promise((resolve) => setTimeout(resolve, 20)) }, { warmup: 0, rounds: 1, collect: false });
    expect(samples.slow.wall[0]).toBeGreaterThanOrEqual(15);
  });
});
