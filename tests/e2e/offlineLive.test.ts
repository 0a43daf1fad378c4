// A seminar hall without a network: after one visit (the service worker has cached the app), the
// facilitator runs a live drill in two windows with the network off, from the console: set-up,
// start, an inject, answers, the projector reloaded and the console reloaded mid-drill, the end and
// the reveal. Unlike the other browser tests, the service worker is allowed here, so the reloads
// go through it as they would in the hall.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answer, liveState, waitForMenu } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser } from './harness.ts';
import { consoleReady, fillLiveSetUp, goLive, injectFirst, startConference } from './liveSetup.ts';

const browser = useBrowser();
const SCENARIO = 'fishing-boat-detained';
const SIZE = { width: 1280, height: 720 };

async function turns(page: Page): Promise<number> {
  return (await liveState(page)).view?.turns.length ?? 0;
}

async function answerOne(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat != null, null, { timeout: 30_000 });
  const view = (await liveState(page)).view!;
  const beat = view.beat!;
  if (beat.answers.length === 0 && (await page.evaluate(() => document.activeElement?.id !== 'answer-text'))) await page.keyboard.press('Escape');
  await answer(page, beat.answers.length > 0 ? { choose: beat.answers[0]!.index } : { type: 'Chúng tôi đang xác minh và sẽ thông báo ngay.' });
  await page.waitForFunction((n) => (window.__podium!.store.getState().drill?.view.turns.length ?? 0) > n, view.turns.length, { timeout: 20_000 });
}

describe('a live drill with the network off', () => {
  it('runs from the console in two windows, through reloads of both, with nothing fetched', async () => {
    const proj = await openPage(browser(), '/?lang=vi&timescale=2', { ...SIZE, serviceWorkers: 'allow' });
    const projector = proj.page;
    await waitForMenu(projector);
    await projector.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true', null, { timeout: 60_000 });

    // The hall's network goes away; every request from now on is answered by the service worker or fails.
    await proj.context.setOffline(true);
    const failed: string[] = [];
    // A request cut short by a reload (ERR_ABORTED: the page went away) is not a missing file.
    proj.context.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} (${r.failure()?.errorText})`);
    });
    await projector.reload({ waitUntil: 'load' });
    await waitForMenu(projector);
    expect(await projector.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const desk = await proj.context.newPage();
    await desk.setViewportSize(SIZE);
    const deskErrors: string[] = [];
    desk.on('pageerror', (e) => deskErrors.push(e.message));
    await desk.goto(projector.url().replace(/\/[^/?]*(\?.*)?$/, '/console.html?lang=vi'));
    await consoleReady(desk);

    await fillLiveSetUp(desk, { scenario: SCENARIO, answerTime: 'off', reveal: 'end', roster: ['Lan', 'Minh'], rotate: 1 });
    await goLive(desk, projector);
    await startConference(projector);

    await answerOne(projector);
    await injectFirst(desk, projector);

    // The projector reloaded with the network off: the page comes from the cache and the drill resumes.
    const before = await turns(projector);
    await projector.reload({ waitUntil: 'load' });
    await projector.waitForFunction(() => document.body.dataset.screen === 'PressRoom' && window.__podium?.store.getState().drill != null, null, {
      timeout: 60_000,
      polling: 20,
    });
    expect(await turns(projector)).toBe(before);
    expect(await projector.evaluate(() => window.__podium!.live.state.active)).toBe(true);

    // The console reloaded with the network off: it comes back and re-attaches.
    await desk.reload({ waitUntil: 'domcontentloaded' });
    await consoleReady(desk);
    await desk.waitForFunction(() => window.__podiumConsole!.connected(), null, { timeout: 15_000 });
    if ((await liveState(projector)).view!.status === 'paused') await desk.click('button[data-command="drill.resume"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'running', null, { timeout: 15_000 });

    await answerOne(projector);
    await desk.click('button[data-command="live.end"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'ended', null, { timeout: 15_000 });
    await desk.click('button[data-command="live.reveal"]');
    await projector.waitForFunction(() => document.querySelector('.live-board:not([hidden])') !== null, null, { timeout: 15_000 });
    const board = await projector.locator('.live-board').textContent();
    expect(board).toContain('Lan');
    expect(board).toContain('Minh');
    expect(isBlank(await screenshot(projector, 'offline-live-projector-board'))).toBe(false);
    await screenshot(desk, 'offline-live-console-end');

    // The fonts with Vietnamese diacritics came from the cache too.
    expect(await projector.evaluate(() => document.fonts.check('600 24px "Be Vietnam Pro"', 'Ầ Ỗ Ữ'))).toBe(true);
    // Nothing the app needed was missing: no request failed (the network was off the whole time).
    expect(failed).toEqual([]);
    expect(deskErrors).toEqual([]);
    proj.assertNoErrors();
    await desk.close();
    await proj.close();
  }, 240_000);
});
