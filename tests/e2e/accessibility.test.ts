// Accessibility in the built app: the question, the feedback and the feed are mirrored in aria-live
// regions; the settings dialog works from the keyboard alone (focus inside, Tab kept in, Escape
// out) and its choices apply and are remembered: high contrast, answer time (×2, off — WCAG 2.2.1),
// mute; reduced motion follows the system preference.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDrill, startFromMenu, view, waitForBeat, waitForMenu } from './keyboardDriver.ts';
import { isBlank, openPage, screenshot, useBrowser } from './harness.ts';
import { untilDrillTime } from './settle.ts';

const browser = useBrowser();

const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('.settings'));

/** Tabs through the settings dialog until the control labelled `label` has focus. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const here = await page.evaluate(() => document.activeElement?.closest('label')?.textContent ?? document.activeElement?.textContent ?? '');
    if (here.includes(label)) return;
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page)).toBe(true);
  }
  throw new Error(`no control "${label}" in the settings dialog`);
}

describe('accessibility', () => {
  it('mirrors the question, the feedback and the feed in aria-live regions', async () => {
    const p = await openDrill(browser(), '/?lang=en&timescale=10', { width: 1280, height: 720 }, 'flood-dam-rumour');
    const { page } = p;
    const first = await waitForBeat(page);
    const ask = (first.beat!.ask as Record<string, string>).en!;
    await page.waitForFunction((text) => document.getElementById('live-assertive')?.textContent?.includes(text), ask);
    const live = await page.locator('#live-assertive').textContent();
    expect(live).toContain('1. ');
    expect(await page.locator('#live-assertive').getAttribute('aria-live')).toBe('assertive');
    await page.keyboard.press(String(first.beat!.answers[0]!.index + 1));
    await page.waitForFunction(() => document.getElementById('live-polite')?.textContent?.includes('Feedback:'));
    await page.waitForFunction(() => (window.__podium!.store.getState().drill?.view.feed.length ?? 0) > 0, null, { timeout: 60_000 });
    const item = (await view(page)).feed[0]!;
    const feedText = (item.text as Record<string, string>).en!;
    await page.waitForFunction((text) => document.getElementById('live-polite')?.textContent?.includes(text), feedText);
    p.assertNoErrors();
    await p.close();
  });

  it('runs the settings dialog from the keyboard, and remembers contrast, answer time and mute', async () => {
    const p = await openPage(browser(), '/?lang=en&timescale=2', { width: 1280, height: 720 });
    const { page, context } = p;
    await waitForMenu(page);
    await page.keyboard.press('s');
    await page.locator('.settings').waitFor({ state: 'visible' });
    expect(await focusInDialog(page)).toBe(true);
    await tabTo(page, 'High contrast');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'high-contrast');
    await tabTo(page, 'Mute');
    await page.keyboard.press('Space');
    // Answer time: radio buttons move with the arrow keys (×1 → ×1.5 → ×2).
    await tabTo(page, '× 1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.__podium!.store.getState().settings)).toMatchObject({ highContrast: true, muted: true, answerTime: 2 });
    expect(isBlank(await screenshot(page, 'settings-en-1280x720-high-contrast'))).toBe(false);
    await page.keyboard.press('Escape');
    await page.locator('.settings').waitFor({ state: 'hidden' });
    expect(await focusInDialog(page)).toBe(false);
    expect(isBlank(await screenshot(page, 'menu-en-1280x720-high-contrast'))).toBe(false);

    // Remembered on the next visit; the drill gets twice the answer time.
    const again = await openPage(browser(), '/?lang=en&timescale=2', { width: 1280, height: 720, context });
    await waitForMenu(again.page);
    expect(await again.page.evaluate(() => window.__podium!.store.getState().settings)).toMatchObject({ highContrast: true, muted: true, answerTime: 2 });
    await startFromMenu(again.page, 'flood-dam-rumour');
    const beat = (await waitForBeat(again.page)).beat!;
    const limit = await again.page.evaluate(
      (id) => window.__podium!.store.getState().scenarios.find((e) => e.checked?.scenario.id === 'flood-dam-rumour')!.checked!.scenario.beats[id]!.time_limit,
      beat.id,
    );
    expect(beat.deadline! - beat.askedAt).toBeCloseTo(2 * limit, 5);
    expect(isBlank(await screenshot(again.page, 'pressroom-en-1280x720-high-contrast'))).toBe(false);
    again.assertNoErrors();
    await again.close();
    p.assertNoErrors();
    await p.close();
  });

  it('switches answer time limits off, and follows the reduced-motion preference of the system', async () => {
    const p = await openPage(browser(), '/?lang=vi&timescale=20', { width: 1280, height: 720, reducedMotion: 'reduce' });
    const { page } = p;
    await waitForMenu(page);
    expect(await page.evaluate(() => window.__podium!.store.getState().settings.reducedMotion)).toBe(true);
    expect(await page.evaluate(() => document.body.classList.contains('reduced-motion'))).toBe(true);
    await page.keyboard.press('s');
    await page.locator('.settings').waitFor({ state: 'visible' });
    await tabTo(page, '× 1');
    await page.keyboard.press('ArrowLeft'); // wraps round to "no limit"
    expect(await page.evaluate(() => window.__podium!.store.getState().settings.answerTime)).toBeNull();
    await page.keyboard.press('Escape');
    await startFromMenu(page, 'flood-dam-rumour');
    const first = await waitForBeat(page);
    expect(first.beat!.deadline).toBeNull();
    // A minute of drill time later (what 3 s at ×20 gave), still the same question: no timeout without a limit.
    await untilDrillTime(page, first.now + 60);
    const later = await view(page);
    expect(later.beat?.askedAt).toBe(first.beat!.askedAt);
    expect(later.turns).toHaveLength(0);
    expect(isBlank(await screenshot(page, 'pressroom-vi-1280x720-no-limit'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });

  it('goes full screen and back with F, from the menu and from the press room', async () => {
    const p = await openPage(browser(), '/?lang=en&timescale=2', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    const full = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await startFromMenu(page, 'flood-dam-rumour');
    await waitForBeat(page);
    await page.keyboard.press('F');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await full()).toBe(true);
    // Still the same drill, still running: full screen is not a pause.
    expect((await view(page)).status).toBe('running');
    await page.keyboard.press('F');
    await page.waitForFunction(() => document.fullscreenElement === null);
    p.assertNoErrors();
    await p.close();
  });
});
