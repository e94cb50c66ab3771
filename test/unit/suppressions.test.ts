import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/src/core/types';
import {
  applySuppressions, parseSuppressions, prune, serializeSuppressions, suppress, suppressedRules,
} from '../../server/src/core/suppressions';

function finding(rule: string, line: number, severity: Finding['severity'] = 'warning'): Finding {
  return { rule, severity, message: `${rule} at ${line}`, range: { start: { line, character: 0 }, end: { line, character: 1 } } };
}

const A = 'docs/rfcs/RFC-0001-a.md';
const B = 'docs/rfcs/RFC-0002-b.md';

describe('bulk suppressions (ESLint 9 semantics)', () => {
  it('suppresses a (file, rule) pair while its count is at or below the recorded one', () => {
    const s = { [A]: { 'broken-link': { count: 2 } } };
    const two = applySuppressions([{ path: A, findings: [finding('broken-link', 1), finding('broken-link', 5)] }], s);
    expect(two.files[0].findings).toEqual([]);
    expect(two.files[0].suppressed).toHaveLength(2);
    expect(two.unused).toEqual({});
    const one = applySuppressions([{ path: A, findings: [finding('broken-link', 1)] }], s);
    expect(one.files[0].findings).toEqual([]);
    expect(one.unused).toEqual({ [A]: { 'broken-link': { count: 1 } } });
  });

  it('reports every finding of the pair once the count goes above: the count cannot tell which one is new', () => {
    const s = { [A]: { 'broken-link': { count: 1 } } };
    const findings = [finding('broken-link', 1), finding('broken-link', 3), finding('date-order', 4)];
    const r = applySuppressions([{ path: A, findings }], s);
    expect(r.files[0].findings).toEqual(findings);
    expect(r.files[0].suppressed).toEqual([]);
    expect(r.unused).toEqual({});
  });

  it('counts every severity, and keeps other rules and other files reported', () => {
    const s = { [A]: { mojibake: { count: 1 } } };
    const r = applySuppressions([
      { path: A, findings: [finding('mojibake', 2, 'error'), finding('placeholder', 3, 'info')] },
      { path: B, findings: [finding('mojibake', 2, 'error')] },
    ], s);
    expect(r.files.map((f) => f.findings.map((x) => x.rule))).toEqual([['placeholder'], ['mojibake']]);
  });

  it('calls a suppression unused only for files that were checked', () => {
    const s = { [A]: { mojibake: { count: 3 } }, [B]: { 'broken-link': { count: 1 } } };
    const r = applySuppressions([{ path: A, findings: [] }], s);
    expect(r.unused).toEqual({ [A]: { mojibake: { count: 3 } } });
  });

  it('records the current counts, for every rule or only the named ones, keeping other entries', () => {
    const existing = { [B]: { 'date-order': { count: 4 } } };
    const files = [{ path: A, findings: [finding('broken-link', 1), finding('broken-link', 2), finding('mojibake', 3)] }];
    expect(suppress(existing, files)).toEqual({ [A]: { 'broken-link': { count: 2 }, mojibake: { count: 1 } }, [B]: { 'date-order': { count: 4 } } });
    expect(suppress(existing, files, ['mojibake'])).toEqual({ [A]: { mojibake: { count: 1 } }, [B]: { 'date-order': { count: 4 } } });
    expect(existing).toEqual({ [B]: { 'date-order': { count: 4 } } });
  });

  it('prunes counts that went down, and drops pairs and files that reach zero', () => {
    const s = { [A]: { 'broken-link': { count: 3 }, mojibake: { count: 1 } }, [B]: { 'date-order': { count: 1 } } };
    const { unused } = applySuppressions([{ path: A, findings: [finding('broken-link', 1)] }, { path: B, findings: [] }], s);
    expect(prune(s, unused)).toEqual({ [A]: { 'broken-link': { count: 1 } } });
  });

  it('tells the editor which rules of one file are suppressed', () => {
    const s = { [A]: { 'broken-link': { count: 1 }, mojibake: { count: 1 } } };
    expect([...suppressedRules(A, [finding('broken-link', 1), finding('mojibake', 1), finding('mojibake', 2)], s)]).toEqual(['broken-link']);
  });
});

describe('the suppressions file', () => {
  it('is written sorted, two-space indented, with a final newline: the same counts give the same bytes', () => {
    const one = serializeSuppressions({ [B]: { mojibake: { count: 1 }, 'broken-link': { count: 2 } }, [A]: { 'date-order': { count: 1 } } });
    const two = serializeSuppressions({ [A]: { 'date-order': { count: 1 } }, [B]: { 'broken-link': { count: 2 }, mojibake: { count: 1 } } });
    expect(one).toBe(two);
    expect(one).toBe(`{\n  "${A}": {\n    "date-order": {\n      "count": 1\n    }\n  },\n  "${B}": {\n    "broken-link": {\n      "count": 2\n    },\n    "mojibake": {\n      "count": 1\n    }\n  }\n}\n`);
  });

  it('reads back what it wrote, and refuses anything else as a whole', () => {
    const s = { [A]: { 'broken-link': { count: 2 } } };
    expect(parseSuppressions(serializeSuppressions(s))).toEqual({ suppressions: s });
    expect(parseSuppressions('{ "a.md": { "x": { "count": -1 } } }')).toEqual({ problem: '"a.md" → "x" must be { "count": N } with N a whole number' });
    expect(parseSuppressions('[]')).toEqual({ problem: 'it must be a JSON object of file paths' });
    expect(parseSuppressions('{')).toMatchObject({ problem: expect.stringContaining('not valid JSON') as unknown });
  });
});
