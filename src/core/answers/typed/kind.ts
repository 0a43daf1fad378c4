// Typed: the trainee writes an answer (`free_text`), scored by rubric lines that look for phrases
// (engine/rubric.ts). It can match any subset of the lines, so its points range from the sum of
// the negative lines to the sum of the positive ones. It rebuts the free_text's rumours only when
// its matched lines earn more points than they cost: typing anything at all must not count as
// countering a rumour.
import * as z from 'zod/mini';
import { matchRubric, type NotCounted, type Stuffing } from '../../engine/rubric.ts';
import { momentsFromEffects } from '../../engine/scoring.ts';
import { idsOf } from '../../scenario/refs.ts';
import type { Effects, RubricLine, Text } from '../../scenario/schema.ts';
import { DRILL_LIMITS, drillSeconds } from '../../session/drillLimits.ts';
import type { TurnRecord } from '../../session/types.ts';
import type { AnswerKind } from '../types.ts';

/** The machine event: the text the trainee sent. */
export type TypedEvent = { type: 'answerText'; text: string };
/** The log entry (saved drills and records keep this shape: never change it without a migration). */
export type TypedEntry = { type: 'type'; at: number; text: string };
export const typedEntrySchema = z.strictObject({ type: z.literal('type'), at: drillSeconds, text: z.string().check(z.maxLength(DRILL_LIMITS.maxTypedChars)) });
/** The turn record's response. */
export type TypedTurn = {
  kind: 'text';
  text: string;
  matchedLines: number[];
  overLimit: boolean;
  /** Rubric phrases found but not counted (denied, excluded by `unless`, fragments of a list). */
  notCounted?: NotCounted[];
  /** Set when the answer reads as a list of rubric phrases rather than an answer. */
  stuffing?: Stuffing;
};
/** Why a point moved: a rubric line the text matched, with the phrases found. */
export type TypedSource = { kind: 'rubric'; beatId: string; lineIndex: number; matched: string[] };
/** The BeatView's piece: null when the beat takes no typed answer. */
export type TypedView = { freeText: { maxWords: number | null } | null };

export interface MatchedRubricLine {
  lineIndex: number;
  skill: string;
  points: number;
  /** The phrases of the line that the typed text contained. */
  matched: string[];
  feedback: Text | null;
}

/** In the debrief. */
export type TypedReport = {
  kind: 'text';
  text: string;
  matched: MatchedRubricLine[];
  overLimit: boolean;
  /** Rubric phrases found but not counted, with the reason (denied, `unless`, a list's fragment). */
  notCounted: NotCounted[];
  /** Set when the answer reads as a list of rubric phrases. */
  stuffing: Stuffing | null;
};

function matchedLines(lines: RubricLine[], turn: TurnRecord, indexes: number[]): MatchedRubricLine[] {
  return indexes.flatMap((lineIndex) => {
    const line = lines[lineIndex];
    if (line === undefined) return [];
    const moment = turn.moments.find((m) => m.source.kind === 'rubric' && m.source.lineIndex === lineIndex);
    const matched = moment?.source.kind === 'rubric' ? moment.source.matched : [];
    return [{ lineIndex, skill: line.skill, points: line.points, matched, feedback: line.feedback ?? null }];
  });
}

export const typedKind: AnswerKind = {
  id: 'typed',
  key: 'free_text',
  label: 'typed',
  numbered: false,
  offers: (beat) => beat.free_text !== undefined,
  responses(beat) {
    const free = beat.free_text;
    if (!free) return [];
    const low: Effects = {};
    const high: Effects = {};
    for (const line of free.rubric) {
      const side = line.points < 0 ? low : high;
      side[line.skill] = (side[line.skill] ?? 0) + line.points;
    }
    return [{ index: 0, path: ['free_text'], next: free.next, low, high, rebuts: idsOf(free.rebuts), set: free.set ?? [] }];
  },
  texts(beat) {
    const free = beat.free_text;
    if (!free) return [];
    return [
      ...(free.model_answer === undefined ? [] : [{ text: free.model_answer, path: ['free_text', 'model_answer'] }]),
      ...(free.feedback === undefined ? [] : [{ text: free.feedback, path: ['free_text', 'feedback'] }]),
      ...free.rubric.flatMap((line, i) => (line.feedback === undefined ? [] : [{ text: line.feedback, path: ['free_text', 'rubric', i, 'feedback'] }])),
    ];
  },
  skillPlaces: (beat) =>
    (beat.free_text?.rubric ?? []).map((line, i) => ({
      skill: line.skill,
      path: ['free_text', 'rubric', i, 'skill'],
      place: ['free_text', 'rubric', i],
      anchor: 'value' as const,
    })),

  machine: { guard: 'typed', action: 'answerText' },
  event: 'answerText',
  stateOf: () => 'typed',
  accepts: (beat, event) => event.type === 'answerText' && beat.free_text !== undefined && typeof event.text === 'string' && event.text.trim() !== '',
  outcome(rules, ctx, beatId, beat, event) {
    const free = beat.free_text;
    if (event.type !== 'answerText' || !free) return null;
    const result = matchRubric(event.text, free.rubric, free.max_words);
    const moments = result.lines.flatMap(({ line, lineIndex, matched }) =>
      momentsFromEffects(rules, { [line.skill]: line.points } as Effects, ctx.now, { kind: 'rubric', beatId, lineIndex, matched }, { feedback: line.feedback }),
    );
    const net = result.lines.reduce((sum, l) => sum + l.line.points, 0);
    return {
      response: {
        kind: 'text',
        text: event.text,
        matchedLines: result.lines.map((l) => l.lineIndex),
        overLimit: result.overLimit,
        ...(result.notCounted.length > 0 ? { notCounted: result.notCounted } : {}),
        ...(result.stuffing ? { stuffing: result.stuffing } : {}),
      },
      moments,
      feedback: free.feedback,
      set: free.set,
      rebuts: net > 0 ? idsOf(free.rebuts) : [],
    };
  },

  entry: 'type',
  eventOf: (entry) => (entry.type === 'type' ? { type: 'answerText', text: entry.text } : null),

  turn: 'text',
  view: (_rules, _beatId, beat): TypedView => ({ freeText: beat.free_text ? { maxWords: beat.free_text.max_words ?? null } : null }),
  report(_scenario, beat, turn) {
    const r = turn.response;
    if (r.kind !== 'text') return null;
    return {
      response: {
        kind: 'text',
        text: r.text,
        matched: matchedLines(beat.free_text?.rubric ?? [], turn, r.matchedLines),
        overLimit: r.overLimit,
        notCounted: r.notCounted ?? [],
        stuffing: r.stuffing ?? null,
      },
      rebuts: idsOf(beat.free_text?.rebuts),
      feedback: beat.free_text?.feedback ?? null,
    };
  },
};
