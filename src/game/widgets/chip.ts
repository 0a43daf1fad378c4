// Small rounded labels (skills, statuses, stances) laid out left to right, wrapping to new rows.
import type * as Phaser from 'phaser';
import { textStyle } from '../textStyle.ts';
import type { Palette } from '../theme.ts';

export interface ChipSpec {
  label: string;
  sub?: string;
  color?: number;
  fill?: number;
}

export function addChip(scene: Phaser.Scene, x: number, y: number, spec: ChipSpec, size: number, pal: Palette, u: number): { w: number; h: number } {
  const padX = Math.round(size * 0.7);
  const padY = Math.round(size * 0.28);
  // Created first so it stays under the text it frames.
  const g = scene.add.graphics();
  const label = scene.add.text(x + padX, y + padY, spec.label, textStyle(size, { weight: 600, color: spec.color ?? pal.text }));
  let w = label.width;
  let h = label.height;
  if (spec.sub) {
    const sub = scene.add.text(x + padX, y + padY + label.height - size * 0.3, spec.sub, textStyle(size * 0.78, { color: pal.textDim }));
    w = Math.max(w, sub.width);
    h += sub.height - size * 0.3;
  }
  g.fillStyle(spec.fill ?? pal.panelRaised, 1);
  g.fillRoundedRect(x, y, w + 2 * padX, h + 2 * padY, Math.round(Math.min(h + 2 * padY, 40 * u) / 2));
  g.lineStyle(Math.max(1, Math.round(u)), spec.color ?? pal.line, pal.name === 'high-contrast' ? 1 : 0.55);
  g.strokeRoundedRect(x, y, w + 2 * padX, h + 2 * padY, Math.round(Math.min(h + 2 * padY, 40 * u) / 2));
  return { w: w + 2 * padX, h: h + 2 * padY };
}

/** Lays chips out in rows within `maxWidth`; returns the total height used. */
export function addChipRow(scene: Phaser.Scene, x: number, y: number, maxWidth: number, specs: ChipSpec[], size: number, pal: Palette, u: number): number {
  const gap = Math.round(10 * u);
  let cx = x;
  let cy = y;
  let rowH = 0;
  for (const spec of specs) {
    // Measure by drawing off-screen first would double the work; chips are short, so estimate and
    // wrap after drawing if needed.
    const probe = scene.add.text(0, 0, spec.sub && spec.sub.length > spec.label.length ? spec.sub : spec.label, textStyle(size, { weight: 600 }));
    const estW = probe.width + size * 1.4;
    probe.destroy();
    if (cx > x && cx + estW > x + maxWidth) {
      cx = x;
      cy += rowH + gap;
      rowH = 0;
    }
    const { w, h } = addChip(scene, cx, cy, spec, size, pal, u);
    cx += w + gap;
    rowH = Math.max(rowH, h);
  }
  return cy + rowH - y;
}
