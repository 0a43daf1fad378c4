// Short messages that do not interrupt (e.g. "settings could not be saved"): shown bottom right,
// announced to screen readers, gone after a few seconds or on click (sticky ones only on click).
import type { AppStore, Toast } from '../state/store.ts';
import { h } from './dom.ts';

const TOAST_MS = 6000;

export function createToasts(root: HTMLElement, store: AppStore): void {
  const list = h('div', { class: 'toasts' });
  root.append(list);
  const shown = new Map<number, HTMLElement>();
  const render = (toasts: Toast[]) => {
    for (const [id, el] of shown) {
      if (!toasts.some((t) => t.id === id)) {
        el.remove();
        shown.delete(id);
      }
    }
    for (const toast of toasts) {
      if (shown.has(toast.id)) continue;
      const el = h('div', { class: `toast ${toast.kind}`, role: toast.kind === 'error' ? 'alert' : 'status' }, toast.message);
      el.addEventListener('click', () => store.getState().dismissToast(toast.id));
      list.append(el);
      shown.set(toast.id, el);
      if (!toast.sticky) setTimeout(() => store.getState().dismissToast(toast.id), TOAST_MS);
    }
  };
  store.subscribe((state, prev) => {
    if (state.toasts !== prev.toasts) render(state.toasts);
  });
  render(store.getState().toasts);
}
