// How countering a rumour is scored (scenario-format.md leaves it to the project; docs/authoring.md
// explains it to instructors). Applied only to skills the scenario assesses. The checker adds the
// same bounds to each skill's lowest and highest possible points.
//
// Speed (timeliness): rebutted within 2 doublings of appearing +2, within 4 doublings +1, later 0.
// Reach (rumour-rebuttal): reach when rebutted under 10 % of its peak +2, under 50 % +1, else 0.
// Pre-empted (rebutted before it appeared) earns both maxima. A rumour that appeared and was never
// rebutted by the end of the conference costs 2 points of rumour-rebuttal.
import type { Reach } from '../scenario/schema.ts';

const RUMOUR_POINTS = {
  speed: { fast: 2, slow: 1 },
  reach: { low: 2, mid: 1 },
  unrebutted: -2,
} as const;

export interface RumourOutcome {
  timeliness: number;
  'rumour-rebuttal': number;
  measure: 'rebutted' | 'unrebutted' | 'none';
}

export function scoreRebuttal(reach: Reach, appearedAt: number | null, rebuttedAt: number, reachWhenRebutted: number): RumourOutcome {
  if (appearedAt === null || rebuttedAt <= appearedAt) {
    return { timeliness: RUMOUR_POINTS.speed.fast, 'rumour-rebuttal': RUMOUR_POINTS.reach.low, measure: 'rebutted' };
  }
  const delay = rebuttedAt - appearedAt;
  const timeliness = delay <= 2 * reach.doubling ? RUMOUR_POINTS.speed.fast : delay <= 4 * reach.doubling ? RUMOUR_POINTS.speed.slow : 0;
  const share = reachWhenRebutted / reach.peak;
  const rebuttal = share < 0.1 ? RUMOUR_POINTS.reach.low : share < 0.5 ? RUMOUR_POINTS.reach.mid : 0;
  return { timeliness, 'rumour-rebuttal': rebuttal, measure: 'rebutted' };
}

/** At the end of the conference, for a rumour never rebutted. */
export function scoreUnrebutted(appearedAt: number | null, endedAt: number): RumourOutcome {
  if (appearedAt === null || appearedAt > endedAt) return { timeliness: 0, 'rumour-rebuttal': 0, measure: 'none' };
  return { timeliness: 0, 'rumour-rebuttal': RUMOUR_POINTS.unrebutted, measure: 'unrebutted' };
}

/** Per rumour, the range each skill can move by: used by the checker's per-skill bounds. */
export function rumourBounds(canBeRebutted: boolean): { timeliness: [number, number]; 'rumour-rebuttal': [number, number] } {
  return {
    timeliness: [0, canBeRebutted ? RUMOUR_POINTS.speed.fast : 0],
    'rumour-rebuttal': [RUMOUR_POINTS.unrebutted, canBeRebutted ? RUMOUR_POINTS.reach.low : 0],
  };
}
