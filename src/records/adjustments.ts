// A facilitator's adjustments of typed answers, kept with the drill record (core/report/adjustments.ts
// says why). The record's `score` is the adjusted card; the engine's own card is kept as
// `engineScore` from the first adjustment on, so an export shows both.
import * as z from 'zod/mini';
import { ADJUSTMENT_LIMIT, adjustedScore, isValidAdjustment, type ScoreAdjustment } from '../core/report/adjustments.ts';
import { SKILL_IDS } from '../core/skills.ts';
import type { DrillRecord } from './drillRecord.ts';

export const ScoreAdjustmentSchema = z.strictObject({
  beatOrder: z.int().check(z.minimum(0)),
  beatId: z.string().check(z.minLength(1), z.maxLength(200)),
  skill: z.enum(SKILL_IDS),
  points: z.int().check(z.minimum(-ADJUSTMENT_LIMIT), z.maximum(ADJUSTMENT_LIMIT)),
  reason: z.string().check(z.minLength(1), z.maxLength(2000)),
  date: z.iso.datetime({ offset: true }),
});

/** The record with one more adjustment and its score card recomputed (the scenario's weights). */
export function adjustRecord(record: DrillRecord, adjustment: ScoreAdjustment, weights?: Record<string, number>): DrillRecord {
  if (!isValidAdjustment(adjustment)) throw new Error('An adjustment needs a whole number of points (not 0, at most 10 either way) and a reason.');
  const beat = record.beats[adjustment.beatOrder];
  if (beat === undefined || beat.beatId !== adjustment.beatId)
    throw new Error(`This drill has no question ${adjustment.beatOrder + 1} "${adjustment.beatId}".`);
  const engineScore = record.engineScore ?? record.score;
  const adjustments = [...(record.adjustments ?? []), { ...adjustment, reason: adjustment.reason.trim() }];
  return { ...record, adjustments, engineScore, score: adjustedScore(engineScore, adjustments, weights) };
}
