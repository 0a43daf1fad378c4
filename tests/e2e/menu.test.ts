// The menu in the built app: every bundled scenario listed with its title, summary, difficulty
// and assessed skills; keyboard navigation; a scenario with errors keeps its checker messages
// in the menu while the good ones keep working; screenshots at 1280×720 and 1920×1080, both languages.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKILL_NAMES, type SkillId } from '../../src/core/skills.ts';
import { sceneTexts, selectInMenu, waitForMenu } from './keyboardDriver.ts';
import { isBlank, openPage, screenshot, useBrowser } from './harness.ts';

const browser = useBrowser();
const bundled = readdirSync(join(import.meta.dirname, '../../scenarios'))
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'))
  .sort();

describe('menu', () => {
  it('lists every bundled scenario, checked at build time, and shows the selected one in full', async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1920, height: 1080 });
    const { page } = p;
    await waitForMenu(page);
    const entries = await page.evaluate(() => window.__podium!.store.getState().scenarios.map((e) => ({ file: e.file, id: e.checked?.scenario.id ?? null, errors: e.diagnostics.filter((d) => d.severity === 'error').length })));
    expect(entries.map((e) => e.file)).toEqual(bundled.map((f) => `scenarios/${f}`));
    for (const e of entries) expect(e, e.file).toMatchObject({ errors: 0 });

    // Walk to the last scenario with the keyboard; the detail card follows the selection.
    const last = entries[entries.length - 1]!.id!;
    await selectInMenu(page, last);
    const detail = await page.evaluate((id) => {
      const s = window.__podium!.store.getState().scenarios.find((e) => e.checked?.scenario.id === id)!.checked!.scenario;
      return { title: (s.title as Record<string, string>).en, summary: (s.summary as Record<string, string>).en, skills: s.skills };
    }, last);
    const texts = (await sceneTexts(page, 'Menu')).map((t) => t.text);
    expect(texts).toContain(detail.title);
    expect(texts).toContain(detail.summary);
    for (const skill of detail.skills) {
      expect(texts).toContain(SKILL_NAMES[skill as SkillId].en);
      expect(texts).toContain(SKILL_NAMES[skill as SkillId].vi);
    }
    expect(texts.some((t) => /Easy|Medium|Hard/.test(t))).toBe(true);
    expect(isBlank(await screenshot(page, 'menu-en-1920x1080'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });

  it('keeps a broken scenario in the list with its messages, and the good ones playable', async () => {
    const p = await openPage(browser(), '/?lang=vi', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await page.evaluate(() => {
      const state = window.__podium!.store.getState();
      const broken = {
        file: 'scenarios/zz-broken.yaml',
        checked: null,
        diagnostics: [
          { code: 'unknown-beat' as const, severity: 'error' as const, file: 'scenarios/zz-broken.yaml', line: 41, column: 15, message: 'answer 2 of beat "q-open" goes to "q-mising", which is no beat. Did you mean "q-missing"?' },
          { code: 'missing-language' as const, severity: 'error' as const, file: 'scenarios/zz-broken.yaml', line: 12, column: 3, message: 'the title has no "en" text: every text needs vi, en.' },
        ],
      };
      state.setScenarios([...state.scenarios, broken]);
    });
    await page.keyboard.press('End'); // not a menu key: nothing happens
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => window.__podium!.store.getState().selectedScenarioId)).toBe('file:scenarios/zz-broken.yaml');
    const list = page.locator('.menu-errors');
    await list.waitFor({ state: 'visible' });
    const lines = await list.locator('li code').allTextContents();
    expect(lines).toEqual([
      'scenarios/zz-broken.yaml:41:15 error [unknown-beat] answer 2 of beat "q-open" goes to "q-mising", which is no beat. Did you mean "q-missing"?',
      'scenarios/zz-broken.yaml:12:3 error [missing-language] the title has no "en" text: every text needs vi, en.',
    ]);
    // Enter on the broken one does not start anything.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
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
    await page.waitForTimeout(300);
    // Every Phaser text keeps ink off the top and bottom edges of its own canvas: nothing is cut.
    const clipped = await page.evaluate(() =>
      window.__podium!.game.scene
        .getScene('Menu')
        .children.list.filter((o) => o.type === 'Text' && (o as unknown as { visible: boolean }).visible)
        .map((o) => {
          const t = o as unknown as { text: string; canvas: HTMLCanvasElement; style: { testString: string }; padding: { top: number } };
          const ctx = t.canvas.getContext('2d')!;
          const { width, height } = t.canvas;
          const rows = (y: number) => {
            const data = ctx.getImageData(0, y, width, 1).data;
            for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
            return false;
          };
          return { text: t.text, inkAtTop: rows(0), inkAtBottom: rows(height - 1), test: t.style.testString, padding: t.padding.top };
        })
        .filter((t) => t.text.trim() !== ''),
    );
    expect(clipped.length).toBeGreaterThan(10);
    expect(clipped.map((c) => c.text)).toContain('ẦM ẦM ỖNG ỮNG — TẦNG HẦM ĐỖ XE');
    for (const c of clipped) {
      expect(c.test, c.text).toContain('Ầ');
      expect(c.padding, c.text).toBeGreaterThan(0);
      expect(c.inkAtTop, `ink touches the top of "${c.text}"`).toBe(false);
      expect(c.inkAtBottom, `ink touches the bottom of "${c.text}"`).toBe(false);
    }
    expect(isBlank(await screenshot(page, 'menu-vi-1280x720-stacked-diacritics'))).toBe(false);
    p.assertNoErrors();
    await p.close();
  });
});
