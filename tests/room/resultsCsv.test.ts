// The class results' question sheet: the original columns in place, then who was at the podium
// (hot seat), the question's words, and a live item's kind, the trainee's typed answer, the
// facilitator's points and reason — on the room's rating poll of that item, or on a row of its own.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { POLL_COLUMNS, pollsCsv } from '../../src/room/resultsCsv.ts';
import type { LiveItemRow, PollRow } from '../../src/room/roomStore.ts';

const poll = (p: Partial<PollRow>): PollRow => ({
  id: 'p',
  session_id: 's',
  seq: 1,
  beat_id: 'q-open',
  kind: 'choice',
  prompt: { vi: 'Đập có an toàn không?', en: 'Is the dam safe?' },
  options: ['a', 'b', 'c'],
  option_count: 3,
  best: 0,
  trainee_choice: 0,
  trainee: null,
  closed_at: null,
  revealed: false,
  reveal_best: false,
  version: 1,
  ...p,
});

const live = (l: Partial<LiveItemRow>): LiveItemRow => ({
  session_id: 's',
  key: 'k',
  at: 95,
  kind: 'question',
  ask: 'Ai chịu trách nhiệm?',
  answer: null,
  trainee: 'Bình',
  effects: { composure: 2, accuracy: -1 },
  reason: 'Bình tĩnh nhưng nêu số liệu chưa kiểm chứng',
  ...l,
});

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('the room questions spreadsheet', () => {
  it('keeps the original columns first and appends the trainee and live-item columns', () => {
    expect(POLL_COLUMNS.slice(0, 9)).toEqual([
      'question',
      'beat',
      'kind',
      'votes',
      'counts_by_option',
      'best_option',
      'trainee_option',
      'best_share_percent',
      'mean_stars',
    ]);
    expect(POLL_COLUMNS.slice(9)).toEqual(['trainee', 'question_text', 'live_kind', 'live_answer', 'live_points', 'live_reason']);
    expect(parse(pollsCsv([], [])).meta.fields).toEqual([...POLL_COLUMNS]);
  });

  it('names who answered each question and how the facilitator scored a live item', () => {
    const polls = [
      poll({ id: 'p1', seq: 1, trainee: 'An' }),
      poll({
        id: 'p2',
        seq: 2,
        beat_id: 'live',
        kind: 'rating',
        prompt: 'Ai  chịu trách nhiệm?',
        options: [],
        option_count: 5,
        best: null,
        trainee_choice: null,
      }),
    ];
    const tallies = [
      { pollId: 'p1', version: 3, counts: [2, 1, 0], total: 3 },
      { pollId: 'p2', version: 2, counts: [], total: 2, stars: [0, 0, 1, 1, 0], skills: {} },
    ];
    const items = [
      live({ key: 'rated' }),
      live({
        key: 'call',
        at: 140,
        kind: 'call',
        ask: 'Một phóng viên gọi hỏi về số người mất tích',
        answer: 'Chưa có ai mất tích',
        trainee: 'An',
        effects: { transparency: 1 },
        reason: '=ok',
      }),
    ];
    const rows = parse(pollsCsv(polls, tallies, items, 'en')).data;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ question: '1', beat: 'q-open', trainee_option: '1', trainee: 'An', question_text: 'Is the dam safe?', live_kind: '' });
    // The room's rating of the live question carries the item (matched on its words).
    expect(rows[1]).toMatchObject({
      question: '2',
      kind: 'rating',
      mean_stars: '3.5',
      trainee: 'Bình',
      question_text: 'Ai  chịu trách nhiệm?',
      live_kind: 'question',
      live_answer: '',
      live_points: 'accuracy -1; composure +2',
      live_reason: 'Bình tĩnh nhưng nêu số liệu chưa kiểm chứng',
    });
    // A live item the room did not rate has a row of its own; a reason that looks like a formula is neutralised.
    expect(rows[2]).toEqual({
      question: '',
      beat: 'live',
      kind: 'live',
      votes: '0',
      counts_by_option: '',
      best_option: '',
      trainee_option: '',
      best_share_percent: '',
      mean_stars: '',
      trainee: 'An',
      question_text: 'Một phóng viên gọi hỏi về số người mất tích',
      live_kind: 'call',
      live_answer: 'Chưa có ai mất tích',
      live_points: 'transparency +1',
      live_reason: "'=ok",
    });
    expect(parse(pollsCsv(polls, tallies, items, 'vi')).data[0]!.question_text).toBe('Đập có an toàn không?');
  });
});
