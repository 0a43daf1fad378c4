// The after-action debrief in the built app: a whole drill is played in accelerated time, then the
// report over the Debrief scene must show what the session scored (overall, each skill, each
// question), in English and in Vietnamese, at 1280×720 and 1920×1080, and print without its buttons.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SKILL_NAMES, type SkillId } from '../../src/core/skills.ts';
import { playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { ARTIFACTS_DIR, isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { resizeTo } from './settle.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';

/** The whole report, not only what fits the window (it scrolls inside its overlay). */
async function reportShot(page: Page, name: string): Promise<Buffer> {
  const style = await page.addStyleTag({
    content:
      'html, body { overflow: visible !important; height: auto !important } #report, .pd-report { position: absolute !important; overflow: visible !important; bottom: auto !important; height: auto !important }',
  });
  const png = await page.screenshot({ type: 'png', fullPage: true });
  await style.evaluate((node) => (node as HTMLElement).remove());
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, `${name}.png`), png);
  return png;
}

/** A screenshot of the top of the report, as the trainee first sees it. */
async function topShot(page: Page, name: string): Promise<Buffer> {
  await page.locator('[data-overlay="debrief"]').evaluate((el) => el.scrollTo(0, 0));
  return screenshot(page, name);
}

describe('debrief report', () => {
  it('shows the drill just played: scores, ending, timeline and every question, in both languages', async () => {
    const p = await openPage(browser(), '/?timescale=20&lang=en&renderer=canvas', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    const final = await playToEnd(page);
    await waitForScreen(page, 'Debrief');
    const overlay = page.locator('[data-overlay="debrief"]');
    await overlay.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="debrief"]')?.dataset.charts === 'ready', null, { timeout: 20_000 });

    // The numbers are the session's, not recomputed by the screen.
    expect(await overlay.locator('.pd-overall-number').textContent()).toBe(String(Math.round(final.score.overall)));
    for (const s of final.score.skills) {
      const row = overlay.locator(`.pd-skill[data-skill="${s.skill}"]`);
      expect(await row.locator('.pd-skill-percent').textContent()).toBe(String(Math.round(s.percent)));
      expect(await row.locator('.pd-skill-name').textContent()).toBe(SKILL_NAMES[s.skill as SkillId].en);
    }
    expect(await overlay.locator('.pd-ending-text').textContent()).toBe((final.ending!.text as Record<string, string>).en);
    expect(await overlay.locator('.pd-beat').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.beat))).toEqual(
      final.turns.map((t) => t.beatId),
    );
    // Every question explains itself: points (or none) and, where there was a choice, the best answer.
    const beatsWithChoices = final.turns.filter((t) => t.response.kind === 'choice').length;
    expect(await overlay.locator('.pd-beat-choice').count()).toBe(beatsWithChoices);
    expect(await overlay.locator('.pd-beat-choice .pd-best, .pd-beat-choice .pd-best-yours').count()).toBeGreaterThanOrEqual(beatsWithChoices);
    expect(await overlay.locator('.pd-rumour').count()).toBe(final.rumours.length);
    await page.waitForFunction(() => document.querySelector('.pd-status')?.textContent === 'Kept in the drill history.', null, { timeout: 10_000 });

    // Charts are drawn (not blank canvases).
    expect(isBlank(await overlay.locator('.pd-radar canvas').screenshot())).toBe(false);
    expect(isBlank(await overlay.locator('.pd-timeline-chart canvas').screenshot())).toBe(false);

    expect(isBlank(await topShot(page, 'debrief-en-1280x720'))).toBe(false);
    await reportShot(page, 'debrief-en-1280x720-full');
    await resizeTo(page, 1920, 1080);
    expect(isBlank(await topShot(page, 'debrief-en-1920x1080'))).toBe(false);

    // Switching the language re-renders the report in Vietnamese, and keeps one record only.
    await page.evaluate(() => window.__podium!.store.getState().updateSettings({ language: 'vi' }));
    await page.waitForFunction(() => document.querySelector('[data-overlay="debrief"]')?.getAttribute('lang') === 'vi', null, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-overlay="debrief"]')?.dataset.charts === 'ready', null, { timeout: 20_000 });
    const vi = page.locator('[data-overlay="debrief"]');
    expect(await vi.locator('.pd-kicker').textContent()).toBe('Rút kinh nghiệm sau buổi tập');
    for (const s of final.score.skills) {
      expect(await vi.locator(`.pd-skill[data-skill="${s.skill}"] .pd-skill-name`).textContent()).toBe(SKILL_NAMES[s.skill as SkillId].vi);
    }
    expect(isBlank(await topShot(page, 'debrief-vi-1920x1080'))).toBe(false);
    await resizeTo(page, 1280, 720);
    expect(isBlank(await topShot(page, 'debrief-vi-1280x720'))).toBe(false);
    await reportShot(page, 'debrief-vi-1280x720-full');
    const kept = await page.evaluate(async () => (await (await window.__podium!.reports.records).list()).length);
    expect(kept).toBe(1);

    // Paper: the print stylesheet drops the buttons and prints dark on white.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await vi.locator('.pd-actions').isVisible()).toBe(false);
    expect(await vi.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await resizeTo(page, 794, 1123);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await reportShot(page, 'debrief-vi-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    p.assertNoErrors();
    await p.close();
  });
});
