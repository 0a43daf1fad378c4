import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportJson, FILE_KIND } from '../../src/records/exportFile.ts';
import { parseRecordsFile, type ImportProblem } from '../../src/records/importFile.ts';
import { currentFormat } from '../../src/records/migrations/index.ts';
import { openRecordsStore, type RecordsStore } from '../../src/records/recordsStore.ts';
import { sampleRecord, sampleRecords } from '../fixtures/debrief/records.ts';

function problemOf(text: string): ImportProblem | null {
  const parsed = parseRecordsFile(text);
  return parsed.ok ? null : parsed.problem;
}

function withRecords(records: unknown[], format = currentFormat()): string {
  return JSON.stringify({ kind: FILE_KIND, format, exportedAt: '2025-04-01T00:00:00Z', records });
}

describe('import refuses bad files', () => {
  it('says a file is not JSON (a CSV, or a cut-off download)', () => {
    expect(problemOf('drill_id,trainee\n1,An')).toEqual({ code: 'not-json' });
    const whole = exportJson(sampleRecords());
    expect(problemOf(whole.slice(0, whole.length / 2))).toEqual({ code: 'not-json' });
  });

  it('says a JSON file is not drill records (a scenario, a settings file, an array)', () => {
    expect(problemOf('{"format":1,"id":"flood","beats":{}}')).toEqual({ code: 'not-records' });
    expect(problemOf('[]')).toEqual({ code: 'not-records' });
    expect(problemOf(JSON.stringify({ kind: 'something-else', format: 1, records: [] }))).toEqual({ code: 'not-records' });
  });

  it('says a file comes from a newer Podium, in the envelope or in one record', () => {
    const newer = currentFormat() + 1;
    expect(problemOf(withRecords([sampleRecord(1)], newer))).toEqual({ code: 'newer-format', found: newer, supported: currentFormat() });
    expect(problemOf(withRecords([sampleRecord(1), { ...sampleRecord(2), format: newer }]))).toEqual({
      code: 'newer-format',
      found: newer,
      supported: currentFormat(),
    });
  });

  it('names the damaged record and the field', () => {
    const badScore = { ...sampleRecord(2), score: { ...sampleRecord(2).score, overall: 'high' } };
    expect(problemOf(withRecords([sampleRecord(1), badScore]))).toMatchObject({
      code: 'corrupted',
      record: 2,
      detail: expect.stringContaining('score.overall'),
    });
    const badLog = { ...sampleRecord(1), log: [{ type: 'choose', at: -4, answerIndex: 0 }] };
    expect(problemOf(withRecords([badLog]))).toMatchObject({ code: 'corrupted', record: 1, detail: expect.stringContaining('log.0') });
    expect(problemOf(withRecords([sampleRecord(1), sampleRecord(1)]))).toMatchObject({
      code: 'corrupted',
      record: 2,
      detail: expect.stringContaining('twice'),
    });
    expect(problemOf(withRecords(['not a record']))).toMatchObject({ code: 'corrupted', record: 1 });
    const { format: _f, ...noFormat } = sampleRecord(1);
    expect(problemOf(withRecords([noFormat]))).toMatchObject({ code: 'corrupted', record: 1 });
  });
});

describe('a refused or partly known import changes nothing stored', () => {
  let store: RecordsStore;
  let n = 0;
  beforeEach(async () => {
    store = await openRecordsStore({ name: `import-test-${++n}` });
    await store.put(sampleRecord(1));
    await store.put(sampleRecord(2, 'Trần Thị Bình'));
  });

  it('keeps the stored records when a file is refused', async () => {
    const before = await store.list();
    const bad = withRecords([sampleRecord(5), { ...sampleRecord(6), date: 'yesterday' }]);
    const parsed = parseRecordsFile(bad);
    expect(parsed.ok).toBe(false);
    expect(await store.list()).toEqual(before);
    store.close();
  });

  it('keeps the stored copy of a drill already there and adds only new ones', async () => {
    const before = await store.get('drill-1');
    const changed = { ...sampleRecord(1), trainee: 'Someone Else' };
    const outcome = await store.importRecords([changed, sampleRecord(7)]);
    expect(outcome).toEqual({ added: 1, alreadyThere: 1 });
    expect(await store.get('drill-1')).toEqual(before);
    expect((await store.list()).map((r) => r.id).sort()).toEqual(['drill-1', 'drill-2', 'drill-7']);
    store.close();
  });

  it('adds none when one record of the batch cannot be stored', async () => {
    const before = await store.list();
    const broken = { ...sampleRecord(8), elapsed: Number.NaN };
    await expect(store.importRecords([sampleRecord(9), broken])).rejects.toThrow();
    expect(await store.list()).toEqual(before);
    store.close();
  });
});
