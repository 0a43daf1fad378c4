// Legible on a projector (issue 9): from the back of a seminar room a 1920×1080 image on a 3 m wall
// needs about 24 px type, so at 1920×1080 no text a trainee reads is under 24 px (the question at
// least 40 px) and at 1280×720 none under 16 px (26.7 px) — measured on every screen as rendered:
// menu, settings, history, briefing, press room (question, choices, feed, pop-ups), results and
// report; with no ink cut off (Vietnamese stacked capitals Ầ Ỗ Ữ) and no line pushed past its box.
// The smallest size per screen goes to tests/e2e/artifacts/legibility-<size>-<lang>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForBeat, waitForMenu } from './keyboardDriver.ts';
import { ARTIFACTS_DIR, isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { canvasTexts, domTexts, smallest, under, type ShownText } from './textMeasure.ts';
import { afterFrames } from './settle.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';

const CASES = [
  { width: 1920, height: 1080, lang: 'en', floor: 24, question: 40 },
  { width: 1920, height: 1080, lang: 'vi', floor: 24, question: 40 },
  { width: 1280, height: 720, lang: 'vi', floor: 16, question: (40 * 720) / 1080 },
  { width: 1280, height: 720, lang: 'en', floor: 16, question: (40 * 720) / 1080 },
] as const;

function check(screen: string, texts: ShownText[], floor: number): { screen: string; smallest: number; texts: number } {
  // A DOM text below the fold of its scroll box is read after scrolling: measured too. A canvas text
  // off every camera is not shown at all.
  const shown = texts.filter((t) => t.where === 'dom' || t.inViewport);
  expect.soft(shown.length, `${screen}: no text found`).toBeGreaterThan(0);
  expect.soft(under(shown, floor), `${screen}: text under ${floor} px`).toEqual([]);
  expect
    .soft(
      shown.filter((t) => t.inkClipped).map((t) => t.text),
      `${screen}: ink cut off`,
    )
    .toEqual([]);
  expect
    .soft(
      shown.filter((t) => t.overflowsBox).map((t) => t.text),
      `${screen}: a line past its box`,
    )
    .toEqual([]);
  return { screen, smallest: Math.round(smallest(shown) * 10) / 10, texts: shown.length };
}

async function closeOverlay(page: Page, selector: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    (s) =>
      !document.querySelector(s) ||
      (document.querySelector(s) as HTMLElement).closest('[hidden]') !== null ||
      document.querySelector(s)!.getClientRects().length === 0,
    selector,
    { timeout: 10_000 },
  );
}

describe('legibility on a projector', () => {
  for (const c of CASES) {
    it(`${c.width}×${c.height} ${c.lang}: no text under ${c.floor} px on any screen, the question at least ${c.question.toFixed(1)} px`, async () => {
      const p = await openPage(browser(), `/?lang=${c.lang}&timescale=5`, { width: c.width, height: c.height, reducedMotion: 'reduce' });
      const { page } = p;
      const name = `${c.width}x${c.height}-${c.lang}`;
      const results: { screen: string; smallest: number; texts: number }[] = [];
      try {
        await waitForMenu(page);
        await page.evaluate(() => window.__podium!.store.getState().updateSettings({ answerTime: null }));
        results.push(check('menu', await domTexts(page, '.ps-menu'), c.floor));
        expect(isBlank(await screenshot(page, `legibility-menu-${name}`))).toBe(false);

        await page.keyboard.press('s');
        await page.locator('.dialog.settings').waitFor({ state: 'visible' });
        results.push(check('settings', await domTexts(page, '.dialog.settings'), c.floor));
        await screenshot(page, `legibility-settings-${name}`);
        await closeOverlay(page, '.dialog.settings');

        await page.evaluate(() => window.__podium!.reports.openHistory());
        await page.waitForFunction(
          () => document.querySelector('#report')!.children.length > 0 && document.querySelector('#report')!.textContent!.trim() !== '',
        );
        await afterFrames(page);
        results.push(check('history', await domTexts(page, '#report'), c.floor));
        await screenshot(page, `legibility-history-${name}`);
        await page.keyboard.press('Escape');
        await waitForMenu(page);

        // Briefing of the flood scenario (its briefing is among the longest).
        await page.evaluate((id) => window.__podium!.store.getState().selectScenario(id), SCENARIO);
        await page.keyboard.press('Enter');
        await waitForScreen(page, 'Briefing');
        results.push(check('briefing', await domTexts(page, '.ps-briefing'), c.floor));
        await screenshot(page, `legibility-briefing-${name}`);

        await page.keyboard.press('Enter');
        await waitForScreen(page, 'PressRoom');
        const first = await waitForBeat(page);
        // A post, a rumour card and a note on screen, then the feedback card after an answer.
        await page.evaluate(() => {
          const { controller, store } = window.__podium!;
          const scenario = store.getState().scenarios.find((e) => e.checked?.scenario.id === 'flood-dam-rumour')!.checked!.scenario;
          for (const r of scenario.rumours) controller.inject({ rumour: r.id });
          controller.inject({ event: 'chief-note' });
        });
        await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.feed.some((f) => f.kind === 'note'));
        await afterFrames(page);
        const room = await canvasTexts(page, 'PressRoom');
        results.push(check('press room', room, c.floor));
        const ask = (first.beat!.ask as Record<string, string>)[c.lang]!;
        const question = room.find((t) => t.text.includes(ask.slice(0, 30).replace(/\s+/g, ' ')));
        expect(question, 'the question is on screen').toBeDefined();
        expect(question!.size).toBeGreaterThanOrEqual(c.question - 0.01);
        expect(isBlank(await screenshot(page, `legibility-press-room-${name}`))).toBe(false);
        await page.keyboard.press('1');
        await waitForBeat(page, first.beat!.askedAt);
        await afterFrames(page);
        results.push(check('press room after an answer', await canvasTexts(page, 'PressRoom'), c.floor));
        await screenshot(page, `legibility-press-room-feedback-${name}`);

        await page.evaluate(() => window.__podium!.controller.end());
        await waitForScreen(page, 'Debrief');
        await page.waitForFunction(() => document.querySelector('#report')!.textContent!.trim() !== '');
        await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="debrief"]')?.dataset.charts !== undefined, null, {
          timeout: 20_000,
        });
        await afterFrames(page);
        results.push(check('report', await domTexts(page, '#report'), c.floor));
        await screenshot(page, `legibility-report-${name}`);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => window.__podium!.commands.layer() === 'debrief');
        await afterFrames(page);
        results.push(check('results', await canvasTexts(page, 'Debrief'), c.floor));
        await screenshot(page, `legibility-results-${name}`);
        p.assertNoErrors();
      } finally {
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        writeFileSync(join(ARTIFACTS_DIR, `legibility-${name}.json`), JSON.stringify(results, null, 2));
        await p.close();
      }
    });
  }
});
