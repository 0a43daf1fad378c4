// A scenario from the studio library played with the room: the app served by the room server
// tells it which scenario the seminar plays; the server does not bundle a library scenario, so the
// laptop sends it whole, the server checks it again and keeps it with the session, and the room's
// before/after check asks none of its questions — here a studio copy of a bundled scenario under
// an id of its own, whose questions would otherwise come back in the check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { buildForms } from '../../src/core/room/discernment.ts';
import { loadBundledScenarios } from '../../src/room/bundledScenarios.ts';
import { waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { useRoomServer } from './roomServer.ts';

const browser = useBrowser();
const KEY = 'room-library-key';
const roomUrl = useRoomServer(KEY);
const scenarios = loadBundledScenarios(resolve(import.meta.dirname, '../../scenarios'));

function connect(url: string, auth: Record<string, unknown>): Promise<Socket> {
  const socket = io(url, { auth, transports: ['websocket'], forceNew: true });
  return new Promise((r) => socket.once('connect', () => r(socket)));
}

describe('a studio library scenario with the room', () => {
  it('reaches the room server and its questions stay out of the check', async () => {
    const url = roomUrl();
    // A bundled scenario whose questions the check deals when nothing is left out.
    const all = buildForms(scenarios, []);
    const dealtAll = [...all.A, ...all.B].map((i) => i.id);
    const source = scenarios.find((c) => dealtAll.some((id) => id.startsWith(`${c.scenario.id}/`)))!;
    const copyId = 'studio-room-copy';
    const yaml = readFileSync(source.file, 'utf8').replace(/^id: .*$/m, `id: ${copyId}`);

    const p = await openPage(browser(), `${url}/?lang=en&timescale=20&renderer=canvas`, { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    // The studio keeps its files in IndexedDB (src/studio/library.ts); the menu lists them on load.
    await page.evaluate(
      (file) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('podium-studio', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('scenarios', { keyPath: 'name' });
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('scenarios', 'readwrite');
            tx.objectStore('scenarios').put(file);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
          };
        }),
      { name: 'room-copy.yaml', text: yaml, savedAt: Date.now() },
    );
    await page.reload();
    await waitForMenu(page);
    await page.waitForFunction((id) => window.__podium!.store.getState().libraryScenarios.some((e) => e.checked?.scenario.id === id), copyId);
    await page.waitForSelector('.room-badge .room-code');
    const code = (await page.textContent('.room-badge .room-code'))!.trim();
    const sessionId = await page.evaluate(() => JSON.parse(localStorage.getItem('podium.room.session')!).sessionId as string);

    const fac = await connect(url, { role: 'facilitator', key: KEY });
    expect((await fac.emitWithAck('attach', { sessionId })).ok).toBe(true);
    expect(await fac.emitWithAck('played', { scenarioId: copyId })).toEqual({ ok: true, known: false });

    // The trainee plays the library scenario: the laptop sends it to the room server.
    expect(await page.evaluate((id) => window.__podium!.controller.startDrill(id), copyId)).toBe(true);
    await waitForScreen(page, 'PressRoom');
    const deadline = Date.now() + 15_000;
    while (!(await fac.emitWithAck('played', { scenarioId: copyId })).known) {
      if (Date.now() > deadline) throw new Error('the room server never received the library scenario');
      await page.waitForTimeout(50);
    }
    await screenshot(page, 'room-library-drill');

    // The room's check: phones until both forms were dealt; no question of the copy (its source's).
    expect((await fac.emitWithAck('openCheck', { phase: 'before' })).ok).toBe(true);
    const expected = buildForms(scenarios, [copyId], [{ ...source, scenario: { ...source.scenario, id: copyId } }]);
    const dealt = [...expected.A, ...expected.B].map((i) => i.id);
    const asked = new Set<string>();
    for (let n = 0; n < 40 && asked.size < dealt.length; n++) {
      const phone = await connect(url, { role: 'participant', code });
      await phone.emitWithAck('join', { name: `P${n}` });
      const r = await phone.emitWithAck('checkItems', {});
      expect(r.ok).toBe(true);
      for (const item of r.items as { id: string }[]) asked.add(item.id);
      phone.close();
    }
    expect([...asked].filter((id) => id.startsWith(`${source.scenario.id}/`))).toEqual([]);
    expect([...asked].sort()).toEqual([...dealt].sort());
    fac.close();
    p.assertNoErrors();
    await p.close();
  });
});
