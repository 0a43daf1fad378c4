import { describe, expect, it } from 'vitest';
import { filterRecords, scenarioChoices, traineeChoices } from '../../../src/ui/history/historyFilters.ts';
import { sampleRecord } from '../../fixtures/debrief/records.ts';

const records = [
  sampleRecord(1, 'nguyen van an'),
  sampleRecord(2, 'Nguyễn Văn An'),
  sampleRecord(3, 'Trần Thị Bình'),
  { ...sampleRecord(4, '  NGUYEN  van An '), scenarioId: 'other', scenarioTitle: { vi: 'Khác', en: 'Other' } },
];

describe('history filters', () => {
  it('treats one name typed several ways as one trainee, shown in its fullest spelling', () => {
    expect(traineeChoices(records)).toEqual([
      { key: 'nguyen van an', name: 'Nguyễn Văn An' },
      { key: 'tran thi binh', name: 'Trần Thị Bình' },
    ]);
  });

  it('filters by trainee, by scenario, and by both', () => {
    const ids = (f: { trainee: string | null; scenarioId: string | null }) => filterRecords(records, f).map((r) => r.id);
    expect(ids({ trainee: null, scenarioId: null })).toEqual(['drill-1', 'drill-2', 'drill-3', 'drill-4']);
    expect(ids({ trainee: 'nguyen van an', scenarioId: null })).toEqual(['drill-1', 'drill-2', 'drill-4']);
    expect(ids({ trainee: null, scenarioId: 'other' })).toEqual(['drill-4']);
    expect(ids({ trainee: 'tran thi binh', scenarioId: 'other' })).toEqual([]);
  });

  it('offers each scenario once', () => {
    expect(scenarioChoices(records).map((c) => c.id)).toEqual(['debrief-dam', 'other']);
  });
});
