// The checker's messages for a scenario, listed in the menu's detail card as selectable text
// (instructors copy them into their editor: PATH:LINE:COL severity [code] …): the errors of a file
// that failed to load, and the warnings of one that loads with something probably unintended.
import { formatDiagnosticIn, type Diagnostic } from '../core/scenario/diagnostics.ts';
import { h } from './dom.ts';

/** `lang`: the messages whose code has a template in that language are shown in it (the rest in English). */
export function diagnosticsList(diagnostics: readonly Diagnostic[], label: string, kind: 'errors' | 'warnings', lang = 'en'): HTMLElement {
  const list = h('ol', { class: 'diagnostics' });
  list.append(
    ...diagnostics.map((d) => h('li', { class: d.severity }, h('code', {}, formatDiagnosticIn(d, lang)), d.hint ? h('span', { class: 'hint' }, d.hint) : null)),
  );
  return h('section', { class: kind === 'errors' ? 'menu-errors' : 'menu-warnings', 'aria-label': label, tabindex: 0 }, list);
}
