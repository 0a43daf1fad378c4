// The menu in the built app (a DOM screen): every bundled scenario listed with its whole title,
// summary, difficulty, play time and assessed skills; keyboard navigation; a scenario with errors
// keeps its checker messages in the menu while the good ones keep working, and stays selected when
// its file breaks; checker warnings are shown too; screenshots at 1280×720 and 1920×1080.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/scenario/load.ts';
import { SKILL_NAMES, type SkillId } from '../../src/core/skills.ts';
import { selectInMenu, waitForMenu } from './keyboardDriver.ts';
import { domTexts } from './textMeasure.ts';
import { isBlank, openPage, screenshot, useBrowser } from './harness.ts';
import { afterFrames } from './settle.ts';

const browser = useBrowser();
const bundled = readdirSync(join(import.meta.dirname, '../../scenarios'))
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'))
  .sort();

describe('menu', () => {
  it('lists every bundled scenario, checked at build time, and shows the selected one in full', async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1920, height: 1080 });
    const { page } = p;
    await waitForMenu(page);
    const entries = await page.evaluate(() =>
      window
        .__podium!.store.getState()
        .scenarios.map((e) => ({ file: e.file, id: e.checked?.scenario.id ?? null, errors: e.diagnostics.filter((d) => d.severity === 'error').length })),
    );
    expect(entries.map((e) => e.file)).toEqual(bundled.map((f) => `scenarios/${f}`));
    for (const e of entries) expect(e, e.file).toMatchObject({ errors: 0 });

    // Walk to the last scenario with the keyboard; the detail card follows the selection.
    const last = entries[entries.length - 1]!.id!;
    await selectInMenu(page, last);
    const detail = await page.evaluate((id) => {
      const s = window.__podium!.store.getState().scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario;
      return { title: (s.title as Record<string, string>).en, summary: (s.summary as Record<string, string>).en, skills: s.skills };
    }, last);
    const texts = (await domTexts(page, '.ps-menu')).map((t) => t.text);
    expect(texts).toContain(detail.title);
    expect(texts).toContain(detail.summary);
    for (const skill of detail.skills) {
      expect(texts).toContain(SKILL_NAMES[skill as SkillId].en);
      expect(texts).toContain(SKILL_NAMES[skill as SkillId].vi);
    }
    expect(texts.some((t) => /Easy|Medium|Hard/.test(t))).toBe(true);
    // A true account of the length: the conference clock, and the play time a run takes.
    const duration = await page.evaluate(
      (id) => window.__podium!.store.getState().scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario.duration,
      last,
    );
    expect(texts).toContain(`Conference clock: ${Math.round(duration / 60)} minutes`);
    expect(texts.some((t) => /^About \d+–\d+ min to play$/.test(t))).toBe(true);
    // Every English title whole in the list: none cut with an ellipsis or past its box.
    const titles = await page.evaluate(() => window.__podium!.store.getState().scenarios.map((e) => (e.checked!.scenario.title as Record<string, string>).en));
    const items = await page
      .locator('.ps-menu-item-title')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 })));
    expect(items).toEqual(titles.map((text) => ({ text, cut: false })));
    expect(isBlank(await screenshot(page, 'menu-en-1920x1080'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });

  it('keeps a broken scenario in the list with its messages, and the good ones playable', async () => {
    const p = await openPage(browser(), '/?lang=vi', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    // The checker's own problems for two broken files, as the build hands them to the menu.
    const fixture = (name: string) =>
      loadScenario(readFileSync(join(import.meta.dirname, '../fixtures/scenarios', name), 'utf8'), 'scenarios/zz-broken.yaml').diagnostics;
    const diagnostics = [...fixture('unknown-beat.yaml'), ...fixture('missing-language.yaml')];
    await page.evaluate((diagnostics) => {
      const state = window.__podium!.store.getState();
      state.setScenarios([...state.scenarios, { file: 'scenarios/zz-broken.yaml', checked: null, diagnostics }]);
    }, diagnostics);
    await page.keyboard.press('End'); // not a menu key: nothing happens
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => window.__podium!.store.getState().selectedScenarioId)).toBe('file:scenarios/zz-broken.yaml');
    const list = page.locator('.menu-errors');
    await list.waitFor({ state: 'visible' });
    const lines = await list.locator('li code').allTextContents();
    // The game is in Vietnamese: so are the messages (the code and the place stay as the checker prints them).
    expect(lines).toEqual([
      'scenarios/zz-broken.yaml:26:15 error [unknown-beat] câu trả lời 1 của lượt hỏi "q-open" dẫn tới "q-nxet", nhưng không có lượt hỏi nào như vậy. Có phải bạn muốn viết "q-next"?',
      'scenarios/zz-broken.yaml:17:10 error [missing-language] "ask" của lượt hỏi "q-open" không có văn bản "vi": văn bản nào cũng cần có en, vi.',
    ]);
    // Enter on the broken one does not start anything.
    await page.keyboard.press('Enter');
    await afterFrames(page);
    expect(await page.evaluate(() => document.body.dataset.screen)).toBe('Menu');
    expect(isBlank(await screenshot(page, 'menu-vi-1280x720-broken-scenario'))).toBe(false);
    // Back up to a good one: the list goes away and Enter opens its briefing.
    await page.keyboard.press('ArrowUp');
    await list.waitFor({ state: 'hidden' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.screen === 'Briefing');
    p.assertNoErrors();
    await p.close();
  });

  it('looks right at 1280×720 in Vietnamese: stacked diacritics on capitals (Ầ Ỗ Ữ) are not clipped', async () => {
    const p = await openPage(browser(), '/?lang=vi', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    // A scenario whose title is all stacked-diacritic capitals, selected so the detail card shows it.
    await page.evaluate(() => {
      const state = window.__podium!.store.getState();
      const first = state.scenarios.find((e) => e.checked)!;
      const copy = structuredClone(first);
      copy.file = 'scenarios/zz-dau.yaml';
      copy.checked!.scenario.id = 'zz-dau';
      copy.checked!.scenario.title = { vi: 'ẦM ẦM ỖNG ỮNG — TẦNG HẦM ĐỖ XE', en: 'Stacked' };
      state.setScenarios([...state.scenarios, copy]);
      state.selectScenario('zz-dau');
    });
    await page.locator('.ps-menu').getByText('ẦM ẦM ỖNG ỮNG — TẦNG HẦM ĐỖ XE').first().waitFor();
    await afterFrames(page);
    // Every text has room above and below its lines for the stacked marks, inside whatever box
    // clips it, and no text is under 16 px at 720p.
    const texts = await domTexts(page, '.ps-menu');
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.map((t) => t.text)).toContain('ẦM ẦM ỖNG ỮNG — TẦNG HẦM ĐỖ XE');
    for (const t of texts) {
      expect(t.inkClipped, `ink cut off: "${t.text}"`).toBe(false);
      expect(t.overflowsBox, `past its box: "${t.text}"`).toBe(false);
      expect(t.size, t.text).toBeGreaterThanOrEqual(16);
    }
    expect(isBlank(await screenshot(page, 'menu-vi-1280x720-stacked-diacritics'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });

  it('keeps the selection on a scenario whose file breaks (and is fixed again), as under npm start', async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    const target = 'flood-dam-rumour';
    await selectInMenu(page, target);
    // What the dev server pushes when the file is saved with a mistake, then fixed.
    await page.evaluate((id) => {
      const state = window.__podium!.store.getState();
      (window as unknown as { __good: unknown }).__good = state.scenarios;
      state.setScenarios(
        state.scenarios.map((e) =>
          e.checked?.scenario.id === id
            ? {
                file: e.file,
                checked: null,
                diagnostics: [
                  {
                    code: 'unknown-beat' as const,
                    severity: 'error' as const,
                    file: e.file,
                    line: 9,
                    column: 3,
                    message: 'answer 1 of beat "q-open" goes to "q-opne", which is no beat.',
                    texts: {
                      en: 'answer 1 of beat "q-open" goes to "q-opne", which is no beat.',
                      vi: 'câu trả lời 1 của beat "q-open" dẫn tới "q-opne", nhưng không có beat nào như vậy.',
                    },
                  },
                ],
              }
            : e,
        ),
      );
    }, target);
    expect(await page.evaluate(() => window.__podium!.store.getState().selectedScenarioId)).toBe('file:scenarios/flood-dam-rumour.yaml');
    await page.locator('.menu-errors').waitFor({ state: 'visible' });
    expect(await page.locator('.ps-menu-item.selected').getAttribute('data-key')).toBe('file:scenarios/flood-dam-rumour.yaml');
    await page.evaluate(() => window.__podium!.store.getState().setScenarios((window as unknown as { __good: never }).__good));
    expect(await page.evaluate(() => window.__podium!.store.getState().selectedScenarioId)).toBe(target);
    await page.locator('.menu-errors').waitFor({ state: 'hidden' });
    p.assertNoErrors();
    await p.close();
  });

  it('shows the checker warnings of a scenario that loads (a flag typo leaves a branch dead)', async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1920, height: 1080 });
    const { page } = p;
    await waitForMenu(page);
    const line =
      'scenarios/flood-dam-rumour.yaml:120:11 warning [flag-never-set] the flag "promised_update" is read by a branch of beat "q-follow" but never set: that branch can never be taken. Did you mean "promised-update"?';
    await page.evaluate(() => {
      const state = window.__podium!.store.getState();
      state.setScenarios(
        state.scenarios.map((e) =>
          e.checked?.scenario.id === 'flood-dam-rumour'
            ? {
                ...e,
                diagnostics: [
                  {
                    code: 'flag-never-set' as const,
                    severity: 'warning' as const,
                    file: e.file,
                    line: 120,
                    column: 11,
                    message:
                      'the flag "promised_update" is read by a branch of beat "q-follow" but never set: that branch can never be taken. Did you mean "promised-update"?',
                    texts: {
                      en: 'the flag "promised_update" is read by a branch of beat "q-follow" but never set: that branch can never be taken. Did you mean "promised-update"?',
                      vi: 'cờ "promised_update" được một nhánh của beat "q-follow" kiểm tra nhưng không bao giờ được đặt: nhánh đó không bao giờ được đi tới. Có phải bạn muốn viết "promised-update"?',
                    },
                  },
                ],
              }
            : e,
        ),
      );
    });
    await selectInMenu(page, 'flood-dam-rumour');
    const list = page.locator('.menu-warnings');
    await list.waitFor({ state: 'visible' });
    expect(await list.locator('li code').allTextContents()).toEqual([line]);
    expect(await page.locator('.ps-menu-item.selected .ps-menu-item-sub').textContent()).toContain('1 checker warning');
    expect(isBlank(await screenshot(page, 'menu-en-1920x1080-warnings'))).toBe(false);
    // It still plays.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.screen === 'Briefing');
    p.assertNoErrors();
    await p.close();
  });
});
