// The phone's header shows the session's title in the phone's language, not the facilitator's:
// a Vietnamese console's session reads in English on an English phone (and follows the phone's
// language switch); a title given in one language only is shown in it on either phone.
import type { Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinPhones, useRoomServer } from './roomServer.ts';
import { screenshot, useBrowser } from './harness.ts';

const browser = useBrowser();
const roomUrl = useRoomServer('e2e-title');
let fac: Socket;

beforeAll(async () => {
  fac = io(roomUrl(), { auth: { role: 'facilitator', key: 'e2e-title' }, transports: ['websocket'] });
  await new Promise<void>((r) => fac.once('connect', () => r()));
});

afterAll(() => {
  fac?.close();
});

const heading = (page: Page) => page.locator('header h1').textContent();

describe("the phone's header", () => {
  it("shows the session title in the phone's language", async () => {
    const { code } = await fac.emitWithAck('createSession', { title: { vi: 'Diễn tập ngày 3/12/26', en: 'Drill of 03/12/2026' }, scenarioId: null });
    const [en, vi] = await joinPhones(browser(), roomUrl(), code, [
      { name: 'Bình', lang: 'en' },
      { name: 'Lan', lang: 'vi' },
    ]);
    await en!.page.waitForFunction(() => document.querySelector('header h1')?.textContent !== 'Podium');
    await vi!.page.waitForFunction(() => document.querySelector('header h1')?.textContent !== 'Podium');
    expect(await heading(en!.page)).toBe('Podium · Drill of 03/12/2026');
    expect(await heading(vi!.page)).toBe('Podium · Diễn tập ngày 3/12/26');
    await screenshot(en!.page, 'phone-title-en');

    // The phone's own switch changes it too.
    await en!.page.click('header button');
    await en!.page.waitForFunction(() => document.documentElement.lang === 'vi');
    expect(await heading(en!.page)).toBe('Podium · Diễn tập ngày 3/12/26');
    await screenshot(en!.page, 'phone-title-switched-vi');
    for (const p of [en!, vi!]) {
      p.assertNoErrors();
      await p.close();
    }
  });

  it('falls back to the other language when the title lacks the phone’s', async () => {
    const { code } = await fac.emitWithAck('createSession', { title: { vi: 'Tập huấn người phát ngôn' }, scenarioId: null });
    const [en] = await joinPhones(browser(), roomUrl(), code, [{ name: 'Hà', lang: 'en' }]);
    await en!.page.waitForFunction(() => document.querySelector('header h1')?.textContent !== 'Podium');
    expect(await heading(en!.page)).toBe('Podium · Tập huấn người phát ngôn');
    en!.assertNoErrors();
    await en!.close();
  });
});
