// A choice beat on the console: the answers in the projector's order, the best one starred, a
// critical error flagged, each with its points, feedback and where it leads.
import { h } from '../../ui/dom.ts';
import { chips, nextList } from '../consoleParts.ts';
import type { ConsoleAnswerView } from './types.ts';

export const choiceConsoleView: ConsoleAnswerView = {
  kind: 'choice',
  render(beat, lang, ctx) {
    if (beat.answers.length === 0) return [];
    return [
      h(
        'ol',
        { class: 'c-answers' },
        ...beat.answers.map((a) =>
          h(
            'li',
            { class: `${a.best ? 'best' : ''} ${a.critical ? 'critical' : ''}`, 'data-position': a.position },
            h('span', { class: 'c-pos' }, String(a.position)),
            h(
              'div',
              {},
              h(
                'p',
                { class: 'c-answer' },
                a.text,
                a.best ? h('strong', { class: 'c-best' }, ` ★ ${ctx.t('question.best')}`) : null,
                a.critical ? h('strong', { class: 'c-critical' }, ` ⚠ ${ctx.t('question.critical')}`) : null,
              ),
              chips(a.effects, lang),
              a.feedback ? h('p', { class: 'c-feedback' }, a.feedback) : null,
              nextList(a.next, ctx),
            ),
          ),
        ),
      ),
    ];
  },
};
