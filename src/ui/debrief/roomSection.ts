// The debrief's room section: for each question the room voted on, how the room voted against the
// best answer and the trainee's choice — the room's own practice, set beside the trainee's.
import type { DrillReport } from '../../core/report/report.ts';
import type { Text } from '../../core/scenario/schema.ts';
import { formatNumber } from '../../i18n/numberFormat.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import type { ReportContext } from './context.ts';
import { h } from '../dom.ts';
import './room.css';

export interface RoomVotes {
  beatId: string;
  askedAt: number;
  options: Text[];
  counts: number[];
  best: number | null;
  traineeChoice: number | null;
  /** A typed question: how many gave 1–5 stars, and the skills named. */
  stars?: number[];
  skills?: Record<string, number>;
}

export function roomSection(report: DrillReport, votes: (beatId: string, askedAt: number) => RoomVotes | null, ctx: ReportContext): HTMLElement | null {
  const rows = report.beats.flatMap((beat) => {
    const v = votes(beat.beatId, beat.askedAt);
    if (!v) return [];
    const title = h('h3', {}, `${beat.order + 1}. ${resolveText(beat.ask, ctx.lang)}`);
    if (v.stars) {
      const raters = v.stars.reduce((a, b) => a + b, 0);
      if (raters === 0) return [];
      const mean = v.stars.reduce((a, n, i) => a + n * (i + 1), 0) / raters;
      const top = Object.entries(v.skills ?? {}).sort((a, b) => b[1] - a[1])[0];
      return [
        h(
          'article',
          { class: 'pd-room-beat' },
          title,
          h('p', {}, ctx.t('roomRating', { mean: formatNumber(mean, ctx.lang, { maximumFractionDigits: 1 }), count: raters })),
          top ? h('p', {}, ctx.t('roomSkill', { skill: ctx.skillName(top[0]), count: top[1] })) : null,
        ),
      ];
    }
    if (v.counts.length === 0) return [];
    const total = v.counts.reduce((a, b) => a + b, 0);
    const bestShare = v.best === null || total === 0 ? null : Math.round((100 * (v.counts[v.best] ?? 0)) / total);
    const options = v.options.map((o, i) => {
      const n = v.counts[i] ?? 0;
      const marks = [i === v.best ? ctx.t('roomBest') : '', i === v.traineeChoice ? ctx.t('roomTrainee') : ''].filter(Boolean).join(' · ');
      return h(
        'li',
        { class: i === v.best ? 'pd-room-best' : '' },
        h('span', {}, `${i + 1}. ${resolveText(o, ctx.lang)}`),
        h('meter', { min: '0', max: String(Math.max(1, total)), value: String(n), 'aria-label': ctx.t('roomCount', { count: n }) }),
        h('span', { class: 'pd-room-n' }, ctx.t('roomCount', { count: n })),
        marks ? h('span', { class: 'pd-room-marks' }, marks) : null,
      );
    });
    return [
      h(
        'article',
        { class: 'pd-room-beat' },
        title,
        h('p', {}, bestShare === null ? ctx.t('roomNoBest', { total }) : ctx.t('roomShare', { share: bestShare, total })),
        h('ol', {}, ...options),
      ),
    ];
  });
  if (rows.length === 0) return null;
  return h('section', { class: 'pd-section pd-room' }, h('h2', {}, ctx.t('roomTitle')), h('p', { class: 'pd-note' }, ctx.t('roomIntro')), ...rows);
}
