// The checker's messages for a scenario, listed in the menu's detail card as selectable text
// (instructors copy them into their editor: PATH:LINE:COL severity [code] …): the errors of a file
// that failed to load, and the warnings of one that loads with something probably unintended.
import { formatDiagnosticIn, hintIn } from '../core/scenario/diagnosticText.ts';
import type { Diagnostic } from '../core/scenario/diagnostics.ts';
import { h } from './dom.ts';

/** `lang`: the language of the messages and hints (English for a language they are not written in). */
export function diagnosticsList(diagnostics: readonly Diagnostic[], label: string, kind: 'errors' | 'warnings', lang = 'en'): HTMLElement {
  const list = h('ol', { class: 'diagnostics' });
  list.append(
    ...diagnostics.map((d) => {
      const hint = hintIn(d, lang);
      return h('li', { class: d.severity }, h('code', {}, formatDiagnosticIn(d, lang)), hint ? h('span', { class: 'hint' }, hint) : null);
    }),
  );
  return h('section', { class: kind === 'errors' ? 'menu-errors' : 'menu-warnings', 'aria-label': label, tabindex: 0 }, list);
}
