// Waits on the page's own state instead of fixed sleeps: input and store changes are handled
// synchronously, so once the page has drawn a couple of frames what they changed is on screen; a
// resize is done once the window has the new size and the app has laid itself out for it.
import type { Page } from 'playwright-core';

/** Resolves once the page has drawn `count` more frames (what was sent before is handled and shown). */
export async function afterFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let left = n;
        const step = () => (--left <= 0 ? done() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    count,
  );
}

/** Sets the viewport and waits until the page has that size and has drawn for it. */
export async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(([w, h]) => window.innerWidth === w && window.innerHeight === h, [width, height] as const);
  // Phaser's scale manager resizes on its next step, and the scene rebuilds on that resize.
  await afterFrames(page, 3);
}

/** Waits until the live drill's clock reads `at` drill seconds (or the drill has ended before). */
export async function untilDrillTime(page: Page, at: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const v = window.__podium!.store.getState().drill?.view;
      return !!v && (v.now >= t || v.status === 'ended');
    },
    at,
    { timeout, polling: 20 },
  );
}
