// Replay in the built app: a finished drill's log plays back in the press room at real or
// accelerated speed, the scrubber seeks to any second, and the same log always ends on the same
// scores — checked against the engine replaying the same log in Node.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/scenario/load.ts';
import { replay } from '../../src/core/session/replay.ts';
import type { SessionView } from '../../src/core/session/types.ts';
import type { DrillRecord } from '../../src/records/drillRecord.ts';
import { liveState, playToEnd, startDrill, variedAnswers, waitForMenu } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { untilDrillTime } from './settle.ts';

const browser = useBrowser();
const FILE = resolve(import.meta.dirname, '../../scenarios/flood-dam-rumour.yaml');
const TIMESCALE = 10;

async function replayAt(page: Page): Promise<number> {
  return Number(await page.locator('[data-overlay="replay"]').getAttribute('data-at'));
}

/** What the replay shows: its own slot in the store (the live drill's slot keeps the finished drill). */
async function replayView(page: Page): Promise<SessionView> {
  return page.evaluate(() => window.__podium!.store.getState().replay!.view);
}

async function seek(page: Page, seconds: number): Promise<SessionView> {
  await page.locator('[data-replay="scrubber"]').fill(String(seconds));
  return replayView(page);
}

describe('replay', () => {
  it('plays a finished drill back in the press room, seeks, and ends on the same scores', async () => {
    const { checked } = loadScenario(readFileSync(FILE, 'utf8'), FILE);
    if (!checked) throw new Error('the bundled flood scenario does not load');
    const p = await openPage(browser(), `/?timescale=${TIMESCALE}&lang=en&renderer=canvas`, { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, 'flood-dam-rumour');
    // A pause in the middle, so the log has more than answers.
    await untilDrillTime(page, 3);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.status === 'paused');
    await page.keyboard.press(' ');
    // Thinking a little before each answer makes a drill long enough to replay at several speeds.
    const final = await playToEnd(page, variedAnswers, 120_000, 700);
    await waitForScreen(page, 'Debrief');
    const record: DrillRecord = await page
      .waitForFunction(async () => (await (await window.__podium!.reports.records).list())[0])
      .then((h) => h.jsonValue() as Promise<DrillRecord>);
    expect(record.log.some((e) => e.type === 'pause')).toBe(true);

    await page.locator('[data-overlay="debrief"] [data-action="replay"]').click();
    await waitForScreen(page, 'PressRoom');
    const bar = page.locator('[data-overlay="replay"]');
    await bar.waitFor();
    expect(await page.locator('[data-overlay="debrief"]').count()).toBe(0);
    const end = Number(await page.locator('[data-replay="scrubber"]').getAttribute('max'));
    expect(end).toBeCloseTo(final.now, 6);
    expect(end, 'the drill is long enough to replay at several speeds').toBeGreaterThan(30);

    // The scrubber: any second shows what the engine shows for the log up to that second.
    for (const t of [end * 0.6, end * 0.15, end * 0.85, 0]) {
      const shown = await seek(page, t);
      const at = await replayAt(page);
      const expected = replay(checked, record.log, record.options, at).view();
      expect(shown.beat?.id ?? null).toBe(expected.beat?.id ?? null);
      expect(shown.score).toEqual(expected.score);
      expect(shown.rumours.map((r) => r.reach)).toEqual(expected.rumours.map((r) => r.reach));
    }
    const middle = await seek(page, end / 2);
    expect(middle.status).not.toBe('ended');
    // The live drill's subscribers (resume, room, console) never see a replay's views.
    const live = (await liveState(page)).view!;
    expect(live.status).toBe('ended');
    expect(live.score).toEqual(final.score);
    expect(isBlank(await screenshot(page, 'replay-middle-en'))).toBe(false);

    // Real and accelerated speed: drill seconds advance by wall-clock time × speed. The wait keeps
    // the replay well short of the end (a drill answered at once is short).
    for (const speed of [1, 4]) {
      const wait = Math.min(0.5, (0.3 * end) / (speed * TIMESCALE));
      await seek(page, 0);
      await page.locator('[data-replay="speed"]').selectOption(String(speed));
      const t0 = Date.now();
      await page.locator('[data-replay="play"]').click();
      await page.waitForTimeout(wait * 1000);
      await page.locator('[data-replay="play"]').click();
      const wall = (Date.now() - t0) / 1000;
      expect(await page.locator('[data-overlay="replay"]').getAttribute('data-state')).toBe('paused');
      const advanced = await replayAt(page);
      // Played at least for the time waited, at most for the whole time the two clicks took.
      expect(advanced).toBeGreaterThanOrEqual(wait * speed * TIMESCALE * 0.95 - 0.1);
      expect(advanced).toBeLessThanOrEqual(wall * speed * TIMESCALE * 1.05 + 0.2);
    }

    // Played to the end, twice: the same scores every time, and the drill's own.
    for (let round = 0; round < 2; round++) {
      await seek(page, end * 0.9);
      await page.locator('[data-replay="speed"]').selectOption('16');
      await page.locator('[data-replay="play"]').click();
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="replay"]')?.dataset.state === 'ended', null, { timeout: 30_000 });
      const last = await replayView(page);
      expect(last.status).toBe('ended');
      expect(last.score).toEqual(final.score);
      expect(last.moments).toEqual(final.moments);
      expect(last.ending).toEqual(final.ending);
    }
    expect(isBlank(await screenshot(page, 'replay-end-en'))).toBe(false);

    // Leaving the replay returns to the debrief of the same drill; no second record.
    await page.locator('[data-replay="exit"]').click();
    await waitForScreen(page, 'Debrief');
    await page.locator('[data-overlay="debrief"]').waitFor();
    expect(await page.evaluate(() => window.__podium!.store.getState().replay)).toBeNull();
    expect(await page.evaluate(async () => (await (await window.__podium!.reports.records).list()).length)).toBe(1);
    p.assertNoErrors();
    await p.close();
  });
});
