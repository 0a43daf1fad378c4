// The paused overlay: shown whenever the drill is paused (Space, P, Escape, or the tab hidden).
// The clock is stopped until the trainee resumes; the facilitator can also end the conference
// (straight to the debrief) or leave to the menu from here.
import type { CommandId, Commands } from '../app/commands.ts';
import type { OverlayStack } from '../app/overlayStack.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { AppStore } from '../state/store.ts';
import { h, trapFocus } from './dom.ts';

export interface PausedOverlay {
  readonly visible: boolean;
  relabel(): void;
}

export function createPausedOverlay(root: HTMLElement, store: AppStore, i18n: I18n, commands: Commands, overlays: OverlayStack): PausedOverlay {
  const t = (k: string) => i18n.t(k);
  const backdrop = h('div', { class: 'dialog-backdrop paused', hidden: true });
  const panel = h('section', {
    class: 'dialog',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'paused-title',
    'aria-describedby': 'paused-text',
    tabindex: -1,
  });
  backdrop.append(panel);
  root.append(backdrop);

  // Each button runs the command its key runs (the key shown is the command's first binding).
  const button = (labelKey: string, id: CommandId, cls: string) => {
    const hint = commands.keyHint(id);
    const b = h(
      'button',
      { type: 'button', class: `btn ${cls}`, 'data-command': id },
      t(labelKey),
      h('kbd', {}, hint === 'Space' ? t('common:keys.space') : hint),
    );
    b.addEventListener('click', () => commands.run(id));
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
        button('pressRoom:paused.resume', 'drill.resume', 'btn-primary'),
        button('pressRoom:paused.settings', 'app.settings', 'btn-secondary'),
        button('pressRoom:paused.end', 'drill.end', 'btn-secondary'),
        button('pressRoom:paused.leave', 'drill.leave', 'btn-ghost'),
      ),
    );
  };

  trapFocus(panel);
  const visibleNow = () => {
    const s = store.getState();
    return s.screen === 'PressRoom' && s.drill?.view.status === 'paused' && !overlays.isOpen('replay');
  };

  let shown = false;
  const sync = () => {
    const show = visibleNow();
    if (show === shown) return;
    shown = show;
    backdrop.hidden = !show;
    overlays.setOpen('paused', show);
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
