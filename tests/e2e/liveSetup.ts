// How the live-drill browser tests start a drill: the facilitator's console in a second window of
// the projector's context, the set-up filled in, live.start, then the conference started from the
// console or the clicker. Each of those tests used to spell these steps out; they share them here
// and keep their own checks between the steps.
import type { BrowserContext, Page } from 'playwright-core';
import { appUrl } from './harness.ts';

/** Waits until the console page has drawn its first view. */
export async function consoleReady(desk: Page): Promise<void> {
  await desk.waitForFunction(() => window.__podiumConsole?.view() != null, null, { timeout: 30_000, polling: 20 });
}

/** Opens the console in `context` (the projector's), from the suite's app or `origin` (a room server), collecting its page errors from the first load. */
export async function openConsole(
  context: BrowserContext,
  lang: string,
  size: { width: number; height: number },
  origin?: string,
): Promise<{ desk: Page; deskErrors: string[] }> {
  const desk = await context.newPage();
  await desk.setViewportSize(size);
  const deskErrors: string[] = [];
  desk.on('pageerror', (e) => deskErrors.push(e.message));
  await desk.goto(origin ? `${origin}/console.html?lang=${lang}` : appUrl(`/console.html?lang=${lang}`));
  await consoleReady(desk);
  return { desk, deskErrors };
}

export interface LiveSetUp {
  scenario: string;
  language?: string;
  answerTime?: string;
  reveal?: 'each' | 'end';
  roster?: string[];
  rotate?: number;
}

/** Fills the console's set-up form; fields left out keep the console's defaults. */
export async function fillLiveSetUp(desk: Page, setUp: LiveSetUp): Promise<void> {
  await desk.selectOption('select[name=scenario]', setUp.scenario);
  if (setUp.language) await desk.selectOption('select[name=language]', setUp.language);
  if (setUp.answerTime) await desk.selectOption('select[name=answerTime]', setUp.answerTime);
  if (setUp.reveal) await desk.check(`input[name=reveal][value=${setUp.reveal}]`);
  if (setUp.roster) await desk.fill('textarea[name=roster]', setUp.roster.join('\n'));
  if (setUp.rotate !== undefined) await desk.fill('input[name=rotate]', String(setUp.rotate));
}

/** Clicks live.start on the console and waits for the projector's briefing. */
export async function goLive(desk: Page, projector: Page): Promise<void> {
  await desk.click('button[data-command="live.start"]');
  await projector.waitForFunction(() => document.body.dataset.screen === 'Briefing', null, { timeout: 10_000 });
}

/** Starts the conference from the briefing, by the console's button or (no desk) the clicker's next, and waits for the press room. */
export async function startConference(projector: Page, desk?: Page): Promise<void> {
  if (desk) await desk.click('button[data-command="briefing.start"]');
  else await projector.keyboard.press('PageDown');
  await projector.waitForFunction(() => document.body.dataset.screen === 'PressRoom', null, { timeout: 30_000 });
}

/** Releases the console's first rumour or event still available; waits until the projector's drill has it, and returns its key. */
export async function injectFirst(desk: Page, projector: Page): Promise<string> {
  const button = desk.locator('[data-inject]:not([disabled])').first();
  const target = (await button.getAttribute('data-inject'))!;
  await button.click();
  await projector.waitForFunction(
    (t) => {
      const view = window.__podium!.store.getState().drill!.view;
      return t.startsWith('rumour:') ? view.rumours.find((r) => `rumour:${r.id}` === t)?.injected === true : view.feed.some((f) => f.key === t);
    },
    target,
    { timeout: 5000 },
  );
  return target;
}
