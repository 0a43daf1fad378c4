// The paused overlay: shown whenever the drill is paused (Space, P, Escape, or the tab hidden).
// The clock is stopped until the trainee resumes; the facilitator can also end the conference
// (straight to the debrief) or leave to the menu from here.
import type { I18n } from '../i18n/i18n.ts';
import type { DrillController } from '../state/drillController.ts';
import type { AppStore } from '../state/store.ts';
import { h, trapFocus } from './dom.ts';

export interface PausedOverlay {
  readonly visible: boolean;
  relabel(): void;
}

export function createPausedOverlay(root: HTMLElement, store: AppStore, controller: DrillController, i18n: I18n): PausedOverlay {
  const t = (k: string) => i18n.t(k);
  const backdrop = h('div', { class: 'dialog-backdrop paused', hidden: true });
  const panel = h('section', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'paused-title', 'aria-describedby': 'paused-text' });
  backdrop.append(panel);
  root.append(backdrop);

  const button = (labelKey: string, key: string, cls: string, run: () => void) => {
    const b = h('button', { type: 'button', class: `btn ${cls}` }, t(labelKey), h('kbd', {}, key));
    b.addEventListener('click', run);
    return b;
  };

  const render = () => {
    const auto = store.getState().drill?.autoPaused ?? false;
    panel.replaceChildren(
      h('h2', { id: 'paused-title' }, t('pressRoom:paused.title')),
      h('p', { id: 'paused-text' }, t(auto ? 'pressRoom:paused.auto' : 'pressRoom:paused.text')),
      h(
        'div',
        { class: 'dialog-actions column' },
        button('pressRoom:paused.resume', t('common:keys.space'), 'btn-primary', () => controller.resume()),
        button('pressRoom:paused.settings', 'S', 'btn-secondary', () => store.getState().setSettingsOpen(true)),
        button('pressRoom:paused.end', 'E', 'btn-secondary', () => controller.end()),
        button('pressRoom:paused.leave', 'Q', 'btn-ghost', () => controller.leave()),
      ),
    );
  };

  trapFocus(panel);
  const visibleNow = () => {
    const s = store.getState();
    return s.screen === 'PressRoom' && s.drill?.view.status === 'paused';
  };
  // On window, not the panel: focus may be anywhere (e.g. on the page) when the tab comes back.
  window.addEventListener('keydown', (e) => {
    if (!shown || e.defaultPrevented || store.getState().settingsOpen || e.isComposing) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key;
    let handled = true;
    if (key === ' ' || key === 'p' || key === 'P' || key === 'Escape') {
      // Space on a focused button activates that button instead.
      if (key === ' ' && e.target instanceof HTMLButtonElement && panel.contains(e.target) && e.target !== panel.querySelector('button')) handled = false;
      else controller.resume();
    } else if (key === 's' || key === 'S') store.getState().setSettingsOpen(true);
    else if (key === 'e' || key === 'E') controller.end();
    else if (key === 'q' || key === 'Q') controller.leave();
    else handled = false;
    if (handled) e.preventDefault();
  });

  let shown = false;
  const sync = () => {
    const show = visibleNow();
    if (show === shown) return;
    shown = show;
    backdrop.hidden = !show;
    if (show) {
      render();
      if (!store.getState().settingsOpen) panel.querySelector('button')?.focus();
    } else if (panel.contains(document.activeElement)) {
      (document.activeElement as HTMLElement).blur();
    }
  };
  store.subscribe((state, prev) => {
    if (state.drill?.autoPaused !== prev.drill?.autoPaused && shown) render();
    if (!state.settingsOpen && prev.settingsOpen && shown) panel.querySelector('button')?.focus();
    sync();
  });
  sync();

  return {
    get visible() {
      return shown;
    },
    relabel: () => {
      if (shown) {
        render();
        panel.querySelector('button')?.focus();
      }
    },
  };
}
