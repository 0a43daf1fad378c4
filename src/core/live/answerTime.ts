// The facilitator gives the trainee more time on the question being asked, or takes some away:
// the deadline moves, never into the past (taking more time than is left times the question out
// now, scored as silence). A question without an answer limit has no deadline to move.
import type { DrillContext } from '../engine/drillContext.ts';

/** The console's buttons move the deadline by this many drill seconds. */
export const TIME_STEP_SECONDS = 15;

export function moveDeadline(ctx: DrillContext, seconds: number): Partial<DrillContext> {
  const beat = ctx.beat;
  if (!beat || beat.deadline === null || !Number.isFinite(seconds) || seconds === 0) return {};
  const earliest = Math.max(ctx.now, ctx.horizon);
  return { beat: { ...beat, deadline: Math.max(earliest, beat.deadline + seconds) } };
}
