import { describe, expect, it } from 'vitest';
import { addToRaw, momentsFromEffects, overallOf, percentOf, scoreCard, type ScoringRules } from '../../../src/core/engine/scoring.ts';

const rules: ScoringRules = {
  skills: ['accuracy', 'composure'],
  bounds: { accuracy: { min: -4, max: 6 }, composure: { min: 0, max: 0 } },
  weights: { accuracy: 3 },
};

describe('scoring', () => {
  it('places raw points between the bounds, clamped to 0-100', () => {
    expect(percentOf(1, { min: -4, max: 6 })).toBe(50);
    expect(percentOf(-4, { min: -4, max: 6 })).toBe(0);
    expect(percentOf(6, { min: -4, max: 6 })).toBe(100);
    expect(percentOf(9, { min: -4, max: 6 })).toBe(100);
    expect(percentOf(-9, { min: -4, max: 6 })).toBe(0);
  });

  it('gives 100 when the bounds are equal', () => {
    expect(percentOf(0, { min: 0, max: 0 })).toBe(100);
    expect(percentOf(0, undefined)).toBe(100);
  });

  it('overall is the weighted mean, a skill not named weighing 1', () => {
    const card = scoreCard(rules, { accuracy: 1 });
    expect(card.skills.map((s) => [s.skill, s.raw, s.min, s.max, s.percent])).toEqual([
      ['accuracy', 1, -4, 6, 50],
      ['composure', 0, 0, 0, 100],
    ]);
    expect(card.overall).toBeCloseTo((50 * 3 + 100) / 4);
    expect(overallOf({ ...rules, weights: undefined }, card.skills)).toBe(75);
  });

  it('falls back to the plain mean when every weight is zero', () => {
    const skills = scoreCard(rules, { accuracy: 6 }).skills;
    expect(overallOf({ ...rules, weights: { accuracy: 0, composure: 0 } }, skills)).toBe(100);
  });

  it('turns effects into one moment per assessed, non-zero skill and drops the rest', () => {
    const source = { kind: 'answer', beatId: 'q1', answerIndex: 0 } as const;
    const moments = momentsFromEffects(rules, { accuracy: 2, composure: 0, transparency: 3, bogus: 1 }, 12, source, { feedback: 'why' });
    expect(moments).toEqual([{ at: 12, skill: 'accuracy', points: 2, source, feedback: 'why' }]);
    expect(addToRaw({ accuracy: 1 }, moments)).toEqual({ accuracy: 3 });
  });
});
