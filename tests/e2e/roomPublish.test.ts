// Publishing the room's vote during a live drill with "only at the end" (QA defects 4 and 11), with
// the projector, the console and two phones (one in Vietnamese, one in English): while the trainee
// has not answered, the console's publish button is off and says why, and nothing of the vote is on
// the wall; once answered, the button says it shows the results without the best answer, and the
// projector and the phones show the tally and the trainee's choice but no best-answer mark (each
// phone in its language, its own vote marked), the projector's panel clear of the open question's
// options; when the facilitator shows the room the score, the best answer is marked on both (and
// taken off when the score is hidden again); the next question takes the results off the projector
// and the phones. Published as the next vote opens, a phone shows them in a short card above that
// vote, on its screen without scrolling.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeRoom, joinPhones, openRoomConsole, useRoomServer } from './roomServer.ts';
import { fillLiveSetUp, goLive } from './liveSetup.ts';
import { openPage, screenshot, useBrowser } from './harness.ts';
import { waitForMenu } from './keyboardDriver.ts';

const browser = useBrowser();
const SIZE = { width: 1920, height: 1080 };
const roomUrl = useRoomServer('room-publish');

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const meets = (a: Box, b: Box) => a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The open question's option buttons and its seconds ring on the projector, in CSS pixels. */
async function optionBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    type R = { x: number; y: number; w: number; h: number };
    const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as {
      choiceButtons: { bounds(): R }[];
      cssRect(r: R): R;
      countdown: { x: number; y: number; r: number } | null;
    };
    const boxes = scene.choiceButtons.map((b) => scene.cssRect(b.bounds()));
    const ring = scene.countdown;
    if (ring) boxes.push(scene.cssRect({ x: ring.x - ring.r, y: ring.y - ring.r, w: 2 * ring.r, h: 2 * ring.r }));
    return boxes;
  });
}

async function resultBox(page: Page): Promise<Box> {
  const r = (await page.locator('.room-result').boundingBox())!;
  return { x: r.x, y: r.y, w: r.width, h: r.height };
}

const askedAt = (page: Page) => page.evaluate(() => window.__podium!.store.getState().drill?.view.beat?.askedAt ?? null);

describe('publishing the room vote in a live drill', () => {
  it('never gives the answer away, shows the results on the phones, and leaves with the next question', async () => {
    const url = roomUrl();
    const proj = await openPage(browser(), `${url}/?lang=vi`, SIZE);
    const projector = proj.page;
    await waitForMenu(projector);
    await projector.waitForSelector('.room-badge .room-code');
    const code = (await projector.textContent('.room-badge .room-code'))!.trim();

    // The console's Room panel attaches to the session the projector opened.
    const { desk, errors: deskErrors } = await openRoomConsole(proj.context, url, code, { width: 1280, height: 1000 });
    const phones = await joinPhones(browser(), url, code, [
      { name: 'Lan', lang: 'vi' },
      { name: 'Bình', lang: 'en' },
    ]);

    // A live drill, feedback only at the end, no answer limit (the room takes its time).
    await fillLiveSetUp(desk, { scenario: 'flood-dam-rumour', language: 'vi', answerTime: 'off', reveal: 'end' });
    await goLive(desk, projector);
    await projector.keyboard.press('PageDown');
    await projector.waitForFunction(() => window.__podium?.store.getState().drill?.view.beat != null, null, { timeout: 20_000 });
    const first = (await askedAt(projector))!;

    for (const [i, p] of phones.entries()) {
      await p.page.waitForSelector('.options button');
      await p.page.click(`.options button >> nth=${i}`);
      await p.page.waitForSelector('.options button[aria-pressed="true"]');
    }
    const room = desk.locator('[data-panel="room"]');
    await desk.waitForFunction(() => document.querySelector('[data-panel="room"] .c-room-poll')?.textContent?.startsWith('2 phiếu') === true, null, {
      timeout: 10_000,
    });

    // Not answered yet: the button is off and says why; nothing of the vote on the wall.
    const publish = room.locator('button', { hasText: /^Công bố kết quả/ });
    expect(await publish.isDisabled()).toBe(true);
    expect(await room.locator('.c-room-why').textContent()).toContain('Câu 1 đang chờ học viên trả lời');
    expect(await projector.locator('.room-result').isVisible()).toBe(false);
    await room.scrollIntoViewIfNeeded();
    await screenshot(desk, 'room-publish-console-before-answer');

    // The trainee answers (position 2); the next question is asked at once.
    await projector.keyboard.press('2');
    await projector.waitForFunction((t) => (window.__podium!.store.getState().drill?.view.beat?.askedAt ?? t) !== t, first, { timeout: 10_000 });
    await expect.poll(async () => (await publish.textContent()) ?? '', { timeout: 10_000 }).toContain('câu 1');
    expect(await publish.textContent()).toContain('chưa hiện câu trả lời tốt nhất');
    expect(await publish.isDisabled()).toBe(false);
    // The next question's vote is waiting for its answer in turn; the button is about question 1.
    await desk.waitForFunction(() => document.querySelector('[data-panel="room"] .c-room-why')?.textContent?.includes('Câu 2 đang chờ') === true, null, {
      timeout: 10_000,
    });
    expect(await room.locator('.c-room-why').textContent()).toContain('Câu trả lời tốt nhất chưa hiện');
    await screenshot(desk, 'room-publish-console-after-answer');
    await publish.click();

    // The wall: the tally and the trainee's choice, no best-answer mark, clear of the open question's options.
    await projector.waitForSelector('.room-result:not([hidden]) li');
    const wall = (await projector.locator('.room-result').textContent()) ?? '';
    expect(wall).toContain('Câu 1: cả phòng bình chọn (2 phiếu)');
    expect(wall).toContain('học viên đã chọn');
    expect(wall).not.toContain('tốt nhất');
    expect(await projector.locator('.room-result li.best').count()).toBe(0);
    const panel = await resultBox(projector);
    const options = await optionBoxes(projector);
    expect(options.length).toBeGreaterThan(2);
    expect(options.filter((o) => meets(o, panel))).toEqual([]);
    await screenshot(projector, 'room-publish-projector-without-best');

    // The phones: the same results in their own language, their own vote marked, no best answer yet.
    const [lan, binh] = phones.map((p) => p.page) as [Page, Page];
    await lan.waitForSelector('.results li');
    expect(await lan.locator('.results h2').textContent()).toBe('Câu 1: kết quả bình chọn của cả phòng');
    expect(await lan.locator('.results li.mine').count()).toBe(1);
    expect(await lan.locator('.results li').nth(0).textContent()).toContain('bạn đã chọn');
    expect(await lan.locator('.results').textContent()).not.toContain('✓');
    expect(await lan.locator('.results .note').textContent()).toContain('sẽ được công bố sau');
    await binh.waitForSelector('.results li');
    expect(await binh.locator('.results h2').textContent()).toBe('Question 1: how the room voted');
    expect(await binh.locator('.results li').nth(1).textContent()).toContain('your choice');
    expect(await binh.locator('.results li').nth(1).textContent()).toContain("the trainee's choice");
    expect(await binh.locator('.results li.mine').count()).toBe(1);
    // Published just as question 2's vote opened: a short card above the new vote, its heading on
    // the 844 px screen without scrolling (Bình had scrolled down to vote), the new vote close below.
    for (const p of [lan, binh]) {
      const at = await p.evaluate(() => {
        const head = document.querySelector('.results h2')!.getBoundingClientRect();
        const vote = document.querySelector('.results ~ section h2')?.getBoundingClientRect() ?? null;
        return { top: head.top, bottom: head.bottom, screen: innerHeight, voteTop: vote?.top ?? null };
      });
      expect(at.top).toBeGreaterThanOrEqual(0);
      expect(at.bottom).toBeLessThanOrEqual(at.screen);
      expect(at.voteTop).not.toBeNull();
      expect(at.voteTop!).toBeGreaterThan(at.bottom);
      expect(at.voteTop!).toBeLessThan(at.screen);
    }
    await screenshot(lan, 'room-publish-phone-vi-above-next-vote');
    // The options in full on demand, and short again.
    expect(await lan.locator('.results.compact .prompt').count()).toBe(0);
    await lan.click('.results button.more');
    await lan.waitForSelector('.results:not(.compact) .prompt');
    expect(await lan.locator('.results ~ section h2').count()).toBe(1);
    await lan.click('.results button.more');
    await lan.waitForSelector('.results.compact');
    await lan.locator('.results').scrollIntoViewIfNeeded();
    await screenshot(lan, 'room-publish-phone-vi-without-best');

    // The facilitator shows the room the score: the best answer is marked on the wall and the phones.
    await desk.click('button[data-command="live.reveal"]');
    await projector.waitForSelector('.room-result li.best', { timeout: 10_000 });
    expect(await projector.locator('.room-result').textContent()).toContain('✓ câu trả lời tốt nhất');
    const best = await projector.locator('.room-result li').evaluateAll((lis) => lis.findIndex((li) => li.classList.contains('best')));
    await binh.waitForSelector('.results li.best');
    expect(await binh.locator('.results li').nth(best).textContent()).toContain('✓ best answer');
    expect(await binh.locator('.results .note').count()).toBe(0);
    await lan.waitForSelector('.results li.best');
    expect(await room.locator('.c-room-why').textContent()).toContain('kèm câu trả lời tốt nhất');
    const panelWithBest = await resultBox(projector);
    expect((await optionBoxes(projector)).filter((o) => meets(o, panelWithBest))).toEqual([]);
    await screenshot(projector, 'room-publish-projector-with-best');
    await binh.locator('.results').scrollIntoViewIfNeeded();
    await screenshot(binh, 'room-publish-phone-en-with-best');

    // Hiding the score again takes the mark off the wall and the phones; the results stay.
    await desk.click('button[data-command="live.hide"]');
    await projector.waitForFunction(() => document.querySelector('.room-result li') !== null && document.querySelector('.room-result li.best') === null, null, {
      timeout: 10_000,
    });
    await binh.waitForFunction(() => document.querySelector('.results li') !== null && document.querySelector('.results li.best') === null, null, {
      timeout: 10_000,
    });
    await desk.click('button[data-command="live.reveal"]');
    await projector.waitForSelector('.room-result li.best', { timeout: 10_000 });

    // The next question takes the results off the wall and the phones.
    const second = (await askedAt(projector))!;
    const answerable = await projector.evaluate(() => window.__podium!.store.getState().drill!.view.beat!.answers.length);
    if (answerable > 0) await projector.keyboard.press('1');
    else {
      await projector.keyboard.type('Chúng tôi đang xác minh và sẽ thông báo ngay.');
      await projector.keyboard.press('Enter');
    }
    await projector.waitForFunction((t) => (window.__podium!.store.getState().drill?.view.beat?.askedAt ?? t) !== t, second, { timeout: 10_000 });
    await projector.waitForSelector('.room-result', { state: 'hidden', timeout: 10_000 });
    for (const p of [lan, binh]) await p.waitForSelector('.results', { state: 'detached', timeout: 10_000 });

    await closeRoom(proj, deskErrors, phones);
  });
});
