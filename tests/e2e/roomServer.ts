// A room server for the browser tests: the built app (the suite's own build) and the phones' page
// served with an in-memory database on a free loopback port, started before a file's tests and
// stopped after them.
import { resolve } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadBundledScenarios } from '../../src/room/bundledScenarios.ts';
import { migrate } from '../../src/room/db/migrate.ts';
import { openDatabase, type Database } from '../../src/room/db/sql.ts';
import { createRoomServer, type RoomServer } from '../../src/room/server.ts';

/** Returns the server's address (available inside tests and later beforeAll hooks). */
export function useRoomServer(facilitatorKey: string): () => string {
  let db: Database | undefined;
  let server: RoomServer | undefined;
  let url = '';
  beforeAll(async () => {
    db = await openDatabase('memory://');
    await migrate(db);
    server = await createRoomServer({
      db,
      facilitatorKey,
      scenarios: loadBundledScenarios(resolve(import.meta.dirname, '../../scenarios')),
      staticDir: inject('distDir') || resolve(import.meta.dirname, '../../dist'),
      tallyEveryMs: 20,
    });
    url = `http://127.0.0.1:${(await server.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });
  return () => url;
}
