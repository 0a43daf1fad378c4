// The whole room drills (issue 14), as a seminar runs it: the app served by the room server on the
// projector, the facilitator console beside it, three phones. Before the drill the room takes the
// before check; during it the phones vote on each question (the console sees the vote live, the
// projector only once revealed), a question sent from a phone is put to the trainee as a live
// reporter question and the room rates the answer; after it the room takes the after check and
// the console shows the class report and exports the results.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeRoom, joinPhones, openRoomConsole, useRoomServer } from './roomServer.ts';
import { fillLiveSetUp, goLive } from './liveSetup.ts';
import { openPage, screenshot, useBrowser } from './harness.ts';
import { waitForMenu } from './keyboardDriver.ts';

const browser = useBrowser();
const SIZE = { width: 1920, height: 1080 };
const roomUrl = useRoomServer('live-room');

async function takeCheck(p: Page, pick: number): Promise<number> {
  await p.waitForSelector('.check-answer', { timeout: 15_000 });
  let n = 0;
  while ((await p.locator('.check-answer').count()) > 0) {
    const progress = (await p.locator('.progress').textContent()) ?? '';
    await p.click(`.check-answer >> nth=${pick}`);
    await p.click('.chips button >> nth=0');
    await p.waitForFunction((before) => document.querySelector('.progress')?.textContent !== before, progress, { timeout: 15_000 });
    n++;
  }
  return n;
}

describe('the whole room drills', () => {
  it('projector, console and three phones through a live drill and a before/after check', async () => {
    const url = roomUrl();
    const proj = await openPage(browser(), `${url}/?lang=vi&timescale=2`, SIZE);
    const projector = proj.page;
    await waitForMenu(projector);
    await projector.waitForSelector('.room-badge .room-code');
    const code = (await projector.textContent('.room-badge .room-code'))!.trim();

    // The console's Room panel attaches to the session the projector opened.
    const { desk, errors: deskErrors } = await openRoomConsole(proj.context, url, code, SIZE);

    const phones = await joinPhones(browser(), url, code, [
      { name: 'Lan', lang: 'vi' },
      { name: 'Bình', lang: 'vi' },
      { name: null, lang: 'vi' },
    ]);
    const room = desk.locator('[data-panel="room"]');
    await desk.waitForFunction(() => document.querySelector('[data-panel="room"]')?.textContent?.includes('3 người đã vào') === true, null, {
      timeout: 10_000,
    });

    // ---- the before check, from the console ----------------------------------------------------
    await room.locator('button', { hasText: 'Mở bài trước' }).click();
    const before = await Promise.all(phones.map((p, i) => takeCheck(p.page, i === 0 ? 0 : 1)));
    expect(before.every((n) => n > 0)).toBe(true);
    await room.locator('button', { hasText: 'Đóng bài kiểm tra' }).click();

    // ---- a live drill ---------------------------------------------------------------------------
    await fillLiveSetUp(desk, { scenario: 'flood-dam-rumour', language: 'vi', answerTime: '2', reveal: 'end', roster: ['An', 'Bình', 'Chi'] });
    await goLive(desk, projector);
    await projector.keyboard.press('PageDown');
    await projector.waitForFunction(() => window.__podium?.store.getState().drill?.view.beat != null, null, { timeout: 20_000 });

    // Phones vote on the first question; the console sees the live count; the projector shows nothing of it.
    for (const [i, p] of phones.entries()) {
      await p.page.waitForSelector('.options button');
      await p.page.click(`.options button >> nth=${i % 2}`);
    }
    await desk.waitForFunction(() => document.querySelector('[data-panel="room"] .c-room-poll')?.textContent?.startsWith('3 phiếu') === true, null, {
      timeout: 10_000,
    });
    expect(await projector.locator('.room-result').isVisible()).toBe(false);
    await screenshot(desk, 'room-console-live-vote-1080p');
    // Published only once the trainee has answered (before, it would hint at the answer: roomPublish.test.ts).
    const publish = room.locator('button', { hasText: /^Công bố kết quả/ });
    expect(await publish.isDisabled()).toBe(true);
    const asked = await projector.evaluate(() => window.__podium!.store.getState().drill!.view.beat!.askedAt);
    await projector.keyboard.press('1');
    await projector.waitForFunction((t) => window.__podium!.store.getState().drill?.view.beat?.askedAt !== t, asked, { timeout: 10_000 });
    await desk.waitForFunction(() => document.querySelector('[data-panel="room"] .c-room-why')?.textContent?.includes('Câu 2 đang chờ') === true, null, {
      timeout: 10_000,
    });
    await room.locator('button', { hasText: 'Công bố kết quả câu 1 lên màn chiếu' }).click();
    await projector.waitForSelector('.room-result:not([hidden]) li');
    await screenshot(projector, 'room-projector-vote-revealed-1080p');
    await room.locator('button', { hasText: 'Ẩn kết quả câu 1 trên màn chiếu' }).click();
    await projector.waitForSelector('.room-result', { state: 'hidden' });

    // A phone sends a question; the facilitator puts it to the trainee as a live reporter question.
    await phones[1]!.page.fill('#ask', 'Khi nào bà con được về nhà?');
    await phones[1]!.page.click('text=Gửi câu hỏi');
    await desk.waitForFunction(() => document.querySelector('.c-room-questions')?.textContent?.includes('Khi nào bà con được về nhà?') === true, null, {
      timeout: 10_000,
    });
    await room.locator('.c-room-questions button').first().click();
    await projector.waitForFunction(
      () => document.querySelector('.live-item:not([hidden])')?.textContent?.includes('Khi nào bà con được về nhà?') === true,
      null,
      { timeout: 10_000 },
    );
    await projector.fill('#live-answer', 'Khi Sở Nông nghiệp và Môi trường xác nhận an toàn, chúng tôi sẽ thông báo ngay.');
    // The room rates the answer to the live question.
    await room.locator('button', { hasText: 'Cho cả phòng chấm câu trả lời này' }).click();
    for (const p of phones) {
      await p.page.waitForSelector('.stars button');
      await p.page.click('.stars button >> nth=3');
      await p.page.click('button.primary');
    }
    await desk.waitForFunction(() => document.querySelector('[data-panel="room"] .c-room-poll')?.textContent?.includes('(3 người chấm)') === true, null, {
      timeout: 10_000,
    });
    await desk.click('[data-skill="accuracy"] [data-points="1"]');
    await desk.fill('input[name=live-reason]', 'đúng thẩm quyền, chưa có mốc thời gian');
    await desk.click('button[data-command="live.score"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'running', null, { timeout: 15_000 });

    // The facilitator ends the conference.
    await desk.click('button[data-command="live.end"]');
    await projector.waitForFunction(() => window.__podium!.store.getState().drill?.view.status === 'ended', null, { timeout: 10_000 });

    // ---- the after check, the class report and the results as CSV -----------------------------
    await room.locator('button', { hasText: 'Mở bài sau' }).click();
    const after = await Promise.all(phones.map((p) => takeCheck(p.page, 0)));
    expect(after).toEqual(before);
    await room.locator('button', { hasText: 'Đóng bài kiểm tra' }).click();
    await desk.waitForFunction(() => document.querySelector('[data-panel="room"] .c-room-report')?.textContent?.includes('3 người làm cả hai') === true, null, {
      timeout: 10_000,
    });
    expect(await room.locator('.c-room-caution').textContent()).toContain('quá ít');
    await screenshot(desk, 'room-console-class-report-1080p');
    const download = desk.waitForEvent('download');
    await room.locator('button', { hasText: 'Xuất kết quả lớp (CSV)' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv).toContain('participant,votes,votes_for_best');
    expect(csv).toContain('Bình');

    await closeRoom(proj, deskErrors, phones);
  });
});
