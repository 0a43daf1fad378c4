// A rumour's reach sampled over the drill, for the debrief's timeline chart. The curve is
// recomputed from the pure reach function, never recorded frame by frame, so a replayed drill
// draws exactly the same curve.
import { rumourReach, secondsToReach, type RumourTimes } from '../engine/rumourReach.ts';
import type { Reach } from '../scenario/schema.ts';

export interface ReachSample {
  at: number;
  reach: number;
}

/** Evenly spaced samples from 0 to `end`, plus the instants where the curve bends. */
export function reachCurve(reach: Reach, times: RumourTimes, end: number, samples = 120): ReachSample[] {
  const instants = new Set<number>();
  const span = Math.max(0, end);
  for (let i = 0; i <= samples; i++) instants.add((span * i) / samples);
  const { appearedAt, rebuttedAt } = times;
  if (appearedAt !== null) {
    instants.add(appearedAt);
    const peakAt = appearedAt + secondsToReach(reach, reach.peak);
    if (Number.isFinite(peakAt)) instants.add(peakAt);
  }
  if (rebuttedAt !== null) instants.add(rebuttedAt);

  const ordered = [...instants].filter((t) => t >= 0 && t <= span).sort((a, b) => a - b);
  const curve: ReachSample[] = [];
  for (const at of ordered) {
    // A vertical step where it appears: without the zero just before, the chart would draw a ramp.
    if (appearedAt !== null && at === appearedAt && at > 0) curve.push({ at, reach: 0 });
    curve.push({ at, reach: rumourReach(reach, times, at) });
  }
  return curve;
}
