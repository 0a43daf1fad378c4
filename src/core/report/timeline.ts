// The drill on one time axis: when each question was asked and answered, what appeared on the
// feed, when the drill was paused, and each rumour's reach with the moment it was rebutted.
import type { Scenario, Text } from '../scenario/schema.ts';
import type { FeedItem, LogEntry, RumourView, ScoredMoment, TurnRecord } from '../session/types.ts';
import type { InjectTarget } from '../engine/injects.ts';
import { rumourReach } from '../engine/rumourReach.ts';
import { reachCurve, type ReachSample } from './reachCurve.ts';

export interface TimelineQuestion {
  order: number;
  beatId: string;
  askedAt: number;
  answeredAt: number;
  outcome: TurnRecord['response']['kind'];
}

export interface TimelineEvent {
  key: string;
  kind: FeedItem['kind'];
  at: number;
  text: Text;
  from: Text | null;
}

export interface TimelineRumour {
  id: string;
  text: Text;
  author: string;
  appearedAt: number | null;
  rebuttedAt: number | null;
  injected: boolean;
  peak: number;
  /** Reach when rebutted, or at the end if never rebutted. */
  reachAtRebuttal: number | null;
  reachAtEnd: number;
  curve: ReachSample[];
  /** The points this rumour's handling moved (speed, reach, or left unrebutted). */
  moments: ScoredMoment[];
}

export interface Timeline {
  /** Drill second the timeline ends (when the drill ended, or now). */
  end: number;
  questions: TimelineQuestion[];
  events: TimelineEvent[];
  rumours: TimelineRumour[];
  pauses: { from: number; to: number }[];
  /** What the facilitator injected live, from the log. */
  injects: { at: number; what: InjectTarget }[];
}

function pausesOf(log: readonly LogEntry[], end: number): { from: number; to: number }[] {
  const pauses: { from: number; to: number }[] = [];
  let from: number | null = null;
  for (const entry of log) {
    if (entry.type === 'pause' && from === null) from = entry.at;
    if (entry.type === 'resume' && from !== null) {
      pauses.push({ from, to: entry.at });
      from = null;
    }
  }
  if (from !== null) pauses.push({ from, to: end });
  return pauses;
}

export function timelineOf(
  scenario: Scenario,
  view: { now: number; turns: readonly TurnRecord[]; feed: readonly FeedItem[]; rumours: readonly RumourView[]; moments: readonly ScoredMoment[] },
  log: readonly LogEntry[],
): Timeline {
  const end = view.now;
  const rumours: TimelineRumour[] = view.rumours.flatMap((r) => {
    const def = scenario.rumours.find((d) => d.id === r.id);
    if (def === undefined) return [];
    const times = { appearedAt: r.appearedAt, rebuttedAt: r.rebuttedAt };
    return [
      {
        id: r.id,
        text: r.text,
        author: r.author,
        appearedAt: r.appearedAt,
        rebuttedAt: r.rebuttedAt,
        injected: r.injected,
        peak: def.reach.peak,
        reachAtRebuttal: r.rebuttedAt === null ? null : rumourReach(def.reach, times, r.rebuttedAt),
        reachAtEnd: rumourReach(def.reach, times, end),
        curve: reachCurve(def.reach, times, end),
        moments: view.moments.filter((m) => m.source.kind === 'rumour' && m.source.rumourId === r.id),
      },
    ];
  });
  return {
    end,
    questions: view.turns.map((t, order) => ({ order, beatId: t.beatId, askedAt: t.askedAt, answeredAt: t.answeredAt, outcome: t.response.kind })),
    events: view.feed.filter((f) => f.kind !== 'rumour').map((f) => ({ key: f.key, kind: f.kind, at: f.at, text: f.text, from: f.from ?? null })),
    rumours,
    pauses: pausesOf(log, end),
    injects: log.flatMap((e) => (e.type === 'inject' ? [{ at: e.at, what: e.what }] : [])),
  };
}
