// The checker's messages for a scenario that failed to load, listed over the menu's detail card
// as selectable text (instructors copy them into their editor: PATH:LINE:COL severity [code] …).
import { formatDiagnostic, type Diagnostic } from '../core/scenario/diagnostics.ts';
import { h, placeOver } from './dom.ts';

export interface MenuErrors {
  show(diagnostics: Diagnostic[] | null, rect: { x: number; y: number; w: number; h: number } | null): void;
}

export function createMenuErrors(root: HTMLElement, label: () => string): MenuErrors {
  const list = h('ol', { class: 'diagnostics' });
  const section = h('section', { class: 'menu-errors', hidden: true, tabindex: 0 }, list);
  root.append(section);
  return {
    show(diagnostics, rect) {
      if (!diagnostics || !rect) {
        section.hidden = true;
        return;
      }
      section.setAttribute('aria-label', label());
      list.replaceChildren(...diagnostics.map((d) => h('li', { class: d.severity }, h('code', {}, formatDiagnostic(d)), d.hint ? h('span', { class: 'hint' }, d.hint) : null)));
      placeOver(section, rect);
      section.hidden = false;
    },
  };
}
