// Every text the scenario format allows (up to 2,000 characters) fits or scrolls (issue 9, defect 6):
// a briefing situation of 1,735 characters never covers the reporters or Ready; a 266-character
// question with answers of 300, 613 and 286 characters never draws an answer under the ticker (it
// scrolls in its panel, and the third answer can be brought into view); long unbroken words never
// push the History table past the screen; a feed post cut short on its card opens whole.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startDrill, waitForMenu } from './drillDriver.ts';
import { waitForBeat } from './keyboardDriver.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { afterFrames } from './settle.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';

/** `n` characters of words (Vietnamese with stacked marks, or English). */
function words(n: number, lang: 'vi' | 'en'): string {
  const source =
    lang === 'vi'
      ? 'Ban Chỉ huy PCTT tỉnh ĐÃ XÁC NHẬN Ầ Ỗ Ữ lượng nước về hồ tăng nhanh trong đêm'
      : 'The provincial Command CONFIRMED overnight that inflows to the reservoir rose quickly';
  let out = '';
  while (out.length < n) out += (out ? ' ' : '') + source;
  return out.slice(0, n);
}

const both = (n: number) => ({ vi: words(n, 'vi'), en: words(n, 'en') });

/** Rewrites the bundled flood scenario in the page's store (as a long file would arrive). */
async function lengthen(page: Page, patch: 'briefing' | 'question'): Promise<void> {
  await page.evaluate(
    ({ id, patch, texts }) => {
      const state = window.__podium!.store.getState();
      const scenarios = structuredClone(state.scenarios);
      const s = scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario;
      if (patch === 'briefing') {
        s.briefing.situation = texts.situation;
      } else {
        const beat = s.beats[s.start]!;
        beat.ask = texts.ask;
        beat.answers = beat.answers!.slice(0, 3).map((a, i) => ({ ...a, text: [texts.a300, texts.a613, texts.a286][i]! }));
      }
      state.setScenarios(scenarios);
      state.selectScenario(id);
      state.updateSettings({ answerTime: null });
    },
    { id: SCENARIO, patch, texts: { situation: both(1735), ask: both(266), a300: both(300), a613: both(613), a286: both(286) } },
  );
}

const SIZES = [
  { width: 1280, height: 720, lang: 'vi' },
  { width: 1920, height: 1080, lang: 'en' },
] as const;

describe('long texts fit or scroll', () => {
  for (const size of SIZES) {
    it(`${size.width}×${size.height} ${size.lang}: a 1,735-character situation scrolls in its column, clear of the reporters and Ready`, async () => {
      const p = await openPage(browser(), `/?lang=${size.lang}`, { width: size.width, height: size.height, reducedMotion: 'reduce' });
      const { page } = p;
      await waitForMenu(page);
      await lengthen(page, 'briefing');
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'Briefing');
      const layout = await page.evaluate(() => {
        const box = (el: Element) => el.getBoundingClientRect();
        const column = document.querySelector('.ps-briefing-column')!;
        const room = box(document.querySelector('.ps-briefing-room')!);
        const ready = document.querySelector('.ps-briefing-ready')!;
        const r = box(ready);
        // What is drawn on top at the centre of Ready and of every reporter card.
        const onTop = (el: Element) => {
          const b = box(el);
          const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
          return hit !== null && (hit === el || el.contains(hit));
        };
        return {
          scrolls: column.scrollHeight > column.clientHeight + 1,
          columnBottom: box(column).bottom,
          roomTop: room.top,
          readyInside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
          readyOnTop: onTop(ready),
          cardsOnTop: [...document.querySelectorAll('.ps-reporter')].map(onTop),
          whole: column.textContent!.includes(
            (
              window.__podium!.store.getState().scenarios.find((e) => e.checked?.scenario.id === 'flood-dam-rumour')!.checked!.scenario.briefing
                .situation as Record<string, string>
            )[document.documentElement.lang]!,
          ),
        };
      });
      expect(layout.scrolls).toBe(true);
      expect(layout.columnBottom).toBeLessThanOrEqual(layout.roomTop);
      expect(layout.readyInside && layout.readyOnTop).toBe(true);
      expect(layout.cardsOnTop.every(Boolean)).toBe(true);
      expect(layout.whole).toBe(true);
      expect(isBlank(await screenshot(page, `long-briefing-${size.width}x${size.height}-${size.lang}`))).toBe(false);
      // Ready still starts the drill.
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'PressRoom');
      p.assertNoErrors();
      await p.close();
    });

    it(`${size.width}×${size.height} ${size.lang}: a 266-character question with answers of 300, 613 and 286 characters scrolls in its panel, never under the ticker`, async () => {
      const p = await openPage(browser(), `/?lang=${size.lang}`, { width: size.width, height: size.height, reducedMotion: 'reduce' });
      const { page } = p;
      await waitForMenu(page);
      await lengthen(page, 'question');
      await startDrill(page, SCENARIO);
      await waitForBeat(page);
      await afterFrames(page);
      const shown = () =>
        page.evaluate(() => {
          const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as {
            layout: { ticker: { y: number }; question: { x: number; y: number; w: number } };
            choiceButtons: { bounds(): { x: number; y: number; w: number; h: number } }[];
            scroller: { cam: { scrollY: number; y: number; height: number }; view: { x: number; y: number; w: number; h: number } } | null;
          };
          const sc = scene.scroller;
          // Each answer's place on the screen: through the scrolling window when there is one.
          const onScreen = scene.choiceButtons.map((b) => {
            const r = b.bounds();
            const top = sc ? r.y - sc.cam.scrollY + sc.view.y : r.y;
            const clipTop = sc ? sc.view.y : 0;
            const clipBottom = sc ? sc.view.y + sc.view.h : scene.layout.ticker.y;
            return { top, bottom: top + r.h, whole: top >= clipTop - 1 && top + r.h <= clipBottom + 1 };
          });
          return {
            ticker: scene.layout.ticker.y,
            scrolling: sc !== null,
            viewBottom: sc ? sc.view.y + sc.view.h : null,
            onScreen,
            panel: scene.layout.question,
          };
        });
      const first = await shown();
      expect(first.onScreen).toHaveLength(3);
      if (first.scrolling) {
        // The window onto the answers ends above the ticker; the first answer is in it.
        expect(first.viewBottom!).toBeLessThanOrEqual(first.ticker);
        expect(first.onScreen[0]!.top).toBeLessThan(first.viewBottom!);
        // The mouse wheel brings the third answer into view, whole.
        const k = await page.evaluate(() => window.__podium!.game.canvas.getBoundingClientRect().width / window.__podium!.game.canvas.width);
        await page.mouse.move((first.panel.x + first.panel.w / 2) * k, (first.viewBottom! - 40) * k);
        for (let i = 0; i < 20 && !(await shown()).onScreen[2]!.whole; i++) await page.mouse.wheel(0, 120);
        expect((await shown()).onScreen[2]!.whole).toBe(true);
      } else {
        for (const answer of first.onScreen) expect(answer.bottom).toBeLessThanOrEqual(first.ticker);
      }
      expect(isBlank(await screenshot(page, `long-question-${size.width}x${size.height}-${size.lang}`))).toBe(false);
      // Tab through the answers: the focused one is scrolled into view too.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      // Key 3 answers the third answer, wherever it is scrolled.
      const asked = (await waitForBeat(page)).beat!;
      await page.keyboard.press('3');
      const next = await waitForBeat(page, asked.askedAt);
      expect(next.turns[0]!.response).toMatchObject({ kind: 'choice', answerIndex: asked.answers[2]!.index });
      p.assertNoErrors();
      await p.close();
    });
  }

  it('keeps the History table inside the screen with long unbroken words, and opens a feed post cut short', async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1280, height: 720, reducedMotion: 'reduce' });
    const { page } = p;
    await waitForMenu(page);
    await page.evaluate(() => window.__podium!.store.getState().updateSettings({ answerTime: null }));
    // A rumour far longer than a card, by an author whose handle has no space: the card ends in
    // "…" and says it opens whole.
    const long = `${'#'.repeat(3)}${'Đập'.repeat(40)} ${words(900, 'en')}`;
    await page.evaluate(
      ({ id, text }) => {
        const state = window.__podium!.store.getState();
        const scenarios = structuredClone(state.scenarios);
        const rumour = scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario.rumours[0]!;
        rumour.text = { vi: text, en: text };
        rumour.author = 'A_very_long_handle_without_any_space_at_all_1234567890';
        state.setScenarios(scenarios);
      },
      { id: SCENARIO, text: long },
    );
    await startDrill(page, SCENARIO);
    await waitForBeat(page);
    await page.evaluate((id) => {
      const { controller, store } = window.__podium!;
      controller.inject({ rumour: store.getState().scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario.rumours[0]!.id });
    }, SCENARIO);
    await page.waitForFunction(() => window.__podium!.store.getState().drill!.view.feed.some((f) => f.kind === 'rumour'));
    await afterFrames(page);
    const card = await page.evaluate(() => {
      const scene = window.__podium!.game.scene.getScene('PressRoom');
      const feed = (scene as unknown as { layout: { feed: { x: number; y: number } } }).layout.feed;
      type Zone = { type: string; x: number; y: number; width: number; height: number; input: unknown; list?: Zone[] };
      // The clickable area of a card in the feed column (below its header); cards are containers, so
      // a zone's place on the canvas is its container's plus its own.
      const zones = (scene.children.list as unknown as Zone[])
        .flatMap((o) =>
          o.type === 'Container'
            ? o.list!.map((c) => ({ ...c, type: c.type, input: c.input, x: c.x + o.x, y: c.y + o.y, width: c.width, height: c.height }))
            : [o],
        )
        .filter((o) => o.type === 'Zone' && o.input && o.x >= feed.x && o.y > feed.y + 20);
      const zone = zones.sort((a, b) => a.y - b.y)[0];
      const k = window.__podium!.game.canvas.getBoundingClientRect().width / window.__podium!.game.canvas.width;
      return zone ? { x: (zone.x + zone.width / 2) * k, y: (zone.y + zone.height / 2) * k } : null;
    });
    expect(card).not.toBeNull();
    await page.mouse.click(card!.x, card!.y);
    const reader = page.locator('.post-reader');
    await reader.waitFor({ state: 'visible' });
    expect(await reader.locator('.post-reader-text').textContent()).toBe(long);
    const fits = await reader.evaluate((el) => el.getBoundingClientRect().right <= innerWidth && el.scrollWidth <= el.clientWidth + 1);
    expect(fits).toBe(true);
    expect(isBlank(await screenshot(page, 'long-post-reader-1280x720-en'))).toBe(false);
    await reader.locator('.post-reader-close').click();
    await reader.waitFor({ state: 'hidden' });

    // A record whose trainee and scenario names are single words longer than the screen.
    await page.evaluate(() => window.__podium!.controller.end());
    await waitForScreen(page, 'Debrief');
    const name = page.locator('[data-overlay="debrief"] .pd-trainee-input');
    await name.waitFor();
    const longName = 'Nguyễn'.repeat(40);
    await name.fill(longName);
    await name.press('Enter');
    await name.blur();
    await page.waitForFunction(async (n) => (await (await window.__podium!.reports.records).list())[0]?.trainee === n, longName);
    await page.locator('[data-overlay="debrief"] [data-action="menu"]').click();
    await waitForScreen(page, 'Menu');
    await page.evaluate(() => window.__podium!.reports.openHistory());
    await page.locator('[data-overlay="history"] table').waitFor();
    const table = await page.evaluate(() => {
      const t = document.querySelector('[data-overlay="history"] table')!.getBoundingClientRect();
      return { right: t.right, width: innerWidth, pageScroll: document.documentElement.scrollWidth };
    });
    expect(table.right).toBeLessThanOrEqual(table.width);
    expect(table.pageScroll).toBeLessThanOrEqual(table.width);
    expect(isBlank(await screenshot(page, 'long-history-1280x720-en'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });
});
