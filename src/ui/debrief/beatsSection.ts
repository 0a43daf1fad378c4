// Question by question: what was asked, what the trainee did, every point it moved and why, the
// author's feedback, and the best answer the scenario offered.
import { formatNumber } from '../../i18n/numberFormat.ts';
import { saidText } from '../../i18n/saidText.ts';
import type { BeatReport } from '../../core/report/beatReport.ts';
import type { DrillReport } from '../../core/report/report.ts';
import type { ScoredMoment } from '../../core/session/types.ts';
import type { ReportContext } from './context.ts';
import { el, shorten, signed } from './dom.ts';
import { typedReview, type ConfirmOptions } from './typedReview.ts';

function reasonOf(m: ScoredMoment, report: DrillReport, ctx: ReportContext): string {
  const { t } = ctx;
  switch (m.source.kind) {
    case 'answer':
      return t('reason.answer');
    case 'rubric':
      return t('reason.rubric', { phrases: m.source.matched.join('”, “') });
    case 'timeout':
      return t(m.source.ended ? 'reason.timeoutEnded' : 'reason.timeout');
    case 'rumour': {
      const { rumourId, measure } = m.source;
      const rumour = report.timeline.rumours.find((r) => r.id === rumourId);
      return `${t(`reason.${measure}`)}${rumour ? `: “${shorten(ctx.text(rumour.text), 60)}”` : ''}`;
    }
    case 'facilitator':
      return `${t('reason.facilitator')}: “${shorten(m.source.ask, 60)}”${m.source.reason ? ` — ${m.source.reason}` : ''}`;
  }
}

export function momentList(moments: readonly ScoredMoment[], report: DrillReport, ctx: ReportContext): HTMLElement {
  if (moments.length === 0) return el('p', { class: 'pd-dim', text: ctx.t('noEffects') });
  return el(
    'ul',
    { class: 'pd-effects' },
    moments.map((m) =>
      el('li', { class: m.points > 0 ? 'pd-good' : m.points < 0 ? 'pd-bad' : '' }, [
        el('span', { class: 'pd-points', text: signed(m.points) }),
        el('span', { class: 'pd-effect-skill', text: ctx.skillName(m.skill) }),
        el('span', { class: 'pd-dim', text: `— ${reasonOf(m, report, ctx)}` }),
      ]),
    ),
  );
}

function responseBlock(beat: BeatReport, ctx: ReportContext): HTMLElement {
  const { t, text } = ctx;
  const r = beat.response;
  switch (r.kind) {
    case 'choice':
      return el('div', { class: 'pd-answer' }, [
        el('h4', { text: t('yourAnswer') }),
        r.critical ? el('span', { class: 'pd-tag pd-tag-critical', text: t('critical.tag') }) : null,
        el('blockquote', { text: `${r.position + 1}. ${text(r.text)}` }),
      ]);
    case 'text':
      return el('div', { class: 'pd-answer' }, [
        el('h4', { text: t('typedAnswer') }),
        el('blockquote', { class: 'pd-typed', text: r.text }),
        r.overLimit ? el('p', { class: 'pd-bad', text: t('overLimit') }) : null,
        el('h5', { text: t('matchedLines') }),
        r.matched.length === 0
          ? el('p', { class: 'pd-dim', text: t('noMatchedLines') })
          : el(
              'ul',
              { class: 'pd-rubric' },
              r.matched.map((line) =>
                el('li', { class: line.points >= 0 ? 'pd-good' : 'pd-bad' }, [
                  el('span', { class: 'pd-points', text: `${signed(line.points)} ${ctx.skillName(line.skill)}` }),
                  el('span', { text: line.matched.map((p) => `“${p}”`).join(', ') }),
                  line.feedback ? el('span', { class: 'pd-dim', text: `— ${text(line.feedback)}` }) : null,
                ]),
              ),
            ),
      ]);
    case 'timeout':
      return el('div', { class: 'pd-answer' }, [el('p', { class: 'pd-bad', text: t('timedOut') })]);
    case 'ended':
      return el('div', { class: 'pd-answer' }, [el('p', { class: 'pd-dim', text: t('endedOpen') })]);
  }
}

function bestBlock(beat: BeatReport, ctx: ReportContext): HTMLElement | null {
  const { t, text } = ctx;
  const parts: HTMLElement[] = [];
  if (beat.bestChoice) {
    if (beat.choseBest) parts.push(el('p', { class: 'pd-good pd-best-yours', text: t('bestIsYours') }));
    else
      parts.push(
        el('div', { class: 'pd-best' }, [
          el('h4', { text: t('best') }),
          el('blockquote', { text: `${beat.bestChoice.position + 1}. ${text(beat.bestChoice.text)}` }),
          beat.bestChoice.feedback ? el('p', { text: text(beat.bestChoice.feedback) }) : null,
        ]),
      );
  }
  if (beat.modelAnswer) {
    parts.push(
      el('div', { class: 'pd-best' }, [
        el('h4', { text: t('modelAnswer') }),
        el('blockquote', { text: text(beat.modelAnswer.text) }),
        beat.modelAnswer.feedback && beat.response.kind !== 'text' ? el('p', { text: text(beat.modelAnswer.feedback) }) : null,
      ]),
    );
  }
  return parts.length > 0 ? el('div', { class: 'pd-best-wrap' }, parts) : null;
}

/** The answer time the trainee had: the question's limit times the drill's factor (×1.5, ×2, off). */
function answerTimeLine(beat: BeatReport, ctx: ReportContext, factor: number | null): string {
  const seconds = formatNumber(Math.round(beat.answerSeconds), ctx.lang);
  if (factor === null) return ctx.t('answerTimeNoLimit', { seconds });
  return ctx.t('answerTime', { seconds, limit: formatNumber(beat.timeLimit * factor, ctx.lang, { maximumFractionDigits: 1 }) });
}

function feedbackBlock(beat: BeatReport, ctx: ReportContext): HTMLElement | null {
  const said = saidText({ feedback: beat.feedback ?? undefined, note: beat.note ?? undefined }, ctx.lang, ctx.t);
  return said ? el('div', { class: 'pd-feedback' }, [el('h4', { text: ctx.t('feedback') }), el('p', { text: said })]) : null;
}

function beatCard(beat: BeatReport, report: DrillReport, ctx: ReportContext, factor: number | null, confirm?: ConfirmOptions): HTMLElement {
  const { t, text } = ctx;
  const outlet = text(beat.outlet);
  const rebutted = beat.rebutted.flatMap((id) => report.timeline.rumours.filter((r) => r.id === id));
  return el('article', { class: `pd-card pd-beat pd-beat-${beat.response.kind}`, attrs: { 'data-beat': beat.beatId } }, [
    el('header', { class: 'pd-beat-head' }, [
      el('h3', { text: t('question', { n: beat.order + 1 }) }),
      el('span', { class: 'pd-dim', text: outlet ? t('askedBy', { name: beat.reporterName, outlet }) : beat.reporterName }),
      el('span', { class: 'pd-dim pd-answer-time', text: answerTimeLine(beat, ctx, factor) }),
    ]),
    el('p', { class: 'pd-ask', text: text(beat.ask) }),
    responseBlock(beat, ctx),
    typedReview(beat, ctx, confirm),
    ...rebutted.map((r) => el('p', { class: 'pd-good', text: t('rebuttedRumour', { text: text(r.text) }) })),
    el('h4', { text: t('effects') }),
    momentList(beat.moments, report, ctx),
    feedbackBlock(beat, ctx),
    bestBlock(beat, ctx),
  ]);
}

/**
 * `answerTimeFactor`: the drill's answer-time setting (1 by default, null when time was off).
 * `confirm`: the facilitator's adjustments of typed answers, and how to make one (typedReview.ts).
 */
export function beatsSection(report: DrillReport, ctx: ReportContext, answerTimeFactor: number | null = 1, confirm?: ConfirmOptions): HTMLElement {
  // Rumour points that no answer earned (left unrebutted at the end) still need their reason.
  const key = (m: ScoredMoment) => `${m.at}|${m.skill}|${m.points}|${JSON.stringify(m.source)}`;
  const turnMoments = new Set(report.beats.flatMap((b) => b.moments.map(key)));
  const rumourMoments = report.timeline.rumours.flatMap((r) => r.moments).filter((m) => !turnMoments.has(key(m)));
  return el('section', { class: 'pd-beats', attrs: { 'aria-labelledby': 'pd-beats-title' } }, [
    el('h2', { text: ctx.t('beats'), attrs: { id: 'pd-beats-title' } }),
    ...report.beats.map((b) => beatCard(b, report, ctx, answerTimeFactor, confirm)),
    // Questions the conference ended before asking: scored as silence, so shown with their points.
    ...report.notReached.map((b) =>
      el('article', { class: 'pd-card pd-beat pd-beat-not-reached', attrs: { 'data-beat': b.beatId } }, [
        el('header', { class: 'pd-beat-head' }, [el('h3', { text: ctx.t('notReached') }), el('span', { class: 'pd-dim', text: b.reporterName })]),
        el('p', { class: 'pd-ask', text: ctx.text(b.ask) }),
        momentList(b.moments, report, ctx),
      ]),
    ),
    rumourMoments.length > 0
      ? el('article', { class: 'pd-card pd-rumour-points' }, [el('h3', { text: ctx.t('rumourPoints') }), momentList(rumourMoments, report, ctx)])
      : null,
  ]);
}
