// Typed answers "to confirm" in the debrief: every typed answer is marked for the facilitator, who
// can move its points on a skill with a reason; the record keeps the adjustment, the score card is
// recomputed with the scenario's weights, and the report is drawn again with the new score.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustedScore } from '../../src/core/report/adjustments.ts';
import { loadScenario } from '../../src/core/scenario/load.ts';
import type { SkillId } from '../../src/core/skills.ts';
import { playToEnd, startDrill, TYPED_ANSWER, waitForMenu, type Answerer } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';

/** Typed words wherever the question takes them, else the first answer. */
const firstOrTyped: Answerer = (_, view) =>
  view.beat!.freeText || view.beat!.answers.length === 0 ? { type: TYPED_ANSWER } : { choose: view.beat!.answers[0]!.index };

describe('typed answers to confirm', () => {
  it('marks every typed answer and keeps a facilitator adjustment with the record', async () => {
    const p = await openPage(browser(), '/?timescale=20&lang=en&renderer=canvas', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    const final = await playToEnd(page, firstOrTyped);
    const typedTurns = final.turns.filter((t) => t.response.kind === 'text');
    expect(typedTurns.length, 'the drill asked a typed question').toBeGreaterThan(0);
    await waitForScreen(page, 'Debrief');
    const overlay = page.locator('[data-overlay="debrief"]');
    await overlay.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('.pd-status')?.textContent === 'Kept in the drill history.', null, { timeout: 10_000 });

    // Every typed answer, and only those, is marked to confirm.
    expect(await overlay.locator('.pd-beat-text .pd-typed-review[data-confirm="to-confirm"]').count()).toBe(typedTurns.length);
    expect(await overlay.locator('.pd-beat-choice .pd-typed-review').count()).toBe(0);
    expect(await overlay.locator('.pd-beat-text .pd-to-confirm').first().textContent()).toMatch(/^To confirm/);

    const card = overlay.locator('.pd-beat-text').first();
    const order = await overlay.locator('.pd-beat').evaluateAll((cards) => cards.findIndex((c) => c.classList.contains('pd-beat-text')));
    const skill = (await card.locator('select[name="skill"]').inputValue()) as SkillId;

    // No reason: refused, nothing kept.
    await card.locator('input[name="points"]').fill('2');
    await card.locator('[data-action="adjust"]').click();
    await page.waitForFunction(() => /reason/.test(document.querySelector('.pd-beat-text .pd-adjust-status')?.textContent ?? ''), null, { timeout: 5_000 });

    await card.locator('input[name="reason"]').fill('Reassuring in other words the rubric does not list');
    await card.locator('[data-action="adjust"]').click();
    await page.waitForFunction(() => document.querySelector('.pd-beat-text .pd-typed-review')?.getAttribute('data-confirm') === 'adjusted', null, {
      timeout: 10_000,
    });

    // The score card is the engine's plus the adjustment, with the scenario's weights.
    const { checked } = loadScenario(readFileSync(join(import.meta.dirname, `../../scenarios/${SCENARIO}.yaml`), 'utf8'), SCENARIO);
    const expected = adjustedScore(
      final.score,
      [{ beatOrder: order, beatId: typedTurns[0]!.beatId, skill, points: 2, reason: 'x', date: '' }],
      checked!.scenario.weights,
    );
    const shown = overlay.locator('.pd-overall-number');
    expect(await shown.textContent()).toBe(String(Math.round(expected.overall)));
    const row = expected.skills.find((s) => s.skill === skill)!;
    expect(await overlay.locator(`.pd-skill[data-skill="${skill}"] .pd-skill-percent`).textContent()).toBe(String(Math.round(row.percent)));
    expect(await overlay.locator('.pd-beat-text .pd-adjustments li').first().textContent()).toContain('Reassuring in other words');

    // Kept with the drill record.
    const stored = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('podium-records');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('drills').objectStore('drills').getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    const record = stored[0] as {
      adjustments?: { skill: string; points: number; reason: string; beatOrder: number }[];
      score: { overall: number };
      engineScore?: { overall: number };
    };
    expect(stored).toHaveLength(1);
    expect(record.adjustments).toMatchObject([{ skill, points: 2, beatOrder: order, reason: 'Reassuring in other words the rubric does not list' }]);
    expect(record.score.overall).toBeCloseTo(expected.overall, 6);
    expect(record.engineScore?.overall).toBeCloseTo(final.score.overall, 6);

    expect(isBlank(await screenshot(page, 'typed-confirm-en-1280x720'))).toBe(false);

    // In Vietnamese too, with the adjustment still there (the report is rebuilt from the record).
    await page.evaluate(() => window.__podium!.store.getState().updateSettings({ language: 'vi' }));
    await page.waitForFunction(() => document.querySelector('[data-overlay="debrief"]')?.getAttribute('lang') === 'vi', null, { timeout: 10_000 });
    const vi = page.locator('[data-overlay="debrief"]');
    expect(await vi.locator('.pd-beat-text .pd-to-confirm').first().textContent()).toBe('Đã được người hướng dẫn điều chỉnh.');
    expect(await vi.locator('.pd-beat-text .pd-adjustments li').count()).toBe(1);
    expect(await vi.locator('.pd-overall-number').textContent()).toBe(String(Math.round(expected.overall)));
    if (typedTurns.length > 1) expect(await vi.locator('.pd-beat-text .pd-to-confirm').nth(1).textContent()).toMatch(/^Cần xác nhận/);
    await vi.locator('.pd-beat-text').first().scrollIntoViewIfNeeded();
    expect(isBlank(await screenshot(page, 'typed-confirm-vi-1280x720'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });
});
