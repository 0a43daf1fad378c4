// A live drill's facilitator part of the report: the live questions, calls and news items with the
// points given and why, who was at the podium when, and the facilitator's timestamped notes.
import type { DrillReport } from '../../core/report/report.ts';
import type { ReportContext } from './context.ts';
import { el, mmss, signed } from './dom.ts';

export function liveSection(report: DrillReport, ctx: ReportContext): HTMLElement | null {
  const live = report.live;
  if (!live) return null;
  const { t } = ctx;
  return el('section', { class: 'pd-card pd-live', attrs: { 'aria-labelledby': 'pd-live-title', 'data-section': 'live' } }, [
    el('h2', { text: t('live.title'), attrs: { id: 'pd-live-title' } }),
    live.seats.length > 0
      ? el('p', { text: t('live.seats', { seats: live.seats.map((s) => `${s.trainee} (${mmss(s.from)})`).join(', ') }) })
      : null,
    live.items.length > 0
      ? el(
          'ul',
          { class: 'pd-happenings' },
          live.items.map((i) =>
            el('li', {}, [
              el('span', { class: 'pd-time', text: mmss(i.at) }),
              el('span', {
                text: `${t(`live.kind.${i.kind}`)}${i.trainee ? ` — ${i.trainee}` : ''}: “${i.ask}” ${Object.entries(i.points).map(([s, p]) => `${ctx.skillName(s)} ${signed(p)}`).join(', ') || t('live.noPoints')}${i.reason ? ` — ${i.reason}` : ''}`,
              }),
              i.answer ? el('blockquote', { text: i.answer }) : null,
            ]),
          ),
        )
      : null,
    live.notes.length > 0
      ? el('div', {}, [el('h3', { text: t('live.notes') }), el('ul', { class: 'pd-happenings' }, live.notes.map((n) => el('li', {}, [el('span', { class: 'pd-time', text: mmss(n.at) }), el('span', { text: n.text })])))])
      : null,
  ]);
}
