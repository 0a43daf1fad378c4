// One finished drill as it is kept in the browser and exported: enough to list it, chart it,
// export it as CSV without the scenario at hand, and replay it from its event log.
// zod/mini: tree-shaken, so validating records does not bring the whole of zod into the app.
import * as z from 'zod/mini';
import type { DrillReport } from '../core/report/report.ts';
import type { Text } from '../core/scenario/schema.ts';
import type { LogEntry, ScoreCard, SessionOptions } from '../core/session/types.ts';
import { SKILL_IDS } from '../core/skills.ts';
import { currentFormat } from './migrations/index.ts';

// z.number() refuses Infinity and NaN.
const finite = z.number();
const seconds = z.number().check(z.minimum(0));
const percent = z.number().check(z.minimum(0), z.maximum(100));
/** A scenario text: one string, or one per language (as in the scenario format). */
const TextSchema = z.union([z.string(), z.record(z.string(), z.string())]);

const SkillScoreSchema = z.strictObject({
  skill: z.enum(SKILL_IDS),
  raw: finite,
  min: finite,
  max: finite,
  percent,
});

export const ScoreCardSchema = z.strictObject({ skills: z.array(SkillScoreSchema), overall: percent });

const id = z.string().check(z.minLength(1), z.maxLength(200));
const injectWhat = z.union([z.strictObject({ rumour: id }), z.strictObject({ event: id })]);
export const LogEntrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), at: seconds }),
  z.strictObject({ type: z.literal('tick'), at: seconds }),
  z.strictObject({ type: z.literal('choose'), at: seconds, answerIndex: z.int().check(z.minimum(0)) }),
  z.strictObject({ type: z.literal('type'), at: seconds, text: z.string().check(z.maxLength(20_000)) }),
  z.strictObject({ type: z.literal('pause'), at: seconds }),
  z.strictObject({ type: z.literal('resume'), at: seconds }),
  z.strictObject({ type: z.literal('inject'), at: seconds, what: injectWhat }),
  z.strictObject({ type: z.literal('end'), at: seconds }),
]);

export const RecordBeatSchema = z.strictObject({
  beatId: id,
  ask: TextSchema,
  askedAt: seconds,
  answeredAt: seconds,
  response: z.enum(['choice', 'text', 'timeout', 'ended']),
  /** The chosen answer's text, or what the trainee typed; null for silence. */
  answer: z.nullable(TextSchema),
  /** 1-based answer number for a choice. */
  choice: z.nullable(z.int().check(z.minimum(1))),
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
  options: z.strictObject({ answerTimeFactor: z.optional(z.nullable(z.number().check(z.minimum(0)))) }),
  /** Drill seconds from the start to the end. */
  elapsed: seconds,
  score: ScoreCardSchema,
  ending: z.nullable(z.strictObject({ id, text: TextSchema, reason: z.enum(['end', 'duration', 'facilitator']) })),
  beats: z.array(RecordBeatSchema),
  log: z.array(LogEntrySchema).check(z.maxLength(1_000_000)),
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
  ending: { id: string; text: Text; reason: 'end' | 'duration' | 'facilitator' } | null;
  beats: RecordBeat[];
  log: LogEntry[];
}

/** "  Nguyễn  Văn A " and "nguyen van a" are the same trainee. */
export function traineeKeyOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function recordBeatsOf(report: DrillReport): RecordBeat[] {
  return report.beats.map((b) => ({
    beatId: b.beatId,
    ask: b.ask,
    askedAt: b.askedAt,
    answeredAt: b.answeredAt,
    response: b.response.kind,
    answer: b.response.kind === 'choice' || b.response.kind === 'text' ? b.response.text : null,
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
