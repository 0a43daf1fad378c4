// While a DOM overlay is open (the debrief report, the history, the settings dialog) nothing
// underneath takes input: a click lands on the overlay only (Phaser used to hit-test window-level
// mouseups at their position, so a click on the report started a new drill behind it), keys go to
// the overlay's own commands, and the scene below is paused. Esc and R work on the full report,
// and Esc closes the settings wherever the focus went.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { afterFrames } from './settle.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';

/** Centres (CSS px) of the clickable zones the running Phaser scene has, e.g. its hidden buttons. */
async function sceneButtonCentres(page: Page, key: string): Promise<{ x: number; y: number }[]> {
  return page.evaluate((k) => {
    const game = window.__podium!.game;
    const canvas = game.canvas;
    const box = canvas.getBoundingClientRect();
    const scale = box.width / canvas.width;
    const scene = game.scene.getScene(k);
    return scene.children.list
      .filter((o) => o.type === 'Zone' && (o as unknown as { input?: { enabled: boolean } }).input)
      .map((o) => {
        const z = o as unknown as { x: number; y: number; width: number; height: number };
        return { x: box.left + (z.x + z.width / 2) * scale, y: box.top + (z.y + z.height / 2) * scale };
      });
  }, key);
}

/** Clicks each point whose topmost element is not itself a control (so a click there should do nothing). */
async function clickInertPoints(page: Page, points: { x: number; y: number }[]): Promise<number> {
  let clicked = 0;
  for (const pt of points) {
    const inert = await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return !!el && !el.closest('button, input, select, textarea, a, label, canvas');
    }, pt);
    if (!inert) continue;
    await page.mouse.click(pt.x, pt.y);
    clicked++;
  }
  return clicked;
}

const screenNow = (page: Page) => page.evaluate(() => window.__podium!.store.getState().screen);

describe('overlays own the input', () => {
  it('the debrief report: clicks and keys never reach the Debrief scene below, which is paused; Esc and R work', async () => {
    const p = await openPage(browser(), '/?timescale=10&lang=en&renderer=canvas', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    await playToEnd(page);
    await waitForScreen(page, 'Debrief');
    const report = page.locator('[data-overlay="debrief"]');
    await report.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(() => window.__podium!.game.scene.isPaused('Debrief'), null, { timeout: 5_000 });
    const sessionBefore = await page.evaluate(() => window.__podium!.store.getState().drill!.view.now);

    // Where the scene's Play again / Menu / Full report buttons are hidden under the report.
    const points = await sceneButtonCentres(page, 'Debrief');
    expect(points.length).toBeGreaterThanOrEqual(2);
    // The report scrolls: try it at the top and further down, so some of its text lies over them.
    let clicked = await clickInertPoints(page, points);
    await report.evaluate((el) => el.scrollTo(0, 400));
    clicked += await clickInertPoints(page, points);
    expect(clicked, 'clicked over at least one hidden button').toBeGreaterThan(0);
    // The clicks are handled by the time the page has drawn again: nothing may have changed.
    await afterFrames(page);
    expect(await screenNow(page)).toBe('Debrief');
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.view.status)).toBe('ended');
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.view.now)).toBe(sessionBefore);
    expect(await report.isVisible()).toBe(true);

    // Keys go to the report, not to the focus ring of the scene below (Enter on Play again).
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Enter');
    await page.keyboard.press('m');
    expect(await screenNow(page)).toBe('Debrief');

    // Esc: back to the summary underneath, which runs again.
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached', timeout: 5_000 });
    await page.waitForFunction(() => window.__podium!.game.scene.isActive('Debrief'), null, { timeout: 5_000 });
    expect(await screenNow(page)).toBe('Debrief');

    // The full report again, then R: the same scenario again, the report gone.
    await page.evaluate(() => window.__podium!.commands.run('debrief.report'));
    await report.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await report.locator('[data-action="again"] kbd').textContent()).toBe('R');
    await screenshot(page, 'overlay-report-keys-en-720p');
    await page.keyboard.press('r');
    await waitForScreen(page, 'PressRoom', 10_000);
    expect(await page.locator('[data-overlay="debrief"]').count()).toBe(0);
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.view.status)).toBe('running');
    p.assertNoErrors();
    await p.close();
  });

  it('the history over the menu and the settings dialog: no click or key reaches the menu', async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    const lang = () => page.evaluate(() => window.__podium!.store.getState().settings.language);
    const settingsOpen = () => page.evaluate(() => window.__podium!.store.getState().settingsOpen);

    // History from the menu; clicks on its empty space and keys do nothing to the menu below.
    await page.evaluate(() => window.__podium!.reports.openHistory());
    const history = page.locator('[data-overlay="history"]');
    await history.waitFor({ state: 'visible' });
    const grid: { x: number; y: number }[] = [];
    for (let x = 40; x < 1280; x += 160) for (let y = 40; y < 720; y += 90) grid.push({ x, y });
    expect(await clickInertPoints(page, grid)).toBeGreaterThan(10);
    // Tab cannot reach the menu's buttons under the history (Enter there would open a briefing).
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#screen, #game'))).toBe(false);
    }
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const key of ['Enter', 'ArrowDown', 'l', 's']) await page.keyboard.press(key);
    await afterFrames(page);
    expect(await screenNow(page)).toBe('Menu');
    expect(await lang()).toBe('en');
    expect(await settingsOpen()).toBe(false);
    expect(await history.isVisible()).toBe(true);

    // Its Back button closes it, and nothing under the button (the menu's Settings) opens.
    await history.locator('[data-action="back"]').click();
    await history.waitFor({ state: 'detached' });
    await afterFrames(page);
    expect(await settingsOpen()).toBe(false);
    expect(await screenNow(page)).toBe('Menu');

    // Esc also closes the history.
    await page.evaluate(() => window.__podium!.reports.openHistory());
    await history.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });

    // Settings: a click on the dialog's backdrop closes it and opens nothing below.
    await page.keyboard.press('s');
    const dialog = page.locator('.dialog.settings');
    await dialog.waitFor({ state: 'visible' });
    const box = (await dialog.boundingBox())!;
    for (const pt of [
      { x: 20, y: 20 },
      { x: 20, y: 360 },
      { x: 200, y: 700 },
      { x: box.x - 30, y: box.y + 40 },
    ]) {
      if (!(await settingsOpen())) await page.keyboard.press('s');
      await dialog.waitFor({ state: 'visible' });
      await page.mouse.click(pt.x, pt.y);
      await dialog.waitFor({ state: 'hidden' });
    }
    await afterFrames(page);
    expect(await screenNow(page)).toBe('Menu');

    // A click on the dialog's own empty space, then Esc: it still closes.
    await page.keyboard.press('s');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('h2').click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 2_000 });
    expect(await screenNow(page)).toBe('Menu');
    p.assertNoErrors();
    await p.close();
  });

  it('the pause dialog over the press room: the scene is paused and its buttons take no click', async () => {
    const p = await openPage(browser(), '/?timescale=4&lang=vi&renderer=canvas', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat !== null);
    const points = await sceneButtonCentres(page, 'PressRoom');
    await page.keyboard.press(' ');
    await page.locator('.dialog-backdrop.paused').waitFor({ state: 'visible' });
    await page.waitForFunction(() => window.__podium!.game.scene.isPaused('PressRoom'));
    const turns = await page.evaluate(() => window.__podium!.store.getState().drill!.view.turns.length);
    // The dialog's backdrop covers the choices: clicking where they are answers nothing.
    expect(await clickInertPoints(page, points)).toBeGreaterThan(0);
    await afterFrames(page);
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.view.turns.length)).toBe(turns);
    // Clicking the backdrop closed nothing and resumed nothing.
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.view.status)).toBe('paused');
    // The settings from the pause dialog open above it, and Esc hands back to the pause dialog.
    await page.keyboard.press('s');
    const settings = page.locator('.dialog.settings');
    await settings.waitFor({ state: 'visible' });
    const box = (await settings.boundingBox())!;
    expect(
      await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.dialog.settings'), {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      }),
    ).toBe(true);
    await screenshot(page, 'overlay-settings-over-pause-vi-720p');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });
    expect(await page.locator('.dialog-backdrop.paused').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.view.status)).toBe('paused');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => window.__podium!.game.scene.isActive('PressRoom'));
    p.assertNoErrors();
    await p.close();
  });
});
