// The end of a drill, whatever ended it (a `next` reaching end, the duration running out, the
// facilitator): the beat still being asked is recorded as cut off, every rumour that appeared and
// was never rebutted is scored, and only then is the ending chosen, so an ending's `when` sees the
// same final scores the debrief shows.
import type { DrillContext, EndReason } from './drillContext.ts';
import { evaluateCondition } from './conditions.ts';
import { factsOf } from './facts.ts';
import { unrebuttedMoments } from './rumours.ts';
import { shownOrder, type DrillRules } from './rules.ts';
import type { TurnRecord } from '../session/types.ts';
import { addToRaw } from './scoring.ts';

export function finishDrill(rules: DrillRules, ctx: DrillContext, reason: EndReason, at: number): DrillContext {
  if (ctx.ending !== null) return ctx;
  const shown = ctx.beat ? shownOrder(rules, ctx.beat.id) : undefined;
  const turns: TurnRecord[] = ctx.beat
    ? [...ctx.turns, { beatId: ctx.beat.id, askedAt: ctx.beat.askedAt, answeredAt: at, response: { kind: 'ended' }, moments: [], ...(shown ? { shown } : {}) }]
    : ctx.turns;
  const penalties = unrebuttedMoments(rules, ctx, at);
  const scored: DrillContext = {
    ...ctx,
    now: at,
    horizon: Math.max(ctx.horizon, at),
    beat: null,
    turns,
    raw: addToRaw(ctx.raw, penalties),
    moments: [...ctx.moments, ...penalties],
    pending: [],
  };
  const facts = factsOf(rules, scored);
  const endings = rules.scenario.endings;
  const ending = endings.find((e) => e.when === undefined || evaluateCondition(e.when, facts)) ?? endings[endings.length - 1]!;
  return { ...scored, ending: { id: ending.id, reason } };
}
