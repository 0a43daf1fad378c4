// The debrief on paper: a PDF of a long report has every page (the app's one-screen frame used to
// cut it at page one), and everything printed reads dark on white — the text (contrast at least
// 4.5:1 against white) and the charts, which print from copies drawn in dark ink (a PDF export runs
// no script before printing, so a redraw on "beforeprint" left them in the screen's pale colours).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { openPage, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Every printed text whose colour is too pale on white (WCAG contrast below 4.5:1). */
async function paleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lin = (c: number) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    const contrastOnWhite = (rgb: string) => {
      const [r, g, b, a = 1] = rgb.match(/[\d.]+/g)!.map(Number) as [number, number, number, number?];
      // A translucent colour over white paper.
      const mix = (c: number) => c * a + 255 * (1 - a);
      const l = 0.2126 * lin(mix(r)) + 0.7152 * lin(mix(g)) + 0.0722 * lin(mix(b));
      return 1.05 / (l + 0.05);
    };
    const pale: string[] = [];
    const report = document.querySelector('[data-overlay="debrief"]')!;
    const walker = document.createTreeWalker(report, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const ratio = contrastOnWhite(style.color);
      if (ratio < 4.5) pale.push(`${text.slice(0, 40)} (${style.color}, ${ratio.toFixed(2)}:1, .${el.className})`);
    }
    return pale;
  });
}

/** Pixel counts in a printed chart picture: dark ink, and the screen's pale label colours. */
async function chartInk(page: Page, selector: string): Promise<{ width: number; dark: number; screenPale: number }> {
  return page.evaluate(async (sel) => {
    const img = document.querySelector<HTMLImageElement>(sel)!;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    let screenPale = 0;
    const near = (i: number, [r, gg, b]: number[]) => Math.abs(d[i]! - r!) < 14 && Math.abs(d[i + 1]! - gg!) < 14 && Math.abs(d[i + 2]! - b!) < 14;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3]! < 200) continue;
      if (d[i]! < 90 && d[i + 1]! < 90 && d[i + 2]! < 90) dark++;
      // The screen palette's text (#eef3fa) and dimmed text (#a3b6cf).
      if (near(i, [0xee, 0xf3, 0xfa]) || near(i, [0xa3, 0xb6, 0xcf])) screenPale++;
    }
    return { width: img.naturalWidth, dark, screenPale };
  }, selector);
}

describe('the printed debrief', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`prints every page, dark on white, charts included (${lang})`, async () => {
      const p = await openPage(browser(), `/?timescale=10&lang=${lang}&renderer=canvas`, { width: 1280, height: 720 });
      const { page } = p;
      await waitForMenu(page);
      await startDrill(page, 'flood-dam-rumour');
      await playToEnd(page);
      await waitForScreen(page, 'Debrief');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="debrief"]')?.dataset.charts === 'ready', null, { timeout: 20_000 });

      await page.emulateMedia({ media: 'print' });
      // How long the report is on paper (A4 less 14 mm margins: about 688 × 1017 CSS px).
      await page.setViewportSize({ width: 688, height: 1017 });
      const reportHeight = await page.evaluate(() => document.querySelector('[data-overlay="debrief"]')!.scrollHeight);
      expect(reportHeight).toBeGreaterThan(2 * 1017);
      expect(await paleTexts(page)).toEqual([]);

      for (const sel of ['.pd-radar .pd-chart-paper', '.pd-timeline-chart .pd-chart-paper']) {
        expect(await page.locator(sel).isVisible(), `${sel} prints`).toBe(true);
        const ink = await chartInk(page, sel);
        expect(ink.dark, `${sel} has dark labels`).toBeGreaterThan(200);
        expect(ink.screenPale, `${sel} has no screen-coloured labels`).toBeLessThan(ink.dark / 50);
      }
      expect(await page.locator('.pd-radar canvas').isVisible()).toBe(false);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdfPages(pdf);
      expect(pages, `a ${reportHeight} px report`).toBeGreaterThanOrEqual(Math.floor(reportHeight / 1017));
      expect(pages).toBeGreaterThanOrEqual(3);

      // Back on screen, the report is as it was: the canvases show, the paper copies do not.
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 720 });
      expect(await page.locator('.pd-radar canvas').isVisible()).toBe(true);
      expect(await page.locator('.pd-radar .pd-chart-paper').isVisible()).toBe(false);
      p.assertNoErrors();
      await p.close();
    });
  }
});
