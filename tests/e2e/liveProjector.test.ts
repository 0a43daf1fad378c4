// The projector of a live drill, where the QA of 13 h found the room shown what it should not see
// or nothing at all (Vietnamese, 1920×1080, the console in a second window):
// - the clicker's next/previous in the middle of a question reveal nothing (the facilitator chose
//   "only at the end"; only the console's reveal button changes that);
// - a facilitator's live question over a question that takes a typed answer: the trainee's keys go
//   into the live item's box from the first one (no letter or digit is a shortcut under it), the
//   console's draft follows, and only one answer box is on the wall;
// - the projector reloaded on that typed question: the press room is drawn as it was (not black),
//   paused, with a neutral band the room can read that covers no message, and the console tells the
//   facilitator that Resume carries on.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { liveState, waitForMenu } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser } from './harness.ts';
import { sceneTexts, waitForBeat } from './keyboardDriver.ts';
import { fillLiveSetUp, goLive, openConsole, startConference } from './liveSetup.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';
const SIZE = { width: 1920, height: 1080 };
/** The press room's question and options, clear of the top bar's badges and of the band over the ticker. */
const ROOM_CLIP = { x: 0, y: 100, width: 1300, height: 600 };

async function v(page: Page): Promise<SessionView> {
  const { view } = await liveState(page);
  if (!view) throw new Error('no drill on the projector');
  return view;
}

/** The question as the scenario words it in Vietnamese, as the press room draws it. */
async function drawnAsk(page: Page): Promise<string> {
  return page.evaluate((scenario) => {
    const s = window.__podium!.store.getState();
    const entry = s.scenarios.find((e) => e.checked?.scenario.id === scenario);
    const ask = entry!.checked!.scenario.beats[s.drill!.view.beat!.id]!.ask;
    return `“${typeof ask === 'string' ? ask : ask.vi!}”`;
  }, SCENARIO);
}

const projectorState = (page: Page) =>
  page.evaluate(() => {
    const p = window.__podium!;
    const s = p.store.getState();
    return {
      screen: s.screen,
      status: s.drill?.view.status ?? null,
      turns: s.drill?.view.turns.length ?? 0,
      settingsOpen: s.settingsOpen,
      shown: p.live.state.shown,
      board: p.live.state.board,
      score: document.querySelector('[data-live="score"]') !== null,
      liveAnswer: (document.getElementById('live-answer') as HTMLTextAreaElement).value,
      typedAnswer: (document.getElementById('answer-text') as HTMLTextAreaElement | null)?.value ?? '',
    };
  });

/** Whether any message in a corner of the projector overlaps the paused band or a badge of the top bar. */
const messagesCovered = (page: Page) =>
  page.evaluate(() => {
    const rects = (sel: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed')
        .map((e) => e.getBoundingClientRect());
    const marks = rects('.live-paused:not([hidden]), .live-top > *').filter((r) => r.width > 0);
    const toasts = rects('.toast').filter((r) => r.width > 0);
    return toasts.some((t) => marks.some((m) => t.left < m.right && m.left < t.right && t.top < m.bottom && m.top < t.bottom));
  });

describe('a live drill on the projector', () => {
  it('reveals nothing by the clicker, takes a live reply from the first key, and comes back drawn after a reload', async () => {
    const proj = await openPage(browser(), '/?lang=vi&timescale=2', SIZE);
    const projector = proj.page;
    await waitForMenu(projector);
    const { desk } = await openConsole(proj.context, 'vi', { width: 1280, height: 800 });
    await fillLiveSetUp(desk, { scenario: SCENARIO, answerTime: 'off', reveal: 'end', roster: ['Lan'] });
    await goLive(desk, projector);
    // The clicker's previous (and a stray Esc) on the briefing keep the console's set-up: only the
    // console cancels it, and the projector offers no Back button.
    for (const key of ['PageUp', 'ArrowLeft', 'Escape', 'Backspace']) await projector.keyboard.press(key);
    await projector.waitForTimeout(200);
    expect(
      await projector.evaluate(() => ({
        screen: document.body.dataset.screen,
        active: window.__podium!.live.state.active,
        back: document.querySelector('.ps-briefing-back') !== null,
      })),
    ).toEqual({ screen: 'Briefing', active: true, back: false });
    await startConference(projector);

    // ---- the clicker in the middle of a question: nothing private, nothing changed -------------
    let now = await waitForBeat(projector);
    for (const key of ['PageDown', 'ArrowRight', 'PageDown', 'PageUp', 'ArrowLeft', 'PageDown']) {
      await projector.keyboard.press(key);
      const s = await projectorState(projector);
      expect({ key, shown: s.shown, board: s.board, score: s.score, status: s.status, turns: s.turns }).toEqual({
        key,
        shown: false,
        board: false,
        score: false,
        status: 'running',
        turns: 0,
      });
    }
    // Answered, then the clicker again: still no score and no feedback on the wall.
    await projector.keyboard.press(String(now.beat!.answers[0]!.index + 1));
    now = await waitForBeat(projector, now.beat!.askedAt);
    await projector.keyboard.press('PageDown');
    expect(await projectorState(projector)).toMatchObject({ shown: false, score: false });
    await desk.waitForFunction(() => document.querySelector('[data-shown="false"]') !== null, null, { timeout: 15_000 });
    // Up to a question that takes a typed answer.
    for (let i = 0; i < 12 && !now.beat?.freeText; i++) {
      await projector.keyboard.press(String(now.beat!.answers[0]!.index + 1));
      now = await waitForBeat(projector, now.beat!.askedAt);
    }
    expect(now.beat?.freeText, 'a question that takes a typed answer was reached').toBeTruthy();
    await projector.locator('.answer-box').waitFor({ state: 'visible', timeout: 15_000 });

    // ---- a live question over it: the trainee's keys are the reply, from the first one ----------
    await desk.selectOption('select[name=live-kind]', 'question');
    await desk.fill('textarea[name=live-text]', 'Tỉnh có hỗ trợ tài chính cho lái xe đang kẹt không?');
    await desk.click('button[data-command="live.ask"]');
    await projector.waitForFunction(() => document.querySelector('.live-item:not([hidden])') !== null, null, { timeout: 15_000 });
    // One answer box on the wall: the question's own is hidden under the live item.
    await projector.locator('.answer-box').waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await projector.locator('#live-answer').isVisible()).toBe(true);
    const turns = (await v(projector)).turns.length;
    // S would open the settings, E end the conference, Q leave it, L switch the language, Space
    // resume, a digit answer the question underneath: here they are all the reply's characters.
    const reply = 'Sure, 1 quiet exit lane';
    await projector.keyboard.type(reply);
    await projector.waitForFunction((r) => (document.getElementById('live-answer') as HTMLTextAreaElement).value === r, reply, { timeout: 15_000 });
    expect(await projectorState(projector)).toMatchObject({
      screen: 'PressRoom',
      status: 'paused',
      turns,
      settingsOpen: false,
      liveAnswer: reply,
      typedAnswer: '',
    });
    expect(await projector.evaluate(() => [window.__podium!.i18n.language, document.activeElement?.id])).toEqual(['vi', 'live-answer']);
    await desk.waitForFunction((r) => document.querySelector('[data-draft]')?.textContent?.includes(r) === true, reply, { timeout: 15_000 });
    await screenshot(projector, 'live-projector-typed-live-item-1080p');
    await desk.locator('[data-skill] [data-points="1"]').first().click();
    await desk.fill('input[name=live-reason]', 'trả lời thẳng');
    await desk.click('button[data-command="live.score"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'running', null, { timeout: 15_000 });
    await projector.locator('.answer-box').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await projector.evaluate(() => window.__podium!.controller.log.flatMap((e) => (e.type === 'live' ? [e.answer] : [])))).toEqual([reply]);

    // ---- the projector reloaded on the typed question ------------------------------------------
    const ask = await drawnAsk(projector);
    await projector.reload({ waitUntil: 'load' });
    await projector.waitForFunction(() => document.body.dataset.screen === 'PressRoom' && window.__podium?.store.getState().drill != null, null, {
      timeout: 60_000,
      polling: 20,
    });
    expect((await v(projector)).status).toBe('paused');
    // Drawn as it was, before anyone presses Resume: the question's text, and pixels, not black.
    await projector.waitForFunction(
      (text) => {
        const scene = window.__podium!.game.scene.getScene('PressRoom');
        return (scene.children.list as unknown as { type: string; text?: string; visible: boolean; list?: unknown[] }[])
          .flatMap((o) => (o.type === 'Container' ? (o.list as (typeof o)[]) : [o]))
          .some((o) => o.type === 'Text' && o.visible && o.text === text);
      },
      ask,
      { timeout: 10_000 },
    );
    expect((await sceneTexts(projector, 'PressRoom')).map((t) => t.text)).toContain(ask);
    // The canvas is drawn on the next frames: wait for them, not for a fixed time.
    await projector.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const room = await projector.screenshot({ type: 'png', clip: ROOM_CLIP });
    expect(isBlank(room), 'the press room is drawn after the reload').toBe(false);
    // The room reads that it is paused; the facilitator, on the console, that Resume carries on.
    await projector.locator('[data-live="paused"]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await projector.locator('[data-live="paused"]').textContent()).toContain('Tạm dừng');
    await desk.waitForFunction(() => window.__podiumConsole!.connected(), null, { timeout: 15_000 });
    await desk.locator('[data-reload-paused]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await desk.locator('[data-reload-paused]').textContent()).toContain('Tiếp tục');
    // In the console's header, which stays in view however far the facilitator has scrolled.
    expect(await desk.locator('[data-reload-paused]').evaluate((e) => e.closest('header') !== null && e.getBoundingClientRect().bottom <= innerHeight)).toBe(
      true,
    );
    expect(await messagesCovered(projector)).toBe(false);
    await screenshot(projector, 'live-projector-reloaded-paused-1080p');
    await screenshot(desk, 'live-console-reloaded-paused');
    await desk.click('button[data-command="drill.resume"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'running', null, { timeout: 15_000 });
    await projector.locator('[data-live="paused"]').waitFor({ state: 'hidden', timeout: 15_000 });
    await desk.locator('[data-reload-paused]').waitFor({ state: 'hidden', timeout: 15_000 });

    // ---- after the end: the clicker's next puts the scoreboard up, previous takes it down -------
    await desk.click('button[data-command="live.end"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'ended', null, { timeout: 15_000 });
    if (await projector.evaluate(() => document.activeElement?.id === 'answer-text')) await projector.keyboard.press('Escape');
    expect(await projector.locator('.live-board:not([hidden])').count()).toBe(0);
    await projector.keyboard.press('PageDown');
    await projector.waitForFunction(() => document.querySelector('.live-board:not([hidden])') !== null, null, { timeout: 15_000 });
    // The reveal setting is the console's: the clicker showed the scoreboard only.
    expect(await projectorState(projector)).toMatchObject({ shown: false, board: true });
    await projector.keyboard.press('PageUp');
    await projector.waitForFunction(() => document.querySelector('.live-board:not([hidden])') === null, null, { timeout: 15_000 });
    await projector.keyboard.press('PageDown');
    await projector.keyboard.press('PageDown');
    await projector.waitForFunction(() => document.body.dataset.screen === 'Debrief', null, { timeout: 15_000 });
    // The class debrief on the wall offers no new drill: a stray R leaves the ended drill where it is.
    await projector.locator('.pd-page').waitFor({ timeout: 10_000 });
    expect(await projector.locator('[data-action="again"]').count()).toBe(0);
    await projector.keyboard.press('r');
    await projector.keyboard.press('Escape');
    await projector.keyboard.press('r');
    await projector.waitForTimeout(300);
    expect(await projector.evaluate(() => ({ screen: document.body.dataset.screen, status: window.__podium!.store.getState().drill?.view.status }))).toEqual({
      screen: 'Debrief',
      status: 'ended',
    });

    proj.assertNoErrors();
    await desk.close();
    await proj.close();
  }, 180_000);
});
