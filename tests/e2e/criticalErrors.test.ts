// A critical error in the built app: a trainee who picks the answers the author marked critical
// (flood-dam-rumour: invented casualty figures, the undecided release plan disclosed) ends with the
// overall score capped at 50, and the debrief names the critical errors before the ending.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITICAL_CAP } from '../../src/core/engine/critical.ts';
import { loadScenario } from '../../src/core/scenario/load.ts';
import { TYPED_ANSWER, playToEnd, startDrill, waitForMenu } from './drillDriver.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';
const scenario = loadScenario(readFileSync(join(import.meta.dirname, `../../scenarios/${SCENARIO}.yaml`), 'utf8'), SCENARIO).checked!.scenario;

describe('critical errors', () => {
  it('cap the overall score and come first in the debrief', async () => {
    const p = await openPage(browser(), '/?lang=en&timescale=20', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await startDrill(page, SCENARIO);
    // A critical answer wherever there is one, else the file's first; typed where there are no choices.
    const final = await playToEnd(page, (_n, v) => {
      const answers = scenario.beats[v.beat!.id]!.answers ?? [];
      if (answers.length === 0) return { type: TYPED_ANSWER };
      const critical = answers.findIndex((a) => a.critical);
      const index = Math.max(critical, 0);
      // Keys pick by position on screen.
      return { choose: v.beat!.answers.findIndex((a) => a.index === index) };
    });
    expect(final.score.critical?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(final.score.overall).toBeLessThanOrEqual(CRITICAL_CAP);

    await waitForScreen(page, 'Debrief', 30_000);
    const report = page.locator('[data-overlay="debrief"]');
    await report.waitFor({ state: 'visible', timeout: 20_000 });
    const block = report.locator('.pd-critical');
    expect(await block.getAttribute('data-critical')).toBe(String(final.score.critical!.length));
    expect(await block.locator('li').count()).toBe(final.score.critical!.length);
    // Named before the ending.
    const order = await page.evaluate(() => {
      const critical = document.querySelector('.pd-critical')!;
      const ending = document.querySelector('.pd-ending')!;
      return critical.compareDocumentPosition(ending) & Node.DOCUMENT_POSITION_FOLLOWING ? 'critical first' : 'ending first';
    });
    expect(order).toBe('critical first');
    await block.scrollIntoViewIfNeeded();
    expect(isBlank(await screenshot(page, 'debrief-critical-en-1280x720'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });
});
