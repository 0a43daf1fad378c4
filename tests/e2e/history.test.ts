// The drill history in the built app: a played drill is kept under the trainee's name, records
// from another machine are imported, the list filters by trainee and scenario with a progress
// chart, exports (JSON, CSV) contain what is listed, bad files are refused without changing
// anything, deletion asks first, and an export moves everything to a fresh browser.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DrillRecord } from '../../src/records/drillRecord.ts';
import { exportJson } from '../../src/records/exportFile.ts';
import { sampleRecords } from '../fixtures/debrief/records.ts';
import { playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

async function stored(page: Page): Promise<DrillRecord[]> {
  return page.evaluate(async () => (await window.__podium!.reports.records).list());
}

async function download(page: Page, action: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-overlay="history"] [data-action="${action}"]`).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

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

const rows = (page: Page) => page.locator('[data-overlay="history"] tbody tr');

describe('drill history', () => {
  it('keeps, lists, filters, charts, exports, imports, refuses bad files and deletes', async () => {
    const p = await openPage(browser(), '/?timescale=20&lang=en&renderer=canvas', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    expect(await page.evaluate(() => window.__podium!.menuActions.map((a) => [a.id, a.labelKey]))).toContainEqual(['history', 'history:open']);
    expect(isBlank(await screenshot(page, 'history-menu-en'))).toBe(false);

    // A drill played and named on its debrief.
    await startDrill(page, 'flood-dam-rumour');
    await playToEnd(page);
    await waitForScreen(page, 'Debrief');
    const name = page.locator('[data-overlay="debrief"] .pd-trainee-input');
    await name.waitFor();
    await name.fill('Nguyễn Văn An');
    await name.press('Enter');
    await name.blur();
    await page.waitForFunction(async () => (await (await window.__podium!.reports.records).list())[0]?.trainee === 'Nguyễn Văn An');
    const played = (await stored(page))[0]!;
    expect(played.scenarioId).toBe('flood-dam-rumour');
    expect(played.log.length).toBeGreaterThan(2);

    // The menu's History entry.
    await page.locator('[data-overlay="debrief"] [data-action="menu"]').click();
    await waitForScreen(page, 'Menu');
    await page.evaluate(() => window.__podium!.menuActions.find((a) => a.id === 'history')!.run());
    await page.locator('[data-overlay="history"] table').waitFor();
    expect(await rows(page).count()).toBe(1);

    // Records from another machine (a scenario not installed here, two spellings of one name).
    const imported = sampleRecords();
    expect(await importText(page, 'class-a.json', exportJson(imported))).toBe('Added 3 drill(s); 0 were already here.');
    expect(await rows(page).count()).toBe(4);
    expect(await page.locator('[data-record="drill-1"] [data-action="open"]').isDisabled()).toBe(true);

    // Filter by trainee: one person however the name was typed, with a progress chart.
    const trainee = page.locator('[data-filter="trainee"]');
    expect(await trainee.locator('option').allTextContents()).toEqual(['All trainees', 'Nguyễn Văn An', 'Trần Thị Bình']);
    await trainee.selectOption('nguyen van an');
    expect(await rows(page).count()).toBe(3);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="history"]')?.dataset.progress === 'ready');
    expect(await page.locator('#pd-progress-title').textContent()).toBe('Progress of Nguyễn Văn An');
    expect(isBlank(await page.locator('.pd-progress-chart canvas').screenshot())).toBe(false);
    expect(isBlank(await screenshot(page, 'history-en-1280x720'))).toBe(false);

    // Exports hold what is listed.
    const json = JSON.parse(await download(page, 'export-json'));
    expect(json.records.map((r: DrillRecord) => r.id).sort()).toEqual([played.id, 'drill-1', 'drill-2'].sort());
    const drillsCsv = Papa.parse<Record<string, string>>((await download(page, 'export-csv-drills')).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(drillsCsv.data).toHaveLength(3);
    expect(drillsCsv.data.find((r) => r['Drill id'] === played.id)?.Overall).toBe(String(Math.round(played.score.overall * 10) / 10));
    const beatsCsv = Papa.parse<Record<string, string>>((await download(page, 'export-csv-beats')).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(beatsCsv.data).toHaveLength(played.beats.length + imported[0]!.beats.length + imported[1]!.beats.length);

    // Scenario filter on top of it.
    await page.locator('[data-filter="scenario"]').selectOption('debrief-dam');
    expect(await rows(page).count()).toBe(2);
    await page.locator('[data-filter="scenario"]').selectOption('');
    await trainee.selectOption('');

    // Bad files: a clear reason, and nothing stored changes.
    const before = await stored(page);
    const refusals: [string, string, RegExp][] = [
      ['notes.json', 'drill_id,trainee\n1,An', /not valid JSON.*Nothing was changed/],
      ['scenario.json', JSON.stringify({ format: 1, id: 'flood', beats: {} }), /not a Podium drill records file.*Nothing was changed/],
      ['future.json', JSON.stringify({ ...JSON.parse(exportJson(imported)), format: 99 }), /newer version of Podium \(format 99.*Nothing was changed/],
      [
        'broken.json',
        exportJson([{ ...imported[0]!, id: 'new-one' }, { ...imported[1]!, id: 'new-two', score: { skills: [], overall: 'high' } } as never]),
        /damaged: drill 2.*score\.overall.*Nothing was changed/,
      ],
    ];
    for (const [file, text, message] of refusals) {
      expect(await importText(page, file, text)).toMatch(message);
      expect(await page.locator('[data-overlay="history"] .pd-status').getAttribute('data-kind')).toBe('error');
    }
    expect(await stored(page)).toEqual(before);
    expect(await importText(page, 'class-a.json', exportJson(imported))).toBe('Added 0 drill(s); 3 were already here.');

    // The whole history moves to a fresh browser unchanged.
    const everything = await download(page, 'export-json');
    const elsewhere = await openPage(browser(), '/?timescale=20&lang=vi&renderer=canvas', { width: 1920, height: 1080 });
    await waitForMenu(elsewhere.page);
    await elsewhere.page.evaluate(() => window.__podium!.reports.openHistory());
    await elsewhere.page.locator('[data-overlay="history"] .pd-history-filters').waitFor();
    expect(await importText(elsewhere.page, 'podium.json', everything)).toBe('Đã thêm 4 buổi tập; 0 buổi đã có sẵn.');
    expect(await stored(elsewhere.page)).toEqual(await stored(page));
    await elsewhere.page.locator('[data-filter="trainee"]').selectOption('nguyen van an');
    await elsewhere.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="history"]')?.dataset.progress === 'ready');
    expect(isBlank(await screenshot(elsewhere.page, 'history-vi-1920x1080'))).toBe(false);
    elsewhere.assertNoErrors();
    await elsewhere.close();

    // Opening a kept drill rebuilds its debrief from the log.
    await page.locator(`[data-record="${played.id}"] [data-action="open"]`).click();
    const report = page.locator('[data-overlay="debrief"]');
    await report.waitFor();
    expect(await report.locator('.pd-overall-number').textContent()).toBe(String(Math.round(played.score.overall)));
    await report.locator('[data-action="back"]').click();
    await page.locator('[data-overlay="history"] table').waitFor();

    // Deleting asks first; keeping it changes nothing.
    const row = page.locator('[data-record="drill-3"]');
    await row.locator('[data-action="delete"]').click();
    expect(await row.locator('.pd-confirm').textContent()).toBe('Delete this drill of Trần Thị Bình for good?');
    await row.locator('[data-action="cancel-delete"]').click();
    expect((await stored(page)).map((r) => r.id)).toContain('drill-3');
    await row.locator('[data-action="delete"]').click();
    await row.locator('[data-action="confirm-delete"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-record="drill-3"]'));
    expect((await stored(page)).map((r) => r.id).sort()).toEqual([played.id, 'drill-1', 'drill-2'].sort());

    p.assertNoErrors();
    await p.close();
  });
});
