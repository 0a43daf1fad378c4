// A room server for the browser tests: the built app (the suite's own build) and the phones' page
// served with an in-memory database on a free loopback port, started before a file's tests and
// stopped after them.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { loadBundledScenarios } from '../../src/room/bundledScenarios.ts';
import { migrate } from '../../src/room/db/migrate.ts';
import { openDatabase, type Database } from '../../src/room/db/sql.ts';
import { createRoomServer, type RoomServer } from '../../src/room/server.ts';
import { openPage, type OpenedPage } from './harness.ts';
import { openConsole } from './liveSetup.ts';

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

/** Phones join the room as participants do: a name typed, or "anonymous" ticked (null). */
export async function joinPhones(
  browser: Browser,
  url: string,
  code: string,
  people: readonly { name: string | null; lang: 'vi' | 'en' }[],
): Promise<OpenedPage[]> {
  const phones: OpenedPage[] = [];
  for (const { name, lang } of people) {
    const p = await openPage(browser, `${url}/phone.html?code=${code}&lang=${lang}`, { width: 390, height: 844 });
    if (name) await p.page.fill('#name', name);
    else await p.page.check('#anonymous');
    await p.page.click('button[type=submit]');
    await p.page.waitForSelector('section h2');
    phones.push(p);
  }
  return phones;
}

/**
 * The facilitator console beside the projector (same browser context, as a second window on the
 * laptop), once its Room panel has attached to the session the projector opened (join `code`).
 */
export async function openRoomConsole(
  context: BrowserContext,
  url: string,
  code: string,
  size: { width: number; height: number },
): Promise<{ desk: Page; errors: string[] }> {
  const { desk, deskErrors } = await openConsole(context, 'vi', size, url);
  await desk.waitForFunction((c) => document.querySelector('[data-panel="room"] .c-room-code')?.textContent === c, code, { timeout: 15_000 });
  return { desk, errors: deskErrors };
}

/** The end of a room test: no page error on the console, the phones or the projector; all closed. */
export async function closeRoom(proj: OpenedPage, deskErrors: string[], phones: OpenedPage[]): Promise<void> {
  expect(deskErrors).toEqual([]);
  for (const p of phones) {
    p.assertNoErrors();
    await p.close();
  }
  proj.assertNoErrors();
  await proj.close();
}
