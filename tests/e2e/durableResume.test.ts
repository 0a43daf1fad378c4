// Nothing lost (issue 10, items 1 and 2): two tabs keep two drills apart, a drill open in two tabs
// is noticed, every finished drill is kept exactly once, and a browser killed with SIGKILL right
// after an answer gives the drill back with that answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { answer, liveState, playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { appUrl, CHROMIUM_ARGS, chromiumPath, openPage, useBrowser } from './harness.ts';
import { untilDrillTime } from './settle.ts';

const browser = useBrowser();
const URL = '/?timescale=20&lang=en&renderer=canvas';

/** Answers the question on screen once (the first answer shown, or typed words) and waits for the turn. */
async function answerOnce(page: Page): Promise<SessionView> {
  await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat != null, null, { timeout: 30_000, polling: 50 });
  const before = (await liveState(page)).view!;
  const beat = before.beat!;
  await answer(page, beat.answers.length > 0 ? { choose: 0 } : { type: 'Thông tin này chưa được xác nhận, chúng tôi đang xác minh.' });
  await page.waitForFunction((n) => (window.__podium!.store.getState().drill?.view.turns.length ?? 0) > n, before.turns.length, {
    timeout: 10_000,
    polling: 20,
  });
  return (await liveState(page)).view!;
}

async function backInDrill(page: Page): Promise<SessionView> {
  await page.waitForFunction(() => document.body.dataset.screen === 'PressRoom' && window.__podium?.store.getState().drill !== null, null, {
    timeout: 60_000,
    polling: 50,
  });
  return (await liveState(page)).view!;
}

/** A page that went away pauses its drill; carry on as the trainee would. */
async function carryOn(page: Page): Promise<void> {
  await page.evaluate(() => {
    const app = window.__podium!;
    if (app.store.getState().drill?.view.status === 'paused') app.controller.resume();
  });
}

/** How long the test watches for a finished drill being kept twice. */
const NO_SECOND_COPY_WITHIN_MS = 500;

async function storedScenarios(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await (await window.__podium!.reports.records).list()).map((r) => r.scenarioId).sort());
}

describe('two tabs of one browser', () => {
  it('keep two drills apart, do not clone a running drill, and keep each finished drill once', async () => {
    const a = await openPage(browser(), URL);
    const b = await openPage(browser(), URL, { context: a.context });
    await Promise.all([waitForMenu(a.page), waitForMenu(b.page)]);
    await startDrill(a.page, 'flood-dam-rumour');
    await startDrill(b.page, 'school-food-poisoning');
    const aBefore = await answerOnce(a.page);
    const bBefore = await answerOnce(b.page);

    await a.page.reload({ waitUntil: 'load' });
    const aBack = await backInDrill(a.page);
    expect(aBack.scenarioId).toBe('flood-dam-rumour');
    expect(aBack.turns.map((t) => t.beatId)).toEqual(aBefore.turns.map((t) => t.beatId));
    await b.page.reload({ waitUntil: 'load' });
    const bBack = await backInDrill(b.page);
    expect(bBack.scenarioId).toBe('school-food-poisoning');
    expect(bBack.turns.map((t) => t.beatId)).toEqual(bBefore.turns.map((t) => t.beatId));

    // A third tab opened while both run shows the menu: no drill is cloned into it.
    const c = await openPage(browser(), URL, { context: a.context });
    await waitForMenu(c.page);
    // Its start-up attempt to bring a drill back is over: it found none free.
    expect(await c.page.evaluate(() => window.__podium!.reports.restoring)).toBe(false);
    expect(await c.page.evaluate(() => [document.body.dataset.screen, window.__podium!.store.getState().drill])).toEqual(['Menu', null]);

    await carryOn(a.page);
    await carryOn(b.page);
    await Promise.all([playToEnd(a.page), playToEnd(b.page)]);
    await a.page.waitForFunction(async () => (await (await window.__podium!.reports.records).list()).length >= 2, null, { timeout: 30_000, polling: 200 });
    // A measurement, not a wait: no second copy of either drill arrives within this time.
    await a.page.waitForTimeout(NO_SECOND_COPY_WITHIN_MS);
    expect(await storedScenarios(a.page)).toEqual(['flood-dam-rumour', 'school-food-poisoning']);
    // Nothing is left to resume once both are kept.
    await c.page.reload({ waitUntil: 'load' });
    await waitForMenu(c.page);
    expect(await c.page.evaluate(() => window.__podium!.reports.restoring)).toBe(false);
    expect(await c.page.evaluate(() => window.__podium!.store.getState().drill)).toBeNull();
    for (const p of [a, b, c]) p.assertNoErrors();
    await a.context.close();
  });

  it('notices a drill open in two tabs (a duplicated tab) and runs it in one only', async () => {
    const a = await openPage(browser(), URL);
    await waitForMenu(a.page);
    await startDrill(a.page, 'flood-dam-rumour');
    await answerOnce(a.page);
    // window.open copies this tab's sessionStorage into the new one, as "Duplicate tab" does.
    const [dup] = await Promise.all([a.context.waitForEvent('page'), a.page.evaluate(() => void window.open(location.href))]);
    await dup.waitForLoadState('load');
    await waitForMenu(dup);
    const toast = dup.locator('.toast.error');
    await toast.first().waitFor({ timeout: 15_000 });
    expect(await toast.first().textContent()).toContain('already open in another tab');
    expect(await dup.evaluate(() => window.__podium!.store.getState().drill)).toBeNull();
    // The first tab carries on with its drill.
    expect((await liveState(a.page)).view?.scenarioId).toBe('flood-dam-rumour');
    a.assertNoErrors();
    await a.context.close();
  });
});

/** Chromium on a persistent profile, as a person's browser: its own process group, so SIGKILL takes all of it. */
async function launchOnProfile(profile: string): Promise<{ browser: Browser; process: ChildProcess }> {
  const child = spawn(chromiumPath(), [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return { browser: await chromium.connectOverCDP(endpoint), process: child };
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      resolve();
    }
  });
}

describe('a killed browser', () => {
  it('gives back the drill with every answer shown as given (SIGKILL 0.3 s after the second answer)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'podium-profile-'));
    try {
      const first = await launchOnProfile(profile);
      const page = await first.browser.contexts()[0]!.newPage();
      await page.goto(appUrl('/?timescale=1&lang=en&renderer=canvas'), { waitUntil: 'load' });
      await waitForMenu(page);
      await startDrill(page, 'flood-dam-rumour');
      const once = await answerOnce(page);
      await untilDrillTime(page, once.now + 1.2);
      const given = await answerOnce(page);
      expect(given.turns).toHaveLength(2);
      await page.waitForTimeout(300);
      await killHard(first.process);

      const second = await launchOnProfile(profile);
      const again = await second.browser.contexts()[0]!.newPage();
      await again.goto(appUrl('/?timescale=1&lang=en&renderer=canvas'), { waitUntil: 'load' });
      const back = await backInDrill(again);
      expect(back.scenarioId).toBe('flood-dam-rumour');
      expect(back.turns.map((t) => [t.beatId, t.response.kind])).toEqual(given.turns.map((t) => [t.beatId, t.response.kind]));
      expect(back.score).toEqual(given.score);
      await second.browser.close();
      await killHard(second.process);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
