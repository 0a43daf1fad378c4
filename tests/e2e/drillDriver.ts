// Plays drills in the browser for the debrief, history, replay and resume tests: starts a bundled
// scenario through the drill controller (as the Briefing's start button does), answers with the
// keyboard (digits) and the typed-answer box, as a trainee would.
import type { Page } from 'playwright-core';
import type { SessionView } from '../../src/core/session/types.ts';

export interface LiveState {
  screen: string;
  view: SessionView | null;
}

export async function liveState(page: Page): Promise<LiveState> {
  return page.evaluate(() => {
    const state = window.__podium!.store.getState();
    return { screen: state.screen, view: state.drill?.view ?? null };
  });
}

export async function waitForMenu(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__podium !== undefined && document.body.dataset.screen === 'Menu', null, { timeout: 60_000, polling: 50 });
}

export async function startDrill(page: Page, scenarioId: string): Promise<void> {
  const ok = await page.evaluate((id) => window.__podium!.controller.startDrill(id), scenarioId);
  if (!ok) throw new Error(`scenario ${scenarioId} is not bundled`);
  await page.waitForFunction(() => document.body.dataset.screen === 'PressRoom', null, { timeout: 30_000, polling: 50 });
}

/** How to answer the n-th question (0-based): an answer number (0-based) or words to type; null stays silent. */
export type Answerer = (n: number, view: SessionView) => { choose: number } | { type: string } | null;

export const TYPED_ANSWER = 'Thông tin này chưa được xác nhận, chúng tôi đang xác minh và sẽ thông báo ngay trên cổng thông tin.';

/** Varied but fixed: the first answer, the second, the last… or typed words where there is no choice. */
export const variedAnswers: Answerer = (n, view) => {
  const beat = view.beat!;
  if (beat.answers.length === 0) return { type: TYPED_ANSWER };
  return { choose: beat.answers[n % beat.answers.length]!.index };
};

export async function answer(page: Page, reply: { choose: number } | { type: string }): Promise<void> {
  if ('choose' in reply) {
    await page.keyboard.press(String(reply.choose + 1));
    return;
  }
  const box = page.locator('.answer-text');
  await box.waitFor({ state: 'visible', timeout: 10_000 });
  await box.fill(reply.type);
  await box.press('Enter');
}

/**
 * Answers every question as it comes until the conference ends; returns the final view.
 * `thinkMs` waits that long (real time) before each answer, for a drill that lasts.
 */
export async function playToEnd(page: Page, answerer: Answerer = variedAnswers, timeoutMs = 120_000, thinkMs = 0): Promise<SessionView> {
  const started = Date.now();
  const answered = new Set<string>();
  let n = 0;
  for (;;) {
    if (Date.now() - started > timeoutMs) throw new Error(`the drill did not end within ${timeoutMs} ms`);
    const { view } = await liveState(page);
    if (!view) throw new Error('no drill is running');
    if (view.status === 'ended') return view;
    const beat = view.beat;
    const key = beat ? `${beat.id}@${beat.askedAt}` : '';
    if (beat && !answered.has(key) && view.status === 'running') {
      answered.add(key);
      const reply = answerer(n++, view);
      if (thinkMs > 0) await page.waitForTimeout(thinkMs);
      if (reply && (await liveState(page)).view?.beat?.id === beat.id) await answer(page, reply);
    }
    await page.waitForTimeout(40);
  }
}
