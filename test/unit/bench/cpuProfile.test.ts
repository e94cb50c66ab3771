import { describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../../bench/cpuProfile';
import { analyzeProfile, areaOf, bundleSources } from '../../../bench/cpuProfile';

const BUNDLE = [
  '// bench/setup.ts', '', '', '', '', '', '', '',
  '// server/src/core/parser/x.ts', '', '', '', '', '', '',
  '// node_modules/markdown-it/lib/y.js', '', '', '', '', '',
].join('\n');

const frame = (functionName: string, lineNumber = 0): { functionName: string; url: string; lineNumber: number } => ({ functionName, url: 'file:///repo/bench/.work/child.cjs', lineNumber });

/** root → setup; root → outer → inner → inner (recursion); root → GC; root → idle. */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6, 7] },
    { id: 2, callFrame: frame('outer', 10), children: [3] },
    { id: 3, callFrame: frame('inner', 20), children: [4] },
    { id: 4, callFrame: frame('inner', 20) },
    { id: 5, callFrame: frame('(garbage collector)') },
    { id: 6, callFrame: frame('(idle)') },
    { id: 7, callFrame: frame('setup', 5) },
  ],
  samples: [7, 2, 3, 4, 5, 6, 4],
  timeDeltas: [100, 100, 100, 100, 100, 100, 100],
};

const sourceOf = (_url: string, line: number): string => bundleSources(BUNDLE)(line);

describe('CPU profile analysis', () => {
  it('maps bundle lines back to the source file whose esbuild marker precedes them', () => {
    const of = bundleSources(BUNDLE);
    expect(of(0)).toBe('bench/setup.ts');
    expect(of(10)).toBe('server/src/core/parser/x.ts');
    expect(of(20)).toBe('node_modules/markdown-it/lib/y.js');
    expect(bundleSources('no markers')(3)).toBe('(bundle)');
  });

  it('counts self time per function and leaves idle time out of the busy total', () => {
    const s = analyzeProfile(PROFILE, sourceOf);
    expect(s.busyMs).toBeCloseTo(0.6);
    const self = Object.fromEntries(s.self.map((h) => [h.name, h.ms]));
    expect(self['node_modules/markdown-it/lib/y.js:inner']).toBeCloseTo(0.3);
    expect(self['server/src/core/parser/x.ts:outer']).toBeCloseTo(0.1);
    expect(self['(garbage collector)']).toBeCloseTo(0.1);
    expect(s.self[0].share).toBeCloseTo(0.5);
  });

  it('counts a recursive function once per sample in inclusive time', () => {
    const inclusive = Object.fromEntries(analyzeProfile(PROFILE, sourceOf).inclusive.map((h) => [h.name, h.ms]));
    expect(inclusive['node_modules/markdown-it/lib/y.js:inner']).toBeCloseTo(0.3);
    expect(inclusive['server/src/core/parser/x.ts:outer']).toBeCloseTo(0.4);
  });

  it('with a focus, counts only the samples from the first to the last one inside the focused function, garbage collection included', () => {
    const s = analyzeProfile(PROFILE, sourceOf, { focus: 'outer' });
    expect(s.busyMs).toBeCloseTo(0.5);
    expect(s.self.map((h) => h.name)).not.toContain('bench/setup.ts:setup');
    expect(s.self.map((h) => h.name)).toContain('(garbage collector)');
  });

  it('groups files into the areas of the code base', () => {
    expect(areaOf('server/src/core/rules/brokenLink.ts')).toBe('core/rules');
    expect(areaOf('server/src/core/analysis.ts')).toBe('core (other)');
    expect(areaOf('node_modules/markdown-it/lib/parser_block.mjs')).toBe('markdown-it');
    expect(areaOf('server/src/cli/check.ts')).toBe('cli & node host');
    expect(areaOf('(garbage collector)')).toBe('(garbage collector)');
  });
});
