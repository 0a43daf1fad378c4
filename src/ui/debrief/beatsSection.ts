// Question by question: what was asked, what the trainee did, every point it moved and why, the
// author's feedback, and the best answer the scenario offered.
import { formatNumber } from '../../i18n/numberFormat.ts';
import { saidText } from '../../i18n/saidText.ts';
import type { BeatReport } from '../../core/report/beatReport.ts';
import type { DrillReport } from '../../core/report/report.ts';
import type { ScoredMoment } from '../../core/session/types.ts';
import type { ReportContext } from './context.ts';
import { shorten, signed } from './dom.ts';
import { h } from '../dom.ts';
import { DEBRIEF_ANSWER_VIEWS } from './answers/registry.ts';
import type { ConfirmOptions } from './answers/typedReview.ts';

function reasonOf(m: ScoredMoment, report: DrillReport, ctx: ReportContext): string {
  const { t } = ctx;
  switch (m.source.kind) {
    case 'timeout':
      return t(m.source.ended ? 'reason.timeoutEnded' : 'reason.timeout');
    case 'rumour': {
      const { rumourId, measure } = m.source;
      const rumour = report.timeline.rumours.find((r) => r.id === rumourId);
      return `${t(`reason.${measure}`)}${rumour ? `: “${shorten(ctx.text(rumour.text), 60)}”` : ''}`;
    }
    case 'facilitator':
      return `${t('reason.facilitator')}: “${shorten(m.source.ask, 60)}”${m.source.reason ? ` — ${m.source.reason}` : ''}`;
    default: {
      // An answer's moment: its kind's view words it (answers/registry.ts).
      const source = m.source;
      return DEBRIEF_ANSWER_VIEWS.map((view) => view.reason(source, ctx)).find((reason) => reason !== null) ?? '';
    }
  }
}

function momentList(moments: readonly ScoredMoment[], report: DrillReport, ctx: ReportContext): HTMLElement {
  if (moments.length === 0) return h('p', { class: 'pd-dim' }, ctx.t('noEffects'));
  return h(
    'ul',
    { class: 'pd-effects' },
    ...moments.map((m) =>
      h(
        'li',
        { class: m.points > 0 ? 'pd-good' : m.points < 0 ? 'pd-bad' : '' },
        h('span', { class: 'pd-points' }, signed(m.points)),
        h('span', { class: 'pd-effect-skill' }, ctx.skillName(m.skill)),
        h('span', { class: 'pd-dim' }, `— ${reasonOf(m, report, ctx)}`),
      ),
    ),
  );
}

function responseBlock(beat: BeatReport, ctx: ReportContext): HTMLElement {
  const { t } = ctx;
  const r = beat.response;
  if (r.kind === 'timeout') return h('div', { class: 'pd-answer' }, h('p', { class: 'pd-bad' }, t('timedOut')));
  if (r.kind === 'ended') return h('div', { class: 'pd-answer' }, h('p', { class: 'pd-dim' }, t('endedOpen')));
  if (r.kind === 'skipped') return h('div', { class: 'pd-answer pd-skipped' }, h('p', { class: 'pd-dim' }, t('skipped')));
  // An answer: its kind's view shows it (answers/registry.ts).
  return DEBRIEF_ANSWER_VIEWS.map((view) => view.answer(beat, ctx)).find((shown) => shown !== null) ?? h('div', { class: 'pd-answer' });
}

function bestBlock(beat: BeatReport, ctx: ReportContext): HTMLElement | null {
  const { t, text } = ctx;
  const parts: HTMLElement[] = [];
  if (beat.bestChoice) {
    if (beat.choseBest) parts.push(h('p', { class: 'pd-good pd-best-yours' }, t('bestIsYours')));
    else
      parts.push(
        h(
          'div',
          { class: 'pd-best' },
          h('h4', {}, t('best')),
          h('blockquote', {}, `${beat.bestChoice.position + 1}. ${text(beat.bestChoice.text)}`),
          beat.bestChoice.feedback ? h('p', {}, text(beat.bestChoice.feedback)) : null,
        ),
      );
  }
  if (beat.modelAnswer) {
    parts.push(
      h(
        'div',
        { class: 'pd-best' },
        h('h4', {}, t('modelAnswer')),
        h('blockquote', {}, text(beat.modelAnswer.text)),
        beat.modelAnswer.feedback && beat.response.kind !== 'text' ? h('p', {}, text(beat.modelAnswer.feedback)) : null,
      ),
    );
  }
  return parts.length > 0 ? h('div', { class: 'pd-best-wrap' }, ...parts) : null;
}

/** The answer time the trainee had: the question's limit times the drill's factor (×1.5, ×2, off). */
function answerTimeLine(beat: BeatReport, ctx: ReportContext, factor: number | null): string {
  const seconds = formatNumber(Math.round(beat.answerSeconds), ctx.lang);
  if (factor === null) return ctx.t('answerTimeNoLimit', { seconds });
  return ctx.t('answerTime', { seconds, limit: formatNumber(beat.timeLimit * factor, ctx.lang, { maximumFractionDigits: 1 }) });
}

function feedbackBlock(beat: BeatReport, ctx: ReportContext): HTMLElement | null {
  const said = saidText({ feedback: beat.feedback ?? undefined, note: beat.note ?? undefined }, ctx.lang, ctx.t);
  return said ? h('div', { class: 'pd-feedback' }, h('h4', {}, ctx.t('feedback')), h('p', {}, said)) : null;
}

function beatCard(
  beat: BeatReport,
  report: DrillReport,
  ctx: ReportContext,
  factor: number | null,
  confirm?: ConfirmOptions,
  answeredBy?: (beat: BeatReport) => string | null,
): HTMLElement {
  const { t, text } = ctx;
  const who = answeredBy?.(beat) ?? null;
  const outlet = text(beat.outlet);
  const rebutted = beat.rebutted.flatMap((id) => report.timeline.rumours.filter((r) => r.id === id));
  return h(
    'article',
    { class: `pd-card pd-beat pd-beat-${beat.response.kind}`, 'data-beat': beat.beatId },
    h(
      'header',
      { class: 'pd-beat-head' },
      h('h3', {}, t('question', { n: beat.order + 1 })),
      h('span', { class: 'pd-dim' }, outlet ? t('askedBy', { name: beat.reporterName, outlet }) : beat.reporterName),
      h('span', { class: 'pd-dim pd-answer-time' }, answerTimeLine(beat, ctx, factor)),
      who ? h('span', { class: 'pd-answered-by', 'data-trainee': who }, t('class.answeredBy', { name: who })) : null,
    ),
    h('p', { class: 'pd-ask' }, text(beat.ask)),
    responseBlock(beat, ctx),
    ...DEBRIEF_ANSWER_VIEWS.map((view) => view.review(beat, ctx, confirm)),
    ...rebutted.map((r) => h('p', { class: 'pd-good' }, t('rebuttedRumour', { text: text(r.text) }))),
    h('h4', {}, t('effects')),
    momentList(beat.moments, report, ctx),
    feedbackBlock(beat, ctx),
    bestBlock(beat, ctx),
  );
}

/**
 * `answerTimeFactor`: the drill's answer-time setting (1 by default, null when time was off).
 * `confirm`: the facilitator's adjustments of typed answers, and how to make one (typedReview.ts).
 * `answeredBy`: a hot-seat drill's trainee who answered each question (classSection.ts).
 */
export function beatsSection(
  report: DrillReport,
  ctx: ReportContext,
  answerTimeFactor: number | null = 1,
  confirm?: ConfirmOptions,
  answeredBy?: (beat: BeatReport) => string | null,
): HTMLElement {
  // Rumour points that no answer earned (left unrebutted at the end) still need their reason.
  const key = (m: ScoredMoment) => `${m.at}|${m.skill}|${m.points}|${JSON.stringify(m.source)}`;
  const turnMoments = new Set(report.beats.flatMap((b) => b.moments.map(key)));
  const rumourMoments = report.timeline.rumours.flatMap((r) => r.moments).filter((m) => !turnMoments.has(key(m)));
  return h(
    'section',
    { class: 'pd-beats', 'aria-labelledby': 'pd-beats-title' },
    h('h2', { id: 'pd-beats-title' }, ctx.t('beats')),
    ...report.beats.map((b) => beatCard(b, report, ctx, answerTimeFactor, confirm, answeredBy)),
    // Questions the conference ended before asking: scored as silence, so shown with their points.
    ...report.notReached.map((b) =>
      h(
        'article',
        { class: 'pd-card pd-beat pd-beat-not-reached', 'data-beat': b.beatId },
        h('header', { class: 'pd-beat-head' }, h('h3', {}, ctx.t('notReached')), h('span', { class: 'pd-dim' }, b.reporterName)),
        h('p', { class: 'pd-ask' }, ctx.text(b.ask)),
        momentList(b.moments, report, ctx),
      ),
    ),
    rumourMoments.length > 0
      ? h('article', { class: 'pd-card pd-rumour-points' }, h('h3', {}, ctx.t('rumourPoints')), momentList(rumourMoments, report, ctx))
      : null,
  );
}
