// A live drill's facilitator part of the report: the live questions, calls and news items with the
// points given and why, who was at the podium when, and the facilitator's timestamped notes.
import type { DrillReport } from '../../core/report/report.ts';
import type { ReportContext } from './context.ts';
import { mmss, signed } from './dom.ts';
import { h } from '../dom.ts';

export function liveSection(report: DrillReport, ctx: ReportContext): HTMLElement | null {
  const live = report.live;
  if (!live) return null;
  const { t } = ctx;
  return h(
    'section',
    { class: 'pd-card pd-live', 'aria-labelledby': 'pd-live-title', 'data-section': 'live' },
    h('h2', { id: 'pd-live-title' }, t('live.title')),
    live.seats.length > 0 ? h('p', {}, t('live.seats', { seats: live.seats.map((s) => `${s.trainee} (${mmss(s.from)})`).join(', ') })) : null,
    live.items.length > 0
      ? h(
          'ul',
          { class: 'pd-happenings' },
          ...live.items.map((i) =>
            h(
              'li',
              {},
              h('span', { class: 'pd-time' }, mmss(i.at)),
              h(
                'span',
                {},
                `${t(`live.kind.${i.kind}`)}${i.trainee ? ` — ${i.trainee}` : ''}: “${i.ask}” ${
                  Object.entries(i.points)
                    .map(([s, p]) => `${ctx.skillName(s)} ${signed(p)}`)
                    .join(', ') || t('live.noPoints')
                }${i.reason ? ` — ${i.reason}` : ''}`,
              ),
              i.answer ? h('blockquote', {}, i.answer) : null,
            ),
          ),
        )
      : null,
    live.notes.length > 0
      ? h(
          'div',
          {},
          h('h3', {}, t('live.notes')),
          h('ul', { class: 'pd-happenings' }, ...live.notes.map((n) => h('li', {}, h('span', { class: 'pd-time' }, mmss(n.at)), h('span', {}, n.text)))),
        )
      : null,
  );
}
