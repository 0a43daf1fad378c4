// A clickable, focusable card-button drawn in Phaser. Its height grows with a wrapped label so long
// Vietnamese answers never overflow. An optional badge shows its keyboard shortcut (1–5, Enter…).
import type * as Phaser from 'phaser';
import type { Rect } from '../layout.ts';
import { addText, lineWidth, textStyle } from '../textStyle.ts';
import { mix, type Palette } from '../theme.ts';
import type { Focusable } from './focusList.ts';
import { ellipsize } from './textFit.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'choice' | 'ghost' | 'list';

export interface ButtonOptions {
  x: number;
  y: number;
  w: number;
  /** Minimum height; the button grows to fit its label. */
  h: number;
  label: string;
  /** A second, dimmer line under the label (list items). */
  badge?: string;
  variant?: ButtonVariant;
  fontSize: number;
  u: number;
  pal: Palette;
  onActivate: () => void;
  onHover?: () => void;
  align?: 'left' | 'center';
  /** Keep the label on one line (lists ellipsize instead). */
  singleLine?: boolean;
}

function weightOf(variant: ButtonVariant): 400 | 600 | 700 {
  return variant === 'primary' || variant === 'list' ? 700 : variant === 'choice' ? 400 : 600;
}

function padXOf(variant: ButtonVariant, u: number): number {
  return Math.round((variant === 'choice' || variant === 'list' ? 20 : 28) * u);
}

function padYOf(variant: ButtonVariant, u: number): number {
  return Math.round((variant === 'choice' ? 10 : variant === 'list' ? 12 : 14) * u);
}

/**
 * Choices wrap over several lines: their lines sit a little closer than the style's default (a
 * pitch of about 1.4 em, as on a printed page), so four answers of similar length fit beside a
 * long question. The text's bottom padding still holds the last line's descenders.
 */
function lineSpacingOf(variant: ButtonVariant, fontSize: number): number | undefined {
  return variant === 'choice' ? -Math.round(fontSize * 0.06) : undefined;
}

export class Button implements Focusable {
  /** Height a button of width `w` needs for a wrapped label (same geometry as the constructor). */
  static heightFor(
    scene: Phaser.Scene,
    label: string,
    fontSize: number,
    w: number,
    minH: number,
    u: number,
    variant: ButtonVariant = 'choice',
    badge?: string,
  ): number {
    const padX = padXOf(variant, u);
    const padY = padYOf(variant, u);
    const badgeW = badge ? Math.round(fontSize * 1.9) + Math.round(14 * u) : 0;
    const probe = scene.add.text(
      0,
      0,
      label,
      textStyle(fontSize, { weight: weightOf(variant), wrap: w - 2 * padX - badgeW, lineSpacing: lineSpacingOf(variant, fontSize) }),
    );
    const h = probe.height;
    probe.destroy();
    return Math.max(minH, Math.round(h + 2 * padY));
  }

  /** Width a one-line button needs for its label (and badge). */
  static widthFor(scene: Phaser.Scene, label: string, fontSize: number, u: number, variant: ButtonVariant = 'secondary', badge?: string): number {
    const w = lineWidth(scene, label, fontSize, { weight: weightOf(variant) });
    const badgeW = badge ? Math.round(fontSize * 1.9) + Math.round(14 * u) : 0;
    return Math.ceil(w + 2 * padXOf(variant, u) + badgeW);
  }

  readonly gfx: Phaser.GameObjects.Graphics;
  readonly text: Phaser.GameObjects.Text;
  readonly badgeText: Phaser.GameObjects.Text | null = null;
  readonly zone: Phaser.GameObjects.Zone;
  private rect: Rect;
  private hovered = false;
  private focusedState = false;
  private selected = false;
  private isEnabled = true;

  constructor(
    scene: Phaser.Scene,
    private readonly o: ButtonOptions,
  ) {
    const { u, pal } = o;
    const variant = o.variant ?? 'secondary';
    const padX = padXOf(variant, u);
    const padY = padYOf(variant, u);
    const badgeW = o.badge ? Math.round(o.fontSize * 1.9) : 0;
    const textX = o.x + padX + (badgeW ? badgeW + Math.round(14 * u) : 0);
    const textW = o.w - (textX - o.x) - padX;
    const centered = (o.align ?? (variant === 'primary' || variant === 'secondary' || variant === 'ghost' ? 'center' : 'left')) === 'center';
    const weight = weightOf(variant);
    this.gfx = scene.add.graphics();
    const wrap = o.singleLine ? undefined : textW;
    this.text = addText(
      scene,
      textX,
      o.y + padY,
      o.label,
      textStyle(o.fontSize, { weight, color: this.labelColor(), wrap, align: centered ? 'center' : 'left', lineSpacing: lineSpacingOf(variant, o.fontSize) }),
    );
    if (o.singleLine) ellipsize(this.text, textW);
    const contentH = this.text.height;
    const h = Math.max(o.h, Math.round(contentH + 2 * padY));
    this.rect = { x: o.x, y: o.y, w: o.w, h };
    if (centered) {
      this.text.setOrigin(0.5, 0.5).setPosition(o.x + o.w / 2 + (badgeW ? badgeW / 2 : 0), o.y + h / 2);
    } else {
      const offset = Math.round((h - contentH) / 2) - padY;
      this.text.y += offset;
    }
    if (o.badge) {
      this.badgeText = addText(
        scene,
        o.x + padX + badgeW / 2,
        o.y + h / 2,
        o.badge,
        textStyle(Math.max(o.fontSize * 0.85, 24 * u), { weight: 700, color: pal.accentText, align: 'center' }),
      ).setOrigin(0.5, 0.5);
    }
    this.zone = scene.add.zone(o.x, o.y, o.w, h).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    this.zone.on('pointerover', () => {
      this.hovered = true;
      this.redraw();
      o.onHover?.();
    });
    this.zone.on('pointerout', () => {
      this.hovered = false;
      this.redraw();
    });
    this.zone.on('pointerup', () => {
      if (this.isEnabled) o.onActivate();
    });
    this.redraw();
  }

  get height(): number {
    return this.rect.h;
  }

  bounds(): Rect {
    return this.rect;
  }

  activate(): void {
    if (this.isEnabled) this.o.onActivate();
  }

  enabled(): boolean {
    return this.isEnabled;
  }

  setFocused(focused: boolean): void {
    this.focusedState = focused;
    this.redraw();
  }

  setSelected(selected: boolean): void {
    this.selected = selected;
    this.redraw();
  }

  setEnabled(enabled: boolean): void {
    this.isEnabled = enabled;
    this.text.setAlpha(enabled ? 1 : 0.45);
    this.redraw();
  }

  setVisible(visible: boolean): void {
    for (const o of this.parts()) o.setVisible(visible);
    if (visible) this.zone.setInteractive();
    else this.zone.disableInteractive();
  }

  /** Moves the whole button vertically (e.g. to stack buttons after measuring them). */
  setY(y: number): void {
    const dy = y - this.rect.y;
    this.rect = { ...this.rect, y };
    this.text.y += dy;
    if (this.badgeText) this.badgeText.y += dy;
    this.zone.y += dy;
    this.redraw();
  }

  destroy(): void {
    for (const o of this.parts()) o.destroy();
  }

  private parts(): (Phaser.GameObjects.GameObject & { setVisible(v: boolean): unknown })[] {
    const list: (Phaser.GameObjects.GameObject & { setVisible(v: boolean): unknown })[] = [this.gfx, this.text, this.zone];
    if (this.badgeText) list.push(this.badgeText);
    return list;
  }

  private labelColor(): number {
    const { pal } = this.o;
    return (this.o.variant ?? 'secondary') === 'primary' ? pal.accentText : pal.text;
  }

  private redraw(): void {
    const { pal, u } = this.o;
    const variant = this.o.variant ?? 'secondary';
    const g = this.gfx;
    const r = this.rect;
    const radius = Math.round((variant === 'primary' || variant === 'secondary' ? 12 : 12) * u);
    const hc = pal.name === 'high-contrast';
    const lift = this.hovered || this.focusedState;
    g.clear();
    let fill = pal.panelRaised;
    let border = pal.line;
    let fillAlpha = 0.96;
    if (variant === 'primary') {
      fill = lift ? mix(pal.accent, 0xffffff, 0.18) : pal.accent;
      border = pal.accent;
    } else if (variant === 'ghost') {
      fill = lift ? pal.panelRaised : pal.panel;
      fillAlpha = lift ? 0.9 : 0.0;
      border = lift ? pal.textDim : pal.line;
    } else if (variant === 'list') {
      fill = this.selected ? mix(pal.panelRaised, pal.accent, hc ? 0 : 0.14) : lift ? pal.panelRaised : pal.panel;
      border = this.selected ? pal.accent : pal.line;
    } else {
      fill = lift ? mix(pal.panelRaised, pal.primary, hc ? 0 : 0.16) : pal.panelRaised;
      border = lift ? pal.primary : pal.line;
    }
    if (!hc && variant !== 'ghost') {
      g.fillStyle(0x000000, 0.22);
      g.fillRoundedRect(r.x + 2 * u, r.y + 4 * u, r.w, r.h, radius);
    }
    g.fillStyle(fill, fillAlpha);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, radius);
    g.lineStyle(Math.max(1, Math.round((hc || this.selected ? 2 : 1) * u)), border, 1);
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, radius);
    if (variant === 'list' && this.selected) {
      g.fillStyle(pal.accent, 1);
      g.fillRoundedRect(r.x, r.y + 8 * u, Math.max(3, 5 * u), r.h - 16 * u, 2 * u);
    }
    if (this.badgeText) {
      const size = Math.round(this.o.fontSize * 1.55);
      const cx = this.badgeText.x;
      const cy = this.badgeText.y;
      g.fillStyle(this.isEnabled ? pal.accent : pal.line, 1);
      g.fillRoundedRect(cx - size / 2, cy - size / 2, size, size, Math.round(8 * u));
    }
    if (!this.isEnabled) g.setAlpha(0.6);
    else g.setAlpha(1);
  }
}
