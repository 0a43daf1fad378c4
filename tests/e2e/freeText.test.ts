// The typed-answer box with Vietnamese input methods. Telex and VNI compose each syllable through
// IME composition events ("chuwa" → "chưa"); while a syllable is being composed, Enter belongs to
// the input method: it must neither send the answer nor lose what was typed. Chromium's own IME
// path is driven through the DevTools protocol (Input.imeSetComposition / Input.insertText), and
// the events Safari sends are replayed as synthetic DOM events.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDrill, view, waitForBeat } from './keyboardDriver.ts';
import { isBlank, screenshot, useBrowser } from './harness.ts';

const browser = useBrowser();

/** Answers with the first choice until a beat with a typed answer comes up. */
async function reachFreeText(page: Page): Promise<void> {
  let v = await waitForBeat(page);
  for (let i = 0; i < 12 && !v.beat?.freeText; i++) {
    await page.keyboard.press(String(v.beat!.answers[0]!.index + 1));
    v = await waitForBeat(page, v.beat!.askedAt);
  }
  expect(v.beat?.freeText, 'a free-text beat was reached').toBeTruthy();
}

/** Composes `steps` (what the IME shows after each key) and commits the last one. */
async function compose(cdp: CDPSession, steps: string[]): Promise<void> {
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
}

const turns = (page: Page) => page.evaluate(() => window.__podium!.store.getState().drill!.view.turns.length);
const boxValue = (page: Page) => page.locator('.answer-text').inputValue();

describe('typed answers', () => {
  it('takes Telex and VNI input: Enter while composing neither sends nor loses text', async () => {
    // Answer time off: the test types at its own pace.
    const p = await openDrill(browser(), '/?lang=vi&timescale=4', { width: 1280, height: 720 }, 'flood-dam-rumour', { untimed: true });
    const { page } = p;
    await reachFreeText(page);
    const before = await turns(page);
    const cdp = await page.context().newCDPSession(page);

    // Typing starts the answer: the first key opens the box with that letter.
    await page.keyboard.type('C');
    await page.waitForFunction(() => document.activeElement?.classList.contains('answer-text'));
    await page.keyboard.insertText('húng tôi ');
    // Telex: c-h-u-w-a → "chưa", Enter arrives while the syllable is still open.
    await compose(cdp, ['c', 'ch', 'chu', 'chư', 'chưa']);
    expect(await page.evaluate(() => (document.querySelector('.answer-text') as HTMLTextAreaElement).value)).toContain('chưa');
    await page.keyboard.press('Enter');
    expect(await turns(page)).toBe(before);
    expect(await boxValue(page)).toContain('Chúng tôi chưa');
    await cdp.send('Input.insertText', { text: 'chưa' });
    // VNI: x-a-c-1 → "xác", n-h-a-6-n-5 → "nhận".
    await page.keyboard.insertText(' ');
    await compose(cdp, ['x', 'xa', 'xac', 'xác']);
    await cdp.send('Input.insertText', { text: 'xác' });
    await page.keyboard.insertText(' ');
    await compose(cdp, ['n', 'nh', 'nha', 'nhâ', 'nhân', 'nhận']);
    await page.keyboard.press('Enter');
    expect(await turns(page)).toBe(before);
    await cdp.send('Input.insertText', { text: 'nhận' });
    // Shift+Enter: a new line, still not sent.
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.insertText('Chúng tôi đang xác minh.');
    expect(await turns(page)).toBe(before);
    const typed = (await boxValue(page)).trim();
    expect(typed).toMatch(/^Chúng tôi chưa\s*xác nhận\s*\nChúng tôi đang xác minh\.$/);
    expect(await page.locator('.answer-count').textContent()).toMatch(/^\d+ \/ \d+ từ$/);
    expect(isBlank(await screenshot(page, 'freetext-vi-1280x720-composing'))).toBe(false);

    // Enter, no composition: sent as typed, and scored by the rubric.
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => window.__podium!.store.getState().drill!.view.turns.length > n, before);
    const v = await view(page);
    const turn = v.turns[v.turns.length - 1]!;
    expect(turn.response.kind).toBe('text');
    expect(turn.response.kind === 'text' && turn.response.text).toBe(typed);
    expect(turn.moments.some((m) => m.source.kind === 'rubric')).toBe(true);
    p.assertNoErrors();
    await p.close();
  });

  it('ignores Enter in the composition events other browsers send (isComposing, keyCode 229)', async () => {
    const p = await openDrill(browser(), '/?lang=en&timescale=4', { width: 1920, height: 1080 }, 'flood-dam-rumour', { untimed: true });
    const { page } = p;
    await reachFreeText(page);
    const before = await turns(page);
    const sent = await page.evaluate(() => {
      const box = document.querySelector('.answer-text') as HTMLTextAreaElement;
      box.focus();
      box.value = 'Not confirmed yet, we are verifying';
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      const enter = (init: KeyboardEventInit & { keyCode?: number }) => {
        const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
        if (init.keyCode !== undefined) Object.defineProperty(e, 'keyCode', { value: init.keyCode });
        box.dispatchEvent(e);
        return e.defaultPrevented;
      };
      box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      const duringComposition = enter({});
      const flaggedComposing = enter({ isComposing: true });
      box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'verifying' }));
      const safariAfterEnd = enter({ keyCode: 229 });
      return { duringComposition, flaggedComposing, safariAfterEnd, value: box.value };
    });
    expect(sent).toEqual({ duringComposition: false, flaggedComposing: false, safariAfterEnd: false, value: 'Not confirmed yet, we are verifying' });
    expect(await turns(page)).toBe(before);
    await page.locator('.answer-text').press('Enter');
    await page.waitForFunction((n) => window.__podium!.store.getState().drill!.view.turns.length > n, before);
    const v = await view(page);
    expect(v.turns[v.turns.length - 1]!.response).toMatchObject({ kind: 'text', text: 'Not confirmed yet, we are verifying' });
    p.assertNoErrors();
    await p.close();
  });

  it('gives back, in a toast that stays, an answer the clock cut off before it was sent', async () => {
    const p = await openDrill(browser(), '/?lang=en&timescale=20&renderer=canvas', { width: 1280, height: 720 }, 'flood-dam-rumour');
    const { page } = p;
    await reachFreeText(page);
    const asked = (await view(page)).beat!;
    await page.locator('.answer-text').fill('We are still verifying the report');
    // Not sent: the time limit passes and the drill moves on.
    await page.waitForFunction((id) => window.__podium!.store.getState().drill!.view.beat?.id !== id, asked.id, { timeout: 60_000 });
    const v = await view(page);
    expect(v.turns.find((t) => t.beatId === asked.id)!.response.kind).toBe('timeout');
    const toast = page.locator('.toast', { hasText: 'We are still verifying the report' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('not scored');
    // Sticky: still there well after an ordinary toast would have gone.
    await page.waitForTimeout(6500);
    expect(await toast.count()).toBe(1);
    await toast.click();
    expect(await toast.count()).toBe(0);
    p.assertNoErrors();
    await p.close();
  });
});
