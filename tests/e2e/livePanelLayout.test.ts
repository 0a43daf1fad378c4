// The one-screen facilitator panel (C on the projector in a live drill) sits beside the press room,
// never over it: with the panel open no question, answer, seconds ring, feed text or other text or
// control of the room's canvas (and no badge of the live layer) meets the panel's rectangle, at
// 1280×720 and at 1920×1080; closing it gives the room the whole window again. Screenshots kept.
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
  what: string;
}

/** What the room reads or clicks, in CSS pixels: the canvas's texts and controls, the seconds ring, the live badges. */
async function roomBoxes(page: Page): Promise<{ canvas: Box; boxes: Box[] }> {
  return page.evaluate(() => {
    type R = { x: number; y: number; w: number; h: number };
    type Scene = {
      textRects(): R[];
      controlRects(): R[];
      cssRect(r: R): R;
      countdown: { x: number; y: number; r: number } | null;
      children: { list: { type: string; visible: boolean; text?: string; list?: unknown[] }[] };
    };
    const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as Scene;
    const c = document.querySelector('#game canvas')!.getBoundingClientRect();
    // Only what is on the canvas shows: the ticker's line runs on past its edge, clipped there.
    const onCanvas = (r: R): R => {
      const x = Math.max(r.x, c.left);
      const y = Math.max(r.y, c.top);
      return { x, y, w: Math.max(0, Math.min(r.x + r.w, c.right) - x), h: Math.max(0, Math.min(r.y + r.h, c.bottom) - y) };
    };
    const boxes = [
      ...scene.textRects().map((r) => ({ ...onCanvas(r), what: 'text' })),
      ...scene.controlRects().map((r) => ({ ...onCanvas(r), what: 'control' })),
      ...[...document.querySelectorAll<HTMLElement>('.live-top > span, .live-item:not([hidden])')].map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height, what: `badge ${e.textContent}` };
      }),
    ];
    const ring = scene.countdown;
    if (ring) boxes.push({ ...scene.cssRect({ x: ring.x - ring.r, y: ring.y - ring.r, w: 2 * ring.r, h: 2 * ring.r }), what: 'seconds ring' });
    return { canvas: { x: c.left, y: c.top, w: c.width, h: c.height, what: 'canvas' }, boxes };
  });
}

async function panelBox(page: Page): Promise<Box> {
  const r = (await page.locator('.live-panel').boundingBox())!;
  return { x: r.x, y: r.y, w: r.width, h: r.height, what: 'panel' };
}

/** Overlap by more than a pixel (CSS sizes round to whole device pixels at the edge). */
const meets = (a: Box, b: Box) => a.w > 0 && a.h > 0 && a.x + 1 < b.x + b.w && b.x + 1 < a.x + a.w && a.y + 1 < b.y + b.h && b.y + 1 < a.y + a.h;

/** Waits until the press room has been drawn again at the canvas's current size. */
async function settled(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await roomBoxes(page));
    if (now === last) return;
    last = now;
  }
}

async function openAndCheck(page: Page, size: { width: number; height: number }): Promise<void> {
  const tag = `${size.width}x${size.height}`;
  await settled(page);
  const before = await roomBoxes(page);
  // The whole window is the room's while the panel is closed, and some of what it reads lies where the panel goes.
  expect(before.canvas, tag).toMatchObject({ x: 0, y: 0, w: size.width, h: size.height });
  const wide = before.boxes.filter((b) => b.x + b.w > size.width * 0.7).map((b) => b.what);
  expect(wide.length, tag).toBeGreaterThan(0);
  expect(
    before.boxes.some((b) => b.what === 'seconds ring'),
    tag,
  ).toBe(true);

  await page.keyboard.press('c');
  await page.waitForSelector('.live-panel:not([hidden]) iframe', { timeout: 15_000 });
  await settled(page);
  const panel = await panelBox(page);
  expect(panel.x + panel.w, tag).toBeCloseTo(size.width, 0);
  expect(panel.w, tag).toBeGreaterThanOrEqual(340);
  const open = await roomBoxes(page);
  expect(
    open.boxes.filter((b) => meets(b, panel)).map((b) => `${b.what} at ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)}`),
    tag,
  ).toEqual([]);
  expect(meets(open.canvas, panel), `${tag}: the canvas under the panel`).toBe(false);
  // The room is drawn again in the width left.
  expect(open.canvas.x + open.canvas.w, tag).toBeLessThanOrEqual(panel.x + 1);
  expect(open.canvas.w, tag).toBeGreaterThan(size.width * 0.55);
  expect(
    open.boxes.some((b) => b.what === 'seconds ring'),
    tag,
  ).toBe(true);
  expect(isBlank(await screenshot(page, `live-panel-beside-room-${tag}`))).toBe(false);

  // Closed again: the room has the whole window back.
  await page.keyboard.press('c');
  await page.waitForFunction(() => document.querySelector('.live-panel')!.hasAttribute('hidden'));
  await settled(page);
  const closed = await roomBoxes(page);
  expect(closed.canvas, tag).toMatchObject({ x: 0, y: 0, w: size.width, h: size.height });
}

describe('the one-screen facilitator panel', () => {
  it('leaves the press room fully visible beside it at 1280×720 and 1920×1080, and gives the width back when closed', async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    const started = await page.evaluate(() =>
      window.__podium!.commands.run('live.start', {
        source: 'console',
        data: { scenarioId: 'flood-dam-rumour', language: 'en', answerTime: 2, reveal: 'end', roster: [] },
      }),
    );
    expect(started).not.toBe(false);
    await waitForScreen(page, 'Briefing');
    await page.evaluate(() => window.__podium!.commands.run('briefing.start', { source: 'console' }));
    await waitForScreen(page, 'PressRoom');
    await page.waitForFunction(() => (window.__podium!.store.getState().drill?.view.beat?.answers.length ?? 0) >= 4, null, { timeout: 20_000 });
    await page.click('canvas').catch(() => {});

    await openAndCheck(page, { width: 1280, height: 720 });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openAndCheck(page, { width: 1920, height: 1080 });
    p.assertNoErrors();
    await p.close();
  }, 180_000);
});
