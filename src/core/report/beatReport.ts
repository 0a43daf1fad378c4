// One asked beat in the debrief: the question, what the trainee did, every point it moved with
// its reason, the author's feedback, and the best answer the trainee could have given.
import { idsOf } from '../scenario/refs.ts';
import type { Effects, RubricLine, Scenario, Text } from '../scenario/schema.ts';
import type { EngineNote } from '../engine/notes.ts';
import type { NotCounted, Stuffing } from '../engine/rubric.ts';
import type { RumourView, ScoredMoment, TurnRecord } from '../session/types.ts';
import { bestChoiceOf, modelAnswerOf, weightedSum, type BestChoice, type ModelAnswer } from './bestAnswer.ts';

export interface MatchedRubricLine {
  lineIndex: number;
  skill: string;
  points: number;
  /** The phrases of the line that the typed text contained. */
  matched: string[];
  feedback: Text | null;
}

export type BeatResponse =
  /** `position`: where the answer was on screen (0-based; the drill may have shuffled them). */
  | { kind: 'choice'; answerIndex: number; position: number; text: Text; effects: Effects; critical: boolean }
  | {
      kind: 'text';
      text: string;
      matched: MatchedRubricLine[];
      overLimit: boolean;
      /** Rubric phrases found but not counted, with the reason (denied, `unless`, a list's fragment). */
      notCounted: NotCounted[];
      /** Set when the answer reads as a list of rubric phrases. */
      stuffing: Stuffing | null;
    }
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

function matchedLines(lines: RubricLine[], turn: TurnRecord, indexes: number[]): MatchedRubricLine[] {
  return indexes.flatMap((lineIndex) => {
    const line = lines[lineIndex];
    if (line === undefined) return [];
    const moment = turn.moments.find((m) => m.source.kind === 'rubric' && m.source.lineIndex === lineIndex);
    const matched = moment?.source.kind === 'rubric' ? moment.source.matched : [];
    return [{ lineIndex, skill: line.skill, points: line.points, matched, feedback: line.feedback ?? null }];
  });
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
  if (r.kind === 'choice') {
    const answer = beat.answers?.[r.answerIndex];
    if (answer === undefined) throw new Error(`The drill chose answer ${r.answerIndex + 1} of "${turn.beatId}", which has no such answer.`);
    response = {
      kind: 'choice',
      answerIndex: r.answerIndex,
      position: shown.indexOf(r.answerIndex),
      text: answer.text,
      effects: answer.effects,
      critical: answer.critical === true,
    };
    rebutted = idsOf(answer.rebuts);
    authorFeedback = answer.feedback ?? null;
  } else if (r.kind === 'text') {
    response = {
      kind: 'text',
      text: r.text,
      matched: matchedLines(beat.free_text?.rubric ?? [], turn, r.matchedLines),
      overLimit: r.overLimit,
      notCounted: r.notCounted ?? [],
      stuffing: r.stuffing ?? null,
    };
    rebutted = idsOf(beat.free_text?.rebuts);
    authorFeedback = beat.free_text?.feedback ?? null;
  } else {
    response = r;
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
