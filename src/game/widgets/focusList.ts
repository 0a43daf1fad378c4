// Keyboard focus for Phaser-drawn controls: Tab / Shift+Tab and the arrow keys move a visible focus
// ring, Enter or Space activates. Pointer hover moves the focus too, so mouse and keyboard agree.
import type * as Phaser from 'phaser';
import type { Rect } from '../layout.ts';

export interface Focusable {
  bounds(): Rect;
  activate(): void;
  setFocused(focused: boolean): void;
  enabled(): boolean;
}

export class FocusList {
  private items: Focusable[] = [];
  private index = -1;
  private readonly ring: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private readonly color: number,
    private readonly u: number,
    private readonly onChange: (item: Focusable | null) => void = () => {},
  ) {
    this.ring = scene.add.graphics().setDepth(1000);
  }

  add(item: Focusable): Focusable {
    this.items.push(item);
    return item;
  }

  clear(): void {
    this.items = [];
    this.index = -1;
    this.ring.clear();
  }

  get focused(): Focusable | null {
    return this.items[this.index] ?? null;
  }

  indexOf(item: Focusable): number {
    return this.items.indexOf(item);
  }

  focus(index: number): void {
    if (this.items.length === 0) return;
    const n = this.items.length;
    let i = ((index % n) + n) % n;
    // Skip disabled items, but never loop forever.
    for (let step = 0; step < n && !this.items[i]!.enabled(); step++) i = (i + 1) % n;
    this.items[this.index]?.setFocused(false);
    this.index = i;
    const item = this.items[i]!;
    item.setFocused(true);
    this.drawRing();
    this.onChange(item);
  }

  move(delta: number): void {
    if (this.items.length === 0) return;
    if (this.index < 0) {
      this.focus(delta > 0 ? 0 : this.items.length - 1);
      return;
    }
    const n = this.items.length;
    let i = this.index;
    for (let step = 0; step < n; step++) {
      i = (((i + delta) % n) + n) % n;
      if (this.items[i]!.enabled()) break;
    }
    this.focus(i);
  }

  drawRing(): void {
    this.ring.clear();
    const item = this.focused;
    if (!item) return;
    const r = item.bounds();
    const w = Math.max(2, Math.round(3 * this.u));
    const gap = Math.round(4 * this.u);
    this.ring.lineStyle(w, this.color, 1);
    this.ring.strokeRoundedRect(r.x - gap, r.y - gap, r.w + 2 * gap, r.h + 2 * gap, Math.round(16 * this.u));
  }

  /** Returns true when the key was handled. `arrows` picks which arrow keys move the focus. */
  handleKey(e: KeyboardEvent, arrows: 'vertical' | 'horizontal' | 'both' = 'both'): boolean {
    const vertical = arrows !== 'horizontal';
    const horizontal = arrows !== 'vertical';
    switch (e.key) {
      case 'Tab':
        this.move(e.shiftKey ? -1 : 1);
        return true;
      case 'ArrowDown':
        if (!vertical) return false;
        this.move(1);
        return true;
      case 'ArrowUp':
        if (!vertical) return false;
        this.move(-1);
        return true;
      case 'ArrowRight':
        if (!horizontal) return false;
        this.move(1);
        return true;
      case 'ArrowLeft':
        if (!horizontal) return false;
        this.move(-1);
        return true;
      case 'Enter':
      case ' ': {
        const item = this.focused;
        if (!item?.enabled()) return false;
        item.activate();
        return true;
      }
      default:
        return false;
    }
  }
}
