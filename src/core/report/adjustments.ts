// A facilitator's correction of a typed answer's points. Rubric matching reads words, not meaning,
// so every typed answer is shown "to confirm" in the debrief: the facilitator who reads it can move
// its points on a skill, with a reason. The adjustments are kept with the drill record (and its
// exports); the score card is recomputed from them with the engine's own rules (engine/scoring.ts),
// and the engine's card is kept beside it.
import { scoreCard } from '../engine/scoring.ts';
import type { ScoreCard } from '../session/types.ts';
import type { SkillId } from '../skills.ts';

export interface ScoreAdjustment {
  /** Which asked question (the report's `order`, 0-based): a beat may be asked twice. */
  beatOrder: number;
  beatId: string;
  skill: SkillId;
  /** Points added (or taken, when negative) on the skill, −10..10, never 0. */
  points: number;
  /** Why, in the facilitator's words. */
  reason: string;
  /** ISO 8601, when it was made. */
  date: string;
}

export const ADJUSTMENT_LIMIT = 10;

/** The score card with the adjustments' points added to each skill's raw total. */
export function adjustedScore(engine: ScoreCard, adjustments: readonly ScoreAdjustment[], weights?: Record<string, number>): ScoreCard {
  if (adjustments.length === 0) return engine;
  const raw: Record<string, number> = {};
  const bounds: Partial<Record<SkillId, { min: number; max: number }>> = {};
  for (const s of engine.skills) {
    raw[s.skill] = s.raw;
    bounds[s.skill] = { min: s.min, max: s.max };
  }
  for (const a of adjustments) if (a.skill in raw) raw[a.skill] = raw[a.skill]! + a.points;
  return scoreCard({ skills: engine.skills.map((s) => s.skill), bounds, weights }, raw, engine.critical ?? []);
}

/** Net adjusted points per skill on one asked question. */
export function adjustmentOf(adjustments: readonly ScoreAdjustment[], beatOrder: number): Partial<Record<SkillId, number>> {
  const net: Partial<Record<SkillId, number>> = {};
  for (const a of adjustments) if (a.beatOrder === beatOrder) net[a.skill] = (net[a.skill] ?? 0) + a.points;
  return net;
}

/** Whether an adjustment can be kept: a whole, non-zero number of points within the limit, and a reason. */
export function isValidAdjustment(a: Pick<ScoreAdjustment, 'points' | 'reason'>): boolean {
  return Number.isInteger(a.points) && a.points !== 0 && Math.abs(a.points) <= ADJUSTMENT_LIMIT && a.reason.trim() !== '';
}
