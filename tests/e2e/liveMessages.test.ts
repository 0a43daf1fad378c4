// What the room sees on the projector after a live drill, and where the app's own messages go
// (issue 12, 1920×1080):
// - the messages for the facilitator (scorecards saved, storage problems) are on the console (or the
//   one-screen panel), never on the wall while a console takes them;
// - one left on the wall (no console open, or a message for the one at the screen) covers no text of
//   the press room and no badge of the live layer ("At the podium", "Paused"): with nowhere clear it
//   waits unseen;
// - the ended conference's clock says how long it lasted, not the time that was left;
// - a feed post's author is whole (a long name takes two lines, it is not cut with "…").
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answer, waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser } from './harness.ts';
import { sceneTexts } from './keyboardDriver.ts';
import { toastsOverText } from './wallCover.ts';
import { fillLiveSetUp, goLive, openConsole, startConference } from './liveSetup.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';
const ROSTER = ['An', 'Bình', 'Chi'];
const SIZE = { width: 1920, height: 1080 };

/** Records every toast the projector's toast layer shows from now on (even for an instant). */
async function watchToasts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { toastsShown: string[] }).toastsShown = seen;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement && n.classList.contains('toast')) seen.push(n.textContent ?? '');
    }).observe(document.querySelector('.toasts')!, { childList: true });
  });
}

const toastsShown = (page: Page) => page.evaluate(() => (window as unknown as { toastsShown: string[] }).toastsShown);

/** The top bar's clock as drawn (the texts that start with its labels, in either language). */
async function clockTexts(page: Page): Promise<string[]> {
  return (await sceneTexts(page, 'PressRoom')).map((t) => t.text).filter((t) => /^(Left|Lasted|Còn lại|Kéo dài)\s/.test(t));
}

const clockOf = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds) % 60).padStart(2, '0')}`;

async function answerOne(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat != null, null, { timeout: 20_000 });
  const before = await page.evaluate(() => {
    const view = window.__podium!.store.getState().drill!.view;
    return { turns: view.turns.length, first: view.beat!.answers[0]?.index ?? null };
  });
  if (before.first !== null && (await page.evaluate(() => document.activeElement?.id === 'answer-text'))) await page.keyboard.press('Escape');
  await answer(page, before.first !== null ? { choose: before.first } : { type: 'Đập an toàn, chúng tôi đang kiểm tra và sẽ thông báo ngay.' });
  await page.waitForFunction((n) => (window.__podium!.store.getState().drill?.view.turns.length ?? 0) > n, before.turns, { timeout: 20_000 });
}

describe("a live drill's projector: messages and the ended clock", () => {
  it('the scorecards message goes to the console, never the wall; the ended clock says how long it lasted', async () => {
    const proj = await openPage(browser(), '/?lang=en&timescale=2', SIZE);
    const projector = proj.page;
    await waitForMenu(projector);
    const { desk } = await openConsole(proj.context, 'en', SIZE);
    await fillLiveSetUp(desk, { scenario: SCENARIO, answerTime: 'off', reveal: 'end', roster: ROSTER, rotate: 1 });
    await goLive(desk, projector);
    await startConference(projector, desk);
    await projector.click('canvas').catch(() => {});
    for (let n = 0; n < ROSTER.length; n++) await answerOne(projector);
    // Before the end the clock counts down.
    expect(await clockTexts(projector)).toEqual([expect.stringMatching(/^Left {2}\d+:\d\d$/)]);

    await watchToasts(projector);
    await desk.click('button[data-command="live.end"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'ended', null, { timeout: 15_000 });
    // The scorecards' message is the facilitator's: in the console's header, and never on the wall.
    const saved = 'Scorecards saved to the history: 3 trainees.';
    await desk.waitForFunction(
      (text) => [...document.querySelectorAll('.c-header .c-messages:not([hidden]) .c-message')].some((m) => m.textContent?.includes(text)),
      saved,
      { timeout: 10_000 },
    );
    await projector.waitForTimeout(2500);
    expect(await toastsShown(projector)).toEqual([]);
    expect(await projector.evaluate(() => window.__podium!.store.getState().toasts)).toEqual([]);
    await screenshot(desk, 'live-console-messages-1080p');

    // The clock no longer says time left: how long the conference lasted, frozen at the end.
    const lasted = await projector.evaluate(() => window.__podium!.store.getState().drill!.view.now);
    expect(await clockTexts(projector)).toEqual([`Lasted  ${clockOf(lasted)}`]);

    // A message that must stay on the wall (for the one at the screen) covers no text and no badge.
    // Nobody is at the podium once the conference is over: no "At the podium" badge on the ended wall.
    expect(await projector.locator('.live-seat').count()).toBe(0);
    await projector.evaluate(() =>
      window.__podium!.store.getState().pushToast('info', 'Your answer was not sent: the conference had ended.', { sticky: true, forScreen: true }),
    );
    await projector.locator('.toast', { hasText: 'Your answer was not sent' }).waitFor();
    await projector.waitForTimeout(500);
    expect(await toastsOverText(projector)).toEqual([]);
    await screenshot(projector, 'live-projector-ended-toast-1080p');
    // The console clears its message: the projector's list no longer has it.
    await desk.locator('.c-message button').first().click();
    await desk.waitForFunction(() => document.querySelector('.c-messages')!.hasAttribute('hidden'), null, { timeout: 15_000 });
    proj.assertNoErrors();
    await proj.close();
  }, 180_000);

  it('with no console open (the panel hidden), a message waits for a clear place on the wall or the panel (Vietnamese)', async () => {
    const proj = await openPage(browser(), '/?lang=vi&timescale=2', SIZE);
    const projector = proj.page;
    await waitForMenu(projector);
    const setup = { scenarioId: SCENARIO, language: 'vi', answerTime: null, reveal: 'end', roster: ['An'], rotateEvery: null };
    expect(await projector.evaluate((data) => window.__podium!.commands.run('live.start', { source: 'console', data }), setup)).toBe(true);
    await projector.waitForFunction(() => document.body.dataset.screen === 'Briefing', null, { timeout: 10_000 });
    await startConference(projector);
    await projector.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat != null, null, { timeout: 20_000 });
    await projector.evaluate(() => window.__podium!.commands.run('drill.pause', { source: 'console' }));
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'paused', null, { timeout: 15_000 });

    // Who posted on the feed is read whole from the back row (a second line, not "…").
    const authors = (await sceneTexts(projector, 'PressRoom')).map((t) => t.text).filter((t) => t.startsWith('Hà Lam Không Ngủ'));
    expect(authors).toEqual(['Hà Lam Không Ngủ (fanpage)']);

    // Held for a console first, then left to the wall: never over the question, its choices or the badges.
    const notSaved = await projector.evaluate(() => window.__podium!.i18n.t('settings:notSaved'));
    await projector.evaluate((text) => window.__podium!.store.getState().pushToast('error', text), notSaved);
    const wallToast = projector.locator('.toast', { hasText: notSaved });
    await wallToast.waitFor({ state: 'attached', timeout: 15_000 });
    await projector.waitForTimeout(1000);
    expect(await toastsOverText(projector)).toEqual([]);
    await screenshot(projector, 'live-projector-paused-toast-vi-1080p');
    // Opening the panel (C) takes it there, off the wall.
    await projector.keyboard.press('c');
    const frame = (await (await projector.waitForSelector('.live-panel:not([hidden]) iframe', { timeout: 15_000 })).contentFrame())!;
    await frame.waitForFunction((text) => [...document.querySelectorAll('.c-message')].some((m) => m.textContent?.includes(text)), notSaved, {
      timeout: 10_000,
    });
    await wallToast.waitFor({ state: 'detached', timeout: 15_000 });
    await projector.keyboard.press('c');
    await projector.waitForFunction(() => document.querySelector('.live-panel')!.hasAttribute('hidden'), null, { timeout: 15_000 });

    // Ended: "Kéo dài" and the length, not "Còn lại"; the ended wall has room for a message, clear of every text.
    await projector.evaluate(() => window.__podium!.commands.run('live.end', { source: 'console' }));
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'ended', null, { timeout: 15_000 });
    await projector.waitForTimeout(300);
    const lasted = await projector.evaluate(() => window.__podium!.store.getState().drill!.view.now);
    expect(await clockTexts(projector)).toEqual([`Kéo dài  ${clockOf(lasted)}`]);
    const lost = await projector.evaluate(() => window.__podium!.i18n.t('console:notSaved', { detail: 'QuotaExceededError' }));
    await projector.evaluate((text) => window.__podium!.store.getState().pushToast('error', text), lost);
    await projector.waitForFunction(
      (text) =>
        [...document.querySelectorAll<HTMLElement>('.toast')].some((t) => t.textContent?.includes(text) && t.checkVisibility({ visibilityProperty: true })),
      lost,
      { timeout: 15_000 },
    );
    expect(await toastsOverText(projector)).toEqual([]);
    await screenshot(projector, 'live-projector-ended-toast-vi-1080p');
    proj.assertNoErrors();
    await proj.close();
  }, 180_000);
});
