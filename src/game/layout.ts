// Layout is computed from the viewport, in canvas pixels (the canvas is devicePixelRatio-sized).
// `u` scales a design made at 1920×1080: u = 1 there, 2 at 3840×2160, 0.667 at 1280×720.
export interface Viewport {
  width: number;
  height: number;
  u: number;
}

export function viewportOf(width: number, height: number): Viewport {
  return { width, height, u: Math.min(width / 1920, height / 1080) };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
