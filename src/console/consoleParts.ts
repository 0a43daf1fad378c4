// The small pieces the console's panels and the answer kinds' views (answers/) draw with: points
// as signed chips, and where a branch leads.
import type { NextStep } from '../app/live/consoleView.ts';
import { skillName } from '../i18n/skillName.ts';
import { h } from '../ui/dom.ts';
import type { PanelContext } from './panels.ts';

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function chips(effects: Record<string, number>, lang: string): HTMLElement {
  return h(
    'span',
    { class: 'c-chips' },
    ...Object.entries(effects).map(([s, p]) => h('span', { class: `c-chip ${p > 0 ? 'good' : p < 0 ? 'bad' : ''}` }, `${skillName(s, lang)} ${signed(p)}`)),
  );
}

export function nextList(steps: NextStep[], ctx: PanelContext): HTMLElement {
  return h(
    'span',
    { class: 'c-next' },
    `→ ${ctx.t('question.next')}: `,
    steps
      .map(
        (s) =>
          `${s.conditional ? `(${ctx.t('question.if')}…) ` : ''}${s.ask ? `${s.target} “${s.ask}”` : s.target === 'end' ? ctx.t('question.end') : s.target}`,
      )
      .join(' | ') || ctx.t('question.end'),
  );
}
