// The end of a hot-seat live drill in Vietnamese, projector and console in two windows of one
// browser (QA defects 6 and 9 of 13:14): the console words what it shows (no "[note]" tags, no
// beat ids as the next step, what the projector shows during the briefing, no score before the
// first scored moment); after the end its reveal button says it shows the class scoreboard, and
// the debrief on the projector is the class's: the trainees' names (no empty name field), the
// class scoreboard with each trainee's score, and who answered each question.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { answer, liveState, TYPED_ANSWER, waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser } from './harness.ts';
import { fillLiveSetUp, goLive, openConsole, startConference } from './liveSetup.ts';

const browser = useBrowser();
const SCENARIO = 'border-outbreak-trade';
const ROSTER = ['Lan', 'Minh', 'Hùng'];

async function v(page: Page): Promise<SessionView> {
  const { view } = await liveState(page);
  if (!view) throw new Error('no drill on the projector');
  return view;
}

async function answerNext(page: Page): Promise<void> {
  const before = await v(page);
  const beat = before.beat!;
  if (beat.answers.length > 0 && (await page.evaluate(() => document.activeElement?.id === 'answer-text'))) await page.keyboard.press('Escape');
  await answer(page, beat.answers.length > 0 ? { choose: beat.answers[0]!.index } : { type: TYPED_ANSWER });
  await page.waitForFunction((count) => (window.__podium!.store.getState().drill?.view.turns.length ?? 0) > count, before.turns.length, {
    timeout: 20_000,
    polling: 20,
  });
  await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat != null, null, { timeout: 20_000 });
}

/** A console panel's text without the small beat ids (kept for a facilitator who knows the file). */
async function panelWords(desk: Page, id: string): Promise<string> {
  return desk.evaluate((panel) => {
    const el = document.querySelector(`[data-panel="${panel}"]`)!.cloneNode(true) as HTMLElement;
    for (const idEl of el.querySelectorAll('.c-id')) idEl.remove();
    return el.textContent ?? '';
  }, id);
}

describe('the end of a hot-seat live drill, and the console in Vietnamese', () => {
  it('words the console for the facilitator and puts the class, not one trainee, in the debrief on the projector', async () => {
    const proj = await openPage(browser(), '/?lang=vi&timescale=2', { width: 1920, height: 1080 });
    const projector = proj.page;
    await waitForMenu(projector);
    const { desk, deskErrors } = await openConsole(proj.context, 'vi', { width: 1280, height: 800 });

    await fillLiveSetUp(desk, { scenario: SCENARIO, language: 'vi', reveal: 'end', roster: ROSTER, rotate: 1 });
    await goLive(desk, projector);

    // ---- the briefing: the header says what the projector shows -----------------------------
    const title = await projector.evaluate((id) => {
      const t = window.__podium!.store.getState().scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario.title;
      return typeof t === 'string' ? t : t.vi!;
    }, SCENARIO);
    await desk.waitForFunction(() => window.__podiumConsole!.view()?.screen === 'Briefing', null, { timeout: 15_000 });
    const header = await desk.locator('.c-clock').textContent();
    expect(header).not.toContain('chưa có buổi diễn tập');
    expect(header).toContain(title);
    await screenshot(desk, 'live-console-briefing-vi');

    // ---- the first question: words, not tags and ids; no score before anything was scored ------
    await startConference(projector, desk);
    await projector.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat != null, null, { timeout: 20_000 });
    await desk.waitForFunction(() => window.__podiumConsole!.view()?.drill?.beat != null, null, { timeout: 10_000 });
    expect(await projector.evaluate(() => window.__podium!.store.getState().drill!.view.moments.length)).toBe(0);
    const score = await panelWords(desk, 'score');
    expect(score).toContain('Chưa có câu trả lời nào được chấm.');
    expect(score).not.toMatch(/Tổng điểm \d/);
    const question = await panelWords(desk, 'question');
    // Where each answer leads: the next reporter and question, no id such as "q-months".
    expect(question).not.toMatch(/\bq-[a-z]/);
    expect(question).toMatch(/tiếp theo: [^|]+ hỏi “/);
    expect(await desk.locator('[data-panel="question"] .c-id').count()).toBeGreaterThan(0);
    const injects = await panelWords(desk, 'inject');
    for (const tag of ['[note]', '[breaking]', '[call]', '[post]']) expect(injects).not.toContain(tag);
    for (const word of ['Lời nhắn: ', 'Tin nóng: ', 'Cuộc gọi: ']) expect(injects).toContain(word);
    await screenshot(desk, 'live-console-q1-vi');

    // ---- three questions, one per trainee; then the end ------------------------------------
    for (let i = 0; i < 3; i++) await answerNext(projector);
    await desk.waitForFunction(() => (window.__podiumConsole!.view()?.drill?.timeline.length ?? 0) >= 3, null, { timeout: 15_000 });
    expect(await panelWords(desk, 'score')).toMatch(/Tổng điểm \d+/);
    await desk.click('button[data-command="live.end"]');
    await desk.waitForFunction(() => window.__podiumConsole!.view()?.drill?.status === 'ended', null, { timeout: 15_000 });

    // The reveal button says what it puts on the projector now: the class scoreboard.
    const reveal = desk.locator('.c-controls button[data-command="live.reveal"]');
    await expect.poll(() => reveal.textContent()).toBe('Chiếu bảng điểm cả lớp');
    await reveal.click();
    await projector.waitForFunction(() => document.querySelector('.live-board:not([hidden])') !== null, null, { timeout: 15_000 });
    await expect.poll(() => desk.locator('.c-controls button[data-command="live.hide"]').textContent()).toBe('Ẩn bảng điểm cả lớp');
    const board = (await projector.locator('.live-board').textContent()) ?? '';
    expect(board).toContain('Cả lớp (mọi câu học viên đã trả lời)');
    expect(board).toContain('Cả buổi họp báo, tính cả tin đồn và các câu chưa kịp hỏi');
    for (const name of ROSTER) expect(board).toContain(name);

    // ---- the debrief on the projector is the class's ----------------------------------------
    await desk.click('button[data-command="live.debrief"]');
    await projector.waitForFunction(() => document.body.dataset.screen === 'Debrief', null, { timeout: 15_000 });
    await projector.waitForSelector('[data-section="class"]', { timeout: 15_000 });
    expect(await projector.locator('#pd-trainee').count()).toBe(0);
    const trainees = (await projector.locator('.pd-trainees').textContent()) ?? '';
    for (const name of ROSTER) expect(trainees).toContain(name);
    // Each trainee with a score over the questions they answered, and the class's figure.
    const rows = await projector
      .locator('[data-section="class"] li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-trainee'), li.querySelector('.pd-class-overall')?.textContent ?? null]));
    expect(rows.map((r) => r[0]).sort()).toEqual([...ROSTER].sort());
    for (const [, overall] of rows) expect(overall).toMatch(/^\d+$/);
    expect(await projector.locator('[data-section="class"] [data-class-score]').count()).toBe(1);
    // Who answered each question: as the hot seat credited it (the seat at the answer's time).
    const expected = await projector.evaluate(() => {
      const p = window.__podium!;
      const seats = p.controller.log.flatMap((e) => (e.type === 'seat' ? [e] : []));
      return p.store
        .getState()
        .drill!.view.turns.filter((t) => t.response.kind !== 'ended' && t.response.kind !== 'skipped')
        .map((t) => [t.beatId, seats.filter((s) => s.at <= t.answeredAt).pop()?.trainee ?? seats[0]!.trainee]);
    });
    expect(expected).toHaveLength(3);
    const shown = await projector
      .locator('.pd-beat')
      .evaluateAll((cards) =>
        cards.flatMap((c) =>
          c.querySelector('.pd-answered-by') ? [[c.getAttribute('data-beat'), c.querySelector('.pd-answered-by')!.getAttribute('data-trainee')]] : [],
        ),
      );
    expect(shown).toEqual(expected);
    expect(new Set(shown.map((s) => s[1]))).toEqual(new Set(ROSTER));
    expect(await projector.locator('.pd-answered-by').first().textContent()).toMatch(/^Người trả lời: /);
    // Putting the debrief up showed the scores to the room: the console says so.
    await desk.waitForFunction(() => document.querySelector('.c-shown')?.getAttribute('data-shown') === 'true', null, { timeout: 15_000 });
    await screenshot(projector, 'live-class-debrief-vi-1080p');

    expect(deskErrors).toEqual([]);
    proj.assertNoErrors();
    await desk.close();
    await proj.close();
  }, 240_000);
});
