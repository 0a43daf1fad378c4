// A live drill's question sheet says who was at the podium for each answer (hot seat) and has a
// row for each live item the facilitator scored, between the questions, in drill time; the
// columns before them stay as they were.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/core/session/types.ts';
import { BEAT_COLUMNS, beatsCsv } from '../../src/records/csv.ts';
import { sampleRecord } from '../fixtures/debrief/records.ts';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('the question sheet of a live drill', () => {
  it('appends the seat and live-item columns after the existing ones', () => {
    expect(BEAT_COLUMNS.slice(-3)).toEqual(['seat', 'live_kind', 'live_reason']);
    expect(BEAT_COLUMNS.indexOf('adjustment_reason')).toBe(BEAT_COLUMNS.length - 4);
  });

  it('names the trainee seated for each answer and lists live items in drill time', () => {
    const plain = sampleRecord(1);
    const [first, second] = plain.beats;
    expect(plain.beats.length, 'the sample drill has three questions').toBe(3);
    // An from the start; Bình sits down while the second question is open, and takes a call then.
    const between = (second!.askedAt + second!.answeredAt) / 2;
    expect(between).toBeGreaterThan(first!.answeredAt);
    const log: LogEntry[] = [
      { type: 'seat', at: 0, trainee: 'An' },
      ...plain.log,
      { type: 'seat', at: between, trainee: 'Bình' },
      {
        type: 'live',
        at: between + 0.01,
        kind: 'call',
        ask: 'Có người mất tích không?',
        effects: { composure: 2, accuracy: -1 },
        reason: '=bình tĩnh',
        answer: 'Chưa',
      },
    ];
    const record = { ...plain, log };
    const back = rows(beatsCsv([record], 'vi'));
    expect(back).toHaveLength(plain.beats.length + 1);
    expect(back[0]).toMatchObject({ question_number: '1', seat: 'An', live_kind: '', live_reason: '' });
    expect(back[1]).toMatchObject({ question_number: '2', seat: 'Bình' });
    expect(back[2]).toMatchObject({
      question_number: '',
      response: 'live',
      question: 'Có người mất tích không?',
      answer: 'Chưa',
      composure: '2',
      accuracy: '-1',
      timeliness: '',
      seat: 'Bình',
      live_kind: 'call',
      live_reason: "'=bình tĩnh",
    });
    expect(back[3]).toMatchObject({ question_number: '3', seat: 'Bình' });

    // A drill without a hot seat leaves the new columns empty and has no extra rows.
    const solo = rows(beatsCsv([plain], 'vi'));
    expect(solo).toHaveLength(plain.beats.length);
    expect(solo.every((r) => r.seat === '' && r.live_kind === '' && r.live_reason === '')).toBe(true);
  });
});
