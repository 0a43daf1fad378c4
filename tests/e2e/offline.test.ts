// A conference hall often has no reliable internet: after one visit, the built app (an installable
// PWA) runs a whole drill with the network off, and the facilitator's console opens and links to it — the page, the scripts, the scenarios, the fonts,
// the sounds and the debrief's lazily loaded charts all come from the service worker's cache.
import { describe, expect, it } from 'vitest';
import { TYPED_ANSWER } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { playWithKeyboard, startFromMenu, waitForMenu } from './keyboardDriver.ts';

const browser = useBrowser();

describe('offline', () => {
  it('after one visit, a whole drill runs with the network off', async () => {
    const p = await openPage(browser(), '/?lang=vi&timescale=20', { width: 1280, height: 720, serviceWorkers: 'allow' });
    await waitForMenu(p.page);
    // The service worker has put every file of the app in its cache, and says so.
    await p.page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true', null, { timeout: 60_000 });
    expect(await p.page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('./manifest.webmanifest');

    await p.context.setOffline(true);
    // Nothing that is not cached can be had now.
    expect(
      await p.page.evaluate(() =>
        fetch(`./not-in-the-cache-${Date.now()}.txt`).then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    await p.page.reload({ waitUntil: 'load' });
    await waitForMenu(p.page);
    expect(await p.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await startFromMenu(p.page, 'flood-dam-rumour');
    const end = await playWithKeyboard(p.page, TYPED_ANSWER);
    expect(end.status).toBe('ended');
    await waitForScreen(p.page, 'Debrief');
    expect(await p.page.evaluate(() => document.fonts.check('600 24px "Be Vietnam Pro"', 'Ầ Ỗ Ữ'))).toBe(true);
    expect(await p.page.evaluate(() => fetch('./sounds/call.ogg').then((r) => r.ok))).toBe(true);
    expect(isBlank(await screenshot(p.page, 'offline-debrief-vi'))).toBe(false);
    // The phones' page is cached too (it is served by the room server, whose channel needs the network).
    expect(await p.page.evaluate(() => fetch('./phone.html').then((r) => r.ok))).toBe(true);
    // The facilitator's console opens with the network off and links to the projector (same laptop, no server).
    const desk = await p.context.newPage();
    const deskErrors: string[] = [];
    desk.on('pageerror', (e) => deskErrors.push(e.message));
    await desk.goto(p.page.url().replace(/\/[^/]*$/, '/console.html?lang=vi'));
    await desk.waitForFunction(() => window.__podiumConsole?.view() != null, null, { timeout: 30_000 });
    expect(await desk.evaluate(() => window.__podiumConsole!.view()!.screen)).toBe('Debrief');
    expect(deskErrors).toEqual([]);
    await desk.close();
    // The one failed load we caused on purpose above is the only error allowed.
    expect(p.errors.filter((e) => !e.includes('not-in-the-cache-'))).toEqual([]);
    await p.close();
  });
});
