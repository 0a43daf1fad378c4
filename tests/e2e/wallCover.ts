// What a message on a live drill's projector may cover: nothing the room reads.
import type { Page } from 'playwright-core';

/**
 * Each visible toast on the projector that covers something the room reads: a visible text of the
 * press room's canvas (its bounds in CSS pixels) or a badge of the live layer.
 */
export async function toastsOverText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type B = { x: number; y: number; w: number; h: number; what: string };
    const hits = (a: B, b: B) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    const canvas = document.querySelector('canvas')!;
    const c = canvas.getBoundingClientRect();
    const k = c.width / canvas.width;
    type O = { type: string; visible: boolean; text?: string; list?: O[]; getBounds(): { x: number; y: number; width: number; height: number } };
    const texts: B[] = [];
    const walk = (list: O[]) => {
      for (const o of list) {
        if (!o.visible) continue;
        if (o.list) walk(o.list);
        if (o.type !== 'Text' || !o.text?.trim()) continue;
        const b = o.getBounds();
        texts.push({ x: c.left + b.x * k, y: c.top + b.y * k, w: b.width * k, h: b.height * k, what: o.text });
      }
    };
    walk(window.__podium!.game.scene.getScene('PressRoom').children.list as unknown as O[]);
    const badges = [...document.querySelectorAll<HTMLElement>('.live-top > *, [data-live="paused"]')]
      .filter((e) => e.checkVisibility())
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height, what: e.textContent ?? '' };
      });
    const shown = [...document.querySelectorAll<HTMLElement>('.toasts .toast')].filter((t) => t.checkVisibility({ visibilityProperty: true }));
    return shown.flatMap((t) => {
      const r = t.getBoundingClientRect();
      const box = { x: r.left, y: r.top, w: r.width, h: r.height, what: '' };
      return [...badges, ...texts].filter((o) => o.w > 0 && o.h > 0 && hits(box, o)).map((o) => `"${t.textContent}" over "${o.what}"`);
    });
  });
}
