// Which DOM overlays are open over the screen. The top one owns the keyboard and the pointer: the
// scene underneath takes no input and (except under the replay bar, which plays the drill in the
// press room) is paused until the last overlay closes.
import type { InputLayer } from './commands.ts';

const OVERLAYS = ['settings', 'paused', 'report', 'history', 'replay'] as const;
export type OverlayName = (typeof OVERLAYS)[number];

export interface OverlayStack {
  setOpen(name: OverlayName, open: boolean): void;
  isOpen(name: OverlayName): boolean;
  /** The overlay that owns input (settings over the pause dialog over the reports), or null. */
  top(): OverlayName | null;
  /** Whether the screen underneath keeps running (its input is off either way). */
  screenRuns(): boolean;
  subscribe(listener: () => void): () => void;
}

export function createOverlayStack(): OverlayStack {
  const open = new Set<OverlayName>();
  const listeners = new Set<() => void>();
  return {
    setOpen(name, value) {
      if (open.has(name) === value) return;
      if (value) open.add(name);
      else open.delete(name);
      for (const fn of [...listeners]) fn();
    },
    isOpen: (name) => open.has(name),
    top: () => OVERLAYS.find((name) => open.has(name)) ?? null,
    screenRuns: () => [...open].every((name) => name === 'replay'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Keeps what lies under an open overlay (the DOM screens, the canvas) out of reach: `inert` takes
 * it out of the Tab order and the pointer's reach, so Tab then Enter cannot press a menu button
 * hidden behind the history. The replay bar leaves the press room as it is (nothing there is
 * focusable). Returns the undo.
 */
export function inertUnderOverlays(stack: OverlayStack, below: () => readonly (HTMLElement | null)[]): () => void {
  const apply = () => {
    const covered = !stack.screenRuns();
    for (const el of below()) el?.toggleAttribute('inert', covered);
  };
  apply();
  return stack.subscribe(apply);
}

const SCREEN_LAYERS: Record<string, InputLayer> = { Menu: 'menu', Briefing: 'briefing', PressRoom: 'pressRoom', Debrief: 'debrief' };

/** The input layer for a screen key of the store (Boot and Preloader take no commands). */
export function screenLayer(screen: string): InputLayer | null {
  return SCREEN_LAYERS[screen] ?? null;
}
