import { describe, expect, it } from 'vitest';
import { evaluateCondition, type ConditionFacts } from '../../../src/core/engine/conditions.ts';
import type { Condition, RumourState } from '../../../src/core/scenario/schema.ts';

function facts(
  over: Partial<{
    flags: string[];
    raw: Record<string, number>;
    overall: number;
    rumours: Record<string, RumourState>;
    visited: string[];
    elapsed: number;
  }> = {},
): ConditionFacts {
  return {
    hasFlag: (f) => (over.flags ?? []).includes(f),
    raw: (s) => over.raw?.[s] ?? 0,
    overall: () => over.overall ?? 0,
    rumourState: (id) => over.rumours?.[id] ?? 'dormant',
    visited: (b) => (over.visited ?? []).includes(b),
    elapsed: () => over.elapsed ?? 0,
  };
}

const holds = (c: Condition, f: ConditionFacts) => evaluateCondition(c, f);

describe('conditions', () => {
  it('flag', () => {
    expect(holds({ flag: 'evasive' }, facts({ flags: ['evasive'] }))).toBe(true);
    expect(holds({ flag: 'evasive' }, facts())).toBe(false);
  });

  it('score at_least / below on raw points, total_at_least on the overall 0-100', () => {
    const f = facts({ raw: { accuracy: 2 }, overall: 64 });
    expect(holds({ score: { skill: 'accuracy', at_least: 2 } }, f)).toBe(true);
    expect(holds({ score: { skill: 'accuracy', at_least: 3 } }, f)).toBe(false);
    expect(holds({ score: { skill: 'accuracy', below: 2 } }, f)).toBe(false);
    expect(holds({ score: { skill: 'composure', below: 1 } }, f)).toBe(true);
    expect(holds({ score: { total_at_least: 64 } }, f)).toBe(true);
    expect(holds({ score: { total_at_least: 64.5 } }, f)).toBe(false);
  });

  it('rumour state', () => {
    const f = facts({ rumours: { dam: 'peaked' } });
    expect(holds({ rumour: { id: 'dam', is: 'peaked' } }, f)).toBe(true);
    expect(holds({ rumour: { id: 'dam', is: 'spreading' } }, f)).toBe(false);
    expect(holds({ rumour: { id: 'other', is: 'dormant' } }, f)).toBe(true);
  });

  it('visited', () => {
    expect(holds({ visited: 'q1' }, facts({ visited: ['q1'] }))).toBe(true);
    expect(holds({ visited: 'q2' }, facts({ visited: ['q1'] }))).toBe(false);
  });

  it('time after holds from second N on, before until just before it', () => {
    for (const [elapsed, after, before] of [
      [29.9, false, true],
      [30, true, false],
      [31, true, false],
    ] as const) {
      expect(holds({ time: { after: 30 } }, facts({ elapsed }))).toBe(after);
      expect(holds({ time: { before: 30 } }, facts({ elapsed }))).toBe(before);
    }
  });

  it('all / any / not combine, nested', () => {
    const f = facts({ flags: ['a'], visited: ['q1'] });
    expect(holds({ all: [{ flag: 'a' }, { visited: 'q1' }] }, f)).toBe(true);
    expect(holds({ all: [{ flag: 'a' }, { flag: 'b' }] }, f)).toBe(false);
    expect(holds({ any: [{ flag: 'b' }, { visited: 'q1' }] }, f)).toBe(true);
    expect(holds({ any: [{ flag: 'b' }, { flag: 'c' }] }, f)).toBe(false);
    expect(holds({ not: { flag: 'b' } }, f)).toBe(true);
    expect(holds({ not: { any: [{ flag: 'a' }] } }, f)).toBe(false);
    expect(holds({ all: [{ not: { flag: 'b' } }, { any: [{ flag: 'x' }, { all: [{ flag: 'a' }] }] }] }, f)).toBe(true);
  });

  it('reads only what it needs (overall is not computed for a flag test)', () => {
    let computed = 0;
    const f = { ...facts({ flags: ['a'] }), overall: () => ++computed };
    holds({ any: [{ flag: 'a' }, { score: { total_at_least: 1 } }] }, f);
    expect(computed).toBe(0);
  });
});
