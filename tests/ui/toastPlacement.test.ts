import { describe, expect, it } from 'vitest';
import { placeToasts, toastBox } from '../../src/ui/toastPlacement.ts';

const viewport = { w: 1280, h: 720 };
const size = { w: 400, h: 80 };

describe('where the toasts go', () => {
  it('takes the top right corner when nothing is there', () => {
    expect(placeToasts(viewport, size, [], 16)).toBe('top-right');
    expect(toastBox('top-right', viewport, size, 16)).toEqual({ x: 864, y: 16, w: 400, h: 80 });
    expect(toastBox('bottom-centre', viewport, size, 16)).toEqual({ x: 440, y: 624, w: 400, h: 80 });
  });

  it('moves off a control to the next free corner', () => {
    // The press room: Pause and Settings top right, a choice bottom left.
    const topBar = { x: 850, y: 5, w: 420, h: 50 };
    const choice = { x: 30, y: 580, w: 890, h: 68 };
    expect(placeToasts(viewport, size, [topBar, choice], 16)).toBe('top-left');
    // The briefing at 1920×1080: Ready bottom right, Back bottom left, nothing at the top right.
    const big = { w: 1920, h: 1080 };
    const ready = { x: 1255, y: 980, w: 610, h: 80 };
    const back = { x: 60, y: 990, w: 190, h: 60 };
    expect(placeToasts(big, size, [ready, back], 16)).toBe('top-right');
  });

  it('keeps a small clearance: a control just beside the box still counts', () => {
    const beside = { x: 864 - 3, y: 16, w: 2, h: 40 };
    expect(placeToasts(viewport, size, [beside], 16)).toBe('bottom-left');
    expect(placeToasts(viewport, size, [beside], 16, 0)).toBe('top-right');
  });

  it('when every corner covers something, covers the least', () => {
    const everywhere = [
      { x: 0, y: 0, w: 1280, h: 100 },
      { x: 0, y: 620, w: 1280, h: 100 },
      { x: 0, y: 600, w: 300, h: 120 },
    ];
    // Top and bottom rows are covered alike; the bottom left also has the extra control.
    expect(placeToasts(viewport, size, everywhere, 16)).toBe('top-right');
  });
});
