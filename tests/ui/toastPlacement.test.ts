import { describe, expect, it } from 'vitest';
import { placeToasts, placeToastsClear, type ToastPlace, toastBox } from '../../src/ui/toastPlacement.ts';

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

describe('on a projector, clear of the texts too', () => {
  const big = { w: 1920, h: 1080 };
  const toast = { w: 480, h: 110 };
  // The ended live projector: the top bar's mark and title, clock and "At the podium" badge, the ticker.
  const mark = { x: 20, y: 20, w: 600, h: 40 };
  const clock = { x: 880, y: 14, w: 160, h: 40 };
  const badge = { x: 1576, y: 12, w: 320, h: 56 };
  const ticker = { x: 0, y: 1024, w: 1920, h: 56 };

  it('takes the first corner clear of controls and texts', () => {
    expect(placeToastsClear(big, toast, [], [], 16)).toEqual({ corner: 'top-right' });
    expect(placeToastsClear(big, toast, [], [badge], 16)).toEqual({ corner: 'bottom-left' });
  });

  it('with every corner on a text, finds a free spot (from the top, from the right) rather than cover one', () => {
    const place = placeToastsClear(big, toast, [], [mark, clock, badge, ticker], 16)!;
    expect(place.corner).toBe('spot');
    const box = toastBoxOf(place);
    for (const t of [mark, clock, badge, ticker]) expect(overlaps(box, t), JSON.stringify(t)).toBe(false);
    expect(box.y).toBeLessThan(100);
  });

  it('stays where it is while that is still clear (no hopping)', () => {
    const current = { corner: 'spot', x: 40, y: 500 } as const;
    expect(placeToastsClear(big, toast, [], [badge], 16, { current })).toEqual(current);
    // Something now under it: it moves.
    expect(placeToastsClear(big, toast, [], [badge, { x: 100, y: 520, w: 50, h: 20 }], 16, { current })).toEqual({ corner: 'bottom-left' });
  });

  it('never trades a control for a text: with no clear place, the corner clear of controls that covers least text', () => {
    const wall = [{ x: 0, y: 0, w: 1920, h: 1080 }];
    expect(placeToastsClear(big, toast, [{ x: 1400, y: 0, w: 520, h: 200 }], wall, 16)).toEqual({ corner: 'bottom-left' });
  });

  it('strict (a projector): nowhere clear means nowhere, rather than over a text', () => {
    const wall = [{ x: 0, y: 0, w: 1920, h: 1080 }];
    expect(placeToastsClear(big, toast, [], wall, 16, { strict: true })).toBeNull();
    expect(placeToastsClear(big, toast, [], [badge], 16, { strict: true })).toEqual({ corner: 'bottom-left' });
  });

  function toastBoxOf(p: ToastPlace) {
    return p.corner === 'spot' ? { x: p.x, y: p.y, ...toast } : toastBox(p.corner, big, toast, 16);
  }
  function overlaps(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }
});
