// A typed answer in the debrief: what was written, the rubric lines it matched with the phrases
// found, and under it the review "to confirm" (typedReview.ts).
import { signed } from '../dom.ts';
import { h } from '../../dom.ts';
import { typedReview } from './typedReview.ts';
import type { DebriefAnswerView } from './types.ts';

export const typedDebrief: DebriefAnswerView = {
  kind: 'typed',
  answer(beat, ctx) {
    const { t, text } = ctx;
    const r = beat.response;
    if (r.kind !== 'text') return null;
    return h(
      'div',
      { class: 'pd-answer' },
      h('h4', {}, t('typedAnswer')),
      h('blockquote', { class: 'pd-typed' }, r.text),
      r.overLimit ? h('p', { class: 'pd-bad' }, t('overLimit')) : null,
      h('h5', {}, t('matchedLines')),
      r.matched.length === 0
        ? h('p', { class: 'pd-dim' }, t('noMatchedLines'))
        : h(
            'ul',
            { class: 'pd-rubric' },
            ...r.matched.map((line) =>
              h(
                'li',
                { class: line.points >= 0 ? 'pd-good' : 'pd-bad' },
                h('span', { class: 'pd-points' }, `${signed(line.points)} ${ctx.skillName(line.skill)}`),
                h('span', {}, line.matched.map((p) => `“${p}”`).join(', ')),
                line.feedback ? h('span', { class: 'pd-dim' }, `— ${text(line.feedback)}`) : null,
              ),
            ),
          ),
    );
  },
  review: typedReview,
  reason: (source, { t }) => (source.kind === 'rubric' ? t('reason.rubric', { phrases: source.matched.join('”, “') }) : null),
};
