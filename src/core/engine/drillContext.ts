// The machine's context: everything about a drill that changes, and nothing else. It must stay
// plain JSON (arrays and records, no Set/Map/class) because it is what a saved drill persists.
import type { FeedItem, ScoredMoment, TurnRecord } from '../session/types.ts';
import type { DrillRules } from './rules.ts';

/** Why a drill ended: its questions ran out, its time ran out, or the facilitator ended it. */
export const END_REASONS = ['end', 'duration', 'facilitator'] as const;
export type EndReason = (typeof END_REASONS)[number];

export interface RumourTrack {
  appearedAt: number | null;
  rebuttedAt: number | null;
  injected: boolean;
  escalated: boolean;
}

export interface AskedBeat {
  id: string;
  askedAt: number;
  /** Drill second at which silence becomes a timeout; null when answer time limits are off. */
  deadline: number | null;
}

export interface DrillContext {
  /** Drill second of `start` (scenario times such as appears_at count from here). */
  startedAt: number;
  /** Drill time up to which everything due has been processed. */
  now: number;
  /** Drill time the last tick asked for; `now` catches up with it one due item at a time. */
  horizon: number;
  paused: boolean;
  /** The beat being asked; null between an answer and the next beat, and after the end. */
  beat: AskedBeat | null;
  flags: string[];
  /** Beats asked so far, in the order first asked. */
  visited: string[];
  raw: Record<string, number>;
  moments: ScoredMoment[];
  turns: TurnRecord[];
  rumours: Record<string, RumourTrack>;
  firedEvents: string[];
  feed: FeedItem[];
  /** Beats that escalations and events asked for, to come next after the current beat. */
  pending: string[];
  /** Once set, nothing moves any more: `now` stays the instant the drill ended. */
  ending: { id: string; reason: EndReason } | null;
}

export function initialContext(rules: DrillRules): DrillContext {
  const rumours: Record<string, RumourTrack> = {};
  for (const id of rules.rumours.keys()) rumours[id] = { appearedAt: null, rebuttedAt: null, injected: false, escalated: false };
  return {
    startedAt: 0,
    now: 0,
    horizon: 0,
    paused: false,
    beat: null,
    flags: [],
    visited: [],
    raw: {},
    moments: [],
    turns: [],
    rumours,
    firedEvents: [],
    feed: [],
    pending: [],
    ending: null,
  };
}
