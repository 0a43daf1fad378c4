// A shuffled drill in the built app: the answers come in the seed's order, key 1 and a click pick
// by position on screen, the engine records the authored answer, and the debrief numbers the
// chosen answer as the trainee saw it. The seed is part of the drill (store options, save).
import { describe, expect, it } from 'vitest';
import { answerOrder } from '../../src/core/engine/shuffle.ts';
import { openDrill, view, waitForBeat } from './keyboardDriver.ts';
import { useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';

describe('shuffled answers', () => {
  it('are chosen by position on screen and shown in the debrief as seen', async () => {
    // A seed that does not put the file's first answer first on the opening question.
    const count = 3;
    const seed = [...Array(200).keys()].find((s) => answerOrder(s, 'q-open', count)[0] !== 0 && answerOrder(s, 'q-open', 4)[0] !== 0)!;
    const p = await openDrill(browser(), `/?lang=en&timescale=10&shuffle=${seed}`, { width: 1280, height: 720 }, SCENARIO);
    const { page } = p;
    const first = await waitForBeat(page);
    const order = first.beat!.answers.map((a) => a.index);
    expect(order).toEqual(answerOrder(seed, first.beat!.id, order.length));
    expect(order[0]).not.toBe(0);
    const options = await page.evaluate(() => window.__podium!.store.getState().drill!.options);
    expect(options.shuffleSeed).toBe(seed);

    // Key 1: the answer shown first, recorded by its authored index.
    await page.keyboard.press('1');
    const second = await waitForBeat(page, first.beat!.askedAt);
    expect(second.turns[0]).toMatchObject({ beatId: first.beat!.id, response: { kind: 'choice', answerIndex: order[0] }, shown: order });

    // The rest in silence, and then the debrief: the chosen answer is numbered 1, as seen.
    await page.evaluate(() => window.__podium!.controller.end());
    await waitForScreen(page, 'Debrief', 30_000);
    const report = page.locator('[data-overlay="debrief"]');
    await report.waitFor({ state: 'visible', timeout: 20_000 });
    const chosen = await report.locator(`.pd-beat[data-beat="${first.beat!.id}"] .pd-answer blockquote`).first().textContent();
    expect(chosen).toMatch(/^1\. /);
    const ended = await view(page);
    expect(ended.ending?.reason).toBe('facilitator');
    p.assertNoErrors();
    await p.close();
  });
});
