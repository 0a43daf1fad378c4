// A toast never covers a control: with "ready to work offline" on screen (pushed as pwa.ts pushes
// it), the briefing's Ready is still the element under its own centre and takes the click, at
// 1280×720, 1920×1080 and on a phone; in the press room the toast keeps off the choices and the top
// bar drawn on the canvas. The toast stays readable and closes with its own button.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMenu } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The toast's box, and the controls it overlaps (DOM buttons and fields, and the canvas's controls). */
const covered = (page: Page) =>
  page.evaluate(() => {
    const toast = document.querySelector<HTMLElement>('.toasts')!.getBoundingClientRect();
    const box = { x: toast.left, y: toast.top, w: toast.width, h: toast.height };
    const hits = (r: Box) => r.x < box.x + box.w && box.x < r.x + r.w && r.y < box.y + box.h && box.y < r.y + r.h;
    const dom = [...document.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href]')]
      .filter((el) => !el.closest('.toasts') && el.checkVisibility())
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.textContent?.trim().slice(0, 40) ?? el.tagName, x: r.left, y: r.top, w: r.width, h: r.height };
      })
      .filter((r) => r.w > 0 && r.h > 0 && hits(r));
    const screen = document.body.dataset.screen!;
    const scene = window.__podium?.game.scene.getScene(screen) as unknown as { controlRects?: () => Box[]; sys: { isActive(): boolean } } | null;
    const canvas = scene?.sys.isActive() && scene.controlRects ? scene.controlRects().filter(hits) : [];
    return { box, dom: dom.map((d) => d.what), canvas: canvas.length, corner: document.querySelector<HTMLElement>('.toasts')!.dataset.corner };
  });

const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
];

describe('toasts keep off the controls', () => {
  for (const size of SIZES) {
    it(`the briefing's Ready takes its click with the offline toast shown (${size.name})`, async () => {
      const p = await openPage(browser(), '/?lang=en&timescale=4&renderer=canvas', { width: size.width, height: size.height });
      const { page } = p;
      await waitForMenu(page);
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'Briefing');
      await page.evaluate(() => {
        const { store, i18n } = window.__podium!;
        store.getState().pushToast('info', i18n.t('app:offlineReady'), { sticky: true });
      });
      const toast = page.locator('.toast', { hasText: 'ready to work offline' });
      await toast.waitFor();

      // The element under Ready's centre is Ready (or its key hint inside it).
      const ready = page.locator('.ps-briefing-ready');
      await page.waitForFunction(() => {
        const button = document.querySelector('.ps-briefing-ready')!;
        const r = button.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && button.contains(hit);
      });
      const c = await covered(page);
      expect(c.dom, `the toast (${c.corner}) covers no button or field`).toEqual([]);

      // Readable: inside the window, not under 15 px, the message whole.
      const look = await toast.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { fontPx: parseFloat(getComputedStyle(el).fontSize), inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight };
      });
      expect(look.inside).toBe(true);
      expect(look.fontPx).toBeGreaterThanOrEqual(15);
      expect(await toast.locator('.toast-text').textContent()).toBe('Podium is ready to work offline: a whole drill runs without the Internet.');
      expect(isBlank(await screenshot(page, `toast-briefing-${size.name}`))).toBe(false);

      // A real click at Ready's centre starts the press conference.
      const r = (await ready.boundingBox())!;
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
      await waitForScreen(page, 'PressRoom');
      await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat !== null);

      // The press room: the toast moves off the choices and the top bar drawn on the canvas.
      await page.waitForFunction(() => {
        const box = document.querySelector('.toasts')!.getBoundingClientRect();
        const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as { controlRects(): { x: number; y: number; w: number; h: number }[] };
        const rects = scene.controlRects();
        return rects.length > 0 && !rects.some((q) => q.x < box.right && box.left < q.x + q.w && q.y < box.bottom && box.top < q.y + q.h);
      });
      const inRoom = await covered(page);
      expect(inRoom.canvas).toBe(0);
      expect(inRoom.dom).toEqual([]);
      await screenshot(page, `toast-pressroom-${size.name}`);

      // Its own button closes it.
      await toast.locator('.toast-close').click();
      await toast.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => window.__podium!.store.getState().toasts.length)).toBe(0);
      p.assertNoErrors();
      await p.close();
    });
  }
});
