// Every bundled scenario, played from the menu to the debrief by keyboard in one page (Canvas
// renderer, accelerated clock): answer 1 wherever there is a choice, a few typed words where there
// is none. The debrief must show the overall score and the ending, the buttons at the foot of the
// briefing and the results must show their whole label on one line inside the window, and nothing
// may reach the console as an error.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { SessionView } from '../../src/core/session/types.ts';
import { resolveText } from '../../src/i18n/resolveText.ts';
import { openPage, useBrowser, waitForScreen } from './harness.ts';
import { startFromMenu, typeAnswer, view, waitForBeat, waitForMenu } from './keyboardDriver.ts';

const BUNDLED = readdirSync(resolve(import.meta.dirname, '../../scenarios')).filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'));

const browser = useBrowser();

/** Answer 1 on every choice beat; typed words on a free-text-only beat. */
async function playAnsweringOne(page: Page, typed: string, timeoutMs = 30_000): Promise<SessionView> {
  const started = Date.now();
  let v = await waitForBeat(page, null, timeoutMs);
  while (v.status !== 'ended') {
    if (Date.now() - started > timeoutMs) throw new Error(`${v.scenarioId}: the drill did not end within ${timeoutMs} ms`);
    const beat = v.beat!;
    if (beat.answers.length === 0) await typeAnswer(page, typed);
    else await page.keyboard.press(String(beat.answers[0]!.index + 1));
    v = await waitForBeat(page, beat.askedAt, timeoutMs);
  }
  return v;
}

/**
 * Texts of a scene equal to one of `labels`: how many lines each wraps to, whether it was
 * ellipsized, and whether it lies inside the canvas.
 */
async function labelFits(page: Page, sceneKey: string, labels: string[]): Promise<{ label: string; found: boolean; lines: number; inside: boolean }[]> {
  return page.evaluate(
    ({ key, wanted }) => {
      const game = window.__podium!.game;
      const scene = game.scene.getScene(key);
      const texts = scene.children.list.filter((o) => o.type === 'Text') as unknown as {
        text: string;
        visible: boolean;
        getBounds(): { top: number; bottom: number; left: number; right: number };
        getWrappedText(): string[];
      }[];
      return wanted.map((label) => {
        const t = texts.find((x) => x.visible && x.text === label);
        if (!t) return { label, found: false, lines: 0, inside: false };
        const b = t.getBounds();
        const inside = b.top >= 0 && b.left >= 0 && b.bottom <= game.scale.height && b.right <= game.scale.width;
        return { label, found: true, lines: t.getWrappedText().length, inside };
      });
    },
    { key: sceneKey, wanted: labels },
  );
}

describe('every bundled scenario, menu to debrief by keyboard', () => {
  for (const lang of ['en', 'vi'] as const) {
    test(`${lang}: every bundled scenario ends with a debrief that gives the score and the ending`, async () => {
      const p = await openPage(browser(), `/?timescale=40&renderer=canvas&lang=${lang}`, { width: 1280, height: 720 });
      try {
        await waitForMenu(p.page);
        const ids: string[] = await p.page.evaluate(() =>
          window.__podium!.store.getState().scenarios.flatMap((e) => (e.checked ? [e.checked.scenario.id] : [])),
        );
        // Every scenario file in scenarios/ (plans aside) is in the menu and played here.
        expect(ids.length).toBe(BUNDLED.length);
        const t = (key: string) => p.page.evaluate((k) => window.__podium!.i18n.t(k), key);
        const typed = lang === 'vi' ? 'Thông tin này chưa được xác nhận, chúng tôi đang xác minh.' : 'This is not confirmed; we are verifying it.';
        // One language per page keeps the suite short; the other language covers the other half.
        const mine = ids.filter((_, i) => i % 2 === (lang === 'en' ? 0 : 1));
        for (const id of mine) {
          await startFromMenu(p.page, id);
          const end = await playAnsweringOne(p.page, typed);
          expect(end.ending, `${id} has an ending`).not.toBeNull();
          await waitForScreen(p.page, 'Debrief');

          const report = p.page.locator('#report');
          await report.locator('.pd-overall-number').waitFor({ state: 'visible', timeout: 10_000 });
          const overall = Math.round(end.score.overall);
          expect(await report.locator('.pd-overall-number').textContent(), `${id} overall`).toBe(String(overall));
          const endingText = resolveText(end.ending!.text, lang);
          expect(endingText.length).toBeGreaterThan(0);
          expect(await report.locator('.pd-ending-text').textContent(), `${id} ending`).toBe(endingText);

          // The results scene under the report: its buttons' labels whole, on one line, on screen.
          await report
            .locator('button', { hasText: await t('debrief:summary') })
            .first()
            .click();
          const labels = [await t('results:menu'), await t('results:again'), await t('debrief:fullReport')];
          for (const fit of await labelFits(p.page, 'Debrief', labels)) {
            expect(fit, `${id}: "${fit.label}" on the results screen`).toEqual({ label: fit.label, found: true, lines: 1, inside: true });
          }
          await p.page.keyboard.press('Escape');
          await waitForMenu(p.page);
          expect((await view(p.page).catch(() => null))?.status ?? 'none').not.toBe('running');
        }

        // The briefing's start button (DOM) shows its whole label in this language at 720p.
        await p.page.keyboard.press('Enter');
        await waitForScreen(p.page, 'Briefing');
        const label = await t('briefing:ready');
        const ready = await p.page.evaluate(() => {
          const button = document.querySelector('.ps-briefing-ready')!;
          const text = button.firstChild!;
          const range = document.createRange();
          range.selectNodeContents(text);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          const b = button.getBoundingClientRect();
          return { label: text.textContent, found: true, lines, inside: b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight };
        });
        expect(ready).toEqual({ label, found: true, lines: 1, inside: true });
        p.assertNoErrors();
      } finally {
        await p.close();
      }
    });
  }
});
