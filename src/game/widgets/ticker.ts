// The breaking-news ticker along the bottom: a red label and the headlines scrolling right to left
// at a steady, readable speed. With reduced motion the newest headline stands still instead.
import type * as Phaser from 'phaser';
import type { Rect } from '../layout.ts';
import { textStyle } from '../textStyle.ts';
import type { Palette } from '../theme.ts';
import { ellipsize } from './textFit.ts';

export class Ticker {
  private readonly text: Phaser.GameObjects.Text;
  private readonly clip: Rect;
  private content = '';
  private offset = 0;

  constructor(
    scene: Phaser.Scene,
    rect: Rect,
    readonly pal: Palette,
    private readonly u: number,
    label: string,
    private readonly reducedMotion: boolean,
  ) {
    const g = scene.add.graphics();
    g.fillStyle(pal.bgDeep, 1);
    g.fillRect(rect.x, rect.y, rect.w, rect.h);
    g.lineStyle(Math.max(1, u * 2), pal.danger, 1);
    g.lineBetween(rect.x, rect.y, rect.x + rect.w, rect.y);
    const tag = scene.add.text(0, 0, label.toUpperCase(), textStyle(rect.h * 0.42, { weight: 700, color: 0xffffff, letterSpacing: Math.round(2 * u) }));
    const tagW = tag.width + rect.h * 0.8;
    g.fillStyle(pal.danger, 1);
    g.fillRect(rect.x, rect.y, tagW, rect.h);
    g.fillTriangle(rect.x + tagW, rect.y, rect.x + tagW + rect.h * 0.4, rect.y, rect.x + tagW, rect.y + rect.h);
    tag
      .setPosition(rect.x + rect.h * 0.4, rect.y + rect.h / 2)
      .setOrigin(0, 0.5)
      .setDepth(1);
    this.clip = { x: rect.x + tagW + rect.h * 0.7, y: rect.y, w: rect.w - tagW - rect.h * 0.7, h: rect.h };
    this.text = scene.add.text(this.clip.x, rect.y + rect.h / 2, '', textStyle(rect.h * 0.44, { weight: 600, color: pal.text })).setOrigin(0, 0.5);
    // The headlines scroll through the whole strip: what must stay readable is the strip, not where they are now.
    this.text.setData('readableArea', this.clip);
  }

  /** Headlines newest first (the newest few: a texture has a maximum width). */
  setHeadlines(headlines: string[]): void {
    const content = headlines.slice(0, 3).join('     •     ');
    if (content === this.content) return;
    this.content = content;
    if (this.reducedMotion) {
      this.text.setText(headlines[0] ?? '');
      ellipsize(this.text, this.clip.w);
      this.text.setX(this.clip.x);
    } else {
      this.text.setText(content);
      this.offset = 0;
      this.place();
    }
  }

  update(deltaMs: number): void {
    if (this.reducedMotion || !this.content) return;
    const speed = 110 * this.u; // px per second
    this.offset += (speed * deltaMs) / 1000;
    const travel = this.text.width + this.clip.w;
    if (this.offset > travel) this.offset -= travel;
    this.place();
  }

  /** Positions the line and crops it to the strip (crop works in both renderers; masks do not). */
  private place(): void {
    const x = Math.round(this.clip.x + this.clip.w - this.offset);
    this.text.setX(x);
    const from = Math.max(0, this.clip.x - x);
    const to = Math.min(this.text.width, this.clip.x + this.clip.w - x);
    if (to <= from) this.text.setVisible(false);
    else this.text.setVisible(true).setCrop(from, 0, to - from, this.text.height);
  }
}
