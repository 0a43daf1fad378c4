// Drives the game the way a trainee at a keyboard does (no store shortcuts): pick a scenario in
// the menu with the arrow keys, open its briefing with Enter, start with Enter, answer with the
// digit keys or by typing into the answer box. The store is only read, to know what is on screen.
import type { Browser, Page } from 'playwright-core';
import type { SessionView } from '../../src/core/session/types.ts';
import { liveState, waitForMenu } from './drillDriver.ts';
import { openPage, type OpenedPage, type OpenPageOptions } from './harness.ts';

export { waitForMenu };

/** Moves the menu's selection to `scenarioId` with ArrowDown / ArrowUp. */
export async function selectInMenu(page: Page, scenarioId: string): Promise<void> {
  const ids: (string | null)[] = await page.evaluate(() => window.__podium!.store.getState().scenarios.map((e) => e.checked?.scenario.id ?? null));
  const target = ids.indexOf(scenarioId);
  if (target < 0) throw new Error(`scenario ${scenarioId} is not in the menu (${ids.join(', ')})`);
  for (let i = 0; i < ids.length * 2; i++) {
    const selected = await page.evaluate(() => window.__podium!.store.getState().selectedScenarioId);
    const at = ids.indexOf(selected);
    if (at === target) return;
    await page.keyboard.press(at < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`could not select ${scenarioId} with the arrow keys`);
}

/** Menu → Briefing → PressRoom with Enter twice. */
export async function startFromMenu(page: Page, scenarioId: string): Promise<void> {
  await selectInMenu(page, scenarioId);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.screen === 'Briefing', null, { timeout: 20_000, polling: 50 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.screen === 'PressRoom', null, { timeout: 20_000, polling: 50 });
}

/** Turns the answer time off (as the settings dialog's "off" does), for a test that types at its own pace. */
export async function turnOffAnswerTime(page: Page): Promise<void> {
  await page.evaluate(() => window.__podium!.store.getState().updateSettings({ answerTime: null }));
}

/** Opens the app at `path`, waits for the menu and starts `scenarioId` from it with the keyboard. */
export async function openDrill(browser: Browser, path: string, options: OpenPageOptions, scenarioId: string, { untimed = false } = {}): Promise<OpenedPage> {
  const p = await openPage(browser, path, options);
  await waitForMenu(p.page);
  if (untimed) await turnOffAnswerTime(p.page);
  await startFromMenu(p.page, scenarioId);
  return p;
}

export async function view(page: Page): Promise<SessionView> {
  const { view: v } = await liveState(page);
  if (!v) throw new Error('no drill is running');
  return v;
}

/** Waits until a new question is asked (or the drill ends); returns the view then. */
export async function waitForBeat(page: Page, afterAskedAt: number | null = null, timeoutMs = 60_000): Promise<SessionView> {
  await page.waitForFunction(
    (asked) => {
      const v = window.__podium!.store.getState().drill?.view;
      return !!v && (v.status === 'ended' || (v.beat !== null && v.beat.askedAt !== asked));
    },
    afterAskedAt,
    { timeout: timeoutMs, polling: 30 },
  );
  return view(page);
}

/** Types the answer as a trainee does (the first key typed opens the box), then Enter. */
export async function typeAnswer(page: Page, text: string): Promise<void> {
  const [first = ' ', ...rest] = [...text];
  await page.keyboard.type(first);
  await page.waitForFunction(() => document.activeElement?.classList.contains('answer-text') === true, null, { timeout: 10_000 });
  await page.keyboard.insertText(rest.join(''));
  await page.keyboard.press('Enter');
}

/** Plays to the end answering with keys: digits on choice beats, typed words on free-text-only beats. */
export async function playWithKeyboard(page: Page, typed: string, timeoutMs = 150_000): Promise<SessionView> {
  const started = Date.now();
  let v = await waitForBeat(page);
  let n = 0;
  while (v.status !== 'ended') {
    if (Date.now() - started > timeoutMs) throw new Error(`the drill did not end within ${timeoutMs} ms`);
    const beat = v.beat!;
    if (beat.answers.length === 0) await typeAnswer(page, typed);
    else await page.keyboard.press(String(beat.answers[n % beat.answers.length]!.index + 1));
    n++;
    v = await waitForBeat(page, beat.askedAt);
  }
  return v;
}

/** The Phaser Text objects of the running scene (their text and font size in canvas pixels). */
export async function sceneTexts(page: Page, sceneKey: string): Promise<{ text: string; size: number; y: number; height: number }[]> {
  return page.evaluate((key) => {
    const scene = window.__podium!.game.scene.getScene(key);
    // Texts inside a container (a pop-up card) count too.
    return scene.children.list
      .flatMap((o) => (o.type === 'Container' ? (o as unknown as { list: typeof scene.children.list }).list : [o]))
      .filter((o) => o.type === 'Text')
      .map((o) => {
        const t = o as unknown as { text: string; style: { fontSize: string }; y: number; height: number; visible: boolean };
        return { text: t.text, size: parseFloat(t.style.fontSize), y: t.y, height: t.height, visible: t.visible };
      })
      .filter((t) => t.visible);
  }, sceneKey);
}
