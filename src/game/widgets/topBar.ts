// The press room's top bar: the on-air mark and the scenario's title, the conference clock with
// the time left as a shrinking bar, and the controls (pause, settings, language) sized to their
// labels. The clock redraws its text only when the shown second changes. Once the conference has
// ended the on-air mark says so (a live drill's projector keeps the ended room on the wall) and the
// clock how long it lasted.
import type * as Phaser from 'phaser';
import type { SessionView } from '../../core/session/types.ts';
import { conferenceSecondsLeft, formatClock } from '../../state/selectors.ts';
import type { Rect } from '../layout.ts';
import { textStyle } from '../textStyle.ts';
import { css, type Palette } from '../theme.ts';
import { Button } from './button.ts';
import { ellipsize } from './textFit.ts';

export interface TopBarOptions {
  rect: Rect;
  pal: Palette;
  u: number;
  title: string;
  onAir: string;
  /** What the on-air mark says once the conference has ended. */
  endedMark: string;
  clockLabel: string;
  /** Once the conference has ended the clock says how long it lasted, under this label. */
  endedClockLabel: string;
  controls: { label: string; run: () => void }[];
}

export class TopBar {
  readonly buttons: Button[] = [];
  private readonly clockText: Phaser.GameObjects.Text;
  private readonly clockBar: Phaser.GameObjects.Graphics;
  private readonly mark: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly dot: Phaser.GameObjects.Graphics;
  private markEnded = false;
  private shownSecond = NaN;
  private shownFill = NaN;

  constructor(
    scene: Phaser.Scene,
    private readonly o: TopBarOptions,
  ) {
    const { rect: r, pal, u } = o;
    const px = (n: number) => Math.round(n * u);
    const g = scene.add.graphics();
    g.fillStyle(pal.panel, 1);
    g.fillRect(r.x, r.y, r.w, r.h);
    g.lineStyle(Math.max(1, u), pal.line, 1);
    g.lineBetween(r.x, r.y + r.h, r.x + r.w, r.y + r.h);
    this.dot = scene.add.graphics();
    this.dot.fillStyle(pal.danger, 1);
    this.dot.fillCircle(r.x + px(32), r.y + r.h / 2, px(8));
    const live = scene.add
      .text(r.x + px(50), r.y + r.h / 2, o.onAir.toUpperCase(), textStyle(px(24), { weight: 700, color: pal.danger, letterSpacing: px(2) }))
      .setOrigin(0, 0.5);
    this.mark = live;
    const title = scene.add.text(live.x + live.width + px(18), r.y + r.h / 2, o.title, textStyle(px(26), { weight: 600, color: pal.text })).setOrigin(0, 0.5);
    ellipsize(title, r.w * 0.36 - title.x);
    this.title = title;
    this.clockText = scene.add.text(r.x + r.w / 2, r.y + r.h / 2 - px(6), '', textStyle(px(30), { weight: 700, color: pal.text })).setOrigin(0.5, 0.5);
    this.clockBar = scene.add.graphics();
    const bh = px(54);
    const by = r.y + (r.h - bh) / 2;
    const size = px(24);
    let x = r.x + r.w - px(16);
    for (const spec of [...o.controls].reverse()) {
      const w = Button.widthFor(scene, spec.label, size, u, 'ghost');
      x -= w;
      this.buttons.unshift(
        new Button(scene, { x, y: by, w, h: bh, label: spec.label, variant: 'ghost', singleLine: true, fontSize: size, u, pal, onActivate: spec.run }),
      );
      x -= px(10);
    }
  }

  /** Called for every frame's view: text and bar are redrawn only when what they show changes. */
  update(view: SessionView): void {
    const { pal, u, rect: r } = this.o;
    if (view.status === 'ended' && !this.markEnded) {
      this.markEnded = true;
      this.mark.setText(this.o.endedMark.toUpperCase()).setColor(css(pal.textDim));
      // The mark's width changed: the title follows it.
      this.title.setText(this.o.title).setX(this.mark.x + this.mark.width + Math.round(18 * u));
      ellipsize(this.title, r.w * 0.36 - this.title.x);
      this.dot.clear();
      this.dot.fillStyle(pal.textDim, 1);
      this.dot.fillCircle(r.x + Math.round(32 * u), r.y + r.h / 2, Math.round(8 * u));
    }
    if (view.status === 'ended') {
      // Time left means nothing any more: the clock says how long it lasted, and the bar goes.
      const lasted = Math.floor(view.now);
      if (lasted === this.shownSecond && this.shownFill === -1) return;
      this.shownSecond = lasted;
      this.shownFill = -1;
      this.clockText.setText(`${this.o.endedClockLabel}  ${formatClock(lasted)}`).setColor(css(pal.textDim));
      this.clockBar.clear();
      return;
    }
    const left = conferenceSecondsLeft(view);
    const second = Math.ceil(left);
    if (second !== this.shownSecond) {
      this.shownSecond = second;
      this.clockText.setText(`${this.o.clockLabel}  ${formatClock(left)}`);
      this.clockText.setColor(css(left <= 30 ? pal.warning : pal.text));
    }
    const w = Math.round(260 * u);
    const h = Math.round(5 * u);
    const x = r.x + r.w / 2 - w / 2;
    const y = r.y + r.h - Math.round(10 * u);
    const share = view.duration > 0 ? Math.min(1, view.now / view.duration) : 0;
    const filled = Math.max(h, w * (1 - share));
    // A whole pixel of change is the least the bar can show.
    if (Math.round(filled) === this.shownFill) return;
    this.shownFill = Math.round(filled);
    this.clockBar.clear();
    this.clockBar.fillStyle(pal.line, 1);
    this.clockBar.fillRoundedRect(x, y, w, h, h / 2);
    this.clockBar.fillStyle(pal.accent, 1);
    this.clockBar.fillRoundedRect(x, y, filled, h, h / 2);
  }
}
