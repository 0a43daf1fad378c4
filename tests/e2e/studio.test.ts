// The scenario studio in the built app: open a file with a planted error and see it at its line in
// Vietnamese and English, fix it by typing, follow the branch map to a beat, preview from that beat
// with a chosen state in the real press room, edit a translation in place, and find the scenario in
// the menu (with its warning) after a reload. Screenshots at 1280×720 and 1920×1080.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEMPLATE, templateFor } from '../../src/studio/template.ts';
import { waitForMenu } from './drillDriver.ts';
import { sceneTexts } from './keyboardDriver.ts';
import { domTexts, under } from './textMeasure.ts';
import { isBlank, openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

// The planted file: a typo in a reporter id (an error), an English summary left out (a missing
// translation), and a beat nothing leads to (a warning that stays, to be seen in the menu).
const planted = TEMPLATE.replace('id: new-scenario ', 'id: water-drill   ')
  .replace('summary: { vi: "Một tình huống ngắn để bắt đầu.", en: "A short situation to start from." }', 'summary: { vi: "Một tình huống ngắn để bắt đầu." }')
  .replace(/( {2}q-next:\n {4}reporter: )minh/, '$1mihn')
  .replace(
    '\nendings:',
    `  q-spare:
    reporter: minh
    ask: { vi: "Câu hỏi dự phòng?", en: "A spare question?" }
    time_limit: 30
    answers:
      - text: { vi: "Có.", en: "Yes." }
        effects: { composure: 1 }
        feedback: { vi: "Được.", en: "Fine." }
        next: end
      - text: { vi: "Không.", en: "No." }
        effects: { composure: -1 }
        feedback: { vi: "Chưa ổn.", en: "Not quite." }
        next: end

endings:`,
  );
const typoLine = planted.split('\n').findIndex((l) => l.includes('reporter: mihn')) + 1;
const qNextLine = planted.split('\n').indexOf('  q-next:') + 1;

interface Probe {
  latencies: number[];
  checks: number;
  lastReply(): { diagnostics: { code: string; line: number; severity: string }[] } | null;
  text(): string;
  setText(text: string): void;
  cursor(): { line: number; column: number };
}
declare global {
  interface Window {
    __podiumStudio?: Probe;
  }
}

async function openStudio(page: Page): Promise<void> {
  await page.click('[data-action=studio]');
  await page.waitForSelector('.st-studio:not([hidden]) .cm-content');
  await page.waitForFunction(() => window.__podiumStudio?.lastReply() != null);
}

/** Waits until the problems shown match the editor's text as it is now. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const p = window.__podiumStudio!;
    return p.checks > 0 && !document.querySelector('.st-status')?.textContent?.includes('…');
  });
  await page.waitForTimeout(300);
}

describe('scenario studio', () => {
  it('loads a file, shows a planted error at its line in both languages, is fixed by typing, maps, previews, translates, and lands in the menu after a reload', {
    timeout: 240_000,
  }, async () => {
    const p = await openPage(browser(), '/?lang=vi', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await openStudio(page);

    // Load the file through the picker.
    await page.setInputFiles('.st-studio input[type=file]', { name: 'water-drill.yaml', mimeType: 'text/yaml', buffer: Buffer.from(planted) });
    await page.waitForFunction(() => window.__podiumStudio!.lastReply()?.diagnostics.some((d) => d.code === 'unknown-reporter'));
    expect(await page.textContent('.st-name')).toBe('water-drill.yaml');
    const problem = page.locator('.st-problem[data-code=unknown-reporter]');
    expect(await problem.getAttribute('data-line')).toBe(String(typoLine));
    expect(await problem.textContent()).toContain('Không có phóng viên nào mang mã này');
    // What to do, in Vietnamese too (keyed by the code); the checker's own detail follows, in Vietnamese as well.
    expect(await problem.textContent()).toContain('Dùng mã của một phóng viên trong reporters');
    expect(await problem.locator('.st-problem-detail').getAttribute('lang')).toBe('vi');
    expect(await problem.locator('.st-problem-detail').textContent()).toMatch(
      /^lượt hỏi "[^"]+" do "mihn" hỏi, nhưng người này không có trong danh sách phóng viên\./,
    );
    expect(await problem.textContent()).toContain(`dòng ${typoLine}`);
    // Two errors: the typo and the English summary left out (a text needs every language).
    expect(await page.textContent('.st-status')).toMatch(/2 lỗi · 1 cảnh báo/);
    expect(await page.locator('.st-problem[data-code=missing-language]').count()).toBe(1);
    expect(isBlank(await screenshot(page, 'studio-error-vi-1280x720'))).toBe(false);

    await page.click('.st-studio [data-action=lang-en]');
    await page.waitForFunction(() => document.querySelector('.st-problem[data-code=unknown-reporter]')?.textContent?.includes('No reporter has this id'));
    expect(await page.locator('.st-problem[data-code=unknown-reporter]').textContent()).toContain(`line ${typoLine}`);
    const detailEn = page.locator('.st-problem[data-code=unknown-reporter] .st-problem-detail');
    expect(await detailEn.getAttribute('lang')).toBe('en');
    expect(await detailEn.textContent()).toMatch(/^beat "[^"]+" is asked by "mihn", who is not among the reporters\./);
    expect(isBlank(await screenshot(page, 'studio-error-en-1280x720'))).toBe(false);

    // A click on the problem puts the cursor there; the author retypes the id.
    await page.click('.st-problem[data-code=unknown-reporter]');
    expect((await page.evaluate(() => window.__podiumStudio!.cursor())).line).toBe(typoLine);
    // Underlined in the editor, on that very line (now scrolled into view).
    await page.waitForFunction(() => [...document.querySelectorAll('.cm-lintRange-error')].some((el) => el.textContent === 'mihn'));
    expect(await page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent)).toContain('reporter: mihn');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('minh', { delay: 40 });
    await page.waitForFunction(() => !window.__podiumStudio!.lastReply()!.diagnostics.some((d) => d.code === 'unknown-reporter'));
    await settled(page);
    const codes = await page.evaluate(() =>
      window
        .__podiumStudio!.lastReply()!
        .diagnostics.map((d) => d.code)
        .sort(),
    );
    expect(codes).toEqual(['missing-language', 'unreachable-beat']);

    // The branch map: q-spare is marked unreachable; a click on q-next goes to its line.
    await page.click('[data-tab=map]');
    await page.waitForSelector('.st-card[data-beat=q-next]');
    expect(await page.locator('.st-card[data-beat=q-spare]').getAttribute('class')).toContain('st-unreachable');
    expect(await page.locator('.st-card[data-beat=q-open]').getAttribute('class')).toContain('st-best');
    expect(await page.locator('.st-edge-best').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.st-edge-label').allTextContents()).toContain('answers 1, 2 · silence');
    expect(isBlank(await screenshot(page, 'studio-map-en-1280x720'))).toBe(false);
    // Readable: nothing on the map or in the studio's bar and lists under 16 CSS px at 720p (24 design px).
    expect(under(await domTexts(page, '.st-studio'), 16)).toEqual([]);
    await page.click('.st-card[data-beat=q-next]');
    expect((await page.evaluate(() => window.__podiumStudio!.cursor())).line).toBe(qNextLine);

    // Translations: the missing English summary is marked; writing it puts it into the file.
    await page.click('[data-tab=translations]');
    const summaryEn = page.locator('tr[data-path="summary"] textarea[data-lang=en]');
    expect(await summaryEn.getAttribute('class')).toContain('st-missing');
    await summaryEn.fill('A rumour about tap water, in two questions.');
    await summaryEn.press('Tab');
    await page.waitForFunction(() =>
      window.__podiumStudio!.text().includes('summary: { vi: "Một tình huống ngắn để bắt đầu.", en: "A rumour about tap water, in two questions." }'),
    );
    const titleVi = page.locator('tr[data-path="title"] textarea[data-lang=vi]');
    await titleVi.fill('Tin đồn nước máy');
    await titleVi.press('Tab');
    await page.waitForFunction(() => window.__podiumStudio!.text().includes('title: { vi: "Tin đồn nước máy", en: "A new press conference" }'));
    await settled(page);
    expect(await page.locator('.st-translations .st-missing').count()).toBe(0);
    expect(await page.evaluate(() => window.__podiumStudio!.lastReply()!.diagnostics.map((d) => d.code))).toEqual(['unreachable-beat']);
    expect(isBlank(await screenshot(page, 'studio-translations-en-1280x720'))).toBe(false);

    // Preview from q-next (chosen on the map) at 2:00, the flag set and the rumour already rebutted.
    await page.click('[data-tab=preview]');
    expect(await page.locator('#st-preview-beat').inputValue()).toBe('q-next');
    await page.fill('#st-preview-clock', '120');
    await page.check('#st-flag-vague');
    await page.selectOption('#st-rumour-water-poisoned', 'rebutted');
    expect(isBlank(await screenshot(page, 'studio-preview-en-1280x720'))).toBe(false);
    await page.click('[data-action=preview-play]');
    await waitForScreen(page, 'PressRoom');
    const drill = await page.evaluate(() => {
      const d = window.__podium!.store.getState().drill!;
      return {
        preview: d.preview,
        scenarioId: d.scenarioId,
        beat: d.view.beat?.id,
        now: d.view.now,
        flags: d.view.flags,
        rumour: d.view.rumours[0],
        moments: d.view.moments.length,
      };
    });
    expect(drill).toMatchObject({
      preview: true,
      scenarioId: 'water-drill',
      beat: 'q-next',
      flags: ['vague'],
      rumour: { id: 'water-poisoned', rebuttedAt: 120 },
      moments: 0,
    });
    expect(drill.now).toBeGreaterThanOrEqual(120);
    expect(await page.evaluate(() => document.querySelector('.st-studio')!.hasAttribute('hidden'))).toBe(true);
    await page.waitForTimeout(800);
    expect(isBlank(await screenshot(page, 'studio-preview-pressroom-1280x720'))).toBe(false);
    // Answer, then leave the preview: back in the studio, on the preview tab.
    await page.evaluate(() => window.__podium!.controller.choose(0));
    await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.status === 'ended');
    await page.evaluate(() => window.__podium!.controller.leave());
    await page.waitForSelector('.st-studio:not([hidden]) [data-tab=preview][aria-selected=true]');
    // The preview is not a trainee's drill: nothing in the history.
    await page.waitForTimeout(500);
    expect(await page.evaluate(async () => (await (await window.__podium!.reports.records).list()).length)).toBe(0);
    // After an edit, the same answers again: the preview replays the author's answer to q-next.
    await page.click('[data-action=preview-replay]');
    await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.turns[0]?.beatId === 'q-next');
    expect(await page.evaluate(() => window.__podium!.store.getState().drill!.preview)).toBe(true);
    await page.evaluate(() => window.__podium!.controller.leave());
    await page.waitForSelector('.st-studio:not([hidden])');

    // Kept in the browser: after a reload the menu of this build lists it, with its warning.
    await page.waitForTimeout(1200);
    await page.reload();
    await waitForMenu(page);
    await page.waitForFunction(() => window.__podium!.store.getState().scenarios.some((e) => e.file === 'water-drill.yaml'));
    const entry = await page.evaluate(() => {
      const e = window.__podium!.store.getState().scenarios.find((s) => s.file === 'water-drill.yaml')!;
      return {
        id: e.checked?.scenario.id,
        title: (e.checked?.scenario.title as Record<string, string> | undefined)?.vi,
        codes: e.diagnostics.map((d) => `${d.severity}:${d.code}`),
      };
    });
    expect(entry).toEqual({ id: 'water-drill', title: 'Tin đồn nước máy', codes: ['warning:unreachable-beat'] });
    const item = page.locator('.ps-menu-item[data-key=water-drill]');
    await item.click();
    expect(await item.textContent()).toContain('Tin đồn nước máy');
    expect(await item.textContent()).toContain('1 cảnh báo');
    expect(await page.locator('.ps-menu-detail').textContent()).toMatch(/unreachable|không tới được|q-spare/);
    expect(isBlank(await screenshot(page, 'studio-menu-library-vi-1280x720'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });

  it('in Vietnamese: a template commented in Vietnamese, the checker in Vietnamese words, and Esc from a preview back in the studio with the text intact', {
    timeout: 180_000,
  }, async () => {
    const p = await openPage(browser(), '/?lang=vi', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await openStudio(page);
    const text = () => page.evaluate(() => window.__podiumStudio!.text());
    // The untouched template speaks the studio's language, and follows it.
    expect(await text()).toBe(templateFor('vi'));
    expect(await text()).toContain('# Một kịch bản mới.');
    await page.click('.st-studio [data-action=lang-en]');
    await page.waitForFunction((en) => window.__podiumStudio!.text() === en, TEMPLATE);
    await page.click('.st-studio [data-action=lang-vi]');
    await page.waitForFunction((vi) => window.__podiumStudio!.text() === vi, templateFor('vi'));
    await settled(page);
    expect(await page.textContent('.st-status')).toMatch(/^Không có lỗi/);

    // A wrong beat id and a map left open: the checker's detail says "lượt hỏi" and "bảng khoá", as the studio does.
    const broken = templateFor('vi').replace('        next: q-next\n      - text: { vi: "Chúng tôi', '        next: q-nxt\n      - text: { vi: "Chúng tôi');
    await page.evaluate((t) => window.__podiumStudio!.setText(t), broken);
    await page.waitForSelector('.st-problem[data-code=unknown-beat]');
    expect(await page.textContent('.st-problem[data-code=unknown-beat] .st-problem-detail')).toBe(
      'câu trả lời 1 của lượt hỏi "q-open" dẫn tới "q-nxt", nhưng không có lượt hỏi nào như vậy. Có phải bạn muốn viết "q-next"?',
    );
    await page.evaluate((t) => window.__podiumStudio!.setText(t), templateFor('vi').replace('en: "Is the tap water safe?" }', 'en: "Is the tap water safe?"'));
    await page.waitForSelector('.st-problem[data-code=yaml-syntax]');
    const yamlDetail = (await page.textContent('.st-problem[data-code=yaml-syntax] .st-problem-detail')) ?? '';
    expect(yamlDetail).toContain('bảng khoá');
    expect(yamlDetail).not.toMatch(/\b(map|beat)\b/);

    // The author's own text: previewed, then Esc from the press room comes back to it in the studio.
    const authored = templateFor('vi').replace('title: { vi: "Họp báo mới"', 'title: { vi: "Họp báo nước sạch"');
    await page.evaluate((t) => window.__podiumStudio!.setText(t), authored);
    await settled(page);
    await page.click('[data-tab=preview]');
    expect(await page.textContent('.st-preview')).toContain('Nhấn Esc để quay lại đây');
    await page.click('[data-action=preview-play]');
    await waitForScreen(page, 'PressRoom');
    await page.waitForFunction(() => window.__podium!.store.getState().drill?.view.beat != null);
    await page.waitForTimeout(400);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.st-studio:not([hidden]) [data-tab=preview][aria-selected=true]', { timeout: 5000 });
    expect(await page.evaluate(() => window.__podium!.store.getState().drill)).toBeNull();
    expect(await text()).toBe(authored);
    expect(isBlank(await screenshot(page, 'studio-after-preview-esc-vi-1280x720'))).toBe(false);

    // Played to its end: the results offer the way back to the studio, and Esc takes it.
    await page.click('[data-action=preview-play]');
    await waitForScreen(page, 'PressRoom');
    for (let i = 0; i < 2; i++) {
      await page.waitForFunction(
        (n) => window.__podium!.store.getState().drill?.view.turns.length === n && window.__podium!.store.getState().drill?.view.beat != null,
        i,
      );
      await page.evaluate(() => window.__podium!.controller.choose(0));
    }
    await waitForScreen(page, 'Debrief');
    await page.waitForTimeout(400);
    expect((await sceneTexts(page, 'Debrief')).map((t) => t.text)).toContain('Về xưởng kịch bản');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.st-studio:not([hidden]) [data-tab=preview][aria-selected=true]', { timeout: 5000 });
    expect(await text()).toBe(authored);
    p.assertNoErrors();
    await p.close();
  });

  it('copies a bundled scenario under an id of its own and shows it at 1920×1080', { timeout: 120_000 }, async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1920, height: 1080 });
    const { page } = p;
    await waitForMenu(page);
    await openStudio(page);
    await page.selectOption('[data-action=copy-select]', { label: 'flood-dam-rumour.yaml' });
    await page.waitForFunction(() => window.__podiumStudio!.text().includes('id: flood-dam-rumour-copy'));
    await settled(page);
    expect(await page.textContent('.st-name')).toBe('flood-dam-rumour-copy.yaml');
    const errors = await page.evaluate(() => window.__podiumStudio!.lastReply()!.diagnostics.filter((d) => d.severity === 'error').length);
    expect(errors).toBe(0);
    expect(isBlank(await screenshot(page, 'studio-copy-en-1920x1080'))).toBe(false);
    await page.click('[data-tab=map]');
    await page.waitForSelector('.st-card');
    expect(await page.locator('.st-card').count()).toBeGreaterThan(5);
    expect(isBlank(await screenshot(page, 'studio-map-en-1920x1080'))).toBe(false);
    // Export .yaml: the file as written in the editor.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
    expect(download.suggestedFilename()).toBe('flood-dam-rumour-copy.yaml');
    const exported = await readFile((await download.path())!, 'utf8');
    expect(exported).toBe(await page.evaluate(() => window.__podiumStudio!.text()));
    // A file dropped on the studio opens too.
    await page.evaluate(
      (text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped-drill.yaml', { type: 'text/yaml' }));
        document.querySelector('.st-studio')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      TEMPLATE.replace('id: new-scenario ', 'id: dropped-drill '),
    );
    await page.waitForFunction(() => window.__podiumStudio!.text().includes('id: dropped-drill'));
    expect(await page.textContent('.st-name')).toBe('dropped-drill.yaml');
    // The bundled scenario itself is untouched, and the copy sits beside it in the menu.
    await page.click('[data-action=close]');
    await page.waitForFunction(() => window.__podium!.store.getState().scenarios.some((e) => e.checked?.scenario.id === 'flood-dam-rumour-copy'));
    const files = await page.evaluate(() =>
      window
        .__podium!.store.getState()
        .scenarios.filter((e) => e.checked?.scenario.id.startsWith('flood-dam-rumour'))
        .map((e) => e.file),
    );
    expect(files).toEqual(['scenarios/flood-dam-rumour.yaml', 'flood-dam-rumour-copy.yaml']);
    // The untouched template the studio opened with was not kept; the dropped file was.
    const library = await page.evaluate(() =>
      window
        .__podium!.store.getState()
        .libraryScenarios.map((e) => e.file)
        .sort(),
    );
    expect(library).toEqual(['dropped-drill.yaml', 'flood-dam-rumour-copy.yaml']);
    expect(await page.locator('.ps-menu-item[data-key=flood-dam-rumour-copy]').textContent()).toContain('From the studio library');
    p.assertNoErrors();
    await p.close();
  });
});
