// One asked beat in the debrief: the question, what the trainee did, every point it moved with
// its reason, the author's feedback, and the best answer the trainee could have given.
import { ANSWER_KINDS, type AnswerReport, type AnswerTurn } from '../answers/registry.ts';
import type { Scenario, Text } from '../scenario/schema.ts';
import type { EngineNote } from '../engine/notes.ts';
import type { RumourView, ScoredMoment, TurnRecord } from '../session/types.ts';
import { bestChoiceOf, modelAnswerOf, weightedSum, type BestChoice, type ModelAnswer } from './bestAnswer.ts';

export type { MatchedRubricLine } from '../answers/typed/kind.ts';

export type BeatResponse =
  /** An answer of some kind (core/answers: `choice`, `text`). */
  | AnswerReport
  | { kind: 'timeout' }
  /** The conference ended while the question was open. */
  | { kind: 'ended' }
  /** A live drill's facilitator skipped the question: not scored (engine/skip.ts). */
  | { kind: 'skipped' };

export interface BeatReport {
  /** Position among the asked beats (a beat asked twice appears twice). */
  order: number;
  beatId: string;
  reporterId: string;
  reporterName: string;
  outlet: Text | null;
  ask: Text;
  askedAt: number;
  answeredAt: number;
  /** Seconds the trainee took (answeredAt − askedAt). */
  answerSeconds: number;
  /** The answer time limit the beat set (before any accessibility factor). */
  timeLimit: number;
  response: BeatResponse;
  /** Every point this turn moved, each with its source; sums to the turn's effect on the score. */
  moments: ScoredMoment[];
  /** Net points per skill for this turn. */
  net: Partial<Record<string, number>>;
  feedback: Text | null;
  /** The engine's explanation (silence, cut off) when there is no feedback; the interface words it. */
  note: EngineNote | null;
  /** Rumours this answer rebutted (not those it names that were already rebutted). */
  rebutted: string[];
  /** The best answer, with `position` where the trainee saw it on screen (0-based). */
  bestChoice: (BestChoice & { position: number }) | null;
  modelAnswer: ModelAnswer | null;
  /** The authored answer indexes in the order the trainee saw them. */
  shown: number[];
  /** True when the trainee picked the best choice (ties count: any answer as good as the best). */
  choseBest: boolean;
}

function netOf(moments: ScoredMoment[]): Partial<Record<string, number>> {
  const net: Partial<Record<string, number>> = {};
  for (const m of moments) net[m.skill] = (net[m.skill] ?? 0) + m.points;
  return net;
}

export function beatReport(scenario: Scenario, turn: TurnRecord, order: number, rumours: readonly RumourView[]): BeatReport {
  const beat = scenario.beats[turn.beatId];
  if (beat === undefined) throw new Error(`The drill asked "${turn.beatId}", which this version of the scenario does not have.`);
  const reporter = scenario.reporters.find((r) => r.id === beat.reporter);
  const shown = turn.shown ?? (beat.answers ?? []).map((_, i) => i);

  let response: BeatResponse;
  let rebutted: string[] = [];
  let authorFeedback: Text | null = null;
  const r = turn.response;
  const answered = ANSWER_KINDS.find((kind) => kind.turn === r.kind)?.report(scenario, beat, turn, shown);
  if (answered) {
    response = answered.response;
    rebutted = answered.rebuts;
    authorFeedback = answered.feedback;
  } else {
    // No answer: silence, the conference ended, or the facilitator skipped the question.
    response = r as Exclude<TurnRecord['response'], AnswerTurn>;
    if (r.kind === 'timeout') authorFeedback = beat.on_timeout?.feedback ?? null;
  }

  const best = bestChoiceOf(scenario, beat);
  const bestChoice = best === null ? null : { ...best, position: shown.indexOf(best.answerIndex) };
  const chosenSum = response.kind === 'choice' ? weightedSum(scenario, response.effects) : null;
  return {
    order,
    beatId: turn.beatId,
    reporterId: beat.reporter,
    reporterName: reporter?.name ?? beat.reporter,
    outlet: reporter?.outlet ?? null,
    ask: beat.ask,
    askedAt: turn.askedAt,
    answeredAt: turn.answeredAt,
    answerSeconds: Math.max(0, turn.answeredAt - turn.askedAt),
    timeLimit: beat.time_limit,
    response,
    moments: turn.moments,
    net: netOf(turn.moments),
    feedback: turn.feedback ?? authorFeedback,
    note: turn.note ?? null,
    rebutted: rebutted.filter((id) => rumours.some((v) => v.id === id && v.rebuttedAt === turn.answeredAt)),
    bestChoice,
    modelAnswer: modelAnswerOf(beat),
    shown,
    choseBest: bestChoice !== null && chosenSum !== null && chosenSum >= bestChoice.weightedSum,
  };
}
