// Where the toasts go: in the first corner of the window where they cover no control (a button, a
// field, a link, a choice drawn on the canvas). No corner is free on every screen — the briefing's
// Ready sits bottom right, the press room's Pause and Settings top right, the debrief's Menu bottom
// left — so the place is chosen from what is on screen now, and moves when the screen changes.
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const TOAST_CORNERS = ['top-right', 'bottom-left', 'top-left', 'bottom-right', 'top-centre', 'bottom-centre'] as const;
export type ToastCorner = (typeof TOAST_CORNERS)[number];

/** The box the toasts take in `corner` of a `viewport`-sized window, `margin` from its edges. */
export function toastBox(corner: ToastCorner, viewport: { w: number; h: number }, size: { w: number; h: number }, margin: number): Box {
  const x = corner.endsWith('left') ? margin : corner.endsWith('right') ? viewport.w - margin - size.w : (viewport.w - size.w) / 2;
  const y = corner.startsWith('top') ? margin : viewport.h - margin - size.h;
  return { x, y, w: size.w, h: size.h };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The first corner (in TOAST_CORNERS order) whose box, grown by `clearance`, touches no control;
 * when every corner covers one, the corner that covers the least of them.
 */
export function placeToasts(
  viewport: { w: number; h: number },
  size: { w: number; h: number },
  controls: readonly Box[],
  margin: number,
  clearance = 4,
): ToastCorner {
  let best: ToastCorner = TOAST_CORNERS[0];
  let least = Number.POSITIVE_INFINITY;
  for (const corner of TOAST_CORNERS) {
    const b = toastBox(corner, viewport, size, margin);
    const grown = { x: b.x - clearance, y: b.y - clearance, w: b.w + 2 * clearance, h: b.h + 2 * clearance };
    const covered = controls.reduce((sum, c) => sum + overlap(grown, c), 0);
    if (covered === 0) return corner;
    if (covered < least) [best, least] = [corner, covered];
  }
  return best;
}
