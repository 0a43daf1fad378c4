// Spreadsheet exports: one row per drill, and one row per question asked (a live drill's also one
// per live item the facilitator scored, and who was at the podium for each). Quoting is
// papaparse's (commas, quotes and line breaks in typed answers); cells a spreadsheet would run as
// a formula are neutralised here, line by line. Columns are only ever appended.
import Papa from 'papaparse';
import { seatedAt, seatsOf } from '../core/live/hotSeat.ts';
import { clampPoints, liveItemsOf } from '../core/live/liveScore.ts';
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
  'engine_overall',
  'adjustments',
  'scores_checked',
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
  'adjustment',
  'adjustment_reason',
  'seat',
  'live_kind',
  'live_reason',
] as const;

export type Cell = string | number | boolean | null;

/** Header cells: the column keys unless the screen passes words in the reader's language. */
export type HeaderLabels = (column: string) => string;

function rounded(value: number): number {
  return Math.round(value * 10) / 10;
}

// A spreadsheet may run a cell that starts with = + - @ (or a tab or CR before one, or their
// full-width forms); some readers also split a quoted cell at its line breaks. So every line of a
// text cell that starts like that gets a ' in front, which the spreadsheet shows as plain text.
// (papaparse's own escapeFormulae misses a cell that holds a line break.) Numbers stay numbers.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormulae(value: string): string {
  const lines = value.split(/(\r\n|\n|\r)/);
  // Odd indexes are the line breaks themselves; a cell that starts with a break also gets one.
  if (/^[\r\n]/.test(value)) lines[0] = "'";
  return lines.map((line, i) => (i % 2 === 0 && FORMULA_START.test(line) ? `'${line}` : line)).join('');
}

export function toCsv(columns: readonly string[], rows: Cell[][], labels: HeaderLabels = (c) => c): string {
  const safe = (cell: Cell) => (typeof cell === 'string' ? neutraliseFormulae(cell) : cell);
  return Papa.unparse(
    { fields: columns.map((c) => neutraliseFormulae(labels(c))), data: rows.map((row) => row.map(safe)) },
    { escapeFormulae: false, newline: '\r\n' },
  );
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
      rounded((r.engineScore ?? r.score).overall),
      r.adjustments?.length ?? 0,
      // No for a record imported while its scenario was not installed (records/rescoreImport.ts).
      !r.unverified,
    ];
  });
  return toCsv(DRILL_COLUMNS, rows, labels);
}

/** A facilitator's adjustments of one question: "accuracy +2; composure -1" (skill first: a cell starting with + or - would be neutralised as a formula), and their reasons. */
function adjustmentCells(r: DrillRecord, order: number): [string, string] {
  const of = (r.adjustments ?? []).filter((a) => a.beatOrder === order);
  return [of.map((a) => `${a.skill} ${a.points > 0 ? '+' : ''}${a.points}`).join('; '), of.map((a) => a.reason).join('; ')];
}

/** A live item the facilitator put and scored, as a row between the questions (response `live`). */
function liveRow(r: DrillRecord, item: ReturnType<typeof liveItemsOf>[number], seat: string): Cell[] {
  return [
    r.id,
    r.trainee,
    r.scenarioId,
    r.date,
    '',
    '',
    item.ask,
    rounded(item.at),
    rounded(item.at),
    '',
    'live',
    '',
    item.answer ?? '',
    ...SKILL_IDS.map((skill) => (item.effects[skill] === undefined ? '' : clampPoints(item.effects[skill]))),
    '',
    '',
    '',
    seat,
    item.kind,
    item.reason,
  ];
}

export function beatsCsv(records: readonly DrillRecord[], lang: string, labels: HeaderLabels = (c) => c): string {
  const rows = records.flatMap((r) => {
    // Hot seat: each answer is credited to whoever sat at the podium when it was given (core/live/hotSeat.ts).
    const seats = seatsOf(r.log);
    const seatAt = (at: number) => (seats.length ? (seatedAt(seats, at) ?? '') : '');
    const live = liveItemsOf(r.log);
    const out: Cell[][] = [];
    const liveUntil = (at: number) => {
      while (live.length && live[0]!.at < at) {
        const item = live.shift()!;
        out.push(liveRow(r, item, seatAt(item.at)));
      }
    };
    r.beats.forEach((b, index) => {
      liveUntil(b.askedAt);
      out.push(beatRow(r, b, index, lang, labels, seatAt(b.answeredAt)));
    });
    liveUntil(Number.POSITIVE_INFINITY);
    return out;
  });
  return toCsv(BEAT_COLUMNS, rows, labels);
}

function beatRow(r: DrillRecord, b: DrillRecord['beats'][number], index: number, lang: string, labels: HeaderLabels, seat: string): Cell[] {
  return [
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
    // A skipped question says so in the reader's words (the header labels' `skipped`).
    b.response === 'skipped' ? labels('skipped') : b.answer === null ? '' : resolveText(b.answer, lang),
    ...SKILL_IDS.map((skill) => b.points[skill] ?? ''),
    b.choseBest,
    ...adjustmentCells(r, index),
    seat,
    '',
    '',
  ];
}
