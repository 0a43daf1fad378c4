// Short messages that do not interrupt (e.g. "settings could not be saved", "ready to work
// offline"): announced to screen readers, gone after a few seconds or when closed (sticky ones only
// when closed). They sit in a corner where they cover no control (toastPlacement.ts): a trainee
// must never find the Ready button, a choice or the answer box under a message.
import type { AppStore, Toast } from '../state/store.ts';
import { h } from './dom.ts';
import { placeToastsClear, type Box, type ToastPlace } from './toastPlacement.ts';

const TOAST_MS = 6000;
/** From the window's edges, in CSS pixels (the same as `.toasts` in styles.css). */
const MARGIN = 16;
/** While a toast shows, the screen under it may change (a new question, a report opened): look again this often. */
const REPLACE_MS = 400;
/** Controls of the DOM screens and overlays; the toasts' own close buttons are not obstacles. */
const CONTROLS = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [contenteditable="true"]';
/** Texts and badges the toasts keep clear of too (e.g. the projector's "At the podium"). */
const READABLE = '[data-keep-clear]';

export interface ToastOptions {
  /** The label of a toast's close button, in the interface language. */
  closeLabel?: () => string;
  /** Controls drawn on the canvas (CSS pixels), which the DOM cannot see. */
  canvasControls?: () => readonly Box[];
  /** Texts drawn on the canvas that must stay readable (CSS pixels), e.g. a live drill's projector. */
  canvasTexts?: () => readonly Box[];
  /**
   * The toasts never cover a text or a badge here (a live drill's projector, read by the whole room):
   * with no clear place they wait, unseen, until one frees up (the console lists them meanwhile).
   */
  keepTextsReadable?: () => boolean;
}

function domBoxes(list: HTMLElement, selector: string): Box[] {
  const boxes: Box[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (list.contains(el) || el.closest('[inert], [hidden]')) continue;
    if (el.checkVisibility && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push({ x: r.left, y: r.top, w: r.width, h: r.height });
  }
  return boxes;
}

export function createToasts(root: HTMLElement, store: AppStore, options: ToastOptions = {}): void {
  const list = h('div', { class: 'toasts', 'data-corner': 'top-right' });
  root.append(list);
  const shown = new Map<number, HTMLElement>();

  let current: ToastPlace | null = null;
  const place = () => {
    if (shown.size === 0) return;
    const controls = [...domBoxes(list, CONTROLS), ...(options.canvasControls?.() ?? [])];
    const readable = [...domBoxes(list, READABLE), ...(options.canvasTexts?.() ?? [])];
    const viewport = { w: window.innerWidth, h: window.innerHeight };
    const strict = options.keepTextsReadable?.() === true;
    const at = placeToastsClear(viewport, { w: list.offsetWidth, h: list.offsetHeight }, controls, readable, MARGIN, { current, strict });
    // Measured while invisible, so the wait ends as soon as a place is clear.
    list.style.visibility = at ? '' : 'hidden';
    if (!at) return;
    current = at;
    if (list.dataset.corner !== at.corner) list.dataset.corner = at.corner;
    list.style.left = at.corner === 'spot' ? `${at.x}px` : '';
    list.style.top = at.corner === 'spot' ? `${at.y}px` : '';
  };
  let watch: ReturnType<typeof setInterval> | null = null;
  const follow = () => {
    if (shown.size > 0 && watch === null) watch = setInterval(place, REPLACE_MS);
    if (shown.size === 0 && watch !== null) {
      clearInterval(watch);
      watch = null;
    }
  };

  const render = (all: Toast[]) => {
    // A held toast is being given to a live drill's facilitator console instead (app/live).
    const toasts = all.filter((t) => !t.held);
    for (const [id, el] of shown) {
      if (!toasts.some((t) => t.id === id)) {
        el.remove();
        shown.delete(id);
      }
    }
    for (const toast of toasts) {
      if (shown.has(toast.id)) continue;
      const dismiss = () => store.getState().dismissToast(toast.id);
      const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': options.closeLabel?.() ?? '×' }, '×');
      close.addEventListener('click', (e) => {
        e.stopPropagation();
        dismiss();
      });
      const el = h(
        'div',
        { class: `toast ${toast.kind}`, role: toast.kind === 'error' ? 'alert' : 'status' },
        h('span', { class: 'toast-text' }, toast.message),
        close,
      );
      el.addEventListener('click', dismiss);
      list.append(el);
      shown.set(toast.id, el);
      if (!toast.sticky) setTimeout(dismiss, TOAST_MS);
    }
    place();
    follow();
  };
  // Drawn once the store's listeners are done: one of them may hold a new toast for a live drill's
  // console (app/live/facilitatorMessages.ts), and then it must not reach this screen even for a moment.
  let drawing = false;
  const redraw = () => {
    if (drawing) return;
    drawing = true;
    queueMicrotask(() => {
      drawing = false;
      render(store.getState().toasts);
    });
  };
  store.subscribe((state, prev) => {
    if (state.toasts !== prev.toasts) redraw();
    // A new screen has its controls elsewhere: place the toasts once it is drawn.
    else if (state.screen !== prev.screen) requestAnimationFrame(place);
  });
  window.addEventListener('resize', place);
  render(store.getState().toasts);
}
