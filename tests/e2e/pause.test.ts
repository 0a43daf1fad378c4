// Pausing: Space, P and Escape stop the drill clock with a visible overlay and start it again; a
// hidden tab pauses the drill by itself (and says so); from the overlay the facilitator can end
// the conference. The drill clock is measured, so "stopped" means the drill second stays put.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDrill, view, waitForBeat } from './keyboardDriver.ts';
import { isBlank, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

const status = (page: Page) => page.evaluate(() => window.__podium!.store.getState().drill!.view.status);
const overlayShown = (page: Page) => page.locator('.dialog-backdrop.paused').isVisible();

/** A measurement, not a wait: over this much wall-clock time the drill clock must not move. */
const FROZEN_FOR_MS = 400;

async function expectFrozen(page: Page): Promise<void> {
  const at = (await view(page)).now;
  await page.waitForTimeout(FROZEN_FOR_MS);
  expect((await view(page)).now).toBe(at);
}

async function expectRunning(page: Page): Promise<void> {
  const at = (await view(page)).now;
  await page.waitForFunction((t) => window.__podium!.store.getState().drill!.view.now > t + 0.5, at, { timeout: 10_000 });
}

describe('pause', () => {
  it('pauses and resumes with Space, P and Escape, with the overlay on screen', async () => {
    const p = await openDrill(browser(), '/?lang=vi&timescale=5', { width: 1280, height: 720 }, 'school-food-poisoning');
    const { page } = p;
    await waitForBeat(page);
    for (const key of ['Space', 'p', 'Escape']) {
      await page.keyboard.press(key);
      await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'paused');
      expect(await overlayShown(page), key).toBe(true);
      await expectFrozen(page);
      if (key === 'Space') expect(isBlank(await screenshot(page, 'paused-vi-1280x720'))).toBe(false);
      await page.keyboard.press(key);
      await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'running');
      expect(await overlayShown(page), key).toBe(false);
      await expectRunning(page);
    }
    // Digits do nothing while paused: no answer sneaks through the overlay.
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    expect((await view(page)).turns).toHaveLength(0);
    await page.keyboard.press('Space');
    expect(await status(page)).toBe('running');
    p.assertNoErrors();
    await p.close();
  });

  it('pauses by itself when the tab is hidden, and the trainee resumes', async () => {
    const p = await openDrill(browser(), '/?lang=en&timescale=5', { width: 1280, height: 720 }, 'school-food-poisoning');
    const { page, context } = p;
    await waitForBeat(page);
    // Another tab in front hides this one (as switching tabs does).
    const other = await context.newPage();
    await other.bringToFront();
    if ((await page.evaluate(() => document.visibilityState)) !== 'hidden') {
      // Some headless builds keep every tab visible: send the same event the browser would.
      await page.evaluate(() => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
      });
    }
    await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'paused');
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.autoPaused)).toBe(true);
    await other.close();
    await page.bringToFront();
    await page.evaluate(() => {
      delete (document as unknown as Record<string, unknown>).hidden;
      delete (document as unknown as Record<string, unknown>).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Coming back does not restart the clock behind the trainee's back.
    expect(await status(page)).toBe('paused');
    expect(await page.locator('#paused-text').textContent()).toContain('window was hidden');
    await expectFrozen(page);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'running');
    await expectRunning(page);
    p.assertNoErrors();
    await p.close();
  });

  it('lets the facilitator end the conference from the overlay', async () => {
    const p = await openDrill(browser(), '/?lang=en&timescale=5', { width: 1920, height: 1080 }, 'school-food-poisoning');
    const { page } = p;
    await waitForBeat(page);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'paused');
    expect(isBlank(await screenshot(page, 'paused-en-1920x1080'))).toBe(false);
    await page.keyboard.press('e');
    await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.status === 'ended');
    expect((await view(page)).ending?.reason).toBe('facilitator');
    await waitForScreen(page, 'Debrief', 20_000);
    p.assertNoErrors();
    await p.close();
  });
});
