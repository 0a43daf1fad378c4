// The line above the question: who asks — kind icon, name, outlet and kind, and stance (a coloured
// dot and a word). It wraps under the name when the line would run into the countdown.
import type * as Phaser from 'phaser';
import type { Reporter } from '../../core/scenario/schema.ts';
import { textStyle } from '../textStyle.ts';
import type { Palette } from '../theme.ts';
import { drawKindIcon, stanceColor } from './icons.ts';

export interface ReporterLabels {
  outlet: string;
  kind: string;
  stance: string;
}

/** Draws the header at (x, y) within width `w`; returns its bottom edge. */
export function addReporterHeader(
  scene: Phaser.Scene,
  r: Reporter,
  labels: ReporterLabels,
  x: number,
  y: number,
  w: number,
  pal: Palette,
  u: number,
  track: (o: Phaser.GameObjects.GameObject) => unknown,
): number {
  const px = (n: number) => Math.round(n * u);
  const icon = px(34);
  const g = scene.add.graphics();
  track(g);
  drawKindIcon(g, r.kind, x + icon / 2, y + icon / 2 + px(4), icon, pal.accent);
  const name = scene.add.text(x + icon + px(14), y, r.name, textStyle(px(26), { weight: 700, color: pal.accent }));
  const outlet = scene.add.text(name.x + name.width + px(16), y + px(3), `${labels.outlet}  ·  ${labels.kind}`, textStyle(px(24), { color: pal.textDim }));
  const color = stanceColor(r.stance, pal);
  const stance = scene.add.text(0, y + px(3), labels.stance, textStyle(px(24), { weight: 600, color }));
  track(name);
  track(outlet);
  track(stance);
  const dot = px(7);
  const oneLine = outlet.x + outlet.width + px(20) + dot * 3 + stance.width <= x + w;
  if (!oneLine) outlet.setPosition(x + icon + px(14), y + name.height - px(6));
  const dotX = outlet.x + outlet.width + px(20) + dot;
  stance.setPosition(dotX + dot * 2, outlet.y);
  g.fillStyle(color, 1);
  g.fillCircle(dotX, outlet.y + outlet.height / 2, dot);
  return oneLine ? y + name.height : outlet.y + outlet.height;
}
