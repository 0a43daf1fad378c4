// One finished drill as it is kept in the browser and exported: enough to list it, chart it,
// export it as CSV without the scenario at hand, and replay it from its event log.
// zod/mini: tree-shaken, so validating records does not bring the whole of zod into the app.
import * as z from 'zod/mini';
import type { DrillReport } from '../core/report/report.ts';
import type { Text } from '../core/scenario/schema.ts';
import { ANSWER_KINDS } from '../core/answers/registry.ts';
import { END_REASONS, type EndReason } from '../core/engine/drillContext.ts';
import type { LogEntry, ScoreCard, SessionOptions } from '../core/session/types.ts';
import { LIMITS } from '../core/scenario/limits.ts';
import { DRILL_LIMITS, DrillLogSchema, drillId, drillSeconds, SessionOptionsSchema } from '../core/session/logSchema.ts';
import { SKILL_IDS } from '../core/skills.ts';
import { foldName } from '../core/text/fold.ts';
import type { ScoreAdjustment } from '../core/report/adjustments.ts';
import { ScoreAdjustmentSchema } from './adjustments.ts';
import { currentFormat } from './migrations/index.ts';

// z.number() refuses Infinity and NaN.
const finite = z.number();
const seconds = drillSeconds;
const percent = z.number().check(z.minimum(0), z.maximum(100));
const id = drillId;
/** A text of the scenario's (title, question, answer, ending): as long as the format allows. */
const scenarioString = z.string().check(z.maxLength(LIMITS.maxTextLength));
/** A scenario text: one string, or one per language (as in the scenario format). */
const TextSchema = z.union([
  scenarioString,
  z.record(z.string().check(z.maxLength(16)), scenarioString).check(z.refine((t) => Object.keys(t).length <= 8, 'more than 8 languages')),
]);
/** What the trainee typed, or the text of the answer they chose. */
const AnswerTextSchema = z.union([z.string().check(z.maxLength(DRILL_LIMITS.maxTypedChars)), TextSchema]);

const SkillScoreSchema = z.strictObject({
  skill: z.enum(SKILL_IDS),
  raw: finite,
  min: finite,
  max: finite,
  percent,
});

// A critical error (engine/critical.ts) caps the overall score; records from before it have none.
const CriticalErrorSchema = z.strictObject({ beatId: id, answerIndex: z.int().check(z.minimum(0), z.maximum(100)), at: seconds, reason: TextSchema });

const ScoreCardSchema = z.strictObject({
  skills: z.array(SkillScoreSchema).check(z.maxLength(SKILL_IDS.length)),
  overall: percent,
  critical: z.optional(z.array(CriticalErrorSchema).check(z.maxLength(DRILL_LIMITS.maxLogEntries))),
  uncapped: z.optional(percent),
});

/** How a question closed: each answer kind's turn (core/answers/registry.ts: choice, text), silence,
 *  the conference ended, or a live drill's facilitator skipped it, not scored (engine/skip.ts). */
const RECORD_RESPONSES = [...ANSWER_KINDS.map((kind) => kind.turn), 'timeout', 'ended', 'skipped'] as const;

const RecordBeatSchema = z.strictObject({
  beatId: id,
  ask: TextSchema,
  askedAt: seconds,
  answeredAt: seconds,
  response: z.enum(RECORD_RESPONSES),
  /** The chosen answer's text, or what the trainee typed; null for silence. */
  answer: z.nullable(AnswerTextSchema),
  /** 1-based answer number for a choice. */
  choice: z.nullable(z.int().check(z.minimum(1), z.maximum(101))),
  /** Net points per skill for this question. */
  points: z.partialRecord(z.enum(SKILL_IDS), finite),
  choseBest: z.boolean(),
});
export type RecordBeat = z.infer<typeof RecordBeatSchema>;

export const DrillRecordSchema = z.strictObject({
  format: z.int(),
  id,
  trainee: z.string().check(z.maxLength(200)),
  /** The trainee's name folded for grouping: case, diacritics and spacing ignored. */
  traineeKey: z.string().check(z.maxLength(200)),
  scenarioId: id,
  scenarioTitle: TextSchema,
  /** ISO 8601, when the drill ended. */
  date: z.iso.datetime({ offset: true }),
  options: SessionOptionsSchema,
  /** Drill seconds from the start to the end. */
  elapsed: seconds,
  score: ScoreCardSchema,
  ending: z.nullable(z.strictObject({ id, text: TextSchema, reason: z.enum(END_REASONS) })),
  beats: z.array(RecordBeatSchema).check(z.maxLength(DRILL_LIMITS.maxLogEntries)),
  /** A facilitator's adjustments of typed answers (records/adjustments.ts); `score` includes them. */
  adjustments: z.optional(z.array(ScoreAdjustmentSchema).check(z.maxLength(1000))),
  /** The engine's score card, kept once adjustments change `score`. */
  engineScore: z.optional(ScoreCardSchema),
  /** Imported while its scenario was not installed: the scores are as exported, not worked out
   *  again from the log here (records/rescoreImport.ts). */
  unverified: z.optional(z.literal(true)),
  /** A hot-seat drill's share of one trainee (records/seatRecord.ts): `score` and `beats` are theirs. */
  seat: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  log: DrillLogSchema,
});

export interface DrillRecord {
  format: number;
  id: string;
  trainee: string;
  traineeKey: string;
  scenarioId: string;
  scenarioTitle: Text;
  date: string;
  options: SessionOptions;
  elapsed: number;
  score: ScoreCard;
  ending: { id: string; text: Text; reason: EndReason } | null;
  beats: RecordBeat[];
  adjustments?: ScoreAdjustment[];
  engineScore?: ScoreCard;
  unverified?: true;
  /** A hot-seat drill's share of one trainee (records/seatRecord.ts): `score` and `beats` are theirs. */
  seat?: string;
  log: LogEntry[];
}

/** "  Nguyễn  Văn A " and "nguyen van a" are the same trainee. */
export function traineeKeyOf(name: string): string {
  return foldName(name);
}

function recordBeatsOf(report: DrillReport): RecordBeat[] {
  return report.beats.map((b) => ({
    beatId: b.beatId,
    ask: b.ask,
    askedAt: b.askedAt,
    answeredAt: b.answeredAt,
    response: b.response.kind,
    // Every answer kind's report carries what was said as `text` (core/answers/registry.ts).
    answer: 'text' in b.response ? b.response.text : null,
    choice: b.response.kind === 'choice' ? b.response.answerIndex + 1 : null,
    points: b.net as RecordBeat['points'],
    choseBest: b.choseBest,
  }));
}

export interface RecordInput {
  id: string;
  trainee: string;
  date: Date;
  options: SessionOptions;
  log: readonly LogEntry[];
}

export function recordFromReport(report: DrillReport, input: RecordInput): DrillRecord {
  return {
    format: currentFormat(),
    id: input.id,
    trainee: input.trainee.trim(),
    traineeKey: traineeKeyOf(input.trainee),
    scenarioId: report.scenarioId,
    scenarioTitle: report.title,
    date: input.date.toISOString(),
    options: { ...input.options },
    elapsed: report.elapsed,
    score: report.score,
    ending: report.ending,
    beats: recordBeatsOf(report),
    log: [...input.log],
  };
}
