// Briefing: what the spokesperson knows before facing the press — the situation, the key messages,
// the sensitive topics, the facts marked confirmed / unconfirmed / confidential, and who is in the
// room. It reads like a printed dossier: blocks flow through three columns, and the type shrinks
// (never below a readable floor) until everything fits without scrolling. "Ready" starts the clock.
import type * as Phaser from 'phaser';
import type { Reporter } from '../../core/scenario/schema.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { answerTimeOptions } from '../../state/answerTime.ts';
import { selectSelectedScenario } from '../../state/selectors.ts';
import type { Rect } from '../layout.ts';
import { textStyle } from '../textStyle.ts';
import { drawBrand, drawHall } from '../widgets/backdrop.ts';
import { Button } from '../widgets/button.ts';
import { FocusList } from '../widgets/focusList.ts';
import { drawKindIcon, drawStatusIcon, stanceColor, statusColor } from '../widgets/icons.ts';
import { addPanel } from '../widgets/panel.ts';
import { ellipsize } from '../widgets/textFit.ts';
import { PodiumScene } from './podiumScene.ts';
import { flowColumns } from '../flowColumns.ts';

const MIN_SCALE = 0.62;

interface FlowItem {
  objects: Phaser.GameObjects.GameObject[];
  h: number;
  /** Space below it. */
  after: number;
  keepWithNext: boolean;
}

export class BriefingScene extends PodiumScene {
  private focus!: FocusList;

  protected build(): void {
    this.buildAt(1);
  }

  override handleKey(e: KeyboardEvent): boolean {
    if (e.key === 'Escape' || e.key === 'Backspace') {
      this.back();
      return true;
    }
    if (e.key === 's' || e.key === 'S') {
      this.ctx.overlays.openSettings();
      return true;
    }
    if (e.key === 'l' || e.key === 'L') {
      this.toggleLanguage();
      return true;
    }
    return this.focus.handleKey(e, 'horizontal');
  }

  private ready(): void {
    const checked = selectSelectedScenario(this.ctx.store.getState());
    if (!checked) return;
    const { answerTime } = this.ctx.store.getState().settings;
    this.ctx.controller.startDrill(checked.scenario.id, answerTimeOptions(answerTime));
  }

  private back(): void {
    this.ctx.store.getState().goTo('Menu');
  }

  private buildAt(k: number): void {
    const checked = selectSelectedScenario(this.ctx.store.getState());
    const { width, height } = this.vp;
    const pal = this.pal;
    const px = (n: number) => this.px(n);
    const f = (n: number) => this.px(n * k);
    drawHall(this, this.vp, pal, { x: 0.3, y: 0.0 });
    this.focus = new FocusList(this, pal.focus, this.vp.u);
    if (!checked) {
      this.add.text(width / 2, height / 2, this.t('briefing:missing'), textStyle(px(28), { color: pal.textDim })).setOrigin(0.5);
      this.addButtons();
      return;
    }
    const s = checked.scenario;
    const lang = this.lang;
    drawBrand(this, px(60), px(30), px(30), pal, null, textStyle);
    this.add.text(px(60), px(84), this.t('briefing:heading').toUpperCase(), textStyle(px(17), { weight: 700, color: pal.accent, letterSpacing: px(3) }));
    const title = this.add.text(px(60), px(108), resolveText(s.title, lang), textStyle(px(38), { weight: 700 }));
    ellipsize(title, width - px(120));

    const stripBottom = height - px(124);
    const stripH = this.reporterStrip(s.reporters, px(60), stripBottom, width - px(120), k);
    const top = title.y + title.height + px(14);
    const bottom = stripBottom - stripH - px(18);
    const area: Rect = { x: px(60), y: top, w: width - px(120), h: bottom - top };
    addPanel(this, area, pal, this.vp.u, { fillAlpha: 0.9 });

    const cols = 3;
    const pad = px(30);
    const gap = px(40);
    const colW = Math.floor((area.w - 2 * pad - (cols - 1) * gap) / cols);
    const items: FlowItem[] = [];
    const heading = (label: string) => this.item(true, () => [this.add.text(0, 0, label.toUpperCase(), textStyle(f(16), { weight: 700, color: pal.textDim, letterSpacing: px(2), wrap: colW }))], f(4));
    items.push(heading(this.t('briefing:situation')));
    items.push(this.item(false, () => [this.add.text(0, 0, resolveText(s.briefing.situation, lang), textStyle(f(24), { wrap: colW, lineSpacing: f(6) }))], f(22)));
    if (s.briefing.key_messages.length) {
      items.push(heading(this.t('briefing:keyMessages')));
      for (const km of s.briefing.key_messages) {
        items.push(
          this.item(false, () => {
            const g = this.add.graphics();
            g.fillStyle(pal.accent, 1);
            g.fillRoundedRect(0, f(9), Math.max(3, f(6)), f(24), f(3));
            return [g, this.add.text(f(18), 0, resolveText(km.text, lang), textStyle(f(22), { weight: 600, wrap: colW - f(18) }))];
          }, f(10)),
        );
      }
      items[items.length - 1]!.after += f(14);
    }
    if (s.briefing.sensitive?.length) {
      items.push(heading(this.t('briefing:sensitive')));
      for (const topic of s.briefing.sensitive) {
        items.push(
          this.item(false, () => {
            const g = this.add.graphics();
            g.lineStyle(Math.max(2, f(3)), pal.danger, 1);
            g.strokeTriangle(0, f(30), f(22), f(30), f(11), f(10));
            return [g, this.add.text(f(32), 0, resolveText(topic, lang), textStyle(f(21), { wrap: colW - f(32) }))];
          }, f(8)),
        );
      }
      items[items.length - 1]!.after += f(14);
    }
    items.push(heading(this.t('briefing:facts')));
    if (s.briefing.facts.length === 0) items.push(this.item(false, () => [this.add.text(0, 0, this.t('briefing:noFacts'), textStyle(f(20), { color: pal.textDim }))], 0));
    for (const fact of s.briefing.facts) {
      items.push(
        this.item(false, () => {
          const g = this.add.graphics();
          const icon = f(28);
          drawStatusIcon(g, fact.status, icon / 2, icon / 2 + f(4), icon, pal);
          const label = this.add.text(icon + f(12), 0, this.t(`common:factStatus.${fact.status}`).toUpperCase(), textStyle(f(15), { weight: 700, color: statusColor(fact.status, pal), letterSpacing: px(1) }));
          const text = this.add.text(icon + f(12), label.height - f(4), resolveText(fact.text, lang), textStyle(f(20), { wrap: colW - icon - f(12) }));
          return [g, label, text];
        }, f(14)),
      );
    }
    const places = flowColumns(items, area.h - 2 * pad, cols);
    if (!places && k > MIN_SCALE) {
      this.tweens.killAll();
      this.children.removeAll(true);
      this.buildAt(Math.max(MIN_SCALE, k * 0.93));
      return;
    }
    items.forEach((item, i) => {
      // At the smallest type, anything that still does not fit goes after the last column's end.
      const place = places?.[i] ?? { col: cols - 1, y: area.h };
      for (const o of item.objects) {
        const t = o as unknown as { x: number; y: number };
        t.x += area.x + pad + place.col * (colW + gap);
        t.y += area.y + pad + place.y;
      }
    });
    const rules = this.add.graphics();
    rules.lineStyle(Math.max(1, this.vp.u), pal.line, 0.8);
    for (let c = 1; c < cols; c++) {
      const x = area.x + pad + c * (colW + gap) - gap / 2;
      rules.lineBetween(x, area.y + pad, x, area.y + area.h - pad);
    }
    this.addButtons();
  }

  /** One unbreakable block of the dossier, built at (0, 0) and moved into place afterwards. */
  private item(keepWithNext: boolean, make: () => Phaser.GameObjects.GameObject[], after: number): FlowItem {
    const objects = make();
    let h = 0;
    for (const o of objects) {
      const b = o as unknown as { y: number; height?: number };
      if (o.type === 'Text' && typeof b.height === 'number') h = Math.max(h, b.y + b.height);
    }
    return { objects, h, after, keepWithNext };
  }

  private reporterStrip(reporters: readonly Reporter[], x: number, bottom: number, w: number, k: number): number {
    const pal = this.pal;
    const f = (n: number) => this.px(n * Math.max(k, 0.85));
    const gap = this.px(14);
    const perRow = Math.max(1, Math.min(reporters.length, 6));
    const cardW = Math.floor((w - (perRow - 1) * gap) / perRow);
    const rows = Math.ceil(reporters.length / perRow);
    // As tall as its three lines really are: text keeps its diacritic padding when the type shrinks.
    const pad = this.px(14);
    const lineH = (size: number, weight: 400 | 600 | 700) => {
      const probe = this.add.text(0, 0, 'Ầg', textStyle(size, { weight }));
      const h = probe.height;
      probe.destroy();
      return h;
    };
    const contentH = pad - f(4) + lineH(f(19), 700) - f(6) + lineH(f(15), 400) - f(2) + lineH(f(14), 600) + pad * 0.7;
    const cardH = Math.max(f(96), Math.ceil(contentH));
    const total = rows * cardH + (rows - 1) * gap;
    const top = bottom - total;
    this.add.text(x, top - this.px(6), this.t('briefing:reporters').toUpperCase(), textStyle(this.px(15), { weight: 700, color: pal.textDim, letterSpacing: this.px(2) })).setOrigin(0, 1);
    reporters.forEach((r, i) => {
      const cx = x + (i % perRow) * (cardW + gap);
      const cy = top + Math.floor(i / perRow) * (cardH + gap);
      addPanel(this, { x: cx, y: cy, w: cardW, h: cardH }, pal, this.vp.u, { fill: pal.panelRaised, fillAlpha: 0.92, radius: this.px(10) });
      const g = this.add.graphics();
      const icon = f(26);
      drawKindIcon(g, r.kind, cx + pad + icon / 2, cy + pad + icon / 2 + f(2), icon, pal.textDim);
      const tx = cx + pad + icon + this.px(10);
      const tw = cardW - (tx - cx) - pad;
      const name = this.add.text(tx, cy + pad - f(4), r.name, textStyle(f(19), { weight: 700 }));
      ellipsize(name, tw);
      const outlet = this.add.text(tx, name.y + name.height - f(6), resolveText(r.outlet, this.lang), textStyle(f(15), { color: pal.textDim }));
      ellipsize(outlet, tw);
      const dot = f(6);
      const sy = outlet.y + outlet.height - f(2);
      const meta = this.add.text(tx + dot * 3, sy, `${this.t(`common:stance.${r.stance}`)} · ${this.t(`common:kind.${r.kind}`)}`, textStyle(f(14), { weight: 600, color: stanceColor(r.stance, pal) }));
      ellipsize(meta, tw - dot * 3);
      // Level with the lower-case letters: the text's top padding (room for stacked marks) is the larger.
      g.fillStyle(stanceColor(r.stance, pal), 1);
      g.fillCircle(tx + dot, meta.y + meta.height * 0.56, dot);
    });
    return total + this.px(28);
  }

  private addButtons(): void {
    const { width, height } = this.vp;
    const pal = this.pal;
    const px = (n: number) => this.px(n);
    const by = height - px(104);
    const back = new Button(this, { x: px(60), y: by, w: px(220), h: px(72), label: this.t('briefing:back'), badge: 'Esc', variant: 'ghost', fontSize: px(22), u: this.vp.u, pal, onActivate: () => this.back() });
    // Wide enough for the whole label in either language (English ran past 560 at 720p).
    const readyW = Math.min(width * 0.5, Math.max(px(560), Button.widthFor(this, this.t('briefing:ready'), px(26), this.vp.u, 'primary', '↵')));
    const ready = new Button(this, { x: width - px(60) - readyW, y: by, w: readyW, h: px(72), label: this.t('briefing:ready'), badge: '↵', variant: 'primary', singleLine: true, fontSize: px(26), u: this.vp.u, pal, onActivate: () => this.ready() });
    const answerTime = this.ctx.store.getState().settings.answerTime;
    const note = answerTime === null ? this.t('briefing:timeOff') : this.t('briefing:timeFactor', { factor: answerTime });
    this.add
      .text(width - px(60) - readyW - px(28), by + px(36), `${note}\n${this.t('briefing:pauseHint')}`, textStyle(px(18), { color: pal.textDim, align: 'right' }))
      .setOrigin(1, 0.5);
    this.focus.add(back);
    this.focus.add(ready);
    this.focus.focus(1);
  }
}
