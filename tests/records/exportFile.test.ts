import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../src/records/exportFile.ts';
import { parseRecordsFile } from '../../src/records/importFile.ts';
import { openRecordsStore } from '../../src/records/recordsStore.ts';
import { sampleRecords } from '../fixtures/debrief/records.ts';

describe('JSON export and import round trip', () => {
  it('gives back exactly the records exported', () => {
    const records = sampleRecords();
    const parsed = parseRecordsFile(exportJson(records, new Date('2025-04-01T00:00:00Z')));
    expect(parsed).toEqual({ ok: true, records });
  });

  it('moves all records from one browser to another (two databases) unchanged', async () => {
    const here = await openRecordsStore({ name: 'roundtrip-here' });
    for (const r of sampleRecords()) await here.put(r);
    const file = exportJson(await here.list());
    here.close();

    const there = await openRecordsStore({ name: 'roundtrip-there' });
    const parsed = parseRecordsFile(file);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    expect(await there.importRecords(parsed.records)).toEqual({ added: 3, alreadyThere: 0 });
    const reopened = await openRecordsStore({ name: 'roundtrip-here' });
    expect(await there.list()).toEqual(await reopened.list());
    // Newest first: the sample dates grow with the drill number.
    expect((await there.list()).map((r) => r.id)).toEqual(['drill-3', 'drill-2', 'drill-1']);
    there.close();
    reopened.close();
  });

  it('exports one drill as a file of one record', () => {
    const [one] = sampleRecords();
    const parsed = parseRecordsFile(exportJson([one!]));
    expect(parsed.ok && parsed.records.map((r) => r.id)).toEqual(['drill-1']);
  });

  it('reads a file saved with a byte order mark', () => {
    const parsed = parseRecordsFile(`\uFEFF${exportJson(sampleRecords())}`);
    expect(parsed.ok).toBe(true);
  });
});
