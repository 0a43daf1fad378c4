// A typed beat on the console: the rubric lines a facilitator listens for, the model answer and
// where it leads (the trainee's draft is on its own panel).
import { skillName } from '../../i18n/skillName.ts';
import { h } from '../../ui/dom.ts';
import { nextList, signed } from '../consoleParts.ts';
import type { ConsoleAnswerView } from './types.ts';

export const typedConsoleView: ConsoleAnswerView = {
  kind: 'typed',
  render(beat, lang, ctx) {
    if (!beat.typed) return [];
    return [
      h('p', {}, ctx.t('question.typed')),
      h('ul', { class: 'c-rubric' }, ...beat.typed.lines.map((l) => h('li', {}, `${skillName(l.skill, lang)} ${signed(l.points)}: ${l.phrases.join(' · ')}`))),
      beat.typed.model ? h('p', { class: 'c-feedback' }, `${ctx.t('question.model')}: ${beat.typed.model}`) : '',
      nextList(beat.typed.next, ctx),
    ];
  },
};
