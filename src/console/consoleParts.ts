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

/** Where a response leads, in the facilitator's words: who asks what next; the beat's id only small, after it. */
export function nextList(steps: NextStep[], ctx: PanelContext): HTMLElement {
  const step = (s: NextStep): (Node | string)[] => [
    s.conditional ? `(${ctx.t('question.if')}…) ` : '',
    s.ask ? ctx.t('question.nextAsk', { reporter: s.reporter, ask: s.ask }) : ctx.t('question.end'),
    s.ask ? h('span', { class: 'c-id', 'data-beat': s.target }, ` ${s.target}`) : '',
  ];
  const list = steps.length > 0 ? steps.flatMap((s, i) => [...(i > 0 ? [' | '] : []), ...step(s)]) : [ctx.t('question.end')];
  return h('span', { class: 'c-next' }, `→ ${ctx.t('question.next')}: `, ...list);
}
