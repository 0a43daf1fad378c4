// Switching the interface language in the menu and in the middle of a drill: every string comes
// from i18next, scenario texts follow the chosen language, the choice is remembered, and the
// screens (menu, briefing, press room mid-drill, debrief) are captured in both languages at
// 1280×720 and 1920×1080 for a person to look at (Vietnamese capitals such as Ầ Ỗ Ữ unclipped).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sceneTexts, startFromMenu, turnOffAnswerTime, view, waitForBeat, waitForMenu } from './keyboardDriver.ts';
import { playToEnd } from './drillDriver.ts';
import { domTexts } from './textMeasure.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { afterFrames, resizeTo } from './settle.ts';

const browser = useBrowser();
const SCENARIO = 'fishing-boat-detained';

const language = (page: Page) =>
  page.evaluate(() => ({
    store: window.__podium!.store.getState().settings.language,
    i18n: window.__podium!.i18n.language,
    html: document.documentElement.lang,
  }));

/** The texts on a screen: the menu is drawn in the DOM, the press room and the results in Phaser. */
async function textsOf(page: Page, key: string): Promise<string[]> {
  if (key === 'Menu') return (await domTexts(page, '.ps-menu')).map((t) => t.text);
  return (await sceneTexts(page, key)).map((t) => t.text);
}

describe('language', () => {
  it('switches in the menu with L, and the choice is remembered on the next visit', async () => {
    const p = await openPage(browser(), '/?lang=vi', { width: 1280, height: 720 });
    const { page, context } = p;
    await waitForMenu(page);
    expect(await textsOf(page, 'Menu')).toContain('TÌNH HUỐNG DIỄN TẬP');
    await page.keyboard.press('l');
    await page.waitForFunction(() => window.__podium!.i18n.language === 'en');
    expect(await language(page)).toEqual({ store: 'en', i18n: 'en', html: 'en' });
    const texts = await textsOf(page, 'Menu');
    expect(texts).toContain('DRILL SCENARIOS');
    expect(texts).not.toContain('TÌNH HUỐNG DIỄN TẬP');
    // The scenario titles are in English now too.
    const title = await page.evaluate(() => (window.__podium!.store.getState().scenarios[0]!.checked!.scenario.title as Record<string, string>).en);
    expect(texts.some((t) => t.startsWith(title!.slice(0, 12)))).toBe(true);
    expect(isBlank(await screenshot(page, 'menu-en-1280x720'))).toBe(false);

    const again = await openPage(browser(), '/', { width: 1280, height: 720, context });
    await waitForMenu(again.page);
    expect(await language(again.page)).toEqual({ store: 'en', i18n: 'en', html: 'en' });
    again.assertNoErrors();
    await again.close();
    p.assertNoErrors();
    await p.close();
  });

  it('switches mid-drill: the question, the choices and the answer box change language at once', async () => {
    const p = await openPage(browser(), '/?lang=vi&timescale=2', { width: 1920, height: 1080 });
    const { page } = p;
    await waitForMenu(page);
    await turnOffAnswerTime(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.screen === 'Briefing');
    expect(isBlank(await screenshot(page, 'briefing-vi-1920x1080'))).toBe(false);
    await page.keyboard.press('Escape');
    await waitForMenu(page);
    await startFromMenu(page, SCENARIO);
    const first = await waitForBeat(page);
    const ask = first.beat!.ask as Record<string, string>;
    expect((await textsOf(page, 'PressRoom')).some((t) => t.includes(ask.vi!))).toBe(true);
    // Get a rumour or two onto the feed, and move on a question, before the pictures.
    await page.keyboard.press(String(first.beat!.answers[0]!.index + 1));
    const second = await waitForBeat(page, first.beat!.askedAt);
    await page.waitForFunction(() => (window.__podium!.store.getState().drill?.view.feed.length ?? 0) >= 1, null, { timeout: 60_000 });
    expect(isBlank(await screenshot(page, 'pressroom-vi-1920x1080'))).toBe(false);

    await page.keyboard.press('l');
    await page.waitForFunction(() => window.__podium!.i18n.language === 'en');
    const ask2 = second.beat!.ask as Record<string, string>;
    const texts = await textsOf(page, 'PressRoom');
    expect(texts.some((t) => t.includes(ask2.en!))).toBe(true);
    expect(texts.some((t) => t.includes(ask2.vi!))).toBe(false);
    for (const a of second.beat!.answers) expect(texts).toContain((a.text as Record<string, string>).en!);
    expect(texts).toContain('Social media');
    // Same drill, nothing lost by the switch.
    const after = await view(page);
    expect(after.beat?.id).toBe(second.beat!.id);
    expect(after.turns).toHaveLength(1);
    expect(isBlank(await screenshot(page, 'pressroom-en-1920x1080'))).toBe(false);
    await resizeTo(page, 1280, 720);
    expect(isBlank(await screenshot(page, 'pressroom-en-1280x720-mid'))).toBe(false);
    await page.keyboard.press('l');
    await page.waitForFunction(() => window.__podium!.i18n.language === 'vi');
    expect(isBlank(await screenshot(page, 'pressroom-vi-1280x720-mid'))).toBe(false);

    // To the debrief; the short summary underneath the report, in both languages and sizes.
    await playToEnd(page);
    await waitForScreen(page, 'Debrief', 30_000);
    const summary = page.locator('[data-action="summary"]');
    if (await summary.count()) await summary.first().click();
    await page.waitForFunction(() => window.__podium!.commands.layer() === 'debrief');
    await afterFrames(page);
    const debriefTexts = await textsOf(page, 'Debrief');
    expect(debriefTexts).toContain('KẾT QUẢ BUỔI HỌP BÁO');
    expect(isBlank(await screenshot(page, 'debrief-summary-vi-1280x720'))).toBe(false);
    await page.evaluate(() => window.__podium!.store.getState().updateSettings({ language: 'en' }));
    await page.waitForFunction(() => window.__podium!.i18n.language === 'en');
    await resizeTo(page, 1920, 1080);
    expect(await textsOf(page, 'Debrief')).toContain('PRESS CONFERENCE RESULTS');
    expect(isBlank(await screenshot(page, 'debrief-summary-en-1920x1080'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });
});
