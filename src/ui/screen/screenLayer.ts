// The layer for the text screens drawn in the DOM (menu, briefing): above the Phaser canvas,
// below the overlays (#ui, #report). Its type is sized from the viewport like the canvas (`--u` is
// one design pixel of a 1920×1080 layout), so 24 design px are 24 px at 1080p and 16 px at 720p.
import './screen.css';

let layer: HTMLElement | null = null;

export function screenLayer(): HTMLElement {
  if (layer) return layer;
  layer = document.createElement('div');
  layer.id = 'screen';
  const ui = document.getElementById('ui');
  if (ui) ui.before(layer);
  else document.body.append(layer);
  return layer;
}

/** Puts the focus on `el` without scrolling the page itself (only its own scroll box moves). */
export function focusInside(el: HTMLElement | null | undefined): void {
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}
