// Debrief (the short version): the overall score, each assessed skill 0–100 and how the
// conference ended. The full after-action report is a DOM overlay mounted in #report by
// src/app/installReports.ts when the Debrief screen is entered; this scene offers any registered
// debrief actions.
import { keyHintOf } from '../../app/commands.ts';
import { isLiveProjector } from '../../app/live/projectorPrivacy.ts';
import { SKILL_NAMES, isSkillId } from '../../core/skills.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { selectDrillScenario } from '../../state/selectors.ts';
import { drawBrand, drawHall } from '../widgets/backdrop.ts';
import { Button } from '../widgets/button.ts';
import { FocusList } from '../widgets/focusList.ts';
import { addPanel } from '../widgets/panel.ts';
import { textStyle } from '../textStyle.ts';
import { mix } from '../theme.ts';
import { PodiumScene } from './podiumScene.ts';
import { interfaceLanguage, otherLanguage } from '../../i18n/languages.ts';

function scoreColor(percent: number, pal: { danger: number; warning: number; success: number }): number {
  return percent >= 70 ? pal.success : percent >= 40 ? pal.warning : pal.danger;
}

export class DebriefScene extends PodiumScene {
  private focus!: FocusList;
  protected build(): void {
    const state = this.ctx.store.getState();
    const checked = selectDrillScenario(state);
    const view = state.drill?.view;
    const { width, height, u } = this.vp;
    const pal = this.pal;
    const px = (n: number) => this.px(n);
    drawHall(this, this.vp, pal, { x: 0.25, y: 0.1 });
    this.focus = new FocusList(this, pal.focus, u);
    if (!checked || !view) {
      this.add.text(width / 2, height / 2, this.t('results:none'), textStyle(px(28), { color: pal.textDim })).setOrigin(0.5);
      this.addButtons(false);
      return;
    }
    drawBrand(this, px(60), px(34), px(34), pal, null, textStyle);
    this.add.text(px(60), px(98), this.t('results:heading').toUpperCase(), textStyle(px(24), { weight: 700, color: pal.accent, letterSpacing: px(3) }));
    this.add.text(px(60), px(128), resolveText(checked.scenario.title, this.lang), textStyle(px(40), { weight: 700, wrap: width - px(120) }));

    const top = px(200);
    const bottom = height - px(130);
    const leftW = Math.round((width - px(120) - px(28)) * 0.38);
    const left = { x: px(60), y: top, w: leftW, h: bottom - top };
    const right = { x: left.x + leftW + px(28), y: top, w: width - px(60) - (left.x + leftW + px(28)), h: bottom - top };
    addPanel(this, left, pal, u, { fillAlpha: 0.9 });
    addPanel(this, right, pal, u, { fillAlpha: 0.9 });

    // Overall score as a ring.
    const overall = Math.round(view.score.overall);
    const cx = left.x + left.w / 2;
    const ringR = Math.min(left.w * 0.26, left.h * 0.2);
    const cy = left.y + px(40) + ringR;
    const g = this.add.graphics();
    g.lineStyle(Math.max(6, ringR * 0.14), pal.line, 1);
    g.strokeCircle(cx, cy, ringR);
    g.lineStyle(Math.max(6, ringR * 0.14), scoreColor(overall, pal), 1);
    g.beginPath();
    g.arc(cx, cy, ringR, -Math.PI / 2, -Math.PI / 2 + (Math.PI * 2 * overall) / 100, false);
    g.strokePath();
    this.add.text(cx, cy, String(overall), textStyle(ringR * 0.8, { weight: 700, color: pal.text })).setOrigin(0.5);
    this.add.text(cx, cy + ringR + px(20), this.t('results:overall'), textStyle(px(24), { weight: 600, color: pal.textDim })).setOrigin(0.5, 0);
    const pad = px(32);
    let y = cy + ringR + px(70);
    if (view.ending) {
      this.add.text(left.x + pad, y, this.t('results:ending').toUpperCase(), textStyle(px(24), { weight: 700, color: pal.textDim, letterSpacing: px(2) }));
      y += px(34);
      this.add.text(
        left.x + pad,
        y,
        resolveText(view.ending.text, this.lang),
        textStyle(px(26), { color: pal.text, wrap: left.w - 2 * pad, lineSpacing: px(5) }),
      );
    }

    // Per-skill bars.
    const lang = interfaceLanguage(this.lang);
    const other = otherLanguage(lang);
    this.add.text(
      right.x + pad,
      right.y + pad,
      this.t('results:skills').toUpperCase(),
      textStyle(px(24), { weight: 700, color: pal.textDim, letterSpacing: px(2) }),
    );
    const skills = view.score.skills;
    const rowsTop = right.y + pad + px(44);
    const rowH = Math.min(px(92), (right.y + right.h - pad - rowsTop) / Math.max(1, skills.length));
    const barX = right.x + pad;
    const barW = right.w - 2 * pad - px(90);
    skills.forEach((s, i) => {
      const ry = rowsTop + i * rowH;
      const names = isSkillId(s.skill) ? SKILL_NAMES[s.skill] : { vi: s.skill, en: s.skill };
      const name = this.add.text(barX, ry, names[lang], textStyle(Math.max(px(24), Math.min(px(26), rowH * 0.3)), { weight: 600, color: pal.text }));
      this.add.text(name.x + name.width + px(12), ry + px(3), names[other], textStyle(px(24), { color: pal.textDim }));
      const by = ry + name.height + px(2);
      const bh = Math.max(8, Math.min(px(18), rowH * 0.2));
      const pct = Math.round(s.percent);
      const bar = this.add.graphics();
      bar.fillStyle(mix(pal.line, pal.bg, 0.3), 1);
      bar.fillRoundedRect(barX, by, barW, bh, bh / 2);
      bar.fillStyle(scoreColor(pct, pal), 1);
      bar.fillRoundedRect(barX, by, Math.max(bh, (barW * pct) / 100), bh, bh / 2);
      this.add.text(barX + barW + px(16), by + bh / 2, `${pct}`, textStyle(Math.min(px(28), rowH * 0.34), { weight: 700, color: pal.text })).setOrigin(0, 0.5);
    });
    this.addButtons(true);
  }

  /** Esc and R are commands (debrief.menu, debrief.again); what is left moves the focus. */
  override handleKey(e: KeyboardEvent): boolean {
    return this.focus.handleKey(e, 'horizontal');
  }

  private toMenu(): void {
    this.ctx.commands.run('debrief.menu');
  }

  private again(): void {
    this.ctx.commands.run('debrief.again');
  }

  private addButtons(withDrill: boolean): void {
    const { width, height, u } = this.vp;
    const pal = this.pal;
    const px = (n: number) => this.px(n);
    const by = height - px(104);
    // Each button as wide as its label needs (one line: a wrapped label overflowed its button at 720p).
    const fit = (label: string, size: number, min: number, variant: 'ghost' | 'primary' | 'secondary', badge?: string) =>
      Math.max(px(min), Button.widthFor(this, label, size, u, variant, badge));
    // A studio preview's results lead back to the studio (src/studio/studio.ts), not the menu.
    const menuLabel = this.t(this.ctx.store.getState().drill?.preview ? 'results:studio' : 'results:menu');
    const menuKey = keyHintOf('debrief.menu');
    const menu = new Button(this, {
      x: px(60),
      y: by,
      w: fit(menuLabel, px(24), 240, 'ghost', menuKey),
      h: px(72),
      label: menuLabel,
      badge: menuKey,
      variant: 'ghost',
      singleLine: true,
      fontSize: px(24),
      u,
      pal,
      onActivate: () => this.toMenu(),
    });
    this.focus.add(menu);
    if (!withDrill) return;
    let x = width - px(60);
    const actions = this.ctx.debriefActions();
    for (const action of [...actions].reverse()) {
      const label = this.t(action.labelKey);
      const w = fit(label, px(24), 280, 'primary');
      x -= w;
      const b = new Button(this, {
        x,
        y: by,
        w,
        h: px(72),
        label,
        variant: 'primary',
        singleLine: true,
        fontSize: px(24),
        u,
        pal,
        onActivate: () => action.run(),
      });
      this.focus.add(b);
      x -= px(16);
    }
    // A live drill's debrief on the projector: the console starts the next drill, not the wall.
    if (isLiveProjector()) {
      this.focus.focus(1);
      return;
    }
    const againLabel = this.t('results:again');
    const variant = actions.length ? 'secondary' : 'primary';
    const againKey = keyHintOf('debrief.again');
    const w = fit(againLabel, px(24), 260, variant, againKey);
    const again = new Button(this, {
      x: x - w,
      y: by,
      w,
      h: px(72),
      label: againLabel,
      badge: againKey,
      variant,
      singleLine: true,
      fontSize: px(24),
      u,
      pal,
      onActivate: () => this.again(),
    });
    this.focus.add(again);
    this.focus.focus(1);
  }
}
