// Transient cards at the foot of the feed column: an incoming call or a private note (events),
// and the quick feedback after each answer (stacked above). They never pause the drill and fade
// on their own; older feed posts are what they cover, never the question.
import type * as Phaser from 'phaser';
import type { Rect } from '../layout.ts';
import { textStyle } from '../textStyle.ts';
import type { Palette } from '../theme.ts';
import { addChipRow } from './chip.ts';
import { clampLines } from './textFit.ts';

/** Lines of body a card shows; the rest ends in an ellipsis and opens whole on a click (the debrief has it too). */
const MAX_BODY_LINES = 6;

/** 'feedback' is a tick (the answer helped), 'warning' an exclamation mark, 'timeout' a clock. */
export type CardIcon = 'call' | 'note' | 'feedback' | 'warning' | 'timeout';

export interface CardSpec {
  title: string;
  body: string;
  accent: number;
  chips?: { label: string; color: number }[];
  icon?: CardIcon;
  /** Shows the whole body when the card had to cut it (a click on the card). */
  open?: () => void;
  openLabel?: string;
}

export class PopupCard {
  /** The card on show: one container, so it moves, fades and goes as one. */
  private card: Phaser.GameObjects.Container | null = null;
  private timer: Phaser.Time.TimerEvent | null = null;
  private shownH = 0;
  private top = 0;

  private other: PopupCard | null = null;

  /** Cards sit at the bottom of `area`, full width, above a neighbour card already shown. */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly area: Rect,
    private readonly pal: Palette,
    private readonly u: number,
    private readonly reducedMotion: boolean,
  ) {}

  /** Two cards share the corner: whichever comes second stacks above the first. */
  static pair(a: PopupCard, b: PopupCard): void {
    a.other = b;
    b.other = a;
  }

  get visible(): boolean {
    return this.card !== null;
  }

  /** The icon of the card on show (for tests: a tick only where the answer helped). */
  get icon(): CardIcon | null {
    return this.visible ? this.shownIcon : null;
  }
  private shownIcon: CardIcon | null = null;

  /** Where the card is while shown (for tests: two cards must never overlap). */
  get bounds(): { top: number; height: number } | null {
    return this.visible ? { top: this.top, height: this.shownH } : null;
  }

  /** Height taken (with its gap) while shown, 0 when hidden. */
  get takenHeight(): number {
    return this.visible ? this.shownH + 10 * this.u : 0;
  }

  show(spec: CardSpec, durationMs: number): void {
    this.hide();
    this.shownIcon = spec.icon ?? null;
    // The card still up drops to the bottom, so the new one stacks above it instead of over it.
    this.other?.settle();
    const { pal, u, area } = this;
    const w = area.w - 24 * u;
    const pad = Math.round(16 * u);
    const x = area.x + 12 * u;
    const y0 = 0;
    const bg = this.scene.add.graphics();
    const iconG = this.scene.add.graphics();
    const iconSize = Math.round(34 * u);
    const textX = x + pad + (spec.icon ? iconSize + 14 * u : 0);
    const title = this.scene.add.text(textX, y0 + pad * 0.8, spec.title, textStyle(24 * u, { weight: 700, color: spec.accent, wrap: w - (textX - x) - pad }));
    let y = title.y + title.height;
    const chipObjects: Phaser.GameObjects.GameObject[] = [];
    if (spec.chips?.length) {
      const before = this.scene.children.list.length;
      const used = addChipRow(
        this.scene,
        textX,
        y + 4 * u,
        w - (textX - x) - pad,
        spec.chips.map((c) => ({ label: c.label, color: c.color })),
        24 * u,
        pal,
        u,
      );
      chipObjects.push(...this.scene.children.list.slice(before));
      y += used + 12 * u;
    }
    const body = this.scene.add.text(textX, y, spec.body, textStyle(24 * u, { color: pal.text, wrap: w - (textX - x) - pad, lineSpacing: 4 * u }));
    // Reading size is the floor: a body longer than the card is cut with an ellipsis, and the card
    // then says it opens whole on a click.
    clampLines(body, MAX_BODY_LINES);
    const cut = body.text !== spec.body && spec.open !== undefined;
    const more = cut
      ? this.scene.add.text(textX, body.y + body.height, `▸ ${spec.openLabel ?? ''}`, textStyle(24 * u, { weight: 600, color: pal.accent }))
      : null;
    const h = (more ? more.y + more.height : body.y + body.height) - y0 + pad * 0.8;
    const top = this.bottomTop(h) - (this.other?.takenHeight ?? 0);
    this.shownH = h;
    this.top = top;
    bg.fillStyle(0x000000, pal.name === 'high-contrast' ? 0 : 0.35);
    bg.fillRoundedRect(x + 3 * u, 6 * u, w, h, 14 * u);
    bg.fillStyle(pal.panelRaised, 0.97);
    bg.fillRoundedRect(x, 0, w, h, 14 * u);
    bg.lineStyle(Math.max(2, 2 * u), spec.accent, 1);
    bg.strokeRoundedRect(x, 0, w, h, 14 * u);
    if (spec.icon) drawCardIcon(iconG, spec.icon, x + pad + iconSize / 2, pad + iconSize / 2, iconSize, spec.accent, pal);
    // Built at y = 0, the card is one container placed at `top`.
    const card = this.scene.add.container(0, top, [bg, iconG, title, ...chipObjects, body, ...(more ? [more] : [])]);
    if (cut) {
      const zone = this.scene.add.zone(x, 0, w, h).setOrigin(0, 0).setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => spec.open?.());
      card.add(zone);
    }
    card.setDepth(500);
    this.card = card;
    if (!this.reducedMotion) {
      card.setAlpha(0);
      this.scene.tweens.add({ targets: card, alpha: 1, duration: 220 });
    }
    this.timer = this.scene.time.delayedCall(durationMs, () => this.fadeOut());
  }

  hide(): void {
    this.timer?.remove();
    this.timer = null;
    const wasVisible = this.visible;
    this.card?.destroy();
    this.card = null;
    if (wasVisible) this.other?.settle();
  }

  /** The top of a card of height `h` resting on the bottom of the area. */
  private bottomTop(h: number): number {
    return this.area.y + this.area.h - 12 * this.u - h;
  }

  /** Moves a shown card down to the bottom of the area when the card under it has gone. */
  private settle(): void {
    if (!this.visible) return;
    const below = this.other?.visible && this.other.top > this.top ? this.other.takenHeight : 0;
    const target = this.bottomTop(this.shownH) - below;
    const dy = target - this.top;
    if (Math.abs(dy) < 0.5) return;
    this.card!.y += dy;
    this.top = target;
  }

  private fadeOut(): void {
    if (this.reducedMotion) {
      this.hide();
      return;
    }
    const card = this.card;
    if (!card) return;
    this.scene.tweens.add({
      targets: card,
      alpha: 0,
      duration: 400,
      onComplete: () => {
        if (this.card === card) this.hide();
      },
    });
  }
}

function drawCardIcon(g: Phaser.GameObjects.Graphics, icon: CardIcon, cx: number, cy: number, s: number, color: number, pal: Palette): void {
  g.fillStyle(color, 1);
  g.fillCircle(cx, cy, s / 2);
  g.fillStyle(pal.bgDeep, 1);
  g.lineStyle(Math.max(2, s * 0.09), pal.bgDeep, 1);
  if (icon === 'call') {
    // a handset
    g.fillRoundedRect(cx - s * 0.24, cy - s * 0.08, s * 0.48, s * 0.16, s * 0.06);
    g.fillRoundedRect(cx - s * 0.26, cy - s * 0.16, s * 0.14, s * 0.22, s * 0.05);
    g.fillRoundedRect(cx + s * 0.12, cy - s * 0.16, s * 0.14, s * 0.22, s * 0.05);
  } else if (icon === 'note') {
    g.fillRect(cx - s * 0.18, cy - s * 0.24, s * 0.36, s * 0.48);
    g.lineStyle(Math.max(1.5, s * 0.05), color, 1);
    for (const dy of [-0.1, 0.02, 0.14]) g.lineBetween(cx - s * 0.1, cy + dy * s, cx + s * 0.1, cy + dy * s);
  } else if (icon === 'timeout') {
    // a clock face at ten past ten
    g.strokeCircle(cx, cy, s * 0.26);
    g.lineBetween(cx, cy, cx, cy - s * 0.17);
    g.lineBetween(cx, cy, cx + s * 0.13, cy + s * 0.05);
  } else if (icon === 'warning') {
    g.fillRoundedRect(cx - s * 0.05, cy - s * 0.26, s * 0.1, s * 0.32, s * 0.04);
    g.fillCircle(cx, cy + s * 0.18, s * 0.06);
  } else {
    g.beginPath();
    g.moveTo(cx - s * 0.2, cy);
    g.lineTo(cx - s * 0.05, cy + s * 0.16);
    g.lineTo(cx + s * 0.22, cy - s * 0.14);
    g.strokePath();
  }
}
