// Adjustments kept with the drill record: validated like the rest of the record, in the JSON export
// and in both CSV exports, with the score card recomputed and the engine's card kept.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { adjustRecord } from '../../src/records/adjustments.ts';
import { beatsCsv, drillsCsv } from '../../src/records/csv.ts';
import { DrillRecordSchema } from '../../src/records/drillRecord.ts';
import { exportJson } from '../../src/records/exportFile.ts';
import { parseRecordsFile } from '../../src/records/importFile.ts';
import { sampleRecord } from '../fixtures/debrief/records.ts';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('a drill record with adjustments', () => {
  const record = sampleRecord(1);
  const typedOrder = record.beats.findIndex((b) => b.response === 'text');
  const typed = record.beats[typedOrder]!;
  const skill = record.score.skills[0]!.skill;
  const adjustment = { beatOrder: typedOrder, beatId: typed.beatId, skill, points: 2, reason: ' Said it in other words ', date: '2026-01-02T03:04:05.000Z' };

  it('recomputes the score card and keeps the engine card', () => {
    const adjusted = adjustRecord(record, adjustment);
    expect(adjusted.engineScore).toEqual(record.score);
    expect(adjusted.adjustments).toEqual([{ ...adjustment, reason: 'Said it in other words' }]);
    expect(adjusted.score.skills[0]!.raw).toBe(record.score.skills[0]!.raw + 2);
    const twice = adjustRecord(adjusted, { ...adjustment, points: -2 });
    expect(twice.engineScore).toEqual(record.score);
    expect(twice.score.skills[0]!.raw).toBe(record.score.skills[0]!.raw);
    expect(record.adjustments).toBeUndefined();
  });

  it('refuses an adjustment without a reason or of another question', () => {
    expect(() => adjustRecord(record, { ...adjustment, reason: ' ' })).toThrow(/reason/);
    expect(() => adjustRecord(record, { ...adjustment, beatId: 'q-other' })).toThrow(/no question/);
  });

  it('passes the record schema and survives the JSON export and import', () => {
    const adjusted = adjustRecord(record, adjustment);
    expect(DrillRecordSchema.safeParse(adjusted).success).toBe(true);
    expect(DrillRecordSchema.safeParse({ ...adjusted, adjustments: [{ ...adjustment, points: 40 }] }).success).toBe(false);
    const back = parseRecordsFile(exportJson([adjusted]));
    expect(back.ok && back.records[0]?.adjustments).toEqual(adjusted.adjustments);
    expect(back.ok && back.records[0]?.engineScore).toEqual(record.score);
  });

  it('shows in both CSV exports', () => {
    const adjusted = adjustRecord(record, adjustment);
    const drill = rows(drillsCsv([adjusted], 'en'))[0]!;
    expect(drill.adjustments).toBe('1');
    expect(Number(drill.engine_overall)).toBeCloseTo(record.score.overall, 1);
    expect(Number(drill.overall)).toBeCloseTo(adjusted.score.overall, 1);
    const beats = rows(beatsCsv([adjusted], 'en'));
    expect(beats[typedOrder]).toMatchObject({ adjustment: `${skill} +2`, adjustment_reason: 'Said it in other words' });
    expect(beats.filter((_b, i) => i !== typedOrder).every((b) => b.adjustment === '' && b.adjustment_reason === '')).toBe(true);
  });
});
