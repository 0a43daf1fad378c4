// Nothing trusted, nothing silent (issue 10, items 6, 7 and 9), in the built app: a full IndexedDB
// is named as the reason and the drill can still be exported; the app runs a whole drill under its
// strict Content-Security-Policy without a single violation (built and in the dev server); a
// connection lost after load is said where the charts and the CSV export would have been.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { openPage, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();
const URL = '/?timescale=20&lang=en&renderer=canvas';
const SCENARIO = 'flood-dam-rumour';

async function debriefShown(page: Page): Promise<void> {
  await waitForScreen(page, 'Debrief', 60_000);
  await page.locator('[data-overlay="debrief"]').waitFor({ state: 'visible', timeout: 20_000 });
}

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
  );
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('a full IndexedDB', () => {
  it('is named as the reason the drill was not kept, and the drill can be exported exactly then', async () => {
    const p = await openPage(browser(), URL, {
      initScript: () => {
        const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        for (const method of ['put', 'add'] as const) {
          const original = IDBObjectStore.prototype[method];
          IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
            if (this.name === 'drills') throw full();
            return original.apply(this, args);
          };
        }
      },
    });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    await playToEnd(page);
    await debriefShown(page);
    const status = page.locator('[data-overlay="debrief"] .pd-status').first();
    await page.waitForFunction(() => document.querySelector('[data-overlay="debrief"] .pd-status')?.textContent?.includes('could not be kept'), null, {
      timeout: 15_000,
    });
    expect(await status.textContent()).toContain("could not be kept in the history: the browser's storage for this site is full");
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.locator('[data-overlay="debrief"] [data-action="export"]').click(),
    ]);
    const path = await download.path();
    const file = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8')) as {
      kind: string;
      records: { scenarioId: string; log: unknown[] }[];
    };
    expect(file.kind).toBe('podium.drill-records');
    expect(file.records.map((r) => r.scenarioId)).toEqual([SCENARIO]);
    expect(file.records[0]!.log.length).toBeGreaterThan(3);
    p.assertNoErrors();
    await p.close();
  });
});

describe('imported records', () => {
  async function importText(page: Page, name: string, text: string): Promise<string> {
    const status = page.locator('[data-overlay="history"] .pd-status');
    const before = await status.textContent();
    await page.locator('[data-action="import-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction((old) => {
      const s = document.querySelector('[data-overlay="history"] .pd-status');
      return s !== null && s.textContent !== '' && s.textContent !== old;
    }, before);
    return (await status.textContent()) ?? '';
  }

  it("are held to a live drill's limits and scored again from their logs (a forged 100 shows as earned)", async () => {
    const p = await openPage(browser(), URL);
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    await playToEnd(page);
    await debriefShown(page);
    await page.waitForFunction(async () => (await (await window.__podium!.reports.records).list()).length === 1, null, { timeout: 15_000 });
    const played = await page.evaluate(async () => {
      const store = await window.__podium!.reports.records;
      const [record] = await store.list();
      await store.delete(record!.id);
      return record!;
    });
    expect(played.score.overall).toBeLessThan(100);
    await page.evaluate(() => window.__podium!.reports.openHistory());
    await page.locator('[data-action="import-file"]').waitFor({ state: 'attached', timeout: 10_000 });
    const file = (records: unknown[]) => JSON.stringify({ kind: 'podium.drill-records', format: played.format, exportedAt: played.date, records });

    // Refused as a whole, with the reason, and nothing stored.
    const refusals: [unknown, RegExp][] = [
      [{ ...played, options: { answerTimeFactor: 0 } }, /options\.answerTimeFactor.*Nothing was changed/],
      [{ ...played, scenarioTitle: 'x'.repeat(5000) }, /scenarioTitle.*Nothing was changed/],
      [{ ...played, log: Array.from({ length: 30_000 }, (_, i) => ({ type: 'tick', at: i })) }, /log.*Nothing was changed/],
    ];
    for (const [record, message] of refusals) expect(await importText(page, 'bad.json', file([record]))).toMatch(message);
    expect(await page.evaluate(async () => (await (await window.__podium!.reports.records).list()).length)).toBe(0);

    // A forged score is replaced by the one the log earns; a record of a scenario not installed is marked.
    const forged = { ...played, score: { ...played.score, overall: 100 } };
    const foreign = { ...played, id: 'from-elsewhere', scenarioId: 'not-installed-here', score: { ...played.score, overall: 97 } };
    expect(await importText(page, 'class.json', file([forged, foreign]))).toBe('Added 2 drill(s); 0 were already here.');
    const kept = await page.evaluate(async () =>
      (await (await window.__podium!.reports.records).list()).map((r) => [r.id, r.score.overall, r.unverified ?? false]),
    );
    expect(kept.sort()).toEqual(
      [
        [played.id, played.score.overall, false],
        ['from-elsewhere', 97, true],
      ].sort(),
    );
    expect(await page.locator(`[data-record="${played.id}"] td.pd-num`).first().textContent()).toBe(String(Math.round(played.score.overall)));
    expect(await page.locator('[data-record="from-elsewhere"] td[data-unverified]').textContent()).toBe('97 (unchecked)');
    p.assertNoErrors();
    await p.close();
  });
});

describe('the Content-Security-Policy', () => {
  it('is strict in the built app, and a whole drill, its debrief and the history run under it', async () => {
    const p = await openPage(browser(), URL, { initScript: recordViolations });
    const { page } = p;
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline[^;]*;.*script|script-src[^;]*unsafe/);
    expect(policy).toContain("object-src 'none'");
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    await playToEnd(page);
    await debriefShown(page);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="debrief"]')?.dataset.charts === 'ready', null, { timeout: 20_000 });
    await page.evaluate(() => window.__podium!.reports.openHistory());
    await page.locator('[data-action="export-csv-drills"]').waitFor({ timeout: 10_000 });
    await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.locator('[data-action="export-csv-drills"]').click()]);
    expect(await violations(page)).toEqual([]);
    p.assertNoErrors();
    await p.close();
  });

  it('holds in the dev server too: the menu and a drill start with no violation', async () => {
    // Its own dependency cache: other dev servers on this machine neither slow it down nor reload it.
    const cacheDir = await mkdtemp(join(tmpdir(), 'podium-csp-vite-'));
    const server = await createServer({
      root: resolve(import.meta.dirname, '../..'),
      cacheDir,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: true },
    });
    await server.listen();
    try {
      const { port } = server.httpServer!.address() as AddressInfo;
      const p = await openPage(browser(), `http://127.0.0.1:${port}/?timescale=20&lang=en&renderer=canvas`, { initScript: recordViolations });
      const { page } = p;
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/script-src 'self'/);
      await page.waitForFunction(() => window.__podium !== undefined && document.body.dataset.screen === 'Menu', null, { timeout: 360_000, polling: 100 });
      await startDrill(page, SCENARIO);
      await page.waitForTimeout(1000);
      expect(await violations(page)).toEqual([]);
      p.assertNoErrors();
      await p.close();
    } finally {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 420_000);
});

describe('a connection lost after the page loaded', () => {
  it('says so where the charts would be and when the CSV export cannot load', async () => {
    const p = await openPage(browser(), URL);
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    // From here on no script file can be fetched, as when the network drops.
    await page.context().route('**/*.js', (route) => route.abort('internetdisconnected'));
    await playToEnd(page);
    await debriefShown(page);
    await page.waitForFunction(
      () => ['ready', 'failed'].includes(document.querySelector<HTMLElement>('[data-overlay="debrief"]')?.dataset.charts ?? ''),
      null,
      { timeout: 20_000 },
    );
    const charts = await page.evaluate(() => document.querySelector<HTMLElement>('[data-overlay="debrief"]')!.dataset.charts);
    // Charts already in the page (preloaded) may be drawn; if not, the trainee is told why.
    if (charts === 'failed') {
      const said = page.locator('[data-overlay="debrief"] .pd-chart-failed');
      expect(await said.count()).toBeGreaterThanOrEqual(1);
      expect(await said.first().textContent()).toContain('could not be loaded');
      expect(await page.locator('[data-overlay="debrief"] canvas').count()).toBe(0);
    }
    await page.evaluate(() => window.__podium!.reports.openHistory());
    await page.locator('[data-action="export-csv-drills"]').waitFor({ timeout: 10_000 });
    let downloaded = false;
    page.once('download', () => (downloaded = true));
    await page.locator('[data-action="export-csv-drills"]').click();
    await page
      .waitForFunction(() => document.querySelector('.pd-history .pd-status, [data-overlay="history"] .pd-status')?.textContent?.length, null, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    if (!downloaded) {
      const status = await page.evaluate(() => [...document.querySelectorAll('.pd-status')].map((e) => e.textContent).join(' | '));
      expect(status).toContain('spreadsheet export could not be loaded');
    }
    await page.context().unroute('**/*.js');
    await p.close();
  });
});
