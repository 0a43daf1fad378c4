// The press hall as seen by a TV camera at the back: the agency's backdrop and the podium with the
// spokesperson on stage, and rows of reporters seen from behind. The static hall is baked into one
// texture; the named reporters are drawn on their own so the one asking can stand up and be lit.
import type * as Phaser from 'phaser';
import { seededRandom } from '../../core/engine/shuffle.ts';
import type { Reporter } from '../../core/scenario/schema.ts';
import type { Rect } from '../layout.ts';
import { textStyle } from '../textStyle.ts';
import { mix, type Palette } from '../theme.ts';
import { drawKindIcon, stanceColor } from './icons.ts';
import { ellipsize } from './textFit.ts';

const HAIR = [0x1b1512, 0x2a1d16, 0x3b2a1e, 0x14110f, 0x4a3a2c, 0x6b6460];

interface Seat {
  x: number;
  y: number;
  s: number;
  row: number;
}

/** Stable pseudo-random numbers so the same room looks the same every time (the answers' shuffle uses the same generator). */
const seeded = seededRandom;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function seatsFor(w: number, h: number): Seat[] {
  const seats: Seat[] = [];
  const rows = [
    { y: h * 0.79, count: 11, s: h * 0.16, spread: 0.8 },
    { y: h * 1.0, count: 9, s: h * 0.21, spread: 0.94 },
  ];
  rows.forEach((row, r) => {
    const span = w * row.spread;
    const left = (w - span) / 2;
    for (let i = 0; i < row.count; i++) {
      const offset = r === 0 ? 0.5 : 0.5;
      seats.push({ x: left + ((i + offset) * span) / row.count, y: row.y, s: row.s, row: r });
    }
  });
  return seats;
}

/** Which seat each named reporter takes: spread over both rows, front row first. */
function assignSeats(reporters: readonly Reporter[], seats: Seat[]): Map<string, Seat> {
  const front = seats.filter((s) => s.row === 1);
  const back = seats.filter((s) => s.row === 0);
  const order: Seat[] = [];
  const pick = (list: Seat[], idx: number[]) => idx.map((i) => list[i]).filter((s): s is Seat => !!s);
  // Every third seat in a row, alternating rows, so the name plates never touch.
  // The back row's middle seat is left to anonymous reporters: standing there would hide the podium.
  order.push(
    ...pick(front, [1]),
    ...pick(back, [3]),
    ...pick(front, [7]),
    ...pick(back, [7]),
    ...pick(front, [4]),
    ...pick(back, [0, 10]),
    ...pick(front, [0, 8, 3, 5, 2, 6]),
    ...pick(back, [1, 9, 4, 6, 2, 8, 5]),
  );
  const map = new Map<string, Seat>();
  reporters.forEach((r, i) => {
    const seat = order[i % order.length];
    if (seat) map.set(r.id, seat);
  });
  return map;
}

function drawPersonFromBehind(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, pal: Palette, rnd: () => number, standing: boolean): void {
  const clothes = pal.clothes[Math.floor(rnd() * pal.clothes.length)] ?? pal.panelRaised;
  const hair = HAIR[Math.floor(rnd() * HAIR.length)] ?? 0x1b1512;
  const lift = standing ? s * 0.55 : 0;
  const cy = y - lift;
  // shoulders and back
  g.fillStyle(clothes, 1);
  g.fillRoundedRect(x - s * 0.42, cy - s * 0.62, s * 0.84, s * 0.9, { tl: s * 0.3, tr: s * 0.3, bl: 0, br: 0 });
  if (standing) g.fillRect(x - s * 0.36, cy + s * 0.2, s * 0.72, lift + s * 0.1);
  // neck and head
  g.fillStyle(mix(pal.skin[1] ?? 0xe0ac83, 0x000000, 0.25), 1);
  g.fillRect(x - s * 0.08, cy - s * 0.74, s * 0.16, s * 0.16);
  g.fillStyle(hair, 1);
  g.fillEllipse(x, cy - s * 0.92, s * 0.42, s * 0.48);
  if (rnd() < 0.3) g.fillEllipse(x, cy - s * 0.78, s * 0.38, s * 0.22); // longer hair
}

function drawSeatBack(g: Phaser.GameObjects.Graphics, seat: Seat, pal: Palette): void {
  const { x, y, s } = seat;
  g.fillStyle(pal.seat, 1);
  g.fillRoundedRect(x - s * 0.46, y - s * 0.34, s * 0.92, s * 0.5, s * 0.08);
  g.fillStyle(mix(pal.seat, 0xffffff, 0.08), 1);
  g.fillRect(x - s * 0.46, y - s * 0.34, s * 0.92, s * 0.05);
}

function drawCameraRig(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, pal: Palette, flip: boolean): void {
  const dir = flip ? -1 : 1;
  g.lineStyle(Math.max(2, s * 0.04), 0x0a0d12, 1);
  g.lineBetween(x, y - s * 0.9, x - s * 0.35, y);
  g.lineBetween(x, y - s * 0.9, x + s * 0.35, y);
  g.lineBetween(x, y - s * 0.9, x, y);
  g.fillStyle(0x1a1f29, 1);
  g.fillRoundedRect(x - s * 0.35, y - s * 1.25, s * 0.7, s * 0.38, s * 0.06);
  g.fillStyle(0x0d1016, 1);
  g.fillRect(x + dir * s * 0.35 - (flip ? s * 0.28 : 0), y - s * 1.19, s * 0.28, s * 0.26);
  g.fillStyle(pal.danger, 1);
  g.fillCircle(x - dir * s * 0.22, y - s * 1.17, Math.max(2, s * 0.035));
}

export interface RoomOptions {
  rect: Rect;
  pal: Palette;
  u: number;
  /** The lettering on the backdrop: a heading ("Press conference") and the line under it. */
  agency: string;
  banner: string;
  reporters: readonly Reporter[];
  seed: string;
}

export class RoomView {
  private readonly figures = new Map<
    string,
    { g: Phaser.GameObjects.Graphics; seat: Seat; label: Phaser.GameObjects.Text; plate: Phaser.GameObjects.Graphics }
  >();
  private readonly spot: Phaser.GameObjects.Graphics;
  private asking: string | null = null;
  readonly seats: Seat[];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly o: RoomOptions,
  ) {
    const { rect, pal, u } = o;
    const { w, h } = rect;
    this.seats = seatsFor(w, h);
    const assigned = assignSeats(o.reporters, this.seats);
    const key = `room:${pal.name}:${Math.round(w)}x${Math.round(h)}:${hash(o.seed)}:${[...assigned.values()].map((s) => this.seats.indexOf(s)).join(',')}`;
    if (!scene.textures.exists(`${key}:back`)) this.bake(key, assigned);
    scene.add.image(rect.x, rect.y, `${key}:back`).setOrigin(0, 0);

    // Backdrop lettering (text cannot be baked by Graphics).
    const bx = rect.x + w / 2;
    // Scenery, not reading matter: the conference's title is in the top bar, and who asks is named
    // in the question panel, at reading size (tests of text size skip what is marked decorative).
    scene.add
      .text(bx, rect.y + h * 0.105, o.banner.toUpperCase(), textStyle(h * 0.045, { weight: 700, color: pal.backdropText, letterSpacing: Math.round(h * 0.01) }))
      .setOrigin(0.5, 0.5)
      .setData('decorative', true);
    const agency = scene.add
      .text(bx, rect.y + h * 0.185, o.agency, textStyle(h * 0.06, { weight: 700, color: 0xffffff, align: 'center' }))
      .setOrigin(0.5, 0.5)
      .setData('decorative', true);
    ellipsize(agency, w * 0.33);

    this.spot = scene.add.graphics();
    // Back row, then the front row baked over it, then the front row's named reporters: the
    // figures overlap the way people in a hall do.
    const named = o.reporters.filter((r) => assigned.has(r.id));
    const inRow = (row: number) => named.filter((r) => assigned.get(r.id)!.row === row);
    const figure = (r: Reporter) => {
      const seat = assigned.get(r.id)!;
      this.figures.set(r.id, { g: scene.add.graphics(), seat, label: null as never, plate: null as never });
    };
    inRow(0).forEach(figure);
    scene.add.image(rect.x, rect.y, `${key}:front`).setOrigin(0, 0);
    inRow(1).forEach(figure);
    for (const r of named) {
      const f = this.figures.get(r.id)!;
      f.plate = scene.add.graphics();
      f.label = scene.add
        .text(
          rect.x + f.seat.x,
          rect.y + f.seat.y - f.seat.s * 0.12,
          r.name,
          textStyle(Math.max(11, Math.min(17 * u, f.seat.s * 0.2)), { weight: 600, color: pal.text }),
        )
        .setOrigin(0.5, 0.5)
        .setData('decorative', true);
      this.drawFigure(r, false);
    }
  }

  setAsking(reporterId: string | null): void {
    if (reporterId === this.asking) return;
    const prev = this.asking;
    this.asking = reporterId;
    const byId = new Map(this.o.reporters.map((r) => [r.id, r]));
    if (prev && byId.get(prev)) this.drawFigure(byId.get(prev)!, false);
    this.spot.clear();
    const current = reporterId ? byId.get(reporterId) : undefined;
    if (!current) return;
    this.drawFigure(current, true);
    const f = this.figures.get(current.id);
    if (!f) return;
    const { rect, pal } = this.o;
    const { seat } = f;
    const sx = rect.x + seat.x;
    const sy = rect.y + seat.y;
    // A cone of light from above onto the asking reporter.
    this.spot.fillStyle(pal.accent, pal.name === 'high-contrast' ? 0.25 : 0.1);
    this.spot.fillTriangle(sx - seat.s * 0.15, rect.y, sx + seat.s * 0.15, rect.y, sx + seat.s * 0.9, sy);
    this.spot.fillTriangle(sx - seat.s * 0.15, rect.y, sx - seat.s * 0.9, sy, sx + seat.s * 0.9, sy);
    this.spot.fillStyle(pal.accent, 0.18);
    this.spot.fillEllipse(sx, sy - seat.s * 0.05, seat.s * 1.6, seat.s * 0.4);
  }

  private drawFigure(r: Reporter, standing: boolean): void {
    const f = this.figures.get(r.id);
    if (!f) return;
    const { rect, pal, u } = this.o;
    const { seat, g, label, plate } = f;
    const x = rect.x + seat.x;
    const y = rect.y + seat.y;
    const s = seat.s;
    g.clear();
    const rnd = seeded(hash(r.id));
    drawPersonFromBehind(g, x, y - s * 0.2, s, pal, rnd, standing);
    if (standing) {
      // raised arm holding a microphone
      g.lineStyle(Math.max(3, s * 0.13), pal.clothes[Math.floor(seeded(hash(r.id))() * pal.clothes.length)] ?? pal.panelRaised, 1);
      g.lineBetween(x + s * 0.3, y - s * 1.0, x + s * 0.5, y - s * 1.55);
      g.fillStyle(0x111111, 1);
      g.fillRoundedRect(x + s * 0.44, y - s * 1.8, s * 0.12, s * 0.3, s * 0.04);
      g.fillStyle(pal.accent, 1);
      g.fillCircle(x + s * 0.5, y - s * 1.82, s * 0.08);
    }
    drawSeatBack(g, { ...seat, x, y }, pal);
    // Seat-back name plate: name, kind icon and a stance dot.
    const labelW = label.width + s * 0.5;
    const plateH = label.height + 2 * u;
    plate.clear();
    plate.fillStyle(standing ? pal.accent : pal.bgDeep, standing ? 1 : 0.82);
    plate.fillRoundedRect(x - labelW / 2 - s * 0.1, label.y - plateH / 2, labelW + s * 0.2, plateH, plateH / 2);
    drawKindIcon(plate, r.kind, x - labelW / 2 + s * 0.12, label.y, Math.min(plateH * 0.7, s * 0.22), standing ? pal.accentText : pal.textDim);
    plate.fillStyle(stanceColor(r.stance, pal), 1);
    plate.fillCircle(x + labelW / 2 - s * 0.02, label.y, Math.max(3, plateH * 0.18));
    label.setX(x + s * 0.06);
    label.setColor(`#${(standing ? pal.accentText : pal.text).toString(16).padStart(6, '0')}`);
  }

  private bake(key: string, assigned: Map<string, Seat>): void {
    const { rect, pal } = this.o;
    const { w, h } = rect;
    const g = this.scene.add.graphics();
    const hc = pal.name === 'high-contrast';
    // wall
    const wallTop = mix(pal.bg, pal.backdrop, hc ? 0 : 0.35);
    const bands = 16;
    for (let i = 0; i < bands; i++) {
      g.fillStyle(mix(wallTop, pal.bgDeep, i / bands), 1);
      g.fillRect(0, (h * 0.62 * i) / bands, w, (h * 0.62) / bands + 1);
    }
    // wall panels
    g.lineStyle(Math.max(1, h * 0.003), mix(wallTop, 0xffffff, 0.06), 1);
    for (let i = 1; i < 12; i++) g.lineBetween((w * i) / 12, 0, (w * i) / 12, h * 0.62);
    // floor
    g.fillStyle(pal.floor, 1);
    g.fillRect(0, h * 0.62, w, h * 0.38);
    g.fillStyle(mix(pal.floor, pal.backdrop, hc ? 0 : 0.25), 1);
    g.fillRect(0, h * 0.62, w, h * 0.02);
    // stage
    g.fillStyle(mix(pal.floor, 0xffffff, 0.05), 1);
    g.fillRect(w * 0.2, h * 0.55, w * 0.6, h * 0.09);
    g.fillStyle(mix(pal.floor, 0x000000, 0.3), 1);
    g.fillRect(w * 0.2, h * 0.63, w * 0.6, h * 0.015);
    // backdrop banner
    const bw = w * 0.52;
    const bx = (w - bw) / 2;
    g.fillStyle(pal.backdrop, 1);
    g.fillRect(bx, h * 0.05, bw, h * 0.5);
    g.lineStyle(Math.max(2, h * 0.008), pal.backdropText, 1);
    g.strokeRect(bx + h * 0.012, h * 0.05 + h * 0.012, bw - h * 0.024, h * 0.5 - h * 0.024);
    // emblem rings either side of the lettering
    for (const ex of [bx + bw * 0.09, bx + bw * 0.91]) {
      g.lineStyle(Math.max(2, h * 0.008), pal.backdropText, 1);
      g.strokeCircle(ex, h * 0.2, h * 0.065);
      g.fillStyle(pal.backdropText, 1);
      g.fillCircle(ex, h * 0.2, h * 0.028);
    }
    // potted plants
    for (const px of [w * 0.215, w * 0.785]) {
      g.fillStyle(0x3b2b22, 1);
      g.fillRect(px - h * 0.03, h * 0.5, h * 0.06, h * 0.07);
      g.fillStyle(hc ? 0x2e8b57 : 0x2f6b45, 1);
      g.fillEllipse(px, h * 0.44, h * 0.12, h * 0.16);
      g.fillEllipse(px - h * 0.04, h * 0.4, h * 0.08, h * 0.12);
      g.fillEllipse(px + h * 0.04, h * 0.39, h * 0.08, h * 0.12);
    }
    // spokesperson behind the podium (facing the room)
    const cx = w * 0.5;
    const skin = pal.skin[0] ?? 0xf1c9a5;
    // a little lower than centre, so the lettering above stays clear
    const dy = h * 0.03;
    g.fillStyle(0x1c2433, 1);
    g.fillRoundedRect(cx - h * 0.07, h * 0.33 + dy, h * 0.14, h * 0.2, { tl: h * 0.05, tr: h * 0.05, bl: 0, br: 0 });
    g.fillStyle(0xf3f3f3, 1);
    g.fillTriangle(cx - h * 0.025, h * 0.335 + dy, cx + h * 0.025, h * 0.335 + dy, cx, h * 0.39 + dy);
    g.fillStyle(pal.danger, 1);
    g.fillTriangle(cx - h * 0.008, h * 0.345 + dy, cx + h * 0.008, h * 0.345 + dy, cx, h * 0.41 + dy);
    g.fillStyle(skin, 1);
    g.fillEllipse(cx, h * 0.285 + dy, h * 0.075, h * 0.09);
    g.fillStyle(0x1b1512, 1);
    g.fillEllipse(cx, h * 0.255 + dy, h * 0.08, h * 0.045);
    // podium
    g.fillStyle(0x4a2f1f, 1);
    g.beginPath();
    g.moveTo(cx - h * 0.13, h * 0.43);
    g.lineTo(cx + h * 0.13, h * 0.43);
    g.lineTo(cx + h * 0.1, h * 0.63);
    g.lineTo(cx - h * 0.1, h * 0.63);
    g.closePath();
    g.fillPath();
    g.fillStyle(0x5e3d28, 1);
    g.fillRect(cx - h * 0.145, h * 0.415, h * 0.29, h * 0.03);
    g.lineStyle(Math.max(2, h * 0.006), pal.backdropText, 1);
    g.strokeCircle(cx, h * 0.52, h * 0.035);
    // microphones
    g.lineStyle(Math.max(1.5, h * 0.005), 0x111111, 1);
    g.lineBetween(cx - h * 0.03, h * 0.415, cx - h * 0.045, h * 0.35);
    g.lineBetween(cx + h * 0.03, h * 0.415, cx + h * 0.045, h * 0.35);
    g.fillStyle(0x222222, 1);
    g.fillCircle(cx - h * 0.046, h * 0.345, h * 0.01);
    g.fillCircle(cx + h * 0.046, h * 0.345, h * 0.01);
    // TV cameras at the sides of the hall
    drawCameraRig(g, w * 0.07, h * 0.78, h * 0.28, pal, false);
    drawCameraRig(g, w * 0.93, h * 0.78, h * 0.28, pal, true);
    // anonymous reporters on the seats nobody named took, one texture per row
    const named = new Set(assigned.values());
    const rnd = seeded(hash(this.o.seed));
    const dimmed = { ...pal, clothes: pal.clothes.map((c) => mix(c, pal.bgDeep, 0.35)) };
    const drawRow = (row: number) => {
      for (const seat of this.seats) {
        if (seat.row !== row || named.has(seat)) continue;
        if (rnd() >= 0.18) drawPersonFromBehind(g, seat.x, seat.y - seat.s * 0.2, seat.s, dimmed, rnd, false);
        drawSeatBack(g, seat, pal);
      }
    };
    drawRow(0);
    g.generateTexture(`${key}:back`, Math.ceil(w), Math.ceil(h));
    g.clear();
    drawRow(1);
    g.generateTexture(`${key}:front`, Math.ceil(w), Math.ceil(h));
    g.destroy();
  }
}
