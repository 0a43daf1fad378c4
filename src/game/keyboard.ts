// The one keydown listener for the game: global keys first (F for fullscreen), then the running
// scene. Keys typed into DOM controls (the answer box, settings) and keys during an IME composition
// (Vietnamese Telex/VNI) never reach the game.
import type { AppContext } from './appContext.ts';
import type { PodiumScene } from './scenes/podiumScene.ts';

const TYPING_TARGETS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return TYPING_TARGETS.has(target.tagName) || target.isContentEditable;
}

export function listenKeys(ctx: AppContext, activeScene: () => PodiumScene | null): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing || e.key === 'Process') return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (ctx.overlays.capturesKeys() || isTypingTarget(e.target)) return;
    // A focused DOM button activates itself on Enter/Space; let it.
    if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
    if (e.key === 'f' || e.key === 'F') {
      ctx.toggleFullscreen();
      e.preventDefault();
      return;
    }
    const scene = activeScene();
    if (scene?.handleKey(e)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
