import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { currentFormat, migrateRecord, MIGRATIONS, NewerFormatError } from '../../src/records/migrations/index.ts';
import { DRILLS_STORE, type Migration } from '../../src/records/migrations/migration.ts';
import { openRecordsStore } from '../../src/records/recordsStore.ts';
import { sampleRecord } from '../fixtures/debrief/records.ts';

// A later format as a future migration would make it: `trainee` becomes `traineeName`, and an
// index on the ending appears. Shows that records already stored and records imported from older
// files both come up to date.
const renameTrainee: Migration = {
  version: 2,
  upgradeDatabase(_db, tx) {
    tx.objectStore(DRILLS_STORE).createIndex('by-ending', 'ending.id');
  },
  upgradeRecord({ trainee, ...rest }) {
    return { ...rest, traineeName: trainee };
  },
};
const future = [...MIGRATIONS, renameTrainee];

let dbCount = 0;
const freshName = () => `migrations-test-${++dbCount}`;

describe('record migrations', () => {
  it('numbers migrations 1, 2, 3… and the current format is the last number', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
    expect(currentFormat()).toBe(MIGRATIONS.length);
    expect(sampleRecord(1).format).toBe(currentFormat());
  });

  it('runs each later step on an older record, and none on a current one', () => {
    const v1 = sampleRecord(1) as unknown as Record<string, unknown>;
    const up = migrateRecord(v1, future);
    expect(up.format).toBe(2);
    expect(up.traineeName).toBe('Nguyễn Văn An');
    expect(up).not.toHaveProperty('trainee');
    expect(migrateRecord(up, future)).toEqual(up);
    expect(migrateRecord(v1, MIGRATIONS)).toEqual(v1);
  });

  it('refuses a record from a newer format, and one with no format', () => {
    const v2 = { ...sampleRecord(1), format: 2 } as unknown as Record<string, unknown>;
    expect(() => migrateRecord(v2, MIGRATIONS)).toThrow(NewerFormatError);
    const { format: _drop, ...noFormat } = sampleRecord(1);
    expect(() => migrateRecord(noFormat, MIGRATIONS)).toThrow(/format/);
  });

  it('creates the drills store with its indexes on first open', async () => {
    const name = freshName();
    const store = await openRecordsStore({ name });
    store.close();
    const db = await openDB(name);
    expect(db.version).toBe(currentFormat());
    const indexes = [...db.transaction(DRILLS_STORE).store.indexNames].sort();
    expect(indexes).toEqual(['by-date', 'by-scenario', 'by-trainee']);
    db.close();
  });

  it('upgrades the records already stored when a newer version opens the database', async () => {
    const name = freshName();
    const v1 = await openRecordsStore({ name });
    await v1.put(sampleRecord(1));
    await v1.put(sampleRecord(2, 'Trần Thị Bình'));
    v1.close();

    (await openRecordsStore({ name, migrations: future })).close();
    // Read the raw rows: the store itself only speaks the current format.
    const raw = await openDB(name);
    const rows = (await raw.getAll(DRILLS_STORE)) as Record<string, unknown>[];
    expect(raw.version).toBe(2);
    expect(rows.map((r) => [r.id, r.format, r.traineeName, 'trainee' in r])).toEqual([
      ['drill-1', 2, 'Nguyễn Văn An', false],
      ['drill-2', 2, 'Trần Thị Bình', false],
    ]);
    expect([...raw.transaction(DRILLS_STORE).store.indexNames]).toContain('by-ending');
    raw.close();
  });

  it('leaves the database as it was when a step fails', async () => {
    const name = freshName();
    const v1 = await openRecordsStore({ name });
    await v1.put(sampleRecord(1));
    v1.close();
    const broken: Migration = {
      version: 2,
      upgradeRecord() {
        throw new Error('cannot upgrade');
      },
    };
    await expect(openRecordsStore({ name, migrations: [...MIGRATIONS, broken] })).rejects.toBeTruthy();
    const again = await openRecordsStore({ name });
    expect((await again.list()).map((r) => r.id)).toEqual(['drill-1']);
    again.close();
  });
});
