// A question that takes a typed answer says so on screen, and typing simply starts the answer:
// the first key opens the box with that very character (no "press T" first). Letters that are
// shortcuts elsewhere (S settings, L language, F full screen, Space pause) are letters once the
// trainee is typing; an input method's first key (Telex/VNI through the OS) lands in the box too.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMenu } from './drillDriver.ts';
import { waitForBeat } from './keyboardDriver.ts';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

/** Opens the app and starts the scenario with no answer time limit (the test types at its own pace). */
async function openUntimed(path: string, size: { width: number; height: number }) {
  const p = await openPage(browser(), path, size);
  await waitForMenu(p.page);
  await p.page.evaluate(() => window.__podium!.controller.startDrill('flood-dam-rumour', { answerTimeFactor: null }));
  await waitForScreen(p.page, 'PressRoom');
  return p;
}

/** Answers with the first choice until a beat that takes a typed answer comes up. */
async function reachFreeText(page: Page): Promise<void> {
  let v = await waitForBeat(page);
  for (let i = 0; i < 12 && !v.beat?.freeText; i++) {
    await page.keyboard.press(String(v.beat!.answers[0]!.index + 1));
    v = await waitForBeat(page, v.beat!.askedAt);
  }
  expect(v.beat?.freeText, 'a free-text beat was reached').toBeTruthy();
}

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__podium!.store.getState();
    const box = document.querySelector<HTMLTextAreaElement>('.answer-text')!;
    return {
      status: s.drill!.view.status,
      settingsOpen: s.settingsOpen,
      language: s.settings.language,
      fullscreen: document.fullscreenElement !== null,
      value: box.value,
      focused: document.activeElement === box,
      placeholder: box.placeholder,
      turns: s.drill!.view.turns.length,
    };
  });

describe('a typed question', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`starts the answer with the first key typed, shortcuts included (${lang})`, async () => {
      const p = await openUntimed(`/?lang=${lang}&timescale=4&renderer=canvas`, { width: 1280, height: 720 });
      const { page } = p;
      await reachFreeText(page);
      const before = await state(page);
      expect(before.focused).toBe(false);
      // It says so on screen, in the box itself.
      expect(before.placeholder).toBe(lang === 'vi' ? 'Cứ gõ câu trả lời (có dấu hoặc không dấu)…' : 'Just start typing your answer…');
      expect(await page.locator('.answer-text').isVisible()).toBe(true);
      await screenshot(page, `typed-question-${lang}-720p`);

      // S first (settings elsewhere), then L, F and Space inside the words.
      const words = 'sẵn sàng: Chúng tôi lắng nghe, flood fine';
      await page.keyboard.type(words);
      const after = await state(page);
      expect(after.value).toBe(words);
      expect(after.focused).toBe(true);
      expect(after.status).toBe('running');
      expect(after.settingsOpen).toBe(false);
      expect(after.language).toBe(lang);
      expect(after.fullscreen).toBe(false);
      expect(after.turns).toBe(before.turns);

      // Esc leaves the box; typing again goes back into it, after what was there.
      await page.keyboard.press('Escape');
      expect((await state(page)).focused).toBe(false);
      expect((await state(page)).status).toBe('running');
      await page.keyboard.type('. Tiếp');
      expect((await state(page)).value).toBe(`${words}. Tiếp`);
      expect((await state(page)).status).toBe('running');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.__podium!.store.getState().drill!.view.turns.length > n, before.turns);
      p.assertNoErrors();
      await p.close();
    });
  }

  for (const lang of ['vi', 'en'] as const) {
    it(`says a question with no choices is answered by typing, and why a digit went into the box (${lang})`, async () => {
      const p = await openUntimed(`/?lang=${lang}&timescale=4&renderer=canvas`, { width: 1280, height: 720 });
      const { page } = p;
      // Answer with the first choice (or type, where a question also takes typing) until a question offers no choice.
      let v = await waitForBeat(page);
      for (let i = 0; i < 15 && !(v.beat?.freeText && v.beat.answers.length === 0); i++) {
        if (v.beat!.answers.length > 0) await page.keyboard.press(String(v.beat!.answers[0]!.index + 1));
        else break;
        v = await waitForBeat(page, v.beat!.askedAt);
      }
      expect(v.beat?.freeText && v.beat.answers.length === 0, 'a question answered only by typing was reached').toBe(true);
      const note = page.locator('.answer-typed-only');
      await note.waitFor({ state: 'visible' });
      const typedOnly =
        lang === 'vi'
          ? 'Câu này không có phương án để chọn: hãy trả lời bằng lời của bạn.'
          : 'No choices to pick for this question: answer it in your own words.';
      expect(await note.textContent()).toBe(typedOnly);
      // The box keeps saying "just start typing".
      expect((await state(page)).placeholder).toBe(lang === 'vi' ? 'Cứ gõ câu trả lời (có dấu hoặc không dấu)…' : 'Just start typing your answer…');

      // A trainee presses 2 out of habit: it is typed, nothing is chosen, and the note says why.
      const before = await state(page);
      await page.keyboard.press('2');
      const after = await state(page);
      expect(after.value).toBe('2');
      expect(after.focused).toBe(true);
      expect(after.status).toBe('running');
      expect(after.turns).toBe(before.turns);
      const digitTyped =
        lang === 'vi'
          ? 'Câu này không có phương án đánh số: số bạn vừa bấm đã được gõ vào câu trả lời.'
          : 'No numbered answers here: the number you pressed went into your answer as text.';
      expect(await note.textContent()).toBe(digitTyped);
      await screenshot(page, `typed-only-digit-${lang}-720p`);

      // Deleting the digit brings the plain note back; the answer then goes as typed.
      await page.keyboard.press('Backspace');
      expect(await note.textContent()).toBe(typedOnly);
      await page.keyboard.type(lang === 'vi' ? 'Chúng tôi đang xác minh và sẽ thông báo.' : 'We are verifying and will report back.');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.__podium!.store.getState().drill!.view.turns.length > n, before.turns);
      p.assertNoErrors();
      await p.close();
    });
  }

  it("hands an input method's first key to the box (Telex through the OS)", async () => {
    const p = await openUntimed('/?lang=vi&timescale=4&renderer=canvas', { width: 1920, height: 1080 });
    const { page } = p;
    await reachFreeText(page);
    expect((await state(page)).focused).toBe(false);
    const cdp = await page.context().newCDPSession(page);
    // What Chromium receives from an OS input method: a 229 "Process" key, then the composition.
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyC', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    for (const text of ['c', 'ch', 'chu', 'chư', 'chưa'])
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.insertText', { text: 'chưa' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: 'KeyC', windowsVirtualKeyCode: 229 });
    const s = await state(page);
    expect(s.focused).toBe(true);
    expect(s.value).toBe('chưa');
    expect(s.status).toBe('running');
    await screenshot(page, 'typed-question-ime-vi-1080p');
    p.assertNoErrors();
    await p.close();
  });
});
