// Back goes where the user came from: the history opened from a drill's full report returns to
// that report (not to the short summary under it), by its Back button and by Esc, also after a
// kept drill was opened from it; opened from the menu, it returns to the menu.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

/** Which overlay is open over the screen: the full report, the history, or none (the summary or the menu). */
const overlay = (page: Page) =>
  page.evaluate(() => {
    const open = window.__podium!.reports.open;
    const kind = open === null ? 'none' : 'chartsReady' in open ? 'report' : 'history';
    return { kind, screen: document.body.dataset.screen, title: document.querySelector('[data-overlay="debrief"] h1')?.textContent ?? null };
  });

const waitForOverlay = (page: Page, kind: 'report' | 'history' | 'none') =>
  page.waitForFunction((k) => {
    const open = window.__podium!.reports.open;
    return (open === null ? 'none' : 'chartsReady' in open ? 'report' : 'history') === k;
  }, kind);

describe('Back from the history', () => {
  it("returns to the drill's report it was opened from, and to the menu when opened there", async () => {
    const p = await openPage(browser(), '/?timescale=20&lang=en&renderer=canvas', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, 'flood-dam-rumour');
    await playToEnd(page);
    await waitForScreen(page, 'Debrief');
    const report = page.locator('[data-overlay="debrief"]');
    await report.waitFor();
    await page.waitForFunction(async () => (await (await window.__podium!.reports.records).list()).length === 1);
    const reportTitle = (await overlay(page)).title;

    // Report → History → Back: the same report.
    await report.locator('[data-action="history"]').click();
    await page.locator('[data-overlay="history"] table').waitFor();
    await page.locator('[data-overlay="history"] [data-action="back"]').click();
    await waitForOverlay(page, 'report');
    expect(await overlay(page)).toEqual({ kind: 'report', screen: 'Debrief', title: reportTitle });
    expect(await report.locator('[data-action="summary"]').count(), "the drill's own report (it has Summary)").toBe(1);
    await screenshot(page, 'history-back-to-report');

    // The same with Esc.
    await report.locator('[data-action="history"]').click();
    await page.locator('[data-overlay="history"] table').waitFor();
    await page.keyboard.press('Escape');
    await waitForOverlay(page, 'report');
    expect((await overlay(page)).screen).toBe('Debrief');

    // Report → History → a kept drill → Back (history) → Back: the report again.
    await report.locator('[data-action="history"]').click();
    await page.locator('[data-overlay="history"] tbody tr [data-action="open"]').first().click();
    await waitForOverlay(page, 'report');
    expect(await report.locator('[data-action="summary"]').count(), 'a kept drill opened from the history').toBe(0);
    await report.locator('[data-action="back"]').click();
    await waitForOverlay(page, 'history');
    await page.locator('[data-overlay="history"] [data-action="back"]').click();
    await waitForOverlay(page, 'report');
    expect(await report.locator('[data-action="summary"]').count()).toBe(1);

    // The report's Summary still closes it onto the summary; the summary's menu goes to the menu.
    await report.locator('[data-action="summary"]').click();
    await waitForOverlay(page, 'none');
    expect((await overlay(page)).screen).toBe('Debrief');

    // Opened from the menu, Back goes to the menu.
    await page.keyboard.press('m');
    await waitForScreen(page, 'Menu');
    await page.evaluate(() => window.__podium!.menuActions.find((a) => a.id === 'history')!.run());
    await page.locator('[data-overlay="history"] table').waitFor();
    await page.locator('[data-overlay="history"] [data-action="back"]').click();
    await waitForOverlay(page, 'none');
    expect((await overlay(page)).screen).toBe('Menu');
    p.assertNoErrors();
    await p.close();
  });
});
