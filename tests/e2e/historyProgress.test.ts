// A seminar runs several drills a day: the progress chart's points (its axis labels, and the
// chart's name for a screen reader) must tell two drills of the same day apart.
import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../fixtures/debrief/records.ts';
import { waitForMenu } from './drillDriver.ts';
import { openPage, screenshot, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('the progress chart', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`tells apart two drills on the same day (${lang})`, async () => {
      const p = await openPage(browser(), `/?lang=${lang}`, { width: 1280, height: 720 });
      const { page } = p;
      await waitForMenu(page);
      const morning = sampleRecord(1);
      const records = [
        morning,
        {
          ...sampleRecord(2),
          trainee: morning.trainee,
          traineeKey: morning.traineeKey,
          id: 'same-day',
          date: new Date(Date.parse(morning.date) + 3 * 3600_000).toISOString(),
        },
        sampleRecord(4),
      ];
      await page.evaluate(async (list) => {
        const store = await window.__podium!.reports.records;
        for (const r of list) await store.put(r);
      }, records);
      await page.evaluate(() => window.__podium!.reports.openHistory());
      await page.locator('[data-filter="trainee"]').selectOption(morning.traineeKey);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="history"]')?.dataset.progress === 'ready');
      const label = (await page.locator('.pd-progress-chart canvas').getAttribute('aria-label'))!;
      const points = label
        .slice(label.indexOf(':') + 1)
        .split(';')
        .map((s) => s.trim());
      expect(points.length).toBe(3);
      expect(new Set(points).size).toBe(3);
      await screenshot(page, `history-progress-same-day-${lang}-720p`);
      p.assertNoErrors();
      await p.close();
    });
  }
});
