// Menu: the bundled scenarios (title, summary, difficulty, duration, assessed skills in both
// languages), the language switch and settings. A scenario with errors stays in the list with its
// checker messages (shown in a DOM list so they can be read and copied); the good ones keep working.
import { SKILL_NAMES, isSkillId } from '../../core/skills.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import type { ScenarioEntry } from '../../state/scenarioEntry.ts';
import type { AppState } from '../../state/store.ts';
import { drawBrand, drawHall } from '../widgets/backdrop.ts';
import { Button } from '../widgets/button.ts';
import { ChipRow } from '../widgets/chip.ts';
import { FocusList, type Focusable } from '../widgets/focusList.ts';
import { addPanel } from '../widgets/panel.ts';
import type { Rect } from '../layout.ts';
import { addText, restyle, textStyle } from '../textStyle.ts';
import { css } from '../theme.ts';
import { PodiumScene } from './podiumScene.ts';
import type * as Phaser from 'phaser';

export function entryKey(entry: ScenarioEntry): string {
  return entry.checked?.scenario.id ?? `file:${entry.file}`;
}

export class MenuScene extends PodiumScene {
  private focus!: FocusList;
  private listButtons: { key: string; button: Button; item: Focusable }[] = [];
  private detail!: { title: Phaser.GameObjects.Text; summary: Phaser.GameObjects.Text; meta: ChipRow; skillsLabel: Phaser.GameObjects.Text; skills: ChipRow };
  private detailRect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private startButton!: Button;
  private startShown = false;
  private selectedKey: string | null = null;
  private listFirst = 0;

  protected build(): void {
    const { width, height } = this.vp;
    const pal = this.pal;
    const px = (n: number) => this.px(n);
    drawHall(this, this.vp, pal, { x: 0.7, y: 0.05 });
    this.focus = new FocusList(this, pal.focus, this.vp.u);
    this.listButtons = [];

    const headerBottom = drawBrand(this, px(72), px(48), px(56), pal, this.t('common:tagline'), textStyle);

    // Top right: language switch and settings.
    let rx = width - px(72);
    const topY = px(52);
    const extras = this.ctx.menuActions();
    const topButtons: { label: string; onActivate: () => void; selected?: boolean; w: number }[] = [
      { label: this.t('menu:settings'), onActivate: () => this.ctx.overlays.openSettings(), w: px(190) },
      ...extras.map((a) => ({ label: this.t(a.labelKey), onActivate: a.run, w: px(190) })),
      { label: 'English', onActivate: () => this.setLanguage('en'), selected: this.lang === 'en', w: px(150) },
      { label: 'Tiếng Việt', onActivate: () => this.setLanguage('vi'), selected: this.lang === 'vi', w: px(170) },
    ];
    const topRow: Button[] = [];
    for (const spec of topButtons) {
      rx -= spec.w;
      const b = new Button(this, { x: rx, y: topY, w: spec.w, h: px(56), label: spec.label, variant: spec.selected === undefined ? 'ghost' : 'list', align: 'center', fontSize: px(20), u: this.vp.u, pal, onActivate: spec.onActivate });
      if (spec.selected) b.setSelected(true);
      topRow.push(b);
      rx -= px(12);
    }

    // The scenario list.
    const top = Math.max(headerBottom + px(40), px(170));
    const bottom = height - px(90);
    const listRect: Rect = { x: px(72), y: top, w: Math.round(width * 0.34), h: bottom - top };
    this.add.text(listRect.x, listRect.y - px(6), this.t('menu:scenarios'), textStyle(px(18), { weight: 700, color: pal.textDim, letterSpacing: px(2) })).setOrigin(0, 1);
    const state = this.ctx.store.getState();
    const entries = state.scenarios;
    this.selectedKey = state.selectedScenarioId ?? (entries[0] ? entryKey(entries[0]) : null);
    // One list button's real height decides how many fit; smaller type first, scrolling last.
    const gap = px(12);
    let listSize = px(24);
    const listButton = (entry: ScenarioEntry, y: number, onActivate: () => void) =>
      new Button(this, { x: listRect.x, y, w: listRect.w, h: px(70), label: this.entryTitle(entry), sub: this.entrySub(entry), variant: 'list', singleLine: true, fontSize: listSize, u: this.vp.u, pal, onActivate });
    let itemH = px(84);
    for (const size of [px(24), px(21), px(19)]) {
      listSize = size;
      if (!entries[0]) break;
      itemH = Button.singleLineHeight(size, px(70), this.vp.u, 'list', true) ?? this.probeHeight(listButton(entries[0], -1000, () => {}));
      if (entries.length * (itemH + gap) - gap <= listRect.h) break;
    }
    const fits = Math.max(1, Math.floor((listRect.h + gap) / (itemH + gap)));
    const selectedIndex = Math.max(0, entries.findIndex((e) => entryKey(e) === this.selectedKey));
    if (selectedIndex < this.listFirst) this.listFirst = selectedIndex;
    if (selectedIndex >= this.listFirst + fits) this.listFirst = selectedIndex - fits + 1;
    this.listFirst = Math.min(this.listFirst, Math.max(0, entries.length - fits));
    entries.slice(this.listFirst, this.listFirst + fits).forEach((entry, i) => {
      const key = entryKey(entry);
      const b = listButton(entry, listRect.y + px(10) + i * (itemH + gap), () => this.openBriefing(key));
      if (b.subText && !entry.checked) b.subText.setColor(css(pal.danger));
      const item = this.focus.add({
        bounds: () => b.bounds(),
        activate: () => b.activate(),
        enabled: () => true,
        setFocused: (f) => {
          b.setFocused(f);
          if (f) this.select(key);
        },
      });
      this.listButtons.push({ key, button: b, item });
      if (key === this.selectedKey) b.setSelected(true);
    });
    if (entries.length === 0) {
      this.add.text(listRect.x, listRect.y + px(20), this.t('menu:noScenarios'), textStyle(px(22), { color: pal.textDim, wrap: listRect.w }));
    }
    if (entries.length > fits) {
      this.add
        .text(listRect.x + listRect.w, listRect.y - px(6), this.t('menu:more', { shown: `${this.listFirst + 1}–${Math.min(entries.length, this.listFirst + fits)}`, total: entries.length }), textStyle(px(16), { color: pal.textDim }))
        .setOrigin(1, 1);
    }

    // The detail card.
    const dx = listRect.x + listRect.w + px(40);
    this.detailRect = { x: dx, y: top, w: width - dx - px(72), h: bottom - top };
    // The card is made once and re-written on each selection (making Phaser texts is what costs).
    const r = this.detailRect;
    const pad = px(40);
    addPanel(this, r, pal, this.vp.u, { fill: pal.panel, fillAlpha: 0.9 });
    this.detail = {
      title: addText(this, r.x + pad, r.y + pad, '', textStyle(8)),
      summary: addText(this, r.x + pad, r.y + pad, '', textStyle(8)),
      meta: new ChipRow(this, pal, this.vp.u),
      skillsLabel: addText(this, r.x + pad, r.y + pad, '', textStyle(8)),
      skills: new ChipRow(this, pal, this.vp.u),
    };
    this.startButton = new Button(this, { x: r.x + pad, y: r.y + r.h - px(24) - px(72), w: Math.min(r.w - 2 * pad, px(460)), h: px(72), label: this.t('menu:open'), badge: '↵', variant: 'primary', fontSize: px(26), u: this.vp.u, pal, onActivate: () => this.openBriefing(this.selectedKey ?? '') });
    this.focus.add({
      bounds: () => this.startButton.bounds(),
      activate: () => this.startButton.activate(),
      enabled: () => this.startShown,
      setFocused: (f) => this.startButton.setFocused(f),
    });
    for (const b of topRow.reverse()) this.focus.add(b);

    this.add.text(px(72), height - px(40), this.t('menu:hint'), textStyle(px(18), { color: pal.textDim })).setOrigin(0, 0.5);
    this.renderDetail();
    const focusIndex = this.listButtons.findIndex((l) => l.key === this.selectedKey);
    if (focusIndex >= 0) this.focus.focus(focusIndex);
  }

  protected override onState(state: AppState, prev: AppState | null): void {
    if (prev && (state.scenarios !== prev.scenarios || state.selectedScenarioId !== prev.selectedScenarioId)) {
      if (state.scenarios !== prev.scenarios) this.rebuild();
      else if (state.selectedScenarioId !== this.selectedKey) this.rebuild();
    }
  }

  protected override teardown(): void {
    this.ctx.overlays.showMenuErrors(null, null);
  }

  override handleKey(e: KeyboardEvent): boolean {
    if (e.key === 'l' || e.key === 'L') {
      this.toggleLanguage();
      return true;
    }
    if (e.key === 's' || e.key === 'S') {
      this.ctx.overlays.openSettings();
      return true;
    }
    const focused = this.focus.focused;
    const inList = this.listButtons.some((l) => l.item === focused);
    if (inList && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      const entries = this.ctx.store.getState().scenarios;
      const i = entries.findIndex((en) => entryKey(en) === this.selectedKey);
      const next = entries[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        const visible = this.listButtons.find((l) => l.key === entryKey(next));
        // Off-screen entries: selecting in the store rebuilds the list scrolled to it.
        if (visible) this.focus.focusItem(visible.item);
        else this.ctx.store.getState().selectScenario(entryKey(next));
      }
      return true;
    }
    return this.focus.handleKey(e, 'vertical');
  }

  private select(key: string): void {
    if (key === this.selectedKey) return;
    this.selectedKey = key;
    for (const l of this.listButtons) l.button.setSelected(l.key === key);
    this.ctx.store.getState().selectScenario(key);
    this.renderDetail();
  }

  private setLanguage(lang: 'vi' | 'en'): void {
    if (lang !== this.lang) this.ctx.store.getState().updateSettings({ language: lang });
  }

  private openBriefing(key: string): void {
    const entry = this.ctx.store.getState().scenarios.find((e) => entryKey(e) === key);
    if (!entry?.checked) {
      this.select(key);
      return;
    }
    this.ctx.store.getState().selectScenario(key);
    this.ctx.store.getState().goTo('Briefing');
  }

  private entryTitle(entry: ScenarioEntry): string {
    return entry.checked ? resolveText(entry.checked.scenario.title, this.lang) : entry.file.split('/').pop() ?? entry.file;
  }

  private entrySub(entry: ScenarioEntry): string {
    if (!entry.checked) {
      const errors = entry.diagnostics.filter((d) => d.severity === 'error').length;
      return `⚠ ${this.t('menu:hasErrors', { count: errors })}`;
    }
    const s = entry.checked.scenario;
    const dots = '●'.repeat(s.difficulty) + '○'.repeat(3 - s.difficulty);
    return `${dots}  ${this.t(`common:difficulty.${s.difficulty}`)}  ·  ${this.t('common:minutes', { count: Math.round(s.duration / 60) })}`;
  }

  private probeHeight(probe: Button): number {
    const h = probe.height;
    probe.destroy();
    return h;
  }

  private renderDetail(): void {
    const pal = this.pal;
    const px = (n: number) => this.px(n);
    const r = this.detailRect;
    const d = this.detail;
    const entry = this.ctx.store.getState().scenarios.find((e) => entryKey(e) === this.selectedKey) ?? null;
    const pad = px(40);
    const x = r.x + pad;
    const w = r.w - 2 * pad;
    const top = r.y + pad;
    this.ctx.overlays.showMenuErrors(null, null);
    this.showStart(false);
    if (!entry?.checked) {
      d.meta.hide();
      d.skills.hide();
      d.skillsLabel.setVisible(false);
      d.title.setVisible(!!entry);
      d.summary.setVisible(!!entry);
      if (!entry) return;
      const title = restyle(d.title, entry.file, textStyle(px(34), { weight: 700, color: pal.danger, wrap: w })).setPosition(x, top);
      let y = top + title.height + px(8);
      const intro = restyle(d.summary, this.t('menu:errorsIntro'), textStyle(px(22), { color: pal.textDim, wrap: w })).setPosition(x, y);
      y += intro.height + px(16);
      this.ctx.overlays.showMenuErrors(entry.diagnostics, this.cssRect({ x, y, w, h: r.y + r.h - pad - y }));
      return;
    }
    const s = entry.checked.scenario;
    const other = this.lang === 'vi' ? 'en' : 'vi';
    const meta = [
      { label: `${'●'.repeat(s.difficulty)}${'○'.repeat(3 - s.difficulty)}  ${this.t(`common:difficulty.${s.difficulty}`)}`, color: [pal.success, pal.warning, pal.danger][s.difficulty - 1] ?? pal.text },
      { label: this.t('common:minutes', { count: Math.round(s.duration / 60) }) },
      { label: this.t('menu:reporters', { count: s.reporters.length }) },
      { label: this.t('menu:questions', { count: Object.keys(s.beats).length }) },
    ];
    const skills = s.skills.filter(isSkillId).map((id) => ({ label: SKILL_NAMES[id][this.lang === 'en' ? 'en' : 'vi'], sub: SKILL_NAMES[id][other] }));
    const limit = r.y + r.h - px(24) - px(72);
    let y = top;
    // Too much for the card: everything a little smaller, so nothing hides behind the button.
    for (let k = 1; ; k *= 0.9) {
      const f = (n: number) => this.px(n * k);
      y = top;
      const title = restyle(d.title, resolveText(s.title, this.lang), textStyle(f(46), { weight: 700, wrap: w })).setPosition(x, y).setVisible(true);
      y += title.height + f(10);
      const summary = restyle(d.summary, resolveText(s.summary, this.lang), textStyle(f(25), { color: pal.textDim, wrap: w, lineSpacing: f(6) })).setPosition(x, y).setVisible(true);
      y += summary.height + f(24);
      y += d.meta.layout(x, y, w, meta, f(20)) + f(30);
      restyle(d.skillsLabel, this.t('menu:skills'), textStyle(f(18), { weight: 700, color: pal.textDim, letterSpacing: px(2) })).setPosition(x, y).setVisible(true);
      y += f(36);
      y += d.skills.layout(x, y, w, skills, f(21)) + f(28);
      if (!(y > limit && k > 0.7)) break;
    }
    this.startButton.setY(Math.max(y, limit));
    this.showStart(true);
  }

  private showStart(shown: boolean): void {
    this.startShown = shown;
    this.startButton.setVisible(shown);
  }
}
