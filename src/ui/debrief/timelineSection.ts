// The drill on one time axis: rumour reach curves with their rebuttals, questions and events as a
// chart, and the same facts as text (for screen readers and for paper).
import type { DrillReport } from '../../core/report/report.ts';
import { formatReach } from '../../state/selectors.ts';
import type { TimelineData } from './charts.ts';
import type { ReportContext } from './context.ts';
import { mmss, shorten } from './dom.ts';
import { h } from '../dom.ts';

export interface TimelineSection {
  element: HTMLElement;
  canvas: HTMLCanvasElement;
  data: TimelineData;
}

export function timelineSection(report: DrillReport, ctx: ReportContext): TimelineSection {
  const { t, text, lang } = ctx;
  const tl = report.timeline;
  const reach = (n: number) => formatReach(n, lang);

  const data: TimelineData = {
    end: tl.end,
    rumours: tl.rumours.map((r) => ({
      label: shorten(`${r.author}: ${text(r.text)}`, 70),
      points: r.curve.map((s) => ({ x: s.at, y: s.reach })),
      rebuttal: r.rebuttedAt === null || r.reachAtRebuttal === null ? null : { x: r.rebuttedAt, y: r.reachAtRebuttal, label: t('rebutted') },
    })),
    questions: tl.questions.map((q) => ({
      from: q.askedAt,
      to: q.answeredAt,
      label: `${t('question', { n: q.order + 1 })}: ${mmss(q.askedAt)} → ${mmss(q.answeredAt)}${q.outcome === 'skipped' ? ` — ${t('skipped')}` : ''}`,
      short: t('questionMark', { n: q.order + 1 }),
      missed: q.outcome === 'timeout' || q.outcome === 'ended',
    })),
    events: tl.events.map((e) => ({ at: e.at, label: `${t(`event.${e.kind}`)}: ${text(e.text)}` })),
    axisTime: t('axisTime'),
    axisReach: t('axisReach'),
    questionsLabel: t('questionAxis'),
    eventsLabel: t('eventsTitle'),
    formatTime: mmss,
    formatReach: reach,
  };

  const canvas = h('canvas', { role: 'img', 'aria-label': t('timelineLabel') });
  const rumourItems = tl.rumours.map((r) => {
    // Rebutted before it appeared: it never spread, which is the best outcome there is.
    const preempted = r.rebuttedAt !== null && (r.appearedAt === null || r.rebuttedAt <= r.appearedAt);
    const outcome =
      r.rebuttedAt === null
        ? r.appearedAt === null
          ? null
          : h('span', { class: 'pd-bad' }, t('notRebutted', { reach: reach(r.reachAtEnd) }))
        : h(
            'span',
            { class: 'pd-good' },
            preempted ? t('preempted', { time: mmss(r.rebuttedAt) }) : t('rebuttedAt', { time: mmss(r.rebuttedAt), reach: reach(r.reachAtRebuttal ?? 0) }),
          );
    return h(
      'li',
      { class: 'pd-rumour', 'data-rumour': r.id },
      h('strong', {}, `${r.author}: ${text(r.text)}`),
      r.injected ? h('span', { class: 'pd-tag' }, t('injected')) : null,
      h('span', {}, r.appearedAt === null ? t('neverAppeared') : t('appearedAt', { time: mmss(r.appearedAt) })),
      outcome,
    );
  });
  const happenings = [
    ...tl.events.map((e) => ({ at: e.at, label: `${t(`event.${e.kind}`)}: ${text(e.text)}${e.from ? ` (${text(e.from)})` : ''}` })),
    // A pause stops the drill clock, so it starts and ends on the same drill second.
    ...tl.pauses.map((p) => ({
      at: p.from,
      label: mmss(p.from) === mmss(p.to) ? t('pausedAt', { time: mmss(p.from) }) : t('paused', { from: mmss(p.from), to: mmss(p.to) }),
    })),
  ].sort((a, b) => a.at - b.at);

  const element = h(
    'section',
    { class: 'pd-card pd-timeline', 'aria-labelledby': 'pd-timeline-title' },
    h('h2', { id: 'pd-timeline-title' }, t('timeline')),
    h('p', { class: 'pd-hint' }, t('timelineHint')),
    h('div', { class: 'pd-timeline-chart' }, canvas),
    rumourItems.length > 0 ? h('ul', { class: 'pd-rumours' }, ...rumourItems) : null,
    happenings.length > 0
      ? h('ul', { class: 'pd-happenings' }, ...happenings.map((item) => h('li', {}, h('span', { class: 'pd-time' }, mmss(item.at)), h('span', {}, item.label))))
      : null,
  );
  return { element, canvas, data };
}
