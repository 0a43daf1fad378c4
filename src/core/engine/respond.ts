// A beat from asking to its turn record: the trainee picks an answer, types one, or stays silent
// until the deadline. Each closes the turn the same way: moments scored, flags set and unset,
// rumours rebutted (and scored), the turn recorded, the beat no longer being asked.
//
// A typed answer rebuts the free_text's rumours only when its matched rubric lines earn more
// points than they cost: typing anything at all must not count as countering a rumour.
import type { Effects, Text } from '../scenario/schema.ts';
import { idsOf } from '../scenario/refs.ts';
import type { Beat } from '../scenario/schema.ts';
import type { ScoredMoment, TurnRecord } from '../session/types.ts';
import type { DrillContext } from './drillContext.ts';
import { matchRubric } from './rubric.ts';
import { rebutRumours } from './rumours.ts';
import { shownOrder, type DrillRules } from './rules.ts';
import { saidFields, type EngineNote, type Said } from './notes.ts';
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

interface Outcome {
  response: TurnRecord['response'];
  moments: ScoredMoment[];
  feedback?: Text | undefined;
  note?: EngineNote | undefined;
  set?: string[] | undefined;
  unset?: string[] | undefined;
  rebuts?: string[] | undefined;
}

/** Closes the open question with its outcome (also a skipped question's: skip.ts). */
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

export function canChoose(rules: DrillRules, ctx: DrillContext, index: number): boolean {
  const asked = askedBeat(rules, ctx);
  return !ctx.paused && asked !== null && Number.isInteger(index) && index >= 0 && index < (asked.beat.answers?.length ?? 0);
}

export function canType(rules: DrillRules, ctx: DrillContext, text: string): boolean {
  const asked = askedBeat(rules, ctx);
  return !ctx.paused && asked !== null && asked.beat.free_text !== undefined && typeof text === 'string' && text.trim() !== '';
}

export function chooseAnswer(rules: DrillRules, ctx: DrillContext, index: number): DrillContext {
  const asked = askedBeat(rules, ctx);
  const answer = asked?.beat.answers?.[index];
  if (!asked || !answer) return ctx;
  return closeTurn(rules, ctx, {
    response: { kind: 'choice', answerIndex: index },
    moments: momentsFromEffects(rules, answer.effects, ctx.now, { kind: 'answer', beatId: asked.id, answerIndex: index }, { feedback: answer.feedback }),
    feedback: answer.feedback,
    set: answer.set,
    unset: answer.unset,
    rebuts: idsOf(answer.rebuts),
  });
}

export function typeAnswer(rules: DrillRules, ctx: DrillContext, text: string): DrillContext {
  const asked = askedBeat(rules, ctx);
  const free = asked?.beat.free_text;
  if (!asked || !free) return ctx;
  const result = matchRubric(text, free.rubric, free.max_words);
  const moments = result.lines.flatMap(({ line, lineIndex, matched }) =>
    momentsFromEffects(
      rules,
      { [line.skill]: line.points } as Effects,
      ctx.now,
      { kind: 'rubric', beatId: asked.id, lineIndex, matched },
      { feedback: line.feedback },
    ),
  );
  const net = result.lines.reduce((sum, l) => sum + l.line.points, 0);
  return closeTurn(rules, ctx, {
    response: {
      kind: 'text',
      text,
      matchedLines: result.lines.map((l) => l.lineIndex),
      overLimit: result.overLimit,
      ...(result.notCounted.length > 0 ? { notCounted: result.notCounted } : {}),
      ...(result.stuffing ? { stuffing: result.stuffing } : {}),
    },
    moments,
    feedback: free.feedback,
    set: free.set,
    rebuts: net > 0 ? idsOf(free.rebuts) : [],
  });
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
