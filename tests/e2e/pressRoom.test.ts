// The press room in the built app, played from the menu with the keyboard only, in accelerated
// time, to the debrief: what the store says after each key, the question's size (readable from the
// back of a room), the feed and ticker filling up, and screenshots that are not blank.
import { describe, expect, it } from 'vitest';
import { openDrill, playWithKeyboard, sceneTexts, view, waitForBeat } from './keyboardDriver.ts';
import { isBlank, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();
const SCENARIO = 'flood-dam-rumour';
const TYPED = 'Thông tin này chưa được xác nhận, chúng tôi đang xác minh và sẽ thông báo ngay.';

describe('press room', () => {
  it('plays a whole drill from the menu to the debrief with the keyboard, in accelerated time', async () => {
    const p = await openDrill(browser(), '/?lang=vi&timescale=12', { width: 1920, height: 1080 }, SCENARIO);
    const { page } = p;
    const first = await waitForBeat(page);
    expect(first.status).toBe('running');
    expect(first.beat).not.toBeNull();

    // The question: its own text object, at least 4 % of the screen height.
    const ask = (first.beat!.ask as Record<string, string>).vi;
    const question = (await sceneTexts(page, 'PressRoom')).find((t) => t.text.includes(ask!));
    expect(question, 'the question is on screen').toBeDefined();
    expect(question!.size).toBeGreaterThanOrEqual(0.04 * 1080);

    // Key 1 answers with the first choice; the store shows the turn and the next beat.
    await page.keyboard.press(String(first.beat!.answers[0]!.index + 1));
    const second = await waitForBeat(page, first.beat!.askedAt);
    expect(second.turns[0]).toMatchObject({ beatId: first.beat!.id, response: { kind: 'choice', answerIndex: first.beat!.answers[0]!.index } });

    // Let the rumours out before the mid-drill screenshot.
    await page.waitForFunction(
      () => (window.__podium!.store.getState().drill?.view.feed.length ?? 0) >= 2 || window.__podium!.store.getState().drill?.view.beat === null,
      null,
      { timeout: 60_000 },
    );
    const mid = await view(page);
    expect(mid.feed.length).toBeGreaterThan(0);
    const texts = (await sceneTexts(page, 'PressRoom')).map((t) => t.text);
    const lastFrom = mid.feed[mid.feed.length - 1]!.from;
    const sender = typeof lastFrom === 'string' ? lastFrom : lastFrom?.vi;
    expect(texts.some((t) => t.includes(sender ?? mid.rumours.find((r) => r.id === mid.feed[mid.feed.length - 1]!.rumourId)?.author ?? '@'))).toBe(true);
    expect(isBlank(await screenshot(page, 'pressroom-vi-1920x1080-mid'))).toBe(false);

    const final = await playWithKeyboard(page, TYPED);
    expect(final.status).toBe('ended');
    expect(final.ending).not.toBeNull();
    expect(final.turns.length).toBeGreaterThanOrEqual(3);
    expect(final.turns.some((t) => t.response.kind === 'text')).toBe(true);
    await waitForScreen(page, 'Debrief', 20_000);
    p.assertNoErrors();
    await p.close();
  });

  it('shows the room in English at 1280×720 with choices you can also click', async () => {
    const p = await openDrill(browser(), '/?lang=en&timescale=3', { width: 1280, height: 720 }, 'fishing-boat-detained');
    const { page } = p;
    const first = await waitForBeat(page);
    expect(isBlank(await screenshot(page, 'pressroom-en-1280x720'))).toBe(false);
    // A click on the second choice's button answers with it.
    const label = (first.beat!.answers[1]!.text as Record<string, string>).en!;
    const target = await page.evaluate((text) => {
      const scene = window.__podium!.game.scene.getScene('PressRoom');
      const canvas = window.__podium!.game.canvas;
      const k = canvas.getBoundingClientRect().width / canvas.width;
      const t = scene.children.list.find((o) => o.type === 'Text' && (o as unknown as { text: string }).text.startsWith(text.slice(0, 20))) as unknown as
        | { x: number; y: number; width: number; height: number }
        | undefined;
      return t ? { x: (t.x + t.width / 2) * k, y: (t.y + t.height / 2) * k } : null;
    }, label);
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    const next = await waitForBeat(page, first.beat!.askedAt);
    expect(next.turns[0]!.response).toEqual({ kind: 'choice', answerIndex: first.beat!.answers[1]!.index });
    p.assertNoErrors();
    await p.close();
  });

  it('shows a rumour spreading on the feed, and its reach falling once an answer rebuts it', async () => {
    const p = await openDrill(browser(), '/?lang=en&timescale=6', { width: 1280, height: 720 }, SCENARIO, { untimed: true });
    const { page } = p;
    const rebuttal = async () =>
      page.evaluate(() => {
        const state = window.__podium!.store.getState();
        const v = state.drill!.view;
        const scenario = state.scenarios.find((e) => e.checked?.scenario.id === v.scenarioId)!.checked!.scenario;
        const spreading = v.rumours.filter((r) => r.state === 'spreading' || r.state === 'peaked').map((r) => r.id);
        const answers = v.beat ? (scenario.beats[v.beat.id]!.answers ?? []) : [];
        const index = answers.findIndex((a) => [a.rebuts ?? []].flat().some((id) => spreading.includes(id)));
        return { index, askedAt: v.beat?.askedAt ?? null, spreading };
      });
    let found = await rebuttal();
    for (let i = 0; i < 8 && found.index < 0; i++) {
      const v = await waitForBeat(page, null);
      if (v.status === 'ended') break;
      await page.keyboard.press(String(v.beat!.answers[v.beat!.answers.length - 1]!.index + 1));
      await waitForBeat(page, v.beat!.askedAt);
      found = await rebuttal();
    }
    expect(found.index, 'a beat that can rebut a spreading rumour').toBeGreaterThanOrEqual(0);
    const rumourId = found.spreading[0]!;
    const reachOf = () => page.evaluate((id) => window.__podium!.store.getState().drill!.view.rumours.find((r) => r.id === id)!.reach, rumourId);
    const texts = async () => (await sceneTexts(page, 'PressRoom')).map((t) => t.text);
    expect(await texts()).toContain('SPREADING');
    await page.keyboard.press(String(found.index + 1));
    await page.waitForFunction((id) => window.__podium!.store.getState().drill!.view.rumours.find((r) => r.id === id)!.state === 'rebutted', rumourId);
    const atRebuttal = await reachOf();
    await page.waitForFunction(
      ([id, reach]) => window.__podium!.store.getState().drill!.view.rumours.find((r) => r.id === id)!.reach < (reach as number),
      [rumourId, atRebuttal] as const,
      { timeout: 30_000 },
    );
    const shown = await texts();
    expect(shown).toContain('REBUTTED');
    expect(shown.some((t) => /^Reach .+ ↓$/.test(t))).toBe(true);
    expect(isBlank(await screenshot(page, 'pressroom-en-1280x720-rebutted'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });
});
