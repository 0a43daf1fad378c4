// A rumour's life in a drill: it appears (at appears_at, or when injected), may escalate once when
// its reach passes escalate.at_reach, and may be rebutted. Reach itself is never stored: it is
// rumourReach() of the two instants kept in RumourTrack, so nothing needs a timer or a child actor.
import type { Rumour } from '../scenario/schema.ts';
import type { ScoredMoment } from '../session/types.ts';
import type { DrillContext, RumourTrack } from './drillContext.ts';
import { rumourReach, rumourState, secondsToReach, type RumourTimes } from './rumourReach.ts';
import { scoreRebuttal, scoreUnrebutted } from './rumourScoring.ts';
import type { DrillRules } from './rules.ts';
import type { EngineNote } from './notes.ts';
import type { SkillId } from '../skills.ts';

function timesOf(track: RumourTrack): RumourTimes {
  return { appearedAt: track.appearedAt, rebuttedAt: track.rebuttedAt };
}

export function reachNow(rumour: Rumour, track: RumourTrack, now: number): number {
  return rumourReach(rumour.reach, timesOf(track), now);
}

export function stateNow(rumour: Rumour, track: RumourTrack, now: number) {
  return rumourState(rumour.reach, timesOf(track), now);
}

/**
 * The drill second at which the rumour's reach first reaches at_reach, or null if it never will
 * (already escalated, rebutted first, not appeared, or at_reach above its peak). Rounded up to the
 * millisecond and checked against rumourReach itself, so the escalation never fires a hair before
 * the reach shown on screen has passed the threshold.
 */
export function escalationAt(rumour: Rumour, track: RumourTrack): number | null {
  if (!rumour.escalate || track.escalated || track.appearedAt === null) return null;
  const seconds = secondsToReach(rumour.reach, rumour.escalate.at_reach);
  if (!Number.isFinite(seconds)) return null;
  const unchecked = { appearedAt: track.appearedAt, rebuttedAt: null };
  let at = Math.ceil((track.appearedAt + seconds) * 1000) / 1000;
  // Floating point can leave the reach a hair short at the exact instant; a few ms settle it.
  for (let i = 0; i < 1000 && rumourReach(rumour.reach, unchecked, at) < rumour.escalate.at_reach; i++) at += 0.001;
  if (track.rebuttedAt !== null && track.rebuttedAt <= at) return null;
  return at;
}

function withTrack(ctx: DrillContext, id: string, track: RumourTrack): DrillContext {
  return { ...ctx, rumours: { ...ctx.rumours, [id]: track } };
}

/** Puts the rumour on the feed. A rumour appears once: a second appearance changes nothing. */
export function appearRumour(rules: DrillRules, ctx: DrillContext, id: string, at: number, injected: boolean): DrillContext {
  const rumour = rules.rumours.get(id);
  const track = ctx.rumours[id];
  if (!rumour || !track || track.appearedAt !== null) return ctx;
  const next = withTrack(ctx, id, { ...track, appearedAt: at, injected: track.injected || injected });
  return {
    ...next,
    feed: [...ctx.feed, { key: `rumour:${id}`, kind: 'rumour', at, text: rumour.text, from: rumour.author, rumourId: id }],
  };
}

/** Marks the escalation done and asks for its beat after the current one. */
export function escalateRumour(rules: DrillRules, ctx: DrillContext, id: string): DrillContext {
  const rumour = rules.rumours.get(id);
  const track = ctx.rumours[id];
  if (!rumour?.escalate || !track || track.escalated) return ctx;
  return queueBeat(withTrack(ctx, id, { ...track, escalated: true }), rumour.escalate.goto);
}

/** An escalation or event asks for a beat next; the beat being asked now needs no second asking. */
export function queueBeat(ctx: DrillContext, beatId: string): DrillContext {
  if (ctx.beat?.id === beatId) return ctx;
  return { ...ctx, pending: [...ctx.pending, beatId] };
}

function speedNote(delay: number | null, points: number): EngineNote {
  if (delay === null) return { code: 'rumour-pre-empted' };
  const seconds = Math.round(delay);
  return points > 0 ? { code: 'rumour-countered', seconds, points } : { code: 'rumour-countered-late', seconds };
}

function rumourMoment(
  rules: DrillRules,
  at: number,
  rumourId: string,
  skill: SkillId,
  points: number,
  measure: 'speed' | 'reach' | 'unrebutted',
  note: EngineNote,
): ScoredMoment[] {
  if (!rules.skills.includes(skill)) return [];
  return [{ at, skill, points, source: { kind: 'rumour', rumourId, measure }, note }];
}

/**
 * Rebuts each rumour not rebutted yet and scores it (rumourScoring.ts). Rebutting one that has not
 * appeared pre-empts it: it will still show on the feed at its time but never spreads.
 */
export function rebutRumours(rules: DrillRules, ctx: DrillContext, ids: readonly string[], at: number): { ctx: DrillContext; moments: ScoredMoment[] } {
  let next = ctx;
  const moments: ScoredMoment[] = [];
  for (const id of ids) {
    const rumour = rules.rumours.get(id);
    const track = next.rumours[id];
    if (!rumour || !track || track.rebuttedAt !== null) continue;
    const reach = reachNow(rumour, track, at);
    const outcome = scoreRebuttal(rumour.reach, track.appearedAt, at, reach);
    const delay = track.appearedAt === null || at <= track.appearedAt ? null : at - track.appearedAt;
    moments.push(
      ...rumourMoment(rules, at, id, 'timeliness', outcome.timeliness, 'speed', speedNote(delay, outcome.timeliness)),
      ...rumourMoment(rules, at, id, 'rumour-rebuttal', outcome['rumour-rebuttal'], 'reach', {
        code: 'rumour-reach',
        reach: Math.round(delay === null ? 0 : reach),
        peak: Math.round(rumour.reach.peak),
      }),
    );
    next = withTrack(next, id, { ...track, rebuttedAt: at });
  }
  return { ctx: next, moments };
}

/**
 * At the end: what each rumour that appeared and was never rebutted costs. `cutShort`: the
 * conference was ended before its scheduled duration, and a rumour due to appear before then
 * (and not pre-empted) costs the same as if the trainee had sat through it in silence.
 */
export function unrebuttedMoments(rules: DrillRules, ctx: DrillContext, endedAt: number, cutShort = false): ScoredMoment[] {
  const moments: ScoredMoment[] = [];
  const scheduledEnd = ctx.startedAt + rules.scenario.duration;
  for (const [id, track] of Object.entries(ctx.rumours)) {
    if (track.rebuttedAt !== null) continue;
    const rumour = rules.rumours.get(id);
    const due = cutShort && track.appearedAt === null && rumour !== undefined && ctx.startedAt + rumour.appears_at < scheduledEnd;
    const outcome = scoreUnrebutted(due ? ctx.startedAt + rumour.appears_at : track.appearedAt, due ? scheduledEnd : endedAt);
    if (outcome.measure !== 'unrebutted') continue;
    moments.push(
      ...rumourMoment(rules, endedAt, id, 'rumour-rebuttal', outcome['rumour-rebuttal'], 'unrebutted', {
        code: due ? 'rumour-cut-short' : 'rumour-unrebutted',
      }),
    );
  }
  return moments;
}
