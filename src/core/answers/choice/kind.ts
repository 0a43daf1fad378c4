// Choice: the trainee picks one of 2 to 5 written answers (`answers`). Each answer scores its
// fixed effects, sets and unsets flags, rebuts rumours and leads to its own `next`. The drill may
// show them shuffled (engine/shuffle.ts); the engine, the log and plans use authored indexes.
import * as z from 'zod/mini';
import { momentsFromEffects } from '../../engine/scoring.ts';
import { answerOrder } from '../../engine/shuffle.ts';
import { idsOf } from '../../scenario/refs.ts';
import type { Effects, Text } from '../../scenario/schema.ts';
import { drillSeconds } from '../../session/drillLimits.ts';
import type { AnswerKind } from '../types.ts';

/** The machine event: answer `index` (authored, 0-based). */
export type ChoiceEvent = { type: 'choose'; index: number };
/** The log entry (saved drills and records keep this shape: never change it without a migration). */
export type ChoiceEntry = { type: 'choose'; at: number; answerIndex: number };
export const choiceEntrySchema = z.strictObject({ type: z.literal('choose'), at: drillSeconds, answerIndex: z.int().check(z.minimum(0), z.maximum(100)) });
/** The turn record's response. */
export type ChoiceTurn = { kind: 'choice'; answerIndex: number };
/** Why a point moved: the chosen answer's effects. */
export type ChoiceSource = { kind: 'answer'; beatId: string; answerIndex: number };
/** The BeatView's piece: the answers in the order shown on screen, each with its authored `index`. */
export type ChoiceView = { answers: { index: number; text: Text }[] };
/** In the debrief; `position`: where the answer was on screen (0-based; the drill may have shuffled them). */
export type ChoiceReport = { kind: 'choice'; answerIndex: number; position: number; text: Text; effects: Effects; critical: boolean };

export const choiceKind: AnswerKind = {
  id: 'choice',
  key: 'answers',
  label: 'answer',
  numbered: true,
  offers: (beat) => (beat.answers?.length ?? 0) > 0,
  responses: (beat) =>
    (beat.answers ?? []).map((answer, index) => ({
      index,
      path: ['answers', index],
      next: answer.next,
      low: answer.effects,
      high: answer.effects,
      rebuts: idsOf(answer.rebuts),
      set: answer.set ?? [],
      text: answer.text,
    })),
  texts: (beat) =>
    (beat.answers ?? []).flatMap((answer, i) => [
      { text: answer.text, path: ['answers', i, 'text'] },
      ...(answer.feedback === undefined ? [] : [{ text: answer.feedback, path: ['answers', i, 'feedback'] }]),
      ...(answer.critical_reason === undefined ? [] : [{ text: answer.critical_reason, path: ['answers', i, 'critical_reason'] }]),
    ]),
  skillPlaces: (beat) =>
    (beat.answers ?? []).flatMap((answer, i) =>
      Object.keys(answer.effects).map((skill) => ({ skill, path: ['answers', i, 'effects', skill], place: ['answers', i], anchor: 'key' as const })),
    ),

  machine: { guard: 'chose', action: 'answer' },
  event: 'choose',
  stateOf: (index) => `answer-${index}`,
  accepts: (beat, event, index) =>
    event.type === 'choose' && event.index === index && Number.isInteger(index) && index >= 0 && index < (beat.answers?.length ?? 0),
  outcome(rules, ctx, beatId, beat, event, index) {
    const answer = beat.answers?.[index];
    if (event.type !== 'choose' || !answer) return null;
    return {
      response: { kind: 'choice', answerIndex: index },
      moments: momentsFromEffects(rules, answer.effects, ctx.now, { kind: 'answer', beatId, answerIndex: index }, { feedback: answer.feedback }),
      feedback: answer.feedback,
      set: answer.set,
      unset: answer.unset,
      rebuts: idsOf(answer.rebuts),
    };
  },

  entry: 'choose',
  eventOf: (entry) => (entry.type === 'choose' ? { type: 'choose', index: entry.answerIndex } : null),

  turn: 'choice',
  view: (rules, beatId, beat): ChoiceView => ({
    answers: answerOrder(rules.shuffleSeed, beatId, beat.answers?.length ?? 0).map((index) => ({ index, text: beat.answers![index]!.text })),
  }),
  report(_scenario, beat, turn, shown) {
    const r = turn.response;
    if (r.kind !== 'choice') return null;
    const answer = beat.answers?.[r.answerIndex];
    if (answer === undefined) throw new Error(`The drill chose answer ${r.answerIndex + 1} of "${turn.beatId}", which has no such answer.`);
    return {
      response: {
        kind: 'choice',
        answerIndex: r.answerIndex,
        position: shown.indexOf(r.answerIndex),
        text: answer.text,
        effects: answer.effects,
        critical: answer.critical === true,
      },
      rebuts: idsOf(answer.rebuts),
      feedback: answer.feedback ?? null,
    };
  },
};
