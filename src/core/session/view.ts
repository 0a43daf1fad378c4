// The SessionView: what the screens read, derived from the machine's snapshot and the scenario.
// Texts stay Text maps (the UI resolves the language); reach is computed for the view's instant.
import { ANSWER_KINDS } from '../answers/registry.ts';
import type { DrillContext } from '../engine/drillContext.ts';
import { reachNow, stateNow } from '../engine/rumours.ts';
import type { DrillRules } from '../engine/rules.ts';
import { criticalErrors } from '../engine/critical.ts';
import { scoreCard } from '../engine/scoring.ts';
import { boundsAfterSkips } from '../engine/skip.ts';
import type { BeatView, DrillStatus, RumourView, SessionView } from './types.ts';

function statusOf(value: unknown, ctx: DrillContext): DrillStatus {
  if (value === 'ready') return 'ready';
  if (value === 'ended' || ctx.ending !== null) return 'ended';
  return ctx.paused ? 'paused' : 'running';
}

function beatView(rules: DrillRules, ctx: DrillContext): BeatView | null {
  const asked = ctx.beat;
  const beat = asked ? rules.beats.get(asked.id) : undefined;
  if (!asked || !beat) return null;
  const base = { id: asked.id, reporterId: beat.reporter, ask: beat.ask, askedAt: asked.askedAt, deadline: asked.deadline };
  // Every kind adds its piece, offered or not (an empty list, a null), so the screens can test it.
  return Object.assign(base, ...ANSWER_KINDS.map((kind) => kind.view(rules, asked.id, beat))) as BeatView;
}

function rumourViews(rules: DrillRules, ctx: DrillContext): RumourView[] {
  return rules.scenario.rumours.map((rumour) => {
    const track = ctx.rumours[rumour.id] ?? { appearedAt: null, rebuttedAt: null, injected: false, escalated: false };
    return {
      id: rumour.id,
      text: rumour.text,
      author: rumour.author,
      state: stateNow(rumour, track, ctx.now),
      reach: reachNow(rumour, track, ctx.now),
      appearedAt: track.appearedAt,
      rebuttedAt: track.rebuttedAt,
      injected: track.injected,
    };
  });
}

export function buildView(rules: DrillRules, value: unknown, ctx: DrillContext): SessionView {
  const ending = ctx.ending ? rules.scenario.endings.find((e) => e.id === ctx.ending!.id) : undefined;
  return {
    scenarioId: rules.scenario.id,
    status: statusOf(value, ctx),
    now: ctx.now,
    duration: rules.scenario.duration,
    beat: beatView(rules, ctx),
    rumours: rumourViews(rules, ctx),
    feed: ctx.feed,
    turns: ctx.turns,
    lastTurn: ctx.turns[ctx.turns.length - 1] ?? null,
    flags: ctx.flags,
    visited: ctx.visited,
    moments: ctx.moments,
    score: scoreCard({ ...rules, bounds: boundsAfterSkips(rules, ctx.turns) }, ctx.raw, criticalErrors(rules.scenario, ctx.turns)),
    ending: ctx.ending && ending ? { id: ending.id, text: ending.text, reason: ctx.ending.reason } : null,
  };
}
