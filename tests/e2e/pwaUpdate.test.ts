// A new version of the installed app is offered, never forced in the middle of a drill: the
// service worker of a newer build waits while a press conference runs (no banner, no reload, the
// drill goes on), and the offer appears once the trainee is on the debrief; "later" dismisses it,
// "update" reloads into the new version. The build is copied to a folder of this test's own, served
// on a port of its own, so that "deploying" a new version does not touch the other tests' build.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { liveState, startDrill, waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser } from './harness.ts';

const browser = useBrowser();
let server: PreviewServer;
let dir = '';
let base = '';

beforeAll(async () => {
  const built = inject('distDir');
  if (!built) return;
  dir = await mkdtemp(join(tmpdir(), 'podium-pwa-'));
  await cp(built, dir, { recursive: true });
  server = await preview({
    root: resolve(import.meta.dirname, '../..'),
    logLevel: 'error',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A new deployment: the service worker script changes, as it does when any cached file changes. */
async function deployNewVersion(): Promise<void> {
  const sw = join(dir, 'sw.js');
  await writeFile(sw, `${await readFile(sw, 'utf8')}\n// deployed again ${Date.now()}\n`);
}

describe('a new version of the installed app', () => {
  it.skipIf(!inject('distDir'))(
    'waits through a press conference and is offered on the debrief',
    async () => {
      const p = await openPage(browser(), '/', { width: 1280, height: 720, serviceWorkers: 'allow' });
      const { page } = p;
      await page.goto(`${base}/?lang=en&timescale=1&shuffle=off`, { waitUntil: 'load' });
      await waitForMenu(page);
      await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true', null, { timeout: 60_000 });
      // A later visit: the page is served by the installed worker, as on the hall's laptop.
      await page.reload({ waitUntil: 'load' });
      await waitForMenu(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

      // The browser looks for a new version (as it does on its own after a navigation or every
      // day): none yet, so nothing is offered.
      const lookForUpdate = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await lookForUpdate();
      expect(await page.locator('.pd-update').count()).toBe(0);

      await startDrill(page, 'flood-dam-rumour');
      await deployNewVersion();
      await lookForUpdate();
      await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, null, { timeout: 30_000, polling: 100 });

      // Mid-drill: no offer, no reload, the conference goes on.
      const mid = (await liveState(page)).view!;
      expect(mid.status).toBe('running');
      expect(await page.locator('.pd-update').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);

      // The trainee pauses (still no offer) and ends the conference.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.status === 'paused', null, { timeout: 10_000 });
      expect(await page.locator('.pd-update').count()).toBe(0);
      await page.keyboard.press('e');
      await page.waitForFunction(() => document.body.dataset.screen === 'Debrief', null, { timeout: 30_000 });
      // The same page still (nothing reloaded it), and now the offer.
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
      const banner = page.locator('.pd-update');
      await banner.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await banner.textContent()).toMatch(/new version/i);
      await screenshot(page, 'pwa-update-offer-en');
      // On top of the report, and over none of its controls.
      const covered = await page.evaluate(() => {
        const bar = document.querySelector('.pd-update')!.getBoundingClientRect();
        const top = document.elementFromPoint(bar.left + bar.width / 2, bar.top + bar.height / 2);
        const hidden = [...document.querySelectorAll('button, input, select, textarea, a[href]')]
          .filter((e) => !e.closest('.pd-update'))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.left < bar.right && r.right > bar.left && r.top < bar.bottom && r.bottom > bar.top)
          .map(({ e }) => e.textContent?.trim() || e.getAttribute('aria-label') || e.tagName);
        return { onTop: top?.closest('.pd-update') !== null, hidden };
      });
      expect(covered).toEqual({ onTop: true, hidden: [] });

      // "Update" reloads into the new version: the waiting worker takes over.
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), banner.locator('button').first().click()]);
      await waitForMenu(page);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      await p.close();
    },
    240_000,
  );
});
