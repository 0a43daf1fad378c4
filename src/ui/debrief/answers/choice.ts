// A chosen answer in the debrief: its number as the trainee saw it on screen, and the critical tag.
import { h } from '../../dom.ts';
import type { DebriefAnswerView } from './types.ts';

export const choiceDebrief: DebriefAnswerView = {
  kind: 'choice',
  answer(beat, { t, text }) {
    const r = beat.response;
    if (r.kind !== 'choice') return null;
    return h(
      'div',
      { class: 'pd-answer' },
      h('h4', {}, t('yourAnswer')),
      r.critical ? h('span', { class: 'pd-tag pd-tag-critical' }, t('critical.tag')) : null,
      h('blockquote', {}, `${r.position + 1}. ${text(r.text)}`),
    );
  },
  review: () => null,
  reason: (source, { t }) => (source.kind === 'answer' ? t('reason.answer') : null),
};
