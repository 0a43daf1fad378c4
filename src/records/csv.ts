// Spreadsheet exports: one row per drill, and one row per question asked. Quoting and escaping
// are papaparse's (commas, quotes and line breaks in typed answers, and cells that a spreadsheet
// would run as a formula).
import Papa from 'papaparse';
import { SKILL_IDS } from '../core/skills.ts';
import { resolveText } from '../i18n/resolveText.ts';
import type { DrillRecord } from './drillRecord.ts';

export const DRILL_COLUMNS = [
  'drill_id',
  'trainee',
  'scenario_id',
  'scenario',
  'date',
  'elapsed_seconds',
  'ending',
  'overall',
  ...SKILL_IDS,
  'answer_time_factor',
] as const;

export const BEAT_COLUMNS = [
  'drill_id',
  'trainee',
  'scenario_id',
  'date',
  'question_number',
  'beat_id',
  'question',
  'asked_at_seconds',
  'answered_at_seconds',
  'answer_seconds',
  'response',
  'choice',
  'answer',
  ...SKILL_IDS,
  'chose_best',
] as const;

type Cell = string | number | boolean | null;

/** Header cells: the column keys unless the screen passes words in the reader's language. */
export type HeaderLabels = (column: string) => string;

function rounded(value: number): number {
  return Math.round(value * 10) / 10;
}

function toCsv(columns: readonly string[], rows: Cell[][], labels: HeaderLabels): string {
  return Papa.unparse({ fields: columns.map(labels), data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

export function drillsCsv(records: readonly DrillRecord[], lang: string, labels: HeaderLabels = (c) => c): string {
  const rows = records.map((r): Cell[] => {
    const percent = new Map(r.score.skills.map((s) => [s.skill, rounded(s.percent)]));
    return [
      r.id,
      r.trainee,
      r.scenarioId,
      resolveText(r.scenarioTitle, lang),
      r.date,
      rounded(r.elapsed),
      r.ending ? resolveText(r.ending.text, lang) : '',
      rounded(r.score.overall),
      ...SKILL_IDS.map((skill) => percent.get(skill) ?? ''),
      r.options.answerTimeFactor === undefined ? 1 : r.options.answerTimeFactor === null ? 'off' : r.options.answerTimeFactor,
    ];
  });
  return toCsv(DRILL_COLUMNS, rows, labels);
}

export function beatsCsv(records: readonly DrillRecord[], lang: string, labels: HeaderLabels = (c) => c): string {
  const rows = records.flatMap((r) =>
    r.beats.map((b, index): Cell[] => [
      r.id,
      r.trainee,
      r.scenarioId,
      r.date,
      index + 1,
      b.beatId,
      resolveText(b.ask, lang),
      rounded(b.askedAt),
      rounded(b.answeredAt),
      rounded(b.answeredAt - b.askedAt),
      b.response,
      b.choice ?? '',
      b.answer === null ? '' : resolveText(b.answer, lang),
      ...SKILL_IDS.map((skill) => b.points[skill] ?? ''),
      b.choseBest,
    ]),
  );
  return toCsv(BEAT_COLUMNS, rows, labels);
}
