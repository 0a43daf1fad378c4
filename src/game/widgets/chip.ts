// Small rounded labels (skills, statuses, stances) laid out left to right, wrapping to new rows.
import type * as Phaser from 'phaser';
import { addText, lineWidth, restyle, textStyle } from '../textStyle.ts';
import type { Palette } from '../theme.ts';

export interface ChipSpec {
  label: string;
  sub?: string;
  color?: number;
  fill?: number;
}

/** One chip whose texts are kept and re-written, so a card that changes its chips makes no new Text. */
class Chip {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private sub: Phaser.GameObjects.Text | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly pal: Palette,
    private readonly u: number,
  ) {
    // Created first so it stays under the text it frames.
    this.g = scene.add.graphics();
    this.label = addText(scene, 0, 0, '', textStyle(8));
  }

  draw(x: number, y: number, spec: ChipSpec, size: number): { w: number; h: number } {
    const { pal, u } = this;
    const padX = Math.round(size * 0.7);
    const padY = Math.round(size * 0.28);
    const label = restyle(this.label, spec.label, textStyle(size, { weight: 600, color: spec.color ?? pal.text })).setPosition(x + padX, y + padY).setVisible(true);
    let w = label.width;
    let h = label.height;
    if (spec.sub) {
      const subY = y + padY + label.height - size * 0.3;
      const style = textStyle(size * 0.78, { color: pal.textDim });
      const sub = this.sub ? restyle(this.sub, spec.sub, style).setPosition(x + padX, subY) : addText(this.scene, x + padX, subY, spec.sub, style);
      this.sub = sub.setVisible(true);
      w = Math.max(w, sub.width);
      h += sub.height - size * 0.3;
    } else {
      this.sub?.setVisible(false);
    }
    const g = this.g.clear().setVisible(true);
    g.fillStyle(spec.fill ?? pal.panelRaised, 1);
    g.fillRoundedRect(x, y, w + 2 * padX, h + 2 * padY, Math.round(Math.min(h + 2 * padY, 40 * u) / 2));
    g.lineStyle(Math.max(1, Math.round(u)), spec.color ?? pal.line, pal.name === 'high-contrast' ? 1 : 0.55);
    g.strokeRoundedRect(x, y, w + 2 * padX, h + 2 * padY, Math.round(Math.min(h + 2 * padY, 40 * u) / 2));
    return { w: w + 2 * padX, h: h + 2 * padY };
  }

  hide(): void {
    this.g.setVisible(false);
    this.label.setVisible(false);
    this.sub?.setVisible(false);
  }
}

/** A row of chips that can be laid out again with other chips, re-using the ones it already made. */
export class ChipRow {
  private readonly chips: Chip[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly pal: Palette,
    private readonly u: number,
  ) {}

  /** Lays chips out in rows within `maxWidth` and hides the spare ones; returns the height used. */
  layout(x: number, y: number, maxWidth: number, specs: ChipSpec[], size: number): number {
    const gap = Math.round(10 * this.u);
    let cx = x;
    let cy = y;
    let rowH = 0;
    specs.forEach((spec, i) => {
      // The wider of the two lines, at the label's size, estimates the chip before it is drawn.
      const longer = spec.sub && spec.sub.length > spec.label.length ? spec.sub : spec.label;
      const estW = lineWidth(this.scene, longer, size, { weight: 600 }) + size * 1.4;
      if (cx > x && cx + estW > x + maxWidth) {
        cx = x;
        cy += rowH + gap;
        rowH = 0;
      }
      const chip = (this.chips[i] ??= new Chip(this.scene, this.pal, this.u));
      const { w, h } = chip.draw(cx, cy, spec, size);
      cx += w + gap;
      rowH = Math.max(rowH, h);
    });
    for (const chip of this.chips.slice(specs.length)) chip.hide();
    return cy + rowH - y;
  }

  hide(): void {
    for (const chip of this.chips) chip.hide();
  }
}

/** Lays chips out in rows within `maxWidth`; returns the total height used. */
export function addChipRow(scene: Phaser.Scene, x: number, y: number, maxWidth: number, specs: ChipSpec[], size: number, pal: Palette, u: number): number {
  return new ChipRow(scene, pal, u).layout(x, y, maxWidth, specs, size);
}
