// The answer countdown: a ring that empties and turns from calm to amber to red, with the seconds
// left in its centre. No blinking: the last seconds are marked by colour and the tick sound.
import type * as Phaser from 'phaser';
import { textStyle } from '../textStyle.ts';
import { css, type Palette } from '../theme.ts';

export class Countdown {
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly caption: Phaser.GameObjects.Text;
  private lastShown = '';
  private lastColor = -1;

  constructor(
    scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly r: number,
    private readonly pal: Palette,
    private readonly captionText: string,
    captionSize: number,
  ) {
    this.ring = scene.add.graphics();
    this.label = scene.add.text(x, y, '', textStyle(r * 0.72, { weight: 700, color: pal.text })).setOrigin(0.5, 0.5);
    // The caption ("seconds", "no limit") reads into the ring from its left.
    this.caption = scene.add.text(x - r - Math.round(captionSize * 0.6), y, captionText, textStyle(captionSize, { color: pal.textDim })).setOrigin(1, 0.5);
  }

  destroy(): void {
    this.ring.destroy();
    this.label.destroy();
    this.caption.destroy();
  }

  /** `fraction` 1 → 0 of the answer time left; null when answer time is off. */
  update(secondsLeft: number | null, fraction: number | null, offLabel: string): void {
    const { pal, x, y, r } = this;
    const g = this.ring;
    g.clear();
    const width = Math.max(4, r * 0.16);
    g.lineStyle(width, pal.line, 1);
    g.strokeCircle(x, y, r);
    if (secondsLeft === null || fraction === null) {
      this.setLabel('∞', pal.text);
      this.caption.setText(offLabel);
      return;
    }
    const color = secondsLeft <= 5 ? pal.danger : fraction < 0.4 ? pal.warning : pal.success;
    g.lineStyle(width, color, 1);
    g.beginPath();
    g.arc(x, y, r, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * fraction, false);
    g.strokePath();
    this.caption.setText(this.captionText);
    this.setLabel(String(Math.ceil(secondsLeft)), secondsLeft <= 5 ? pal.danger : pal.text);
  }

  /** Called every frame: setText and setColor each re-render the Text's texture, so only on a change. */
  private setLabel(text: string, color: number): void {
    if (color !== this.lastColor) {
      this.lastColor = color;
      this.label.setColor(css(color));
    }
    if (text === this.lastShown) return;
    this.lastShown = text;
    this.label.setText(text);
  }
}
