// Format 1: one object store of drill records keyed by id, with the indexes the history screen
// filters and sorts by.
import { DRILLS_STORE, type Migration } from './migration.ts';

export const createDrillsStore: Migration = {
  version: 1,
  upgradeDatabase(db) {
    const store = db.createObjectStore(DRILLS_STORE, { keyPath: 'id' });
    store.createIndex('by-date', 'date');
    store.createIndex('by-scenario', 'scenarioId');
    store.createIndex('by-trainee', 'traineeKey');
  },
};
