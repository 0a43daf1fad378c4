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

/** Where the toasts sit: a corner, or (when every corner would cover something) a free spot. */
export type ToastPlace = { corner: ToastCorner } | { corner: 'spot'; x: number; y: number };

function boxOf(place: ToastPlace, viewport: { w: number; h: number }, size: { w: number; h: number }, margin: number): Box {
  return place.corner === 'spot' ? { x: place.x, y: place.y, w: size.w, h: size.h } : toastBox(place.corner, viewport, size, margin);
}

/**
 * Like placeToasts, and also clear of what must stay readable (`readable`: a projector's texts and
 * badges, which the back row reads). In order: where the toasts are now, if that is still clear of
 * both (a toast does not hop while the screen under it moves); the first corner clear of both; the
 * first spot clear of both, row by row from the top, each row from the right (`step` apart); then,
 * unless `strict` (null: nowhere is clear), the corner clear of controls that covers the least text,
 * else placeToasts over the controls alone.
 */
export function placeToastsClear(
  viewport: { w: number; h: number },
  size: { w: number; h: number },
  controls: readonly Box[],
  readable: readonly Box[],
  margin: number,
  o: { clearance?: number; textClearance?: number; step?: number; current?: ToastPlace | null; strict?: boolean } = {},
): ToastPlace | null {
  const clearance = o.clearance ?? 4;
  // A text gets more room than a control: a message pressed against a line reads as part of it.
  const textClearance = o.textClearance ?? 12;
  const step = o.step ?? 16;
  const covering = (b: Box, boxes: readonly Box[], by = clearance) => {
    const grown = { x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by };
    return boxes.reduce((sum, c) => sum + overlap(grown, c), 0);
  };
  const clear = (b: Box) => covering(b, controls) === 0 && covering(b, readable, textClearance) === 0;
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= viewport.w && b.y + b.h <= viewport.h;
  if (o.current) {
    const b = boxOf(o.current, viewport, size, margin);
    if (inside(b) && clear(b)) return o.current;
  }
  for (const corner of TOAST_CORNERS) if (clear(toastBox(corner, viewport, size, margin))) return { corner };
  for (let y = margin; y + size.h <= viewport.h - margin; y += step) {
    for (let x = viewport.w - margin - size.w; x >= margin; x -= step) {
      if (clear({ x, y, w: size.w, h: size.h })) return { corner: 'spot', x, y };
    }
  }
  if (o.strict) return null;
  let best: ToastCorner | null = null;
  let least = Number.POSITIVE_INFINITY;
  for (const corner of TOAST_CORNERS) {
    const b = toastBox(corner, viewport, size, margin);
    if (covering(b, controls) > 0) continue;
    const text = covering(b, readable, textClearance);
    if (text < least) [best, least] = [corner, text];
  }
  return { corner: best ?? placeToasts(viewport, size, controls, margin, clearance) };
}
