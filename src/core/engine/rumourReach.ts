// Rumour reach is a pure function of time: no timers, nothing to persist but two instants.
// A rumour is dormant until it appears; then its reach doubles every `doubling` seconds from
// `start` until `peak`. Once rebutted it stops growing and halves every `doubling` seconds.
import type { Reach, RumourState } from '../scenario/schema.ts';

export interface RumourTimes {
  /** Drill second it appeared (its appears_at, or when the facilitator injected it); null = not yet. */
  appearedAt: number | null;
  /** Drill second it was rebutted; null = not rebutted. */
  rebuttedAt: number | null;
}

function grownReach(reach: Reach, seconds: number): number {
  const grown = reach.start * 2 ** (Math.max(0, seconds) / reach.doubling);
  return Math.min(reach.peak, Math.floor(grown));
}

export function rumourReach(reach: Reach, times: RumourTimes, now: number): number {
  const { appearedAt, rebuttedAt } = times;
  if (appearedAt === null || now < appearedAt) return 0;
  if (rebuttedAt === null) return grownReach(reach, now - appearedAt);
  // Rebutted before it appeared (pre-empted): it never spreads.
  if (rebuttedAt <= appearedAt) return 0;
  const atRebuttal = grownReach(reach, rebuttedAt - appearedAt);
  if (now <= rebuttedAt) return grownReach(reach, now - appearedAt);
  return Math.floor(atRebuttal * 0.5 ** ((now - rebuttedAt) / reach.doubling));
}

export function rumourState(reach: Reach, times: RumourTimes, now: number): RumourState {
  if (times.rebuttedAt !== null && now >= times.rebuttedAt) return 'rebutted';
  if (times.appearedAt === null || now < times.appearedAt) return 'dormant';
  return grownReach(reach, now - times.appearedAt) >= reach.peak ? 'peaked' : 'spreading';
}

/** Seconds after appearing at which reach first reaches `target` (Infinity if it never does). */
export function secondsToReach(reach: Reach, target: number): number {
  if (target <= reach.start) return 0;
  if (target > reach.peak) return Infinity;
  return reach.doubling * Math.log2(target / reach.start);
}
