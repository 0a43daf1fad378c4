// The hot seat on a live drill's projector (QA of 14 h, Vietnamese, 1920×1080, the console in a
// second window): roster Lan, Minh, Hùng rotating every question.
// - after each answer the projector's "Đang trên bục: NAME" is the trainee the console shows and the
//   one the next answer is credited to (it used to stay one trainee behind until the next answer);
// - each answer is credited (console timeline, trainee cards) to whoever the badge named while it was given;
// - the facilitator ending the conference over a typed draft: the trainee is told the facilitator
//   ended it (not that time ran out), with their words, in a message that covers nothing the room
//   reads; nobody is "at the podium" on the ended wall.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { answer, liveState, waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser } from './harness.ts';
import { toastsOverText } from './wallCover.ts';
import { fillLiveSetUp, goLive, openConsole, startConference } from './liveSetup.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';
const ROSTER = ['Lan', 'Minh', 'Hùng'];
const SIZE = { width: 1920, height: 1080 };
const DRAFT = 'Chúng tôi đang kiểm tra con đập, 23';

async function v(page: Page): Promise<SessionView> {
  const { view } = await liveState(page);
  if (!view) throw new Error('no drill on the projector');
  return view;
}

/** The trainee the hot seat credits from now on: the last seat taken in the drill's log. */
const seatInLog = (page: Page) =>
  page.evaluate(() => {
    const seats = window.__podium!.controller.log.flatMap((e) => (e.type === 'seat' ? [e.trainee] : []));
    return seats[seats.length - 1] ?? null;
  });

/** The projector's badge and the console's seat, once both name `name` (else what they showed). */
async function seatShown(projector: Page, desk: Page, name: string): Promise<{ badge: string; console: string }> {
  const badgeText = `Đang trên bục: ${name}`;
  const read = async () => ({
    badge: (await projector.evaluate(() => document.querySelector('.live-seat')?.textContent ?? '')) || '',
    console: await desk.evaluate(() => document.querySelector('.c-seat')?.getAttribute('data-seat') ?? ''),
  });
  try {
    await projector.waitForFunction((text) => document.querySelector('.live-seat')?.textContent === text, badgeText, { timeout: 15_000, polling: 20 });
    await desk.waitForFunction((who) => document.querySelector('.c-seat')?.getAttribute('data-seat') === who, name, { timeout: 15_000, polling: 20 });
  } catch {
    return read();
  }
  return read();
}

const consoleDrill = (desk: Page) =>
  desk.evaluate(() => {
    const d = window.__podiumConsole!.view()!.drill!;
    return {
      answeredBy: d.timeline.filter((e) => e.kind !== 'live').map((e) => e.trainee),
      cards: Object.fromEntries(d.cards.map((c) => [c.trainee, c.questions])),
    };
  });

describe('the hot seat on the projector', () => {
  it('names who the hot seat credits after every rotation; ending over a typed draft says the facilitator ended it', async () => {
    const proj = await openPage(browser(), '/?lang=vi&timescale=2', SIZE);
    const projector = proj.page;
    await waitForMenu(projector);
    const { desk } = await openConsole(proj.context, 'vi', SIZE);
    await fillLiveSetUp(desk, { scenario: SCENARIO, language: 'vi', answerTime: 'off', reveal: 'end', roster: ROSTER, rotate: 1 });
    await goLive(desk, projector);
    await startConference(projector, desk);

    // ---- four answers: Lan, Minh, Hùng, Lan again ------------------------------------------------
    const shownWhenAnswered: string[] = [];
    for (let n = 0; n < 4; n++) {
      const expected = ROSTER[n % ROSTER.length]!;
      await projector.waitForFunction((who) => window.__podium!.controller.log.some((e) => e.type === 'seat' && e.trainee === who), expected, {
        timeout: 15_000,
      });
      expect(await seatInLog(projector), `the seat for answer ${n + 1}`).toBe(expected);
      // The badge and the console name the seated trainee before the question is answered.
      expect(await seatShown(projector, desk, expected), `after ${n} answer(s)`).toEqual({ badge: `Đang trên bục: ${expected}`, console: expected });
      if (n === 1) await screenshot(projector, 'live-projector-seat-after-rotation-vi-1080p');
      shownWhenAnswered.push(expected);

      const before = await v(projector);
      const beat = before.beat!;
      if (beat.answers.length > 0 && (await projector.evaluate(() => document.activeElement?.id === 'answer-text'))) await projector.keyboard.press('Escape');
      await answer(
        projector,
        beat.answers.length > 0 ? { choose: beat.answers[0]!.index } : { type: 'Đập an toàn, chúng tôi đang kiểm tra và sẽ thông báo ngay.' },
      );
      await projector.waitForFunction((count) => (window.__podium!.store.getState().drill?.view.turns.length ?? 0) > count, before.turns.length, {
        timeout: 20_000,
      });
      // Credited to whoever the badge named while the answer was given (console timeline, the cards).
      await desk.waitForFunction((count) => (window.__podiumConsole!.view()?.drill?.timeline.length ?? 0) > count, n, { timeout: 15_000 });
      const credited = await consoleDrill(desk);
      expect(credited.answeredBy).toEqual(shownWhenAnswered);
      const expectedCards: Record<string, number> = {};
      for (const who of shownWhenAnswered) expectedCards[who] = (expectedCards[who] ?? 0) + 1;
      expect(credited.cards).toMatchObject(expectedCards);
    }

    // ---- a typed draft, then the facilitator ends the conference -------------------------------
    let now = await v(projector);
    for (let i = 0; i < 12 && !now.beat?.freeText; i++) {
      if (await projector.evaluate(() => document.activeElement?.id === 'answer-text')) await projector.keyboard.press('Escape');
      await answer(projector, { choose: now.beat!.answers[0]!.index });
      await projector.waitForFunction((at) => (window.__podium!.store.getState().drill?.view.beat?.askedAt ?? -1) > at, now.beat!.askedAt, {
        timeout: 20_000,
      });
      now = await v(projector);
    }
    expect(now.beat?.freeText, 'a question that takes a typed answer was reached').toBeTruthy();
    const box = projector.locator('.answer-text');
    await box.waitFor({ state: 'visible', timeout: 15_000 });
    await box.fill(DRAFT);
    await desk.waitForFunction((draft) => window.__podiumConsole!.view()?.drill?.draft === draft, DRAFT, { timeout: 15_000 });

    await desk.click('button[data-command="live.end"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'ended', null, { timeout: 15_000 });
    const told = projector.locator('.toast', { hasText: DRAFT });
    await told.waitFor({ state: 'visible', timeout: 15_000 });
    const text = (await told.textContent()) ?? '';
    expect(text).toContain('Người điều phối đã kết thúc buổi họp báo trước khi bạn gửi câu trả lời');
    expect(text).toContain('không được lưu vào hồ sơ');
    expect(text).not.toContain('Hết giờ');
    // The draft is not in the drill's record: the message says so, and the log indeed holds no such text.
    expect(await projector.evaluate((draft) => JSON.stringify(window.__podium!.controller.log).includes(draft), DRAFT)).toBe(false);
    // Nobody is at the podium on the ended wall, and the message covers nothing the room reads.
    await projector.waitForFunction(() => document.querySelector('.live-seat') === null, null, { timeout: 15_000 });
    await expect.poll(() => toastsOverText(projector), { timeout: 15_000 }).toEqual([]);
    expect(await told.isVisible()).toBe(true);
    await screenshot(projector, 'live-projector-ended-draft-vi-1080p');
    proj.assertNoErrors();
    await proj.close();
  }, 180_000);
});
