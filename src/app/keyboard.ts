// The one keydown listener for the app: a key runs its command from the command table
// (src/app/commands.ts) on the layer that owns input — the top overlay, else the screen — or starts
// a typed answer; what is left moves the focus in the running scene (Tab, arrows, Enter), and only
// when no overlay is open. Keys typed into a text field only reach commands allowed while typing.
import type { Commands } from './commands.ts';
import type { OverlayStack } from './overlayStack.ts';
import type { PodiumScene } from '../game/scenes/podiumScene.ts';

/** Input types that are not text fields: a key on them is not typing. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file', 'color', 'image']);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

export function listenKeys(commands: Commands, overlays: OverlayStack, activeScene: () => PodiumScene | null): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    // A focused DOM button activates itself on Enter/Space; let it.
    if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
    const typing = isTypingTarget(e.target);
    // keyCode 229: an input method owns this key (some browsers send no 'Process' key name).
    const composing = e.isComposing || e.key === 'Process' || e.keyCode === 229;
    const outcome = commands.handleKey({ key: e.key, typing, composing });
    if (outcome === 'command') {
      e.preventDefault();
      return;
    }
    // 'text': the focus is now in the answer box and the browser types the key there.
    if (outcome === 'text' || typing || composing || overlays.top() !== null) return;
    if (activeScene()?.handleKey(e)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
