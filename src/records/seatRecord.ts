// A hot-seat drill (a live drill with trainees taking turns at the podium) gives each trainee a
// record of their own: the drill's log, their own score card over the questions they faced
// (core/live/hotSeat.ts) and only those questions. Marked `seat` so that an import works the same
// share out again from the log instead of giving the trainee the whole class's score. A question
// the facilitator skipped while they were at the podium is listed as skipped (no score, not theirs).
import { buildRules } from '../core/engine/rules.ts';
import { seatedAt, seatsOf, traineeCards } from '../core/live/hotSeat.ts';
import type { CheckedScenario } from '../core/scenario/checked.ts';
import type { LogEntry, SessionOptions, SessionView } from '../core/session/types.ts';
import type { DrillRecord } from './drillRecord.ts';

/** The class record narrowed to one trainee's share; null if they never sat at the podium. */
export function seatShare(
  record: DrillRecord,
  checked: CheckedScenario,
  view: Pick<SessionView, 'turns'>,
  log: readonly LogEntry[],
  options: SessionOptions,
  trainee: string,
): DrillRecord | null {
  const card = traineeCards(checked.scenario, buildRules(checked, options), view, log).find((c) => c.trainee === trainee);
  if (!card) return null;
  const mine = new Set(card.turns.map((t) => `${t.beatId}@${t.askedAt}`));
  const seats = seatsOf(log);
  const skippedOnTheirSeat = (b: DrillRecord['beats'][number]) => b.response === 'skipped' && seatedAt(seats, b.answeredAt) === trainee;
  return {
    ...record,
    seat: trainee,
    score: card.score,
    beats: record.beats.filter((b) => mine.has(`${b.beatId}@${b.askedAt}`) || skippedOnTheirSeat(b)),
  };
}
