// A beat from asking to its turn record: the trainee answers (with any answer kind: what the
// answer does is the kind's, core/answers/<kind>/kind.ts) or stays silent until the deadline. Each
// closes the turn the same way: moments scored, flags set and unset, rumours rebutted (and scored),
// the turn recorded, the beat no longer being asked.
import type { AnswerEvent } from '../answers/registry.ts';
import type { AnswerKind, Outcome } from '../answers/types.ts';
import type { Beat } from '../scenario/schema.ts';
import type { TurnRecord } from '../session/types.ts';
import type { DrillContext } from './drillContext.ts';
import { rebutRumours } from './rumours.ts';
import { shownOrder, type DrillRules } from './rules.ts';
import { saidFields, type Said } from './notes.ts';
import { addToRaw, momentsFromEffects } from './scoring.ts';
import { silenceEffects } from './silence.ts';

export function askBeat(rules: DrillRules, ctx: DrillContext, beatId: string): DrillContext {
  const beat = rules.beats.get(beatId);
  if (!beat) return ctx;
  const deadline = rules.answerTimeFactor === null ? null : ctx.now + beat.time_limit * rules.answerTimeFactor;
  return {
    ...ctx,
    beat: { id: beatId, askedAt: ctx.now, deadline },
    visited: ctx.visited.includes(beatId) ? ctx.visited : [...ctx.visited, beatId],
  };
}

/** Closes the open question with its outcome (an answer's, silence's, also a skipped question's: skip.ts). */
export function closeTurn(rules: DrillRules, ctx: DrillContext, outcome: Outcome): DrillContext {
  const asked = ctx.beat;
  if (!asked) return ctx;
  const { ctx: rebutted, moments: rumourMoments } = rebutRumours(rules, ctx, outcome.rebuts ?? [], ctx.now);
  const moments = [...outcome.moments, ...rumourMoments];
  let flags = ctx.flags;
  for (const f of outcome.set ?? []) if (!flags.includes(f)) flags = [...flags, f];
  if (outcome.unset?.length) flags = flags.filter((f) => !outcome.unset!.includes(f));
  const turn: TurnRecord = { beatId: asked.id, askedAt: asked.askedAt, answeredAt: ctx.now, response: outcome.response, moments };
  Object.assign(turn, saidFields(outcome));
  const shown = shownOrder(rules, asked.id);
  if (shown !== undefined) turn.shown = shown;
  return {
    ...rebutted,
    flags,
    raw: addToRaw(ctx.raw, moments),
    moments: [...ctx.moments, ...moments],
    turns: [...ctx.turns, turn],
    beat: null,
    // An escalation that asked for this very beat is answered by this turn.
    pending: ctx.pending.filter((b) => b !== asked.id),
  };
}

function askedBeat(rules: DrillRules, ctx: DrillContext): { id: string; beat: Beat } | null {
  const id = ctx.beat?.id;
  const beat = id === undefined ? undefined : rules.beats.get(id);
  return id !== undefined && beat ? { id, beat } : null;
}

/** Whether `event` is response `index` of `kind` and the asked beat takes it now (not while paused). */
export function canRespond(rules: DrillRules, ctx: DrillContext, kind: AnswerKind, event: AnswerEvent, index: number): boolean {
  const asked = askedBeat(rules, ctx);
  return !ctx.paused && asked !== null && kind.accepts(asked.beat, event, index);
}

/** Response `index` of `kind`, as the kind scores it (core/answers/<kind>/kind.ts). */
export function respond(rules: DrillRules, ctx: DrillContext, kind: AnswerKind, event: AnswerEvent, index: number): DrillContext {
  const asked = askedBeat(rules, ctx);
  const outcome = asked ? kind.outcome(rules, ctx, asked.id, asked.beat, event, index) : null;
  return outcome ? closeTurn(rules, ctx, outcome) : ctx;
}

/** Silence until the deadline, scored by the silence rule (silence.ts); on_timeout's flags are set. */
export function timeOut(rules: DrillRules, ctx: DrillContext): DrillContext {
  const asked = askedBeat(rules, ctx);
  if (!asked) return ctx;
  const custom = asked.beat.on_timeout;
  const said: Said = custom?.feedback !== undefined ? { feedback: custom.feedback } : { note: { code: 'silence' } };
  return closeTurn(rules, ctx, {
    response: { kind: 'timeout' },
    moments: momentsFromEffects(rules, silenceEffects(asked.beat), ctx.now, { kind: 'timeout', beatId: asked.id }, said),
    ...said,
    set: custom?.set,
  });
}
