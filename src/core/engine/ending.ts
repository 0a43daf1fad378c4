// The end of a drill, whatever ended it (a `next` reaching end, the duration running out, the
// facilitator): the beat still being asked is recorded as cut off, the questions left unanswered
// are scored as silence, every rumour that appeared and was never rebutted is scored (ended by the
// facilitator: also those due before the scheduled end), and only then is the ending chosen, so
// an ending's `when` sees the same final scores the debrief shows.
//
// Unanswered questions: a conference ended early must not score better than one sat through in
// silence. The open beat and every beat silence would still have led to (its `next` followed
// from the open beat, the first branch that holds, until `end`; a beat met twice stops the walk)
// score what silence scores there (silence.ts). Only points move: no flag is set, no beat is
// marked visited, nothing is rebutted, because none of it happened.
import { branchesOf, END } from '../scenario/refs.ts';
import type { ScoredMoment, TurnRecord } from '../session/types.ts';
import { evaluateCondition } from './conditions.ts';
import type { DrillContext, EndReason } from './drillContext.ts';
import { factsOf } from './facts.ts';
import { unrebuttedMoments } from './rumours.ts';
import { shownOrder, type DrillRules } from './rules.ts';
import { addToRaw, momentsFromEffects } from './scoring.ts';
import { silenceEffects, silenceNext } from './silence.ts';

/** The beats silence would still have asked after the open one, in order, without repeats. */
function silenceRoute(rules: DrillRules, ctx: DrillContext, from: string): string[] {
  const route: string[] = [];
  const seen = new Set([from]);
  const facts = factsOf(rules, ctx);
  let beat = rules.beats.get(from);
  while (beat) {
    const branch = branchesOf(silenceNext(beat)).find((b) => b.if === undefined || evaluateCondition(b.if, facts));
    const goto = branch?.goto;
    if (goto === undefined || goto === END || seen.has(goto) || !rules.beats.has(goto)) break;
    seen.add(goto);
    route.push(goto);
    beat = rules.beats.get(goto);
  }
  return route;
}

function unansweredMoments(rules: DrillRules, ctx: DrillContext, at: number): ScoredMoment[] {
  const open = ctx.beat;
  if (!open) return [];
  const silence = (beatId: string, unasked: boolean) =>
    momentsFromEffects(
      rules,
      silenceEffects(rules.beats.get(beatId)!),
      at,
      { kind: 'timeout', beatId, ended: unasked ? 'unasked' : 'open' },
      { note: { code: unasked ? 'ended-unasked' : 'ended-open' } },
    );
  const moments = rules.beats.has(open.id) ? silence(open.id, false) : [];
  for (const beatId of silenceRoute(rules, ctx, open.id)) moments.push(...silence(beatId, true));
  return moments;
}

export function finishDrill(rules: DrillRules, ctx: DrillContext, reason: EndReason, at: number): DrillContext {
  if (ctx.ending !== null) return ctx;
  const unanswered = unansweredMoments(rules, ctx, at);
  const shown = ctx.beat ? shownOrder(rules, ctx.beat.id) : undefined;
  const turns: TurnRecord[] = ctx.beat
    ? [
        ...ctx.turns,
        {
          beatId: ctx.beat.id,
          askedAt: ctx.beat.askedAt,
          answeredAt: at,
          response: { kind: 'ended' },
          moments: unanswered.filter((m) => m.source.kind === 'timeout' && m.source.ended === 'open'),
          ...(shown ? { shown } : {}),
        },
      ]
    : ctx.turns;
  const penalties = [...unanswered, ...unrebuttedMoments(rules, ctx, at, reason === 'facilitator')];
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
