import { describe, expect, it } from 'vitest';
import { adjustedScore, adjustmentOf, isValidAdjustment, type ScoreAdjustment } from '../../../src/core/report/adjustments.ts';
import type { ScoreCard } from '../../../src/core/session/types.ts';

const card: ScoreCard = {
  skills: [
    { skill: 'accuracy', raw: 2, min: -4, max: 6, percent: 60 },
    { skill: 'composure', raw: 0, min: 0, max: 4, percent: 0 },
  ],
  overall: 30,
};
const adj = (points: number, skill: ScoreAdjustment['skill'] = 'composure', beatOrder = 1): ScoreAdjustment => ({
  beatOrder,
  beatId: 'q-message',
  skill,
  points,
  reason: 'The answer reassures in other words',
  date: '2026-01-01T10:00:00.000Z',
});

describe('a facilitator adjustment of a typed answer', () => {
  it('leaves the card as it is without adjustments', () => {
    expect(adjustedScore(card, [])).toBe(card);
  });

  it('moves the raw total and recomputes the percent and the overall with the engine rules', () => {
    const after = adjustedScore(card, [adj(2)]);
    expect(after.skills.find((s) => s.skill === 'composure')).toEqual({ skill: 'composure', raw: 2, min: 0, max: 4, percent: 50 });
    expect(after.skills.find((s) => s.skill === 'accuracy')?.percent).toBe(60);
    expect(after.overall).toBe(55);
    // Weights are the scenario's.
    expect(adjustedScore(card, [adj(2)], { accuracy: 3 }).overall).toBe((60 * 3 + 50) / 4);
  });

  it('clamps to the skill bounds, sums several adjustments and ignores skills not assessed', () => {
    expect(adjustedScore(card, [adj(10), adj(3)]).skills[1]!.percent).toBe(100);
    expect(adjustedScore(card, [adj(-3, 'accuracy'), adj(-3, 'accuracy')]).skills[0]!.percent).toBe(0);
    expect(adjustedScore(card, [adj(5, 'timeliness')]).skills).toEqual(card.skills);
    expect(adjustmentOf([adj(2), adj(-1), adj(4, 'accuracy', 0)], 1)).toEqual({ composure: 1 });
  });

  it('needs whole, non-zero points within ±10 and a reason', () => {
    expect(isValidAdjustment({ points: 2, reason: 'ok' })).toBe(true);
    expect(isValidAdjustment({ points: 0, reason: 'ok' })).toBe(false);
    expect(isValidAdjustment({ points: 1.5, reason: 'ok' })).toBe(false);
    expect(isValidAdjustment({ points: 11, reason: 'ok' })).toBe(false);
    expect(isValidAdjustment({ points: -2, reason: '   ' })).toBe(false);
    expect(isValidAdjustment({ points: Number.NaN, reason: 'ok' })).toBe(false);
  });
});
