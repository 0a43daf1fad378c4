// The small things a seminar notices: the debrief shows the answer time the trainee really had
// (×1.5), a pause reads as one moment, the quick feedback shows a tick only where the answer
// helped, the replay says it is a replay, shows what was typed and drops pop-ups left behind by a
// jump of the scrubber, and numbers read the same way in the briefing and the settings.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { TYPED_ANSWER, playToEnd, waitForMenu } from './drillDriver.ts';
import { sceneTexts } from './keyboardDriver.ts';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { afterFrames } from './settle.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';

/** Records, every few ms, which icon the feedback card shows for which turn. */
async function watchFeedbackIcons(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { turn: number; kind: string; net: number; icon: string | null }[] = [];
    (window as unknown as { __icons: typeof seen }).__icons = seen;
    setInterval(() => {
      const view = window.__podium!.store.getState().drill?.view;
      const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as { feedbackCard?: { icon: string | null } };
      const icon = scene?.feedbackCard?.icon ?? null;
      if (!view?.lastTurn || icon === null) return;
      const turn = view.turns.length;
      if (seen.some((s) => s.turn === turn)) return;
      seen.push({ turn, kind: view.lastTurn.response.kind, net: view.lastTurn.moments.reduce((sum, m) => sum + m.points, 0), icon });
    }, 20);
  });
}

describe('debrief and replay details', () => {
  it('answer time ×1.5, a pause, feedback icons, and a replay that is not "live"', async () => {
    // ×10, not ×20: a busy machine must still type an answer before its question times out.
    const p = await openPage(browser(), '/?timescale=10&lang=en&renderer=canvas', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await page.evaluate(() => window.__podium!.store.getState().updateSettings({ answerTime: 1.5 }));
    await page.evaluate((id) => window.__podium!.controller.startDrill(id, { answerTimeFactor: 1.5 }), SCENARIO);
    await waitForScreen(page, 'PressRoom');
    await watchFeedbackIcons(page);
    // A pause, then silence on the first question (a timeout), then answers; typed where it can be.
    await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat !== null);
    await page.keyboard.press('p');
    await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.status === 'paused');
    await page.keyboard.press('p');
    const final: SessionView = await playToEnd(page, (n, v) =>
      n === 0 ? null : v.beat!.freeText ? { type: TYPED_ANSWER } : { choose: v.beat!.answers[(n + 1) % v.beat!.answers.length]!.index },
    );
    expect(final.turns.some((t) => t.response.kind === 'timeout')).toBe(true);
    expect(final.turns.some((t) => t.response.kind === 'text')).toBe(true);

    // No tick for silence or for an answer that cost points.
    const icons = await page.evaluate(() => (window as unknown as { __icons: { turn: number; kind: string; net: number; icon: string }[] }).__icons);
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const s of icons) {
      if (s.kind === 'timeout') expect(s.icon, `turn ${s.turn}`).toBe('timeout');
      else if (s.net < 0) expect(s.icon, `turn ${s.turn}`).toBe('warning');
      else if (s.net > 0) expect(s.icon, `turn ${s.turn}`).toBe('feedback');
      else expect(s.icon, `turn ${s.turn}`).not.toBe('feedback');
    }
    expect(icons.some((s) => s.kind === 'timeout')).toBe(true);

    // The debrief: the limits as the trainee had them (×1.5), the pause as one moment.
    await waitForScreen(page, 'Debrief');
    const report = page.locator('[data-overlay="debrief"]');
    await report.waitFor({ state: 'visible', timeout: 20_000 });
    const limits = await page.evaluate(
      ({ id, beats }) => {
        const scenario = window.__podium!.store.getState().scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario;
        return beats.map((b) => scenario.beats[b]!.time_limit);
      },
      { id: SCENARIO, beats: final.turns.map((t) => t.beatId) },
    );
    const lines = await report.locator('.pd-beat .pd-answer-time').allTextContents();
    expect(lines.length).toBe(limits.length);
    lines.forEach((line, i) => expect(line).toContain(`(limit ${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(limits[i]! * 1.5)} s)`));
    const happenings = await report.locator('.pd-happenings li').allTextContents();
    const pauses = happenings.filter((h) => /Paused/.test(h));
    expect(pauses.length).toBe(1);
    expect(pauses[0]).toMatch(/Paused at \d+:\d\d/);
    expect(pauses[0]).not.toMatch(/\d:\d\d – \d:\d\d/);

    // The replay: marked as a replay, the typed answer shown with its feedback.
    await report.locator('[data-action="replay"]').click();
    await waitForScreen(page, 'PressRoom');
    await page.locator('[data-overlay="replay"]').waitFor();
    const texts = (await sceneTexts(page, 'PressRoom')).map((t) => t.text);
    expect(texts).toContain('REPLAY');
    expect(texts).not.toContain('LIVE');
    expect(await page.locator('.answer-box').isVisible()).toBe(false);
    const typedTurn = final.turns.find((t) => t.response.kind === 'text')!;
    const scrubber = page.locator('[data-replay="scrubber"]');
    await scrubber.fill(String(typedTurn.answeredAt + 0.5));
    await page.waitForFunction(
      () => (window.__podium!.game.scene.getScene('PressRoom') as unknown as { feedbackCard: { icon: string | null } }).feedbackCard.icon !== null,
    );
    const shown = (await sceneTexts(page, 'PressRoom')).map((t) => t.text).join('\n');
    expect(shown).toContain(`“${TYPED_ANSWER.slice(0, 30)}`);
    await screenshot(page, 'replay-typed-answer-en-720p');

    // Scrubbed on by 8 drill seconds: the typed answer's card is gone (it lives 7 drill seconds in a
    // replay), and any card still up belongs to a moment just before the new position.
    const later = Math.min(final.now, typedTurn.answeredAt + 8.5);
    await scrubber.fill(String(later));
    // The scene follows the store synchronously: once the replay shows the new second, so does it.
    await page.waitForFunction((t) => Math.abs((window.__podium!.store.getState().replay?.view.now ?? -1) - t) < 0.2, later);
    const after = (await sceneTexts(page, 'PressRoom')).map((t) => t.text).join('\n');
    // Another question answered with the same typed text in the last 7 s legitimately shows it again.
    const sameTextLater = final.turns.some((t) => t !== typedTurn && t.response.kind === 'text' && t.answeredAt <= later && later - t.answeredAt <= 7);
    if (!sameTextLater) expect(after).not.toContain(`“${TYPED_ANSWER.slice(0, 30)}`);
    const cards = await page.evaluate(() => {
      const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as Record<string, unknown>;
      return {
        now: window.__podium!.store.getState().replay!.view.now,
        feedbackAt: scene.feedbackCardAt as number | null,
        eventAt: scene.eventCardAt as number | null,
      };
    });
    expect(cards.feedbackAt, "the typed answer's own card has gone").not.toBe(typedTurn.answeredAt);
    if (cards.feedbackAt !== null) expect(cards.now - cards.feedbackAt).toBeLessThanOrEqual(7);
    if (cards.eventAt !== null) expect(cards.now - cards.eventAt).toBeLessThanOrEqual(9);
    p.assertNoErrors();
    await p.close();
  });

  for (const [lang, factor] of [
    ['vi', '1,5'],
    ['en', '1.5'],
  ] as const) {
    it(`writes the answer-time factor the same way in the briefing and the settings (${lang})`, async () => {
      const p = await openPage(browser(), `/?lang=${lang}`, { width: 1920, height: 1080 });
      const { page } = p;
      await waitForMenu(page);
      await page.evaluate((id) => {
        const s = window.__podium!.store.getState();
        s.updateSettings({ answerTime: 1.5 });
        s.selectScenario(id);
        s.goTo('Briefing');
      }, SCENARIO);
      await waitForScreen(page, 'Briefing');
      await afterFrames(page);
      // The briefing is drawn in the DOM or on the canvas: read both.
      const briefing = `${await page.evaluate(() => document.body.textContent)}\n${(await sceneTexts(page, 'Briefing').catch(() => [])).map((t) => t.text).join('\n')}`;
      expect(briefing).toContain(`× ${factor}`);
      expect(briefing).not.toContain(`× ${factor === '1,5' ? '1.5' : '1,5'}`);
      await screenshot(page, `briefing-factor-${lang}-1080p`);
      await page.keyboard.press('s');
      const dialog = page.locator('.dialog.settings');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.locator('input[name="answer-time"]:checked').evaluate((i) => i.parentElement!.textContent)).toBe(`× ${factor}`);
      p.assertNoErrors();
      await p.close();
    });
  }
});
