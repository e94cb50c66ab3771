import { describe, expect, it } from 'vitest';
import { handsOn } from '../../../server/src/core/rules/phaseOwners';

/** Lines from real repositories' phase and milestone lines; `TASK-X` marks the mention judged. */
const CASES: readonly (readonly [string, boolean])[] = [
  ['✅ — TASK-X (Done 2026-07-19)', false],
  ['✅ (TASK-X)', false],
  ['- **Phase 2** (TASK-X): retransmission timer', false],
  ['✅ (no task of its own; landed with TASK-X, see its notes)', false],
  ['✅ — TASK-0292; handoff to TASK-X/0287 for DHCP', true],
  ['✅ handed off to TASK-X', true],
  ['✅ TASK-0295; follow-up: TASK-X', true],
  ['✅ followup TASK-X', true],
  ['filter hooks owned by TASK-X (out of scope, see RFC-0006)', true],
  ['✅ TASK-0292 and TASK-X (out of scope)', true],
  ['SACK is deferred to TASK-X.', true],
  ['its successor for batched calls is TASK-X', true],
  ['per-socket limits seeded as TASK-X', true],
  ['the nightly variant is gated on TASK-X.', true],
  ['; next: TASK-X (extent allocator)', true],
  ['; remaining: TASK-X (IPv6 rule syntax)', true],
  ['; closure is TASK-X (72 h soak)', true],
  ['blocked by TASK-X', true],
  ['moved to TASK-X', true],
];

describe('who owns a phase: the words that hand work on (one table)', () => {
  for (const [line, hands] of CASES) {
    it(`${hands ? 'hands on' : 'keeps'}: ${line}`, () => {
      const start = line.indexOf('TASK-X');
      expect(handsOn(line, start, start + 'TASK-X'.length)).toBe(hands);
    });
  }
});
